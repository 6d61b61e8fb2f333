"""A board file holds data only: the schema objects Pajalauta made, and nothing else.

SQLite stores triggers and views inside the file, and a trigger runs on every write that
matches it, whoever makes the write. A board that came by e-mail could therefore rewrite
notes as they are typed, or copy them elsewhere in the file. Pajalauta refuses such a file
before it writes a single byte, with a message that says what was found; it does not try to
repair it (dropping a trigger would be a write the user did not ask for).

Allowed: our tables (those of :mod:`models.schema`), SQLite's own ``sqlite_*`` objects
(autoindexes, ``sqlite_sequence``, ``sqlite_stat*`` written by ``ANALYZE``/``optimize``) and
indexes named ``ix_*`` on our tables (migrations add those). An index cannot run code:
with ``trusted_schema=OFF`` its expressions may only use functions SQLite marks innocuous.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models.errors import ForeignSchemaError

OUR_TABLES = frozenset(
    ("board", "dots", "frames", "groups", "images", "notes", "phone_sessions", "votes", "zones")
)
"""The tables of :mod:`models.schema` (a test keeps the two the same), named here so that
checking a file before opening it needs no SQLAlchemy (see :mod:`models.lazy_sql`)."""
_KIND_WORDS = {"trigger": "triggers", "view": "views", "table": "tables", "index": "indexes"}


def foreign_objects(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(type, name) of every schema object we did not create, in the file's order."""
    found: list[tuple[str, str]] = []
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master ORDER BY rowid")
    for kind, name, table in rows:
        name, table = str(name), str(table)
        if name.startswith("sqlite_") and kind in ("table", "index"):
            continue
        if kind == "table" and name in OUR_TABLES:
            continue
        if kind == "index" and name.startswith("ix_") and table in OUR_TABLES:
            continue
        found.append((str(kind), name))
    return found


def refuse_foreign_objects(conn: sqlite3.Connection, path: Path) -> None:
    """Raise :class:`ForeignSchemaError` when the file holds anything we did not create."""
    found = foreign_objects(conn)
    if not found:
        return
    kinds: dict[str, list[str]] = {}
    for kind, name in found:
        kinds.setdefault(_KIND_WORDS.get(kind, kind), []).append(name)
    listed = "; ".join(
        f"{kind}: {', '.join(names[:5])}" + (" …" if len(names) > 5 else "")
        for kind, names in kinds.items()
    )
    raise ForeignSchemaError(
        "“{name}” was changed by another program: it holds database objects that Pajalauta "
        "did not make ({listed}). A board file must hold data only, so it was not opened and "
        "was left as it was. Ask for the board again, or export its notes from the program "
        "that changed it.",
        listed,
        name=path.name,
        listed=listed,
    )
