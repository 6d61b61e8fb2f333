"""A wheel pan moves the board at once; the scroll bars show where it rests once it rests
(painting them each step costs more than the step's strip of board)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from canvas.view_paint import REST_MS
from tests.canvas.conftest import Board
from tests.wheel_events import send_wheel


def wheel(board: Board, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    send_wheel(board.view.viewport(), delta, modifiers)
    board.view.viewport().repaint()


def bar_picture(board: Board) -> QImage:
    bar = board.view.verticalScrollBar()
    container = bar.parentWidget()
    widget: QWidget = container if container is not None else bar
    return widget.grab().toImage()


def spread(board: Board) -> None:
    ids = board.document.notes.add(
        [
            {"x": col * 400.0, "y": row * 400.0, "text": "Asiakas"}
            for row in range(12)
            for col in range(4)
        ]  # type: ignore[misc]
    )
    board.qtbot.waitUntil(lambda: all(board.scene.item_for(i) is not None for i in ids))
    board.view.zoom_reset()
    board.view.centerOn(QPointF(800.0, 600.0))
    board.view.viewport().repaint()


def test_the_scroll_bars_show_where_a_wheel_pan_rests(board: Board) -> None:
    spread(board)
    view = board.view
    bar = view.verticalScrollBar()
    before_value, before_picture = bar.value(), bar_picture(board)
    for step in range(5):
        wheel(board, -120, Qt.KeyboardModifier.NoModifier)
        assert bar.value() > before_value, "the board moves at every step"
        assert view.scroll_bars_paused(), step
    board.qtbot.waitUntil(lambda: not view.scroll_bars_paused(), timeout=REST_MS * 10)
    QApplication.processEvents()
    rested = bar_picture(board)
    assert rested != before_picture, "the thumb shows the new place"
    bar.setValue(bar.value())  # a bar painted from scratch at this value looks the same
    bar.update()
    QApplication.processEvents()
    assert bar_picture(board) == rested


def test_a_pan_within_a_zoom_waits_for_both_to_rest(board: Board) -> None:
    spread(board)
    view = board.view
    wheel(board, -120, Qt.KeyboardModifier.ControlModifier)
    assert view.zooming and view.scroll_bars_paused()
    wheel(board, -120, Qt.KeyboardModifier.NoModifier)
    view.end_glide()  # the zoom rests; the pan has not yet
    assert not view.zooming and view.scroll_bars_paused()
    board.qtbot.waitUntil(lambda: not view.scroll_bars_paused(), timeout=REST_MS * 10)
    container = view.verticalScrollBar().parentWidget()
    assert container is not None and container.updatesEnabled()
