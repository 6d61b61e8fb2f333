"""The first change of a board opened without SQLAlchemy (File › Open, or before the first
frame) fails on the disk: the engine is then made inside that failing change. The user gets
the same sentence as for any later change, the board stays usable, and nothing saved before
is lost. (The fault fixtures of the other tests make the engine first, so they never reach
this path.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.document import BoardDocument
from models.errors import StorageError

BIG = [{"text": f"{n}. " + "Hiljaisen tiedon siirtyminen – äöå " * 100} for n in range(40)]


def _board(path: Path) -> list[int]:
    doc = BoardDocument.create(path, title="Paja", language="fi")
    try:
        return doc.notes.add([{"text": "Kahvitauko"}, {"text": "Palautelaatikko"}])
    finally:
        doc.close()


def _fill(raw: sqlite3.Connection) -> None:
    """Cap the file at its size, through the driver only (no SQLAlchemy asked for)."""
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.execute(f"PRAGMA max_page_count={int(pages)}")


def test_a_first_change_refused_by_a_full_disk_before_sqlalchemy_is_said_and_recovered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "täysi.pajalauta"
    ids = _board(path)
    doc = BoardDocument.open(path)
    try:
        assert not doc.writing_prepared
        _fill(doc._raw)
        with pytest.raises(StorageError) as refused:
            doc.notes.add(BIG)  # type: ignore[arg-type]
        assert "disk is full" in refused.value.message
        assert "“täysi.pajalauta”" in refused.value.message
        assert not doc._raw.in_transaction, "the next change starts clean"
        assert [n.text for n in doc.notes.all()] == ["Kahvitauko", "Palautelaatikko"]

        doc._raw.execute("PRAGMA max_page_count=1073741823")
        doc.notes.update({ids[0]: {"text": "Tilaa vapautettiin"}})
    finally:
        doc.close()
    reopened = BoardDocument.open(path)
    try:
        assert [n.text for n in reopened.notes.all()] == ["Tilaa vapautettiin", "Palautelaatikko"]
    finally:
        reopened.close()
