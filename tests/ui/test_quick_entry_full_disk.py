"""A quick note typed when the disk is full: the box keeps the text, and the save state in the
corner says loudly that the change was NOT saved (it said "All changes saved" with the time of
the failure, because the failed change's re-read looked like a saved change)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.fixtures.faults import full_disk
from tests.ui.room_boards import make_room_board, open_board, type_text
from ui.main_window import MainWindow


def test_a_quick_note_refused_by_a_full_disk_shows_not_saved(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "täysi.pajalauta"))
    before = doc.notes.count()
    window.room.quick.focus_box()
    box = window.room.bar.entry
    assert "NOT" not in window.save_label.text()
    with full_disk(doc):
        type_text(box, "Kotileivonnaiset ja toiveruuat " * 125)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert doc.notes.count() == before, "the note could not be written"
        assert box.text().startswith("Kotileivonnaiset"), "the typed text waits in the box"
        assert "NOT saved" in window.save_label.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert doc.notes.count() == before + 1, "with room again, Enter writes it"
    assert "NOT" not in window.save_label.text()
