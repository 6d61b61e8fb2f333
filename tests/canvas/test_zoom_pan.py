"""Zooming (wheel, pinch, keyboard slots, fit) and panning (wheel, middle drag, space drag)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
from PySide6.QtWidgets import QApplication, QGestureEvent, QPinchGesture

from canvas import zoom
from tests.canvas.conftest import Board
from tests.wheel_events import send_wheel


def wheel(
    board: Board,
    pos: QPoint,
    dy: int,
    dx: int = 0,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    send_wheel(board.view.viewport(), dy, modifiers, pos, dx)


def pinch(board: Board, pos: QPoint, value: float) -> None:
    viewport = board.view.viewport()
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        QPointF(pos),
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        value,
        QPointF(),
        1,
    )
    QApplication.sendEvent(viewport, event)


def scene_at(board: Board, pos: QPoint) -> QPointF:
    return board.view.mapToScene(pos)


@pytest.fixture
def zooms(board: Board) -> list[float]:
    seen: list[float] = []
    board.view.zoomChanged.connect(seen.append)
    return seen


def test_ctrl_wheel_zooms_around_the_cursor(board: Board, zooms: list[float]) -> None:
    cursor = QPoint(700, 200)
    fixed = scene_at(board, cursor)
    wheel(board, cursor, 120, modifiers=Qt.KeyboardModifier.ControlModifier)
    assert board.view.scale_factor() > 1.1
    assert zooms == [pytest.approx(board.view.scale_factor())]
    after = scene_at(board, cursor)
    tolerance = 2.0 / board.view.scale_factor()
    assert abs(after.x() - fixed.x()) <= tolerance and abs(after.y() - fixed.y()) <= tolerance
    wheel(board, cursor, -240, modifiers=Qt.KeyboardModifier.ControlModifier)
    assert board.view.scale_factor() < 1.0


def test_zoom_is_clamped(board: Board) -> None:
    for _ in range(40):
        wheel(board, QPoint(500, 350), 120, modifiers=Qt.KeyboardModifier.ControlModifier)
    assert board.view.scale_factor() == zoom.MAX_SCALE
    for _ in range(60):
        board.view.zoom_out()
    assert board.view.scale_factor() == zoom.MIN_SCALE


def test_pinch_gesture_zooms(board: Board, zooms: list[float]) -> None:
    pinch(board, QPoint(300, 300), 0.5)
    assert board.view.scale_factor() == pytest.approx(1.5)
    pinch(board, QPoint(300, 300), -0.5)
    assert board.view.scale_factor() == pytest.approx(0.75)
    assert len(zooms) == 2


def test_touch_pinch_zooms_around_its_centre(board: Board, zooms: list[float]) -> None:
    viewport = board.view.viewport()
    centre = QPoint(250, 200)
    fixed = scene_at(board, centre)
    gesture = QPinchGesture(viewport)
    gesture.setScaleFactor(2.0)
    gesture.setChangeFlags(QPinchGesture.ChangeFlag.ScaleFactorChanged)
    gesture.setCenterPoint(QPointF(viewport.mapToGlobal(centre)))
    QApplication.sendEvent(viewport, QGestureEvent([gesture]))
    assert board.view.scale_factor() == pytest.approx(2.0)
    after = scene_at(board, centre)
    assert abs(after.x() - fixed.x()) <= 1.0 and abs(after.y() - fixed.y()) <= 1.0
    assert zooms == [pytest.approx(2.0)]


def test_keyboard_slots(board: Board, zooms: list[float]) -> None:
    board.view.zoom_in()
    assert board.view.scale_factor() == pytest.approx(zoom.STEP)
    board.view.zoom_out()
    board.view.zoom_out()
    assert board.view.scale_factor() == pytest.approx(1 / zoom.STEP)
    board.view.zoom_reset()
    assert board.view.scale_factor() == 1.0
    assert zooms[-1] == 1.0 and len(zooms) == 4


def test_zoom_to_fit_shows_every_note(board: Board, zooms: list[float]) -> None:
    ids = [
        board.add(text=str(i), x=x, y=y)
        for i, (x, y) in enumerate([(-3000.0, -800.0), (2500.0, 1900.0), (0.0, 0.0)])
    ]
    board.view.zoom_to_fit()
    visible = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
    for note_id in ids:
        item = board.scene.item_for(note_id)
        assert visible.contains(item.scene_rect())
    assert board.view.scale_factor() < 0.25
    assert zooms


def test_zoom_to_selection(board: Board) -> None:
    board.add(text="far away", x=-5000.0, y=-5000.0)
    target = board.add(text="tämä", x=1000.0, y=500.0)
    board.scene.select_notes([target])
    board.view.zoom_to_selection()
    visible = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
    assert visible.contains(board.scene.item_for(target).scene_rect())
    assert board.view.scale_factor() == zoom.MAX_FIT_SCALE, "one note: capped, not 400 %"


def test_plain_wheel_scrolls_and_shift_wheel_scrolls_sideways(board: Board) -> None:
    before = scene_at(board, QPoint(500, 350))
    wheel(board, QPoint(500, 350), -120)
    middle = scene_at(board, QPoint(500, 350))
    assert middle.y() > before.y() and middle.x() == before.x()
    wheel(board, QPoint(500, 350), -120, modifiers=Qt.KeyboardModifier.ShiftModifier)
    after = scene_at(board, QPoint(500, 350))
    assert after.x() > middle.x() and after.y() == middle.y()
    assert board.view.scale_factor() == 1.0


def test_middle_drag_pans_without_touching_notes(board: Board) -> None:
    note_id = board.add(text="paikallaan", x=-100.0, y=-100.0)
    before = scene_at(board, QPoint(500, 350))
    board.drag(
        board.centre_of(note_id),
        board.centre_of(note_id) + QPoint(-200, -100),
        button=Qt.MouseButton.MiddleButton,
    )
    after = scene_at(board, QPoint(500, 350))
    assert (after.x() - before.x(), after.y() - before.y()) == (200.0, 100.0)
    assert (board.note(note_id).x, board.note(note_id).y) == (-100.0, -100.0)
    assert board.stack.count() == 0


def test_space_drag_pans_even_over_a_note(board: Board) -> None:
    note_id = board.add(text="paikallaan", x=-100.0, y=-100.0)
    before = scene_at(board, QPoint(500, 350))
    board.qtbot.keyPress(board.view, Qt.Key.Key_Space)
    board.drag(board.centre_of(note_id), board.centre_of(note_id) + QPoint(150, 50))
    board.qtbot.keyRelease(board.view, Qt.Key.Key_Space)
    after = scene_at(board, QPoint(500, 350))
    assert (before.x() - after.x(), before.y() - after.y()) == (150.0, 50.0)
    assert (board.note(note_id).x, board.note(note_id).y) == (-100.0, -100.0)
    assert not board.view.is_editing()
    assert board.stack.count() == 0


def test_scene_reaches_well_beyond_the_notes(board: Board) -> None:
    board.add(text="reuna", x=0.0, y=0.0)
    rect = board.scene.sceneRect()
    assert rect.left() <= -2000 and rect.right() >= 2200
    # The view can scroll so the note sits at the left edge with canvas to spare.
    board.view.centerOn(QPointF(rect.right(), 0.0))
    visible = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
    assert visible.left() > 1000
