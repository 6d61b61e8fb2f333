"""The window learns from the error's type, not its words, that a change was not saved, and
says so in the UI language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models import sqlite_store
from models.document import BoardDocument
from tests.ui.conftest import open_alerts
from ui.main_window import MainWindow


def fill_the_disk(doc: BoardDocument) -> None:
    """A real SQLITE_FULL: the file may not grow by a single page any more."""
    raw = sqlite_store.raw_connection(doc._engine)
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_is_reported_in_swedish_and_marks_the_change_unsaved(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "full.pajalauta"
    BoardDocument.create(path, title="Full").close()
    window.acts.languages["sv"].trigger()
    QApplication.processEvents()
    assert window.open_path(path)
    assert window.document is not None and window.view is not None
    fill_the_disk(window.document)
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    QApplication.clipboard().setText(
        "\n".join(f"Maten kommer kall, dag {day}. " * 8 for day in range(60))
    )
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(open_alerts(window)))
    texts = [box.text() for box in open_alerts(window)]
    assert any(
        text.startswith("Disken är full: den senaste ändringen i ”full.pajalauta”")
        for text in texts
    ), texts
    assert window.save_label.text() == "Den senaste ändringen sparades INTE"
    assert window.document is not None and window.document.notes.all() == []
    window.close_board()


def test_a_refusal_that_is_not_about_saving_keeps_the_saved_state(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """An error whose English happens to contain "saved" or "written" (the old word search)
    no longer marks the board unsaved: only storage errors do."""
    path = tmp_path / "frame.pajalauta"
    BoardDocument.create(path, title="Frame").close()
    window.acts.languages["fi"].trigger()
    QApplication.processEvents()
    assert window.open_path(path)
    assert window.view is not None
    from models.errors import LimitError

    window.view.errorOccurred.emit(
        LimitError(
            "A note can hold at most {limit} characters; this text has {n}. Split it over several "
            "notes.",
            limit=4000,
            n=4001,
        )
    )
    qtbot.waitUntil(lambda: bool(open_alerts(window)))
    assert open_alerts(window)[-1].text().startswith("Lappuun mahtuu enintään 4000 merkkiä")
    assert window.save_label.text().startswith("Kaikki muutokset tallennettu")
    window.close_board()
