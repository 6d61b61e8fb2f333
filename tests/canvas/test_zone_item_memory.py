"""A zone item keeps in its own dictionary only what differs from the class's defaults: a
workshop board of 20,000 notes has 7,000 zones (canvas.frame_items.ZoneItem)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import insert_small_grid

DEFAULTS = ("highlighted", "accent", "_text", "_natural", "_cap", "_prompt_cap")


def test_zone_items_share_their_defaults_until_one_of_them_changes(board: Board) -> None:
    frame_id = insert_small_grid(board)
    zones = board.scene.frames.zone_items(frame_id)
    assert len(zones) >= 4
    fresh = [zone for zone in zones if not set(DEFAULTS) & set(vars(zone))]
    assert fresh, "some zone not yet painted keeps no copies of the defaults"
    one, other = fresh[0], fresh[-1]
    assert one is not other
    one.set_highlighted(True)
    one.set_accent(QColor("#1F5FA8"))
    assert one.highlighted and one.accent == QColor("#1F5FA8")
    assert not other.highlighted and other.accent is None
    one.set_highlighted(False)
    assert not one.highlighted
