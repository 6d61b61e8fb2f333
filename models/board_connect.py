"""Making and opening a board file: its one connection, locked, in the current format.

:class:`~models.document.BoardDocument` wraps what these return. Opening uses the standard
``sqlite3`` module only, so a board reaches the screen before SQLAlchemy is imported (see
:mod:`models.lazy_sql`); a new board is made through SQLAlchemy's engine at once, because
its tables are created from :mod:`models.schema`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from models import sqlite_store
from models.clock import now_iso
from models.errors import BoardError
from models.lazy_sql import sa, tables
from models.migrations import LATEST_VERSION, migrate

if TYPE_CHECKING:
    from sqlalchemy import Engine


def create_file(path: Path, title: str, language: str) -> tuple[sqlite3.Connection, Engine]:
    """Make a new, empty board file at ``path`` (an existing file is refused): its locked
    connection and the engine around it. Nothing is left behind when it fails."""
    if path.exists():
        raise BoardError("“{name}” already exists; choose another name.", name=path.name)
    if path.is_symlink():
        raise sqlite_store.link_loop_error(path)
    try:
        sqlite3.connect(path).close()
    except (sqlite3.Error, OSError) as exc:
        raise sqlite_store.translate_error(exc, path) from None
    from models.board_engine import engine_for

    try:
        raw = sqlite_store.connect_board(path, read_only=False)
    except sqlite3.Error as exc:
        path.unlink(missing_ok=True)
        raise sqlite_store.translate_error(exc, path) from None
    engine = engine_for(raw)
    try:
        sqlite_store.take_lock(raw, path)
        sqlite_store.use_wal(raw, path)
        tables.metadata.create_all(engine)
        sqlite_store.initialise(raw, LATEST_VERSION)
        stamp = now_iso()
        with engine.begin() as conn:
            conn.execute(
                sa.insert(tables.BoardRow).values(
                    id=1, title=title, language=language, created_at=stamp, updated_at=stamp
                )
            )
    except Exception as exc:
        engine.dispose()
        raw.close()  # the engine closes it only if it ever handed it out
        path.unlink(missing_ok=True)
        raise sqlite_store.translate_error(exc, path) from None
    return raw, engine


def connect_file(path: Path, read_only: bool) -> tuple[sqlite3.Connection, bool]:
    """The connection of an existing board, locked unless read-only, its file brought up to
    the current format (after a backup beside it): the connection and whether it is
    read-only (a board that cannot be written opens so). Bad files are refused with a
    :class:`BoardError` and left as they were."""
    version = sqlite_store.inspect_board(path, LATEST_VERSION)
    read_only = read_only or not sqlite_store.is_writable(path)
    if read_only and version < LATEST_VERSION:
        raise BoardError(
            "“{name}” was saved by an older Pajalauta and must be updated, but it is "
            "read-only. Copy it somewhere writable and open the copy.",
            name=path.name,
        )
    # Only the driver until the board is on screen: SQLAlchemy comes after the first frame
    # (see BoardDocument.prepare_writing), around this same connection.
    try:
        raw = sqlite_store.connect_board(path, read_only)
    except sqlite3.Error as exc:
        raise sqlite_store.translate_error(exc, path) from None
    try:
        if not read_only:
            sqlite_store.take_lock(raw, path)
            if version < LATEST_VERSION:
                _migrate(raw, path, version)
                sqlite_store.use_wal(raw, path)  # written anyway: switch now
    except Exception as exc:
        raw.close()
        raise sqlite_store.translate_error(exc, path) from None
    return raw, read_only


def _migrate(raw: sqlite3.Connection, path: Path, version: int) -> None:
    backup = path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")
    sqlite_store.backup(raw, backup)
    try:
        migrate(raw, version)
    except sqlite3.Error as exc:
        raise BoardError(
            "“{name}” was saved by an older Pajalauta and could not be updated to "
            "this version's file format; the file was left as it was.",
            str(exc),
            name=path.name,
        ) from None
