"""The far view works out frames, zones and headers once per zoom and keeps them: what it
keeps must follow every change of a frame (a committed move, a live drag, a renamed header)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from canvas import style
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import cell, centre, insert_small_grid

FAR = style.FAR_SCALE * 0.5
PINK = QColor("#FBEBEA")


def grab(board: Board) -> QImage:
    board.view.viewport().repaint()
    return board.view.viewport().grab().toImage()


def colour_at(board: Board, image: QImage, x: float, y: float) -> QColor:
    point = board.vp(x, y)
    return image.pixelColor(point.x(), point.y())


def close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 8


def test_a_moved_frame_is_drawn_where_it_went_far_away(board: Board) -> None:
    frame_id = insert_small_grid(board)
    board.view._set_scale(FAR)
    board.view.centerOn(QPointF(0.0, 0.0))
    pink = cell(board, frame_id, 1, 0)  # the bottom row is pink
    x, y = centre(pink)
    assert close(colour_at(board, grab(board), x, y), PINK), "drawn before the move"
    board.document.frames.move(frame_id, 0.0, -600.0)
    board.qtbot.waitUntil(lambda: board.scene.frames.frame_item(frame_id).pos().y() < -600)
    image = grab(board)
    assert not close(colour_at(board, image, x, y), PINK), "gone from where it was"
    assert close(colour_at(board, image, x, y - 600.0), PINK), "drawn where it went"


def test_a_frame_dragged_live_is_drawn_under_the_mouse_far_away(board: Board) -> None:
    frame_id = insert_small_grid(board)
    board.view._set_scale(FAR)
    board.view.centerOn(QPointF(0.0, 0.0))
    x, y = centre(cell(board, frame_id, 1, 0))
    grab(board)
    item = board.scene.frames.frame_item(frame_id)
    assert item is not None
    item.setPos(item.pos() + QPointF(900.0, 0.0))  # what a drag does before it commits
    image = grab(board)
    assert not close(colour_at(board, image, x, y), PINK)
    assert close(colour_at(board, image, x + 900.0, y), PINK)


def test_a_renamed_header_is_written_anew_far_away(board: Board) -> None:
    frame_id = insert_small_grid(board)
    board.view._set_scale(0.15)
    board.view.centerOn(QPointF(0.0, 0.0))
    header = next(z for z in board.document.frames.zones(frame_id) if z.title == "Alarivi")
    before = grab(board)
    board.document.frames.rename_zone(header.id, "Ö")
    board.qtbot.waitUntil(lambda: board.scene.frames.zone_item(header.id).zone.title == "Ö")
    after = grab(board)
    assert before != after, "the header's new text is drawn"
