"""The projector never zooms by wheel or pinch, so it never draws the board's picture that a
zoom-out's edges are cut from (canvas.far_overview): 7 MB at 20,000 notes, for nothing."""

from __future__ import annotations

from canvas.projector_view import ProjectorView
from canvas.view_glide import OVERVIEW_AFTER_OPEN_MS
from tests.canvas.conftest import Board


def test_only_the_laptop_prepares_the_board_picture(board: Board) -> None:
    for index in range(12):
        board.add(text=f"lappu {index}", x=260.0 * index, y=0.0)
    projector = ProjectorView(board.scene, board.stack)
    projector.resize(640, 360)
    projector.show()
    laptop = board.view
    board.qtbot.wait(OVERVIEW_AFTER_OPEN_MS + 300)
    assert not projector._prepare.isActive()
    assert not projector._overview.fresh(projector._overview_state())
    projector.close()
    assert laptop._prepare.isActive() or laptop._overview.fresh(laptop._overview_state()), (
        "the laptop's view still prepares it (or has it)"
    )
