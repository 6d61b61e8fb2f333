"""Touch on the shared laptop's screen: tap selects, double-tap edits, a finger dragged on
empty space pans (a mouse there draws a selection band)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.room_boards import IDEAS, make_room_board, open_board, settle
from ui.main_window import MainWindow


def touch_device():  # type: ignore[no-untyped-def]
    return QTest.createTouchDevice()


def tap(view: object, pos: QPoint, device: object) -> None:
    viewport = view.viewport()  # type: ignore[attr-defined]
    QTest.touchEvent(viewport, device).press(0, pos, viewport).commit()
    QTest.touchEvent(viewport, device).release(0, pos, viewport).commit()


def drag(view: object, start: QPoint, end: QPoint, device: object, steps: int = 6) -> None:
    viewport = view.viewport()  # type: ignore[attr-defined]
    QTest.touchEvent(viewport, device).press(0, start, viewport).commit()
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        QTest.touchEvent(viewport, device).move(0, point, viewport).commit()
    QTest.touchEvent(viewport, device).release(0, end, viewport).commit()


def test_tap_selects_double_tap_edits_and_drag_on_empty_space_pans(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "kosketus.pajalauta"))
    device = touch_device()
    note = next(n for n in doc.notes.all() if n.text == IDEAS[0])
    view = window.view
    view.zoom_reset()
    view.centerOn(QPointF(note.x + 100, note.y + 100))
    settle()
    centre = view.mapFromScene(QPointF(note.x + 100, note.y + 100))
    tap(view, centre, device)
    settle()
    assert window.scene.selected_note_ids() == [note.id]

    QTest.qWait(QApplication.doubleClickInterval() + 50)  # a new gesture, not a double tap
    empty = view.mapFromScene(QPointF(note.x + 100, note.y - 60))
    assert view.viewport().rect().contains(empty)
    before = view.mapToScene(view.viewport().rect().center())
    drag(view, empty, empty + QPoint(-200, 120), device)
    settle()
    after = view.mapToScene(view.viewport().rect().center())
    assert abs((after.x() - before.x()) - 200) < 5 and abs((after.y() - before.y()) + 120) < 5
    assert window.scene.selected_note_ids() == [note.id], "panning is not a selection band"
    assert doc.notes.get(note.id).x == note.x, "the note did not move"

    QTest.qWait(QApplication.doubleClickInterval() + 50)
    centre = view.mapFromScene(QPointF(note.x + 100, note.y + 100))
    tap(view, centre, device)
    QTest.qWait(50)
    tap(view, centre, device)
    settle()
    assert view.is_editing()
