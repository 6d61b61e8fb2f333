"""The main window with real boards on disk, driven through its real actions and keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.document import BoardDocument
from tests.ui.conftest import open_alerts
from ui.main_window import MainWindow
from ui.settings import RecentBoards, app_settings


def make_board(path: Path, texts: list[str], title: str = "Juvan työpaja") -> Path:
    doc = BoardDocument.create(path, title=title)
    doc.notes.add([{"text": t, "x": 220.0 * i, "y": 0.0} for i, t in enumerate(texts)])
    doc.close()
    return path


def test_title_names_board_and_file_and_never_claims_unsaved(
    window: MainWindow, tmp_path: Path
) -> None:
    path = make_board(tmp_path / "juva.pajalauta", ["Unelmat"])
    assert window.open_path(path)
    title = window.windowTitle()
    assert "Juvan työpaja" in title and "juva.pajalauta" in title
    assert "*" not in title and not window.isWindowModified()
    assert "saved" in window.save_label.text().lower()


def test_bad_file_shows_a_message_and_stays_untouched(window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "kuva.pajalauta"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    before = bad.read_bytes()
    assert not window.open_path(bad)
    alerts = open_alerts(window)
    assert alerts and "kuva.pajalauta" in alerts[0].text()
    assert bad.read_bytes() == before
    assert window.document is None and window.central() is window.start_page


def test_new_note_shortcut_then_undo_shortcut_restores_the_file(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = make_board(tmp_path / "b.pajalauta", ["yksi"])
    window.open_path(path)
    assert window.view is not None and window.document is not None
    window.view.setFocus()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.view.viewport(), "kaksi")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Escape)
    assert sorted(n.text for n in window.document.notes.all()) == ["kaksi", "yksi"]
    for _ in range(3):
        qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n.text for n in window.document.notes.all()] == ["yksi"]
    window.close_board()
    reopened = BoardDocument.open(path)
    assert [n.text for n in reopened.notes.all()] == ["yksi"]
    reopened.close()


def test_save_a_copy_keeps_working_on_the_original(window: MainWindow, tmp_path: Path) -> None:
    path = make_board(tmp_path / "alkuperäinen.pajalauta", ["Tavoite", "Pahin pelko"])
    window.open_path(path)
    copy = window.files.save_copy(tmp_path / "kopio.pajalauta")
    assert copy is not None and window.document is not None
    assert window.document.path == path
    copied = BoardDocument.open(copy)
    assert sorted(n.text for n in copied.notes.all()) == ["Pahin pelko", "Tavoite"]
    copied.close()


def test_save_as_switches_to_the_new_file(window: MainWindow, tmp_path: Path) -> None:
    path = make_board(tmp_path / "vanha.pajalauta", ["Unelmat"])
    window.open_path(path)
    assert window.files.save_as(tmp_path / "uusi.pajalauta")
    assert window.document is not None and window.document.path.name == "uusi.pajalauta"
    assert "uusi.pajalauta" in window.windowTitle()
    # the original is free again: another window could open it
    BoardDocument.open(path).close()


def test_recent_boards_survive_a_restart(qtbot: QtBot, settings_dir: Path, tmp_path: Path) -> None:
    first = make_board(tmp_path / "eka.pajalauta", ["a"])
    second = make_board(tmp_path / "toka.pajalauta", ["b"])
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_path(first)
    win.open_path(second)
    win.close()
    recent = RecentBoards(app_settings())
    assert [p.name for p in recent.paths()] == ["toka.pajalauta", "eka.pajalauta"]
    assert recent.last() is not None and recent.last().name == "toka.pajalauta"
    again = MainWindow()
    qtbot.addWidget(again)
    again.recent_menu.aboutToShow.emit()
    names = [a.text() for a in again.recent_menu.actions()]
    assert any("toka.pajalauta" in n for n in names)


def test_read_only_board_disables_editing(window: MainWindow, tmp_path: Path) -> None:
    path = make_board(tmp_path / "lukittu.pajalauta", ["Unelmat"])
    assert window.open_path(path, read_only=True)
    assert window.document is not None and window.document.read_only
    assert "read-only" in window.windowTitle()
    assert not window.acts.delete.isEnabled() and not window.acts.new_note.isEnabled()
    assert window.acts.copy.isEnabled() and window.acts.zoom_fit.isEnabled()


def test_closing_the_board_releases_the_file_and_shows_the_start_page(
    window: MainWindow, tmp_path: Path
) -> None:
    path = make_board(tmp_path / "c.pajalauta", ["x"])
    window.open_path(path)
    window.acts.close_board.trigger()
    assert window.document is None and window.central() is window.start_page
    assert window.windowTitle() == "Pajalauta"
    BoardDocument.open(path).close()


def test_example_board_is_made_from_workshop_material(window: MainWindow, tmp_path: Path) -> None:
    assert window.files.open_demo(folder=tmp_path)
    assert window.document is not None
    texts = " ".join(n.text for n in window.document.notes.all())
    assert "Juva" in texts or "ateri" in texts
    assert window.document.info().place == "Juva"


def test_shortcut_help_lists_the_real_shortcuts(window: MainWindow) -> None:
    from ui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.acts, window)
    rows = dict(dialog.rows)
    assert rows["Undo"] == "Ctrl+Z"
    assert "Ctrl+N" in rows["New Board…"]
    QApplication.processEvents()
