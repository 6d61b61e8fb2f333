"""Durability stated and true: a commit the window reports as saved is on the disk.

A power cut cannot be staged in a test; what can be checked is the setting that makes the
promise true (``synchronous=FULL`` on the board's connection: SQLite fsyncs the WAL at every
commit), that it holds for every way a board is opened, and that a copy is renamed into place
only when complete.
"""

from __future__ import annotations

from pathlib import Path

from models import sqlite_store
from models.document import BoardDocument

FULL = 2


def synchronous(doc: BoardDocument) -> int:
    value = sqlite_store.raw_connection(doc._engine).execute("PRAGMA synchronous").fetchone()
    return int(value[0])


def test_every_commit_is_flushed_to_the_disk(tmp_path: Path) -> None:
    created = BoardDocument.create(tmp_path / "kesto.pajalauta")
    assert synchronous(created) == FULL
    created.save_copy(tmp_path / "kopio.pajalauta")
    created.close()
    for path in (tmp_path / "kesto.pajalauta", tmp_path / "kopio.pajalauta"):
        doc = BoardDocument.open(path)
        try:
            assert synchronous(doc) == FULL, path.name
            doc.notes.add([{"text": "talteen"}])
            with doc.read() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        finally:
            doc.close()


def test_opening_a_copy_writes_nothing_until_a_change(tmp_path: Path) -> None:
    """A copy uses the rollback journal; it switches to WAL at its first change, so opening
    and closing it leaves every byte as it was."""
    original = BoardDocument.create(tmp_path / "alku.pajalauta")
    original.notes.add([{"text": "lappu"}])
    original.save_copy(tmp_path / "kopio.pajalauta")
    original.close()
    copy = tmp_path / "kopio.pajalauta"
    before = copy.read_bytes()
    BoardDocument.open(copy).close()
    assert copy.read_bytes() == before
