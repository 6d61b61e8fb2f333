"""A drop seen far away: the notes' preview is where the drop puts them (whole scene units,
so the committed move finds every item in place), and the drop highlight going away draws
only the cells' area of each view's kept far image again, with exactly the pixels a fresh
drawing of the whole image has, whichever way the image drew its notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from canvas import style
from canvas.far_stack import ORDERED_MOST
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import cell, centre, insert_small_grid

FAR = style.FAR_SCALE * 0.5
YELLOW = "#FFF59D"
PURPLE = "#7B3FA0"


def grab(board: Board) -> QImage:
    board.view.viewport().repaint()
    return board.view.viewport().grab().toImage()


def fresh(board: Board) -> QImage:
    """The view drawn with no kept far image: every pixel drawn anew."""
    board.view._backdrop.forget()
    return grab(board)


def whole_drawings(board: Board, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the view's whole far-image drawings from now on."""
    drawn = [0]
    draw: Callable[..., Any] = board.view._draw_kept

    def counted(*args: Any) -> Any:
        drawn[0] += 1
        return draw(*args)

    monkeypatch.setattr(board.view, "_draw_kept", counted)
    return drawn


def _crowd(board: Board, count: int) -> None:
    """``count`` yellow notes beside the frame, all in sight far away, none on another."""
    board.document.notes.add(
        [
            {"x": 600.0 + 60.0 * (i % 40), "y": -3000.0 + 60.0 * (i // 40), "colour": YELLOW}
            | {"width": 50.0, "height": 50.0, "z": float(i)}
            for i in range(count)
        ]
    )


@pytest.mark.parametrize("crowd", [0, ORDERED_MOST + 200], ids=["in order", "in batches"])
def test_a_drop_highlight_going_draws_the_same_pixels_as_a_fresh_far_image(
    board: Board, monkeypatch: pytest.MonkeyPatch, crowd: int
) -> None:
    frame_id = insert_small_grid(board)
    target = cell(board, frame_id, 0, 0)
    x, y = centre(target)
    # A purple note under a yellow one: in stacking order the yellow lies on top; in colour
    # batches purple (whose notes lie higher on average) is drawn over yellow.
    board.add(x=x - 100, y=y - 100, colour=PURPLE, z=float(crowd + 10))
    board.add(x=x - 40, y=y - 40, colour=YELLOW, z=float(crowd + 20))
    _crowd(board, crowd)
    board.qtbot.waitUntil(lambda: board.scene.note_count() == crowd + 2)
    board.view._set_scale(FAR)
    board.view.centerOn(QPointF(x, y))
    grab(board)
    assert board.view._kept_in_order == (crowd == 0)
    drawn = whole_drawings(board, monkeypatch)
    board.scene.frames.highlight([target.id])
    lit = grab(board)
    board.scene.frames.highlight([])
    plain = grab(board)
    assert drawn == [0], "only the cell's area was drawn again, twice"
    assert lit != plain, "the highlight showed"
    assert plain == fresh(board), "and went without a trace"
    board.scene.frames.highlight([target.id])
    assert grab(board) == lit == fresh(board), "the same cell lit again"


def test_a_far_drag_previews_the_notes_where_the_drop_puts_them(board: Board) -> None:
    first = board.add(x=0.0, y=0.0)
    second = board.add(x=700.0, y=300.0)
    board.view._set_scale(0.37)  # a pixel is 2.7… scene units
    board.view.centerOn(QPointF(351.3, 150.7))
    board.scene.select_notes([first, second])
    viewport = board.view.viewport()
    start = board.centre_of(first)
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    board.qtbot.mousePress(viewport, left, none, start)
    for step in range(1, 6):
        board.qtbot.mouseMove(viewport, start + QPoint(7 * step, 3 * step))
        shown = [board.scene.item_for(i).pos() for i in (first, second)]  # type: ignore[union-attr]
        assert all(p.x() == round(p.x()) and p.y() == round(p.y()) for p in shown)
    assert shown[0] != QPointF(0.0, 0.0)
    board.qtbot.mouseRelease(viewport, left, none, start + QPoint(35, 15))
    for note_id, place in zip((first, second), shown, strict=True):
        note = board.note(note_id)
        assert (note.x, note.y) == (place.x(), place.y()), "the drop is where it showed"
        item = board.scene.item_for(note_id)
        assert item is not None and (item.pos().x(), item.pos().y()) == (note.x, note.y)
    assert board.note(second).x - board.note(first).x == 700.0, "both by the same step"
