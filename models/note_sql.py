"""Statements for many notes at once: one ``executemany`` or one statement per bulk change.

Selecting, moving, deleting or duplicating 5,000 notes is one gesture; its cost should be the
database's, not Python's per row. SQLAlchemy's compiled ``executemany`` builds a parameter
dictionary and runs the type processors for every row (about 20 µs a row), so the writes here
hand plain tuples to the driver, and the reads select only the columns an operation needs.
Any number of ids travels as one JSON array (``json_each``), so each statement is prepared once
and cached by SQLite, whatever the count.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any, cast

from models.records import NOTE_FIELDS
from models.value_checks import parse_json_object

if TYPE_CHECKING:
    from sqlalchemy import Connection

ROW_COLUMNS = ("id", *NOTE_FIELDS, "created_at", "updated_at")
"""Every stored column of a note, in the order :func:`insert_rows` takes them."""
_IDS = "SELECT value FROM json_each(?)"
READ_COLUMNS = (
    "id",
    *NOTE_FIELDS[: NOTE_FIELDS.index("hidden")],
    "created_at",
    "updated_at",
    "hidden",
    "phone_session_id",
)
"""The columns :func:`models.note_rows.note_from_row` takes, in its order."""
SELECT_ONE = f"SELECT {', '.join(READ_COLUMNS)} FROM notes WHERE id = ?"
"""One note's row (:data:`READ_COLUMNS`): the read every edit makes first. As plain SQL it
needs no statement compiled on a board's first edit (a few milliseconds that made the slowest
edits of a session) nor a cache lookup on the others, nor SQLAlchemy before the first frame."""
SELECT_MANY = (
    f"SELECT {', '.join(READ_COLUMNS)} FROM notes WHERE id IN (SELECT value FROM json_each(?))"
)
"""Any number of notes by id in one statement SQLite caches: the ids travel as one JSON
array (:func:`id_list`)."""
_INSERT = (
    f"INSERT INTO notes ({', '.join(ROW_COLUMNS)}) VALUES ({', '.join('?' * len(ROW_COLUMNS))})"
)
_FIELDS_AT = ROW_COLUMNS.index("fields")
_WRITABLE = frozenset(NOTE_FIELDS)


def id_list(ids: Iterable[int]) -> str:
    """Ids as one JSON array, the single parameter of every ``json_each`` statement."""
    return json.dumps([int(note_id) for note_id in ids])


def fields_text(fields: Mapping[str, Any] | None) -> str:
    """A card's fields as stored (the JSON column's text)."""
    return json.dumps(dict(fields)) if fields else "{}"


def insert_rows(conn: Connection, rows: Sequence[Sequence[Any]]) -> None:
    """Insert complete rows (values in :data:`ROW_COLUMNS` order, ``fields`` as a dict) in one
    ``executemany``."""
    if not rows:
        return
    prepared = [
        (*row[:_FIELDS_AT], fields_text(row[_FIELDS_AT]), *row[_FIELDS_AT + 1 :]) for row in rows
    ]
    prepared.sort(key=itemgetter(0))  # by id: the table's pages filled in order
    _driver(conn).executemany(_INSERT, prepared)


def delete_ids(conn: Connection, ids: Sequence[int]) -> None:
    """Delete notes by id in one statement (their dots go by the foreign key's cascade)."""
    if ids:
        conn.exec_driver_sql(f"DELETE FROM notes WHERE id IN ({_IDS})", (id_list(ids),))


RETURNING = sqlite3.sqlite_version_info >= (3, 35, 0)
"""Whether this SQLite gives a DELETE's rows back (3.35, 2021): else they are read first."""


def delete_returning(conn: Connection, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """Delete notes by id and return their rows as they were (:data:`READ_COLUMNS`), in one
    statement: a delete of 5,000 notes reads what its undo needs while SQLite deletes."""
    if not ids:
        return []
    raw = conn.connection.dbapi_connection
    assert raw is not None
    rows = raw.execute(
        f"DELETE FROM notes WHERE id IN ({_IDS}) RETURNING {', '.join(READ_COLUMNS)}",
        (id_list(ids),),
    ).fetchall()
    return cast(list[tuple[Any, ...]], rows)  # the driver's own tuples


def existing(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Which of these notes exist, each with an empty dict: what an update that need not
    know the previous values asks instead of reading them."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    rows = raw.execute(f"SELECT id FROM notes WHERE id IN ({_IDS})", (id_list(ids),))
    return {int(row[0]): {} for row in rows}


def read_columns(
    conn: Connection, ids: Iterable[int], columns: Sequence[str]
) -> dict[int, tuple[Any, ...]]:
    """Some columns of some notes, by id, as stored (``fields`` decoded); missing ids are
    left out. Reading three columns of 5,000 notes costs a tenth of reading whole notes."""
    _check(columns)
    names = ", ".join(("id", *columns))
    # The driver's own tuples: SQLAlchemy's row objects cost as much as the read itself.
    raw = conn.connection.dbapi_connection
    assert raw is not None
    rows = raw.execute(f"SELECT {names} FROM notes WHERE id IN ({_IDS})", (id_list(ids),))
    if "fields" not in columns:
        return {int(row[0]): tuple(row[1:]) for row in rows}
    at = columns.index("fields")
    found: dict[int, tuple[Any, ...]] = {}
    for row in rows:
        values = list(row[1:])
        text = values[at]
        values[at] = {} if text in ("{}", "", None) else dict(parse_json_object(text))
        found[int(row[0])] = tuple(values)
    return found


def update_rows(
    conn: Connection, columns: Sequence[str], rows: Sequence[Sequence[Any]], stamp: str
) -> int:
    """Set ``columns`` of many notes in one ``executemany``; each row holds the new values in
    ``columns`` order followed by the note's id. Returns how many rows were written (those
    of ids the file has). Many rows are written in the order of their ids: SQLite then walks
    the table's pages once, in order (a tenth less time for 5,000 notes in z order)."""
    if not rows:
        return 0
    _check(columns)
    at = columns.index("fields") if "fields" in columns else -1
    if at >= 0:
        rows = [(*row[:at], fields_text(row[at]), *row[at + 1 :]) for row in rows]
    assignments = ", ".join(f"{name} = ?" for name in columns)
    statement = f"UPDATE notes SET {assignments}, updated_at = ? WHERE id = ?"
    if len(rows) == 1:  # one note's edit: the driver's execute, prepared once by SQLite
        return _driver(conn).execute(statement, (*rows[0][:-1], stamp, rows[0][-1])).rowcount
    prepared = [(*row[:-1], stamp, row[-1]) for row in rows]
    prepared.sort(key=itemgetter(-1))
    return _driver(conn).executemany(statement, prepared).rowcount


def _driver(conn: Connection) -> sqlite3.Connection:
    """The driver's connection under ``conn`` (inside its transaction): a statement run here
    skips SQLAlchemy's per-execution work (about 30 µs, a sixth of a one-note edit's CPU)."""
    raw = conn.connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _check(columns: Iterable[str]) -> None:
    """Column names go into the statement's text: only a note's own columns may."""
    unknown = set(columns) - _WRITABLE
    if unknown:
        raise ValueError(f"unknown note columns: {sorted(unknown)}")
