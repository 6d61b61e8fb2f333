"""Another program deletes the open board's file in the middle of a session: the next change
says so (a box once, the save state in red), and File › Save As… under the same name puts
every note back in a real file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.document import BoardDocument
from tests.ui.conftest import open_alerts
from tests.ui.room_boards import make_room_board, open_board, type_text
from ui.main_window import MainWindow


def add_quick_note(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.room.quick.focus_box()
    type_text(window.room.bar.entry, text)
    qtbot.keyClick(window.room.bar.entry, Qt.Key.Key_Return)


def test_a_deleted_board_file_is_said_loudly_and_saved_back(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = make_room_board(tmp_path / "poistettu.pajalauta")
    doc = open_board(window, path)
    count = doc.notes.count()
    add_quick_note(window, qtbot, "Ennen poistoa")
    assert not open_alerts(window)
    for side in ("", "-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    add_quick_note(window, qtbot, "Poiston jälkeen")
    alerts = open_alerts(window)
    assert len(alerts) == 1 and "poistettu.pajalauta" in alerts[0].text()
    assert "Save As" in alerts[0].text()
    assert "deleted" in window.save_label.text(), window.save_label.text()
    alerts[0].close()
    add_quick_note(window, qtbot, "Vielä yksi")
    assert not open_alerts(window), "told once"
    assert "deleted" in window.save_label.text()

    assert window.files.save_as(path)
    assert window.document is not None and window.document is not doc
    assert "deleted" not in window.save_label.text()
    window.close_board()
    again = BoardDocument.open(path)
    try:
        texts = {n.text for n in again.notes.all()}
        assert {"Ennen poistoa", "Poiston jälkeen", "Vielä yksi"} <= texts
        assert again.notes.count() == count + 3
    finally:
        again.close()
