"""A read-only board cannot be changed from the canvas at all: no drag, no resize, no typing,
no editor; the first attempt says why, once, and the file is never written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models.document import BoardDocument
from tests.ui.conftest import open_alerts
from tests.ui.test_refused_writes import drag, first_note, screen_equals_file, vp
from ui.main_window import MainWindow


def test_the_canvas_refuses_every_change_and_says_so_once(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "lukittu.pajalauta"
    doc = BoardDocument.create(path, title="Lukittu")
    doc.notes.add([{"text": "lappu", "x": 0.0, "y": 0.0}])
    doc.close()
    before = path.read_bytes()
    assert window.open_path(path, read_only=True)
    assert window.view is not None and window.scene is not None
    window.view.centerOn(QPointF(100.0, 80.0))
    note = first_note(window).note

    drag(
        window, qtbot, vp(window, note.x + 40, note.y + 40), vp(window, note.x + 300, note.y + 200)
    )
    screen_equals_file(window)
    assert len(open_alerts(window)) == 1, "said once"
    assert "read-only" in open_alerts(window)[0].text()

    window.scene.select_notes([note.id])
    corner = vp(window, note.x + note.width - 3, note.y + note.height - 3)
    drag(window, qtbot, corner, corner + QPoint(100, 80))
    qtbot.mouseDClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=vp(window, note.x + 40, note.y + 40)
    )
    window.scene.select_notes([note.id])
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, window.view, Qt.Key.Key_A, "a", Qt.KeyboardModifier.NoModifier
    )
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert not window.view.is_editing()
    screen_equals_file(window)
    assert len(open_alerts(window)) == 1, "not again at every attempt"
    window.close_board()
    assert path.read_bytes() == before
