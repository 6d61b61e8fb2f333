"""Phones' sessions in the board file (schema 5), and what each one wrote.

The phone keeps a random secret in its cookie; the file keeps only the secret's SHA-256, the
participant's number, name and group. Notes and cards name the session that wrote them
(``notes.phone_session_id``), written in the same transaction as the note, so after the
laptop is restarted (or crashed) a participant who comes back with the same cookie finds, and
may edit, their own notes and the "afterwards" half of their card. The file is the only
record of who wrote what: nothing here is kept in memory between requests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.clock import now_iso
from models.experiment import EXPERIMENT_KIND
from models.lazy_sql import sa, tables

if TYPE_CHECKING:
    from models.document import BoardDocument


def secret_hash(secret: str) -> str:
    """What the file stores of a phone's secret."""
    import hashlib  # here, not at start: loading OpenSSL would delay the first frame (~3 ms)

    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class StoredSession:
    id: int
    secret_sha256: str
    number: int
    name: str
    group_id: int | None


@dataclass(frozen=True, slots=True)
class Arrivals:
    """Notes and cards from phones now on the board, per group; how many of them are hidden."""

    written: dict[int | None, int]
    hidden: dict[int | None, int]
    per_session: dict[int | None, int]


def stored_sessions(document: BoardDocument) -> list[StoredSession]:
    query = sa.select(
        tables.PhoneSessionRow.c.id,
        tables.PhoneSessionRow.c.secret_sha256,
        tables.PhoneSessionRow.c.number,
        tables.PhoneSessionRow.c.name,
        tables.PhoneSessionRow.c.group_id,
    ).order_by(tables.PhoneSessionRow.c.number)
    with document.read() as conn:
        return [
            StoredSession(int(i), str(h), int(n), str(name), g)
            for i, h, n, name, g in conn.execute(query)
        ]


def store_session(
    document: BoardDocument, hashed: str, number: int, name: str, group_id: int | None
) -> int:
    """A new session's row (in the caller's transaction, if any); returns its id."""
    with document.write() as conn:
        key = conn.execute(
            sa.insert(tables.PhoneSessionRow).values(
                secret_sha256=hashed,
                number=number,
                name=name,
                group_id=group_id,
                created_at=now_iso(),
            )
        ).inserted_primary_key
    assert key is not None
    return int(key[0])


def update_session(document: BoardDocument, key: int, name: str, group_id: int | None) -> None:
    with document.write() as conn:
        conn.execute(
            sa.update(tables.PhoneSessionRow)
            .where(tables.PhoneSessionRow.c.id == key)
            .values(name=name, group_id=group_id)
        )


def written_by(document: BoardDocument, key: int) -> tuple[list[int], int | None]:
    """The notes a session wrote that are on the board (oldest first), and its card."""
    query = (
        sa.select(tables.NoteRow.c.id, tables.NoteRow.c.kind)
        .where(tables.NoteRow.c.phone_session_id == key)
        .order_by(tables.NoteRow.c.id)
    )
    notes: list[int] = []
    card: int | None = None
    with document.read() as conn:
        for note_id, kind in conn.execute(query):
            if kind == EXPERIMENT_KIND:
                card = int(note_id)
            else:
                notes.append(int(note_id))
    return notes, card


def arrivals(document: BoardDocument) -> Arrivals:
    """For the laptop's panel: one indexed query, however many phones wrote."""
    query = (
        sa.select(
            tables.NoteRow.c.phone_session_id,
            tables.NoteRow.c.group_id,
            sa.func.count(),
            # As a number: summed as the column's own type, 2 hidden notes would read "True".
            sa.func.sum(sa.type_coerce(tables.NoteRow.c.hidden, sa.Integer)),
        )
        .where(tables.NoteRow.c.phone_session_id.is_not(None))
        .group_by(tables.NoteRow.c.phone_session_id, tables.NoteRow.c.group_id)
    )
    found = Arrivals({}, {}, {})
    with document.read() as conn:
        for key, group_id, count, secret in conn.execute(query):
            found.written[group_id] = found.written.get(group_id, 0) + int(count)
            found.per_session[key] = found.per_session.get(key, 0) + int(count)
            if secret:
                found.hidden[group_id] = found.hidden.get(group_id, 0) + int(secret)
    return found


def hidden_notes(document: BoardDocument) -> list[int]:
    """Every note whose text waits for the facilitator to reveal it."""
    # SQL text: the window asks as a board opens, before SQLAlchemy is imported.
    return document.read_rows(
        "SELECT id FROM notes WHERE hidden IS 1 ORDER BY id", lambda row: int(row[0])
    )


def private_writing(document: BoardDocument) -> bool:
    """Whether phones write privately on this board (kept in the file, schema 6)."""
    with document.read() as conn:
        return bool(conn.execute(sa.select(tables.BoardRow.c.phone_private)).scalar())


def set_private_writing(document: BoardDocument, on: bool) -> None:
    """Phones write privately from now on (or not); kept in the file at once."""
    with document.write() as conn:
        conn.execute(sa.update(tables.BoardRow).values(phone_private=on))
        document.record("board", updated=[1])
