"""A frame's headers read as one set: column headers share one title size, also now that the
sizes are worked out when a header is first drawn instead of while the board opens."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from canvas.frame_items import ZoneItem
from canvas.scene import BoardScene
from models.templates.plan import HEADER
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import ORIGIN, insert_small_grid, render

AREA = QRectF(*ORIGIN, 750.0, 630.0)
LONG_TITLE = "Asiakastyytyväisyyskyselyn tulokset ja jatkotoimenpiteet"


def column_headers(scene: BoardScene, frame_id: int) -> list[ZoneItem]:
    found = []
    for zone in scene.document.frames.zones(frame_id):
        if zone.row == HEADER and zone.col >= 0:
            item = scene.frames.zone_item(zone.id)
            assert item is not None
            found.append(item)
    return found


def title_sizes(items: list[ZoneItem]) -> list[int]:
    sizes = []
    for item in items:
        title = item.text_box().title
        assert title is not None
        sizes.append(title.pixel_size)
    return sizes


def test_column_headers_share_the_smallest_title_size_once_drawn(board: Board) -> None:
    frame_id = insert_small_grid(board)
    render(board, AREA)  # the headers are drawn: their sizes are worked out now
    headers = column_headers(board.scene, frame_id)
    assert len(headers) == 2
    short = title_sizes(headers)
    assert short[0] == short[1]

    board.document.frames.rename_zone(headers[0].zone_id, title=LONG_TITLE)
    board.qtbot.waitUntil(lambda: headers[0].zone.title == LONG_TITLE)
    render(board, AREA)
    alone = headers[0].natural_title_px()
    assert alone is not None and alone < short[0], "a long title needs a smaller size"
    assert title_sizes(headers) == [alone, alone], "the short header shrinks with the long one"


def test_a_reopened_board_gives_its_headers_the_shared_size_when_first_asked(
    board: Board,
) -> None:
    frame_id = insert_small_grid(board)
    first = column_headers(board.scene, frame_id)[0]
    board.document.frames.rename_zone(first.zone_id, title=LONG_TITLE)
    board.qtbot.waitUntil(lambda: first.zone.title == LONG_TITLE)
    again = BoardScene(board.document)  # a board opened: nothing laid out or drawn yet
    try:
        headers = column_headers(again, frame_id)
        sizes = title_sizes(list(reversed(headers)))  # asked first: the short one
        assert sizes[0] == sizes[1] == headers[0].natural_title_px()
    finally:
        again.detach()
