"""After any failed commit the document is usable again: rolled back, connection healthy,
editing goes on when the cause is gone (issue: a full disk used to wedge the board with
SQLAlchemy's "already initialized a Transaction" on every later read and write)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from models import sqlite_store
from models.document import BoardDocument
from models.errors import StorageError
from tests.fixtures.faults import full_disk
from tests.ui.test_full_disk import filled, tiny_disk  # noqa: F401 (fixture)

BIG = "ääkköset " * 440


def fill_fail_free_write(doc: BoardDocument, full: AbstractContextManager[None]) -> int:
    """Fill, fail, free, write again; returns the id of the note edited after freeing."""
    note_id = doc.notes.add([{"text": "alku"}])[0]
    with full:
        with pytest.raises(StorageError) as refused:
            for _ in range(200):
                doc.notes.add([{"text": BIG}])
        assert "disk is full" in refused.value.message
        assert doc.notes.get(note_id) is not None, "reads work while the disk is full"
    assert not sqlite_store.raw_connection(doc._engine).in_transaction
    doc.notes.update({note_id: {"text": "vapautettu"}})  # raised InvalidRequestError before
    note = doc.notes.get(note_id)
    assert note is not None and note.text == "vapautettu"
    return note_id


def test_a_statement_refused_by_a_full_file_leaves_the_board_usable(tmp_path: Path) -> None:
    doc = BoardDocument.create(tmp_path / "täysi.pajalauta")
    try:
        fill_fail_free_write(doc, full_disk(doc))
    finally:
        doc.close()


def test_a_commit_refused_by_a_real_full_disk_leaves_the_board_usable(tiny_disk: Path) -> None:  # noqa: F811 (the fixture imported above)
    path = tiny_disk / "täysi.pajalauta"
    doc = BoardDocument.create(path)
    try:
        note_id = fill_fail_free_write(doc, filled(tiny_disk))
    finally:
        doc.close()
    again = BoardDocument.open(path)
    try:
        note = again.notes.get(note_id)
        assert note is not None and note.text == "vapautettu"
    finally:
        again.close()
