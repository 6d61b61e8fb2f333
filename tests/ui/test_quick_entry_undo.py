"""Ctrl+Z right after a quick note was added takes the note back off the board, from the box
itself; it used to put the text back into the box and leave the note on the board (Enter then
added it twice)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.room_boards import make_room_board, open_board, type_text
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_in_the_box_takes_back_the_note_just_added(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "kumoa.pajalauta"))
    before = doc.notes.count()
    window.room.quick.focus_box()
    box = window.room.bar.entry
    type_text(box, "Kumottava lappu")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert doc.notes.count() == before + 1
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert doc.notes.count() == before, "Undo took the note off the board"
    assert box.text() == "", "and did not put it back into the box"
    qtbot.keyClick(box, Qt.Key.Key_Y, CTRL)
    assert doc.notes.count() == before + 1, "Redo puts it back"
    type_text(box, "Kesken")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert doc.notes.count() == before + 1, "while typing, Ctrl+Z undoes the typing"
    assert box.text() == ""
