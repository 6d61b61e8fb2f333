"""SQLAlchemy's engine around a board's one connection, made after the board is on screen.

The connection (:func:`models.sqlite_store.connect_board`) is made, locked and read when the
board opens; the engine wraps that same connection, never a second one: a board is open with
``locking_mode=EXCLUSIVE``, so a second connection would be refused by the first.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import StaticPool


def engine_for(raw: sqlite3.Connection) -> Engine:
    """An engine whose one pooled connection is ``raw`` (disposing it closes ``raw``)."""
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # pysqlite's own implicit BEGIN is switched off (isolation_level=None); begin here so
        # that every SQLAlchemy transaction is a real SQLite transaction, SELECTs included.
        # Straight to the driver: every edit begins one, and SQLAlchemy's execution of the
        # statement cost more than SQLite's.
        raw.execute("BEGIN")

    return engine
