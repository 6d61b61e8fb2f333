"""Which cell is under a dragged note: the topmost frame's, where the frames are shown, found
among the frames there rather than by testing every frame of the board at each mouse step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, Qt

from canvas.frame_items import FrameItem
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import ORIGIN, SMALL_GRID, cell, insert_small_grid, point_in


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many times any frame's scene rectangle was asked for."""
    calls = [0]
    plain = FrameItem.scene_rect

    def scene_rect(self: FrameItem) -> object:
        calls[0] += 1
        return plain(self)

    monkeypatch.setattr(FrameItem, "scene_rect", scene_rect)
    yield calls


def test_the_topmost_of_two_overlapping_frames_gives_the_cell(board: Board) -> None:
    lower = insert_small_grid(board)
    upper = board.document.frames.instantiate(SMALL_GRID, ORIGIN[0] + 300.0, ORIGIN[1])
    board.qtbot.waitUntil(lambda: board.scene.frames.frame_item(upper) is not None)
    # The lower frame's right column lies under the upper frame's row headers and left column.
    shared = cell(board, upper, 0, 0)
    under = QPointF(shared.x + 20.0, shared.y + 20.0)
    zone = board.scene.frames.zone_at(under)
    assert zone is not None and zone.zone.frame_id == upper
    assert board.scene.frames.frame_at(under).frame_id == upper  # type: ignore[union-attr]
    assert board.document.frames.zone_at(under.x(), under.y()) == zone.zone_id, "as the model"
    left = cell(board, lower, 0, 0)
    assert board.scene.frames.zone_at(QPointF(left.x + 5, left.y + 5)).zone_id == left.id  # type: ignore[union-attr]
    assert board.scene.frames.zone_at(QPointF(ORIGIN[0] - 50.0, 0.0)) is None, "outside"


def test_a_cell_edge_belongs_as_in_the_model(board: Board) -> None:
    frame_id = insert_small_grid(board)
    first, second = cell(board, frame_id, 0, 0), cell(board, frame_id, 0, 1)
    edge = QPointF(second.x, second.y + 10.0)  # the left edge of the right cell
    assert board.scene.frames.zone_at(edge).zone_id == second.id  # type: ignore[union-attr]
    inside = QPointF(second.x - 0.5, second.y + 10.0)
    assert board.scene.frames.zone_at(inside).zone_id == first.id  # type: ignore[union-attr]


def test_a_frame_being_dragged_answers_where_it_is_shown(board: Board) -> None:
    frame_id = insert_small_grid(board)
    target = cell(board, frame_id, 1, 1)
    viewport = board.view.viewport()
    bar = board.vp(ORIGIN[0] + 300, ORIGIN[1] + 25)
    board.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=bar)
    board.qtbot.mouseMove(viewport, bar + board.vp(120, 0) - board.vp(0, 0))
    moved = QPointF(target.x + target.width - 60.0 + 120.0, target.y + 20.0)
    zone = board.scene.frames.zone_at(moved)
    assert zone is not None and zone.zone_id == target.id, "the cell where it is shown now"
    board.key(Qt.Key.Key_Escape)
    board.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=bar)
    assert board.scene.frames.zone_at(moved) is None, "back where the file has it"


def test_a_drag_step_looks_at_the_frames_under_the_note_only(
    board: Board, counted: list[int]
) -> None:
    """On a board of forty frames, a note dragged over one of them tests that frame (and
    none of the others) at each mouse step: the cost follows the place, not the board."""
    frame_id = insert_small_grid(board)
    for index in range(1, 40):
        board.document.frames.instantiate(SMALL_GRID, ORIGIN[0] + 1000.0 * index, ORIGIN[1])
    board.qtbot.waitUntil(lambda: len(board.scene.frames.frame_items()) == 40)
    target = cell(board, frame_id, 0, 1)
    note_id = board.add(text="Toiveruuat", x=340.0, y=-300.0, width=140.0, height=140.0)
    viewport = board.view.viewport()
    start, end = board.centre_of(note_id), point_in(board, target)
    board.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    board.qtbot.mouseMove(viewport, start + (end - start) * 0.5)
    counted[0] = 0
    board.qtbot.mouseMove(viewport, end)
    assert board.scene.frames.highlighted() == {target.id}
    assert counted[0] <= 2, f"{counted[0]} frames tested for one note at one step"
    board.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert board.note(note_id).zone_id == target.id
