"""Escape in the quick-note box goes back to the board and keeps what was typed there (as
Escape keeps the text of a note or a card field): it used to empty the box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.room_boards import make_room_board, open_board, type_text
from ui.main_window import MainWindow


def test_escape_keeps_the_half_typed_note_and_returns_to_the_board(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "esc.pajalauta"))
    before = doc.notes.count()
    window.room.quick.focus_box()
    box = window.room.bar.entry
    type_text(box, "Hierontalappuja – ennaltaehkäisy")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "Hierontalappuja – ennaltaehkäisy", "the typing waits in the box"
    assert QApplication.focusWidget() is window.view
    assert doc.notes.count() == before
    window.room.quick.focus_box()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert doc.notes.count() == before + 1
    assert box.text() == ""
