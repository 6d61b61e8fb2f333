"""A note still in the quick-note box when the board closes (File › Close, Quit, another
board) is added to the board, as a note being edited is kept: the typing is not thrown away
with the window."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from models.document import BoardDocument
from tests.ui.room_boards import make_room_board, open_board, type_text
from ui.main_window import MainWindow

DRAFT = "Ruoka- ja kahvietusetelit"


def test_closing_the_board_keeps_the_note_left_in_the_box(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = make_room_board(tmp_path / "kesken.pajalauta")
    doc = open_board(window, path)
    before = doc.notes.count()
    window.room.quick.focus_box()
    type_text(window.room.bar.entry, DRAFT)
    window.close_board()
    assert window.room.bar.entry.text() == "", "not carried over to the next board"
    reopened = BoardDocument.open(path)
    try:
        assert reopened.notes.count() == before + 1
        assert DRAFT in [note.text for note in reopened.notes.all()]
    finally:
        reopened.close()
