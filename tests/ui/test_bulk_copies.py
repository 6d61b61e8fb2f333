"""A duplicate of every note of a board just opened (its rows taken from the items, put in
their cells before the insert) copies every column of each original as the file holds it;
undo and redo give back exactly the same rows and items."""

from __future__ import annotations

from dataclasses import astuple, replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from benchmarks.workshopgen import build_workshop_board
from models.card_theme import themed_fields
from models.records import NoteData
from tests.ui.room_boards import open_board, settle
from tests.ui.test_bulk_and_fit import table
from tests.ui.test_bulk_ops import _in_their_cells, _screen_equals_file
from ui.main_window import MainWindow

NOTES = 400
CTRL = Qt.KeyboardModifier.ControlModifier


def _kept(note: NoteData) -> tuple[object, ...]:
    """What a copy takes from its original: all but id, place, layer, cell, a card's theme
    (its cell's), times and phone."""
    fields = {key: value for key, value in note.fields.items() if key != "theme"}
    return astuple(
        replace(
            note,
            id=0,
            x=0.0,
            y=0.0,
            z=0.0,
            zone_id=None,
            fields=fields,
            created_at="",
            updated_at="",
        )
    )[:-1]


def test_a_duplicate_just_after_opening_copies_every_column_of_the_file(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "kopiot.pajalauta"
    build_workshop_board(path, NOTES)
    doc = open_board(window, path)
    view, scene = window.view, window.scene
    assert view is not None and scene is not None
    view.zoom_to_fit()
    view.setFocus()
    settle()
    doc.notes.written.clear()  # the rows of the file, as a read gives them
    originals = sorted(doc.notes.all(), key=lambda n: (n.z, n.id))
    assert any(n.fields for n in originals) and any(n.group_id for n in originals)
    before = table(doc, "notes")
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    settle()
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    settle()
    doc.notes.written.clear()
    known = {n.id for n in originals}
    copies = sorted((n for n in doc.notes.all() if n.id not in known), key=lambda n: n.z)
    assert [_kept(c) for c in copies] == [_kept(o) for o in originals]
    _in_their_cells(doc)
    themes: dict[int, str | None] = {}
    assert all(themed_fields(doc, copy, themes) is None for copy in copies), "cards themed"
    _screen_equals_file(window, doc)
    after = table(doc, "notes")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    settle()
    assert table(doc, "notes") == before
    _screen_equals_file(window, doc)
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    settle()
    assert table(doc, "notes") == after
    _screen_equals_file(window, doc)
