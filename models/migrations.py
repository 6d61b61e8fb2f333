"""Forward-only schema migrations: an ordered list of steps, run in one transaction.

New boards are created from the ORM metadata at ``LATEST_VERSION``; an older board is first
copied with the backup API, then brought forward step by step. Each step's SQL is frozen
text, never generated from today's ORM classes, so an old step means the same thing forever.
``tests/models/test_migrations.py`` checks that a migrated board and a new one have the
same tables and columns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Step:
    to_version: int
    summary: str
    apply: Callable[[sqlite3.Connection], None]


def _v2_cards_votes_images(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE notes ADD COLUMN kind TEXT DEFAULT 'note' NOT NULL")
    conn.execute("ALTER TABLE notes ADD COLUMN fields JSON DEFAULT '{}' NOT NULL")
    conn.execute(
        "ALTER TABLE notes ADD COLUMN image_id INTEGER REFERENCES images (id) ON DELETE SET NULL"
    )
    conn.execute(
        """CREATE TABLE votes (
            id INTEGER NOT NULL PRIMARY KEY,
            title TEXT NOT NULL,
            frame_id INTEGER REFERENCES frames (id) ON DELETE SET NULL,
            budget INTEGER NOT NULL,
            budget_per TEXT NOT NULL,
            hidden BOOLEAN NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT)"""
    )
    conn.execute(
        """CREATE TABLE dots (
            id INTEGER NOT NULL PRIMARY KEY,
            vote_id INTEGER NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
            note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
            group_id INTEGER REFERENCES groups (id) ON DELETE SET NULL,
            voter TEXT NOT NULL,
            created_at TEXT NOT NULL)"""
    )
    conn.execute("CREATE INDEX ix_dots_vote ON dots (vote_id)")


def _v3_zone_data(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE zones ADD COLUMN data JSON DEFAULT '{}' NOT NULL")


def _v4_indexes(conn: sqlite3.Connection) -> None:
    """Indexes on every foreign key: opening reads a frame's zones, deleting notes checks
    their dots, removing a group or an image touches its notes; without an index each of
    those scans a whole table, once per row touched. Finding an already stored photo by its
    checksum would walk every photo's bytes."""
    for name, table, column in _V4_INDEXES:
        conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})")


_V4_INDEXES: Final = (
    ("ix_zones_frame", "zones", "frame_id"),
    ("ix_notes_group", "notes", "group_id"),
    ("ix_notes_image", "notes", "image_id"),
    ("ix_dots_note", "dots", "note_id"),
    ("ix_dots_group", "dots", "group_id"),
    ("ix_votes_frame", "votes", "frame_id"),
    ("ix_images_sha256", "images", "sha256"),
)


def _v5_phone_sessions(conn: sqlite3.Connection) -> None:
    """Phones' sessions and private notes live in the file, so a restart (or a crash) neither
    takes a participant's notes away from them nor reveals what was written in private."""
    conn.execute(
        """CREATE TABLE phone_sessions (
            id INTEGER NOT NULL PRIMARY KEY,
            secret_sha256 TEXT NOT NULL,
            number INTEGER NOT NULL,
            name TEXT NOT NULL,
            group_id INTEGER REFERENCES groups (id) ON DELETE SET NULL,
            created_at TEXT NOT NULL)"""
    )
    conn.execute("CREATE UNIQUE INDEX ix_phone_sessions_secret ON phone_sessions (secret_sha256)")
    conn.execute("CREATE INDEX ix_phone_sessions_group ON phone_sessions (group_id)")
    conn.execute("ALTER TABLE notes ADD COLUMN hidden BOOLEAN DEFAULT '0' NOT NULL")
    conn.execute(
        "ALTER TABLE notes ADD COLUMN phone_session_id INTEGER "
        "REFERENCES phone_sessions (id) ON DELETE SET NULL"
    )
    conn.execute("CREATE INDEX ix_notes_phone_session ON notes (phone_session_id)")
    # A new note goes on top: max(z) from the index, not from reading every note (sixty
    # phones add a note a second each); notes are read in drawing order without a sort.
    conn.execute("CREATE INDEX ix_notes_z ON notes (z)")


def _v6_private_writing(conn: sqlite3.Connection) -> None:
    """Whether phones write privately is the board's, not the window's: reopened after a
    crash, writing that was private stays private before any note arrives."""
    conn.execute("ALTER TABLE board ADD COLUMN phone_private BOOLEAN DEFAULT '0' NOT NULL")
    # Version 5 kept writing private while notes were still hidden: so does the setting.
    conn.execute("UPDATE board SET phone_private = EXISTS (SELECT 1 FROM notes WHERE hidden = 1)")


STEPS: Final[tuple[Step, ...]] = (
    Step(2, "experiment cards, images on notes, dot votes", _v2_cards_votes_images),
    Step(3, "zone data (emotion marks on journey maps)", _v3_zone_data),
    Step(4, "indexes on foreign keys", _v4_indexes),
    Step(5, "phone sessions, private notes, notes by z", _v5_phone_sessions),
    Step(6, "private writing kept with the board", _v6_private_writing),
)

FIRST_VERSION: Final = 1
LATEST_VERSION: Final = STEPS[-1].to_version if STEPS else FIRST_VERSION


def pending(version: int) -> list[Step]:
    return [step for step in STEPS if step.to_version > version]


def migrate(conn: sqlite3.Connection, version: int) -> int:
    """Run every step after ``version`` in one transaction; on any error nothing changes."""
    steps = pending(version)
    if not steps:
        return version
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for step in steps:
                step.apply(conn)
            conn.execute(f"PRAGMA user_version={steps[-1].to_version}")
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"foreign keys broken by migration: {broken[:3]}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA foreign_keys=ON")
    return steps[-1].to_version
