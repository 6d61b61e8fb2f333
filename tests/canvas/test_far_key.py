"""Frames of one template share the far view's plan: its key comes from the rows the zone
items show, the same key the items themselves give, and follows every edit."""

from __future__ import annotations

from canvas.frame_items import FrameItem
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import SMALL_GRID, cell


def key_from_items(frame: FrameItem) -> object:
    rows, frame.zone_rows = frame.zone_rows, None
    frame.forget_far_sizes()
    try:
        return frame.far_key()
    finally:
        frame.zone_rows = rows
        frame.forget_far_sizes()


def test_frames_of_one_template_share_a_key_that_follows_their_edits(board: Board) -> None:
    doc = board.document
    first = doc.frames.instantiate(SMALL_GRID, -450.0, -330.0)
    second = doc.frames.instantiate(SMALL_GRID, 2000.0, 900.0)
    layer = board.scene.frames
    board.qtbot.waitUntil(lambda: layer.frame_item(second) is not None)
    a, b = layer.frame_item(first), layer.frame_item(second)
    assert a is not None and b is not None
    assert a.far_key() == b.far_key(), "the same template anywhere: one plan"
    assert a.far_key() == key_from_items(a) and b.far_key() == key_from_items(b)

    doc.frames.rename_zone(cell(board, second, 0, 1).id, "Toinen otsikko")
    board.qtbot.waitUntil(lambda: b.zone_rows is not None and b.far_key() != a.far_key())
    assert b.far_key() == key_from_items(b), "the key shows the renamed cell"

    doc.frames.move(second, 300.0, -200.0)
    board.qtbot.wait(20)
    assert b.far_key() == key_from_items(b), "a moved frame keeps its zones' places in it"
