"""Another program deletes the open board's file in the middle of a session: the next change
says so (a box once, the save state in red), and File › Save As… under the same name puts
every note back in a real file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
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


def texts_in(path: Path) -> set[str]:
    board = BoardDocument.open(path)
    try:
        return {note.text for note in board.notes.all()}
    finally:
        board.close()


def test_typing_goes_on_while_the_file_gone_message_shows(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """The message comes up at the first change, often a letter in a note: the next letters
    stay in the note (a modal box took them, and Space or Enter closed it)."""
    path = make_room_board(tmp_path / "kesken.pajalauta")
    doc = open_board(window, path)
    window.show()
    qtbot.waitExposed(window)
    note = doc.notes.all()[0]
    window.scene.select_notes([note.id])  # type: ignore[union-attr]
    window.view.setFocus()  # type: ignore[union-attr]
    for side in ("", "-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    type_text(window.view, "-")  # starts the edit: the change that finds the file gone
    QApplication.processEvents()
    for char in " uusi tieto":
        target = QApplication.focusWidget()
        assert target is not None
        type_text(target, char)  # where the keyboard is now, as a person types on
        QApplication.processEvents()
    assert len(open_alerts(window)) == 1, "said once, beside the window"
    window.view.edit_session().finish()  # type: ignore[union-attr]
    assert doc.notes.get(note.id).text == note.text + "- uusi tieto"  # type: ignore[union-attr]


def test_save_as_keeps_the_note_waiting_in_the_quick_box(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """Save As closes this board and opens the copy: a note typed into the box and not yet
    added goes into the copy, also when the file was deleted and saved back by its name."""
    first = make_room_board(tmp_path / "eka.pajalauta")
    open_board(window, first)
    window.room.quick.focus_box()
    type_text(window.room.bar.entry, "Laatikossa odottaa")
    copy = tmp_path / "toka.pajalauta"
    assert window.files.save_as(copy)
    assert "Laatikossa odottaa" in {n.text for n in window.document.notes.all()}  # type: ignore[union-attr]
    window.close_board()
    assert "Laatikossa odottaa" in texts_in(copy)

    gone = make_room_board(tmp_path / "poissa.pajalauta")
    open_board(window, gone)
    for side in ("", "-wal", "-shm"):
        Path(f"{gone}{side}").unlink(missing_ok=True)
    window.room.quick.focus_box()
    type_text(window.room.bar.entry, "Ei saa kadota")
    assert window.files.save_as(gone)
    for alert in open_alerts(window):
        alert.close()
    window.close_board()
    assert "Ei saa kadota" in texts_in(gone)
