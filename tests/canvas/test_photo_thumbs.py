"""Photos are drawn from decoded sizes that follow the zoom: sharp up close, small far away,
and a photo drawn small lets go of its large pixels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from canvas import photo_thumbs
from tests.canvas import photo_files
from tests.canvas.conftest import Board
from tests.canvas.test_photos import drop, photos


def shown(board: Board) -> None:
    """Paint, let the decoder deliver, paint again with what it delivered."""
    board.view.viewport().repaint()
    board.scene.thumbnails.wait()
    board.view.viewport().repaint()


def test_close_up_decodes_large_and_far_away_lets_it_go(
    board: Board, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(photo_thumbs, "KEEP_LARGE_SECONDS", 0.0)
    drop(board, [photo_files.huge_jpeg(tmp_path / "iso.jpg")], board.vp(0, 0))
    (card,) = photos(board)
    cache = board.scene.thumbnails
    assert card.image_id is not None
    board.view.zoom_to_rect(board.scene.item_for(card.id).scene_rect())
    board.view._set_scale(4.0)
    board.view.centerOn(card.x + card.width / 2, card.y + card.height / 2)
    shown(board)
    assert max(cache.levels(card.image_id)) >= 2048, "no sharp size for a close-up"
    board.view._set_scale(0.15)
    shown(board)
    shown(board)
    assert max(cache.levels(card.image_id)) < 1024, "full-size pixels kept for a far photo"
    image = board.view.viewport().grab().toImage()
    centre = board.view.mapFromScene(card.x + card.width / 2, card.y + card.height * 0.6)
    colour = QColor(image.pixel(centre))
    assert colour != QColor("#FFFFFF") and colour.lightness() < 200, (
        "the far view shows a blank card instead of the photo"
    )


def test_levels_are_powers_of_two_just_above_the_screen_size() -> None:
    assert photo_thumbs.level_for(100) == 128
    assert photo_thumbs.level_for(129) == 256
    assert photo_thumbs.level_for(9000) == 4096


def test_a_damaged_picture_is_a_crossed_card_asked_for_once(board: Board) -> None:
    from models.images import ImageStore

    image_id = ImageStore(board.document).add(b"\x89PNG\r\n\x1a\nnot really a picture")
    note_id = board.add(
        kind="image",
        image_id=image_id,
        colour="#FFFFFF",
        width=300.0,
        height=220.0,
        fields={"pixels": "300×200"},
    )
    board.view.centerOn(150.0, 110.0)
    shown(board)
    assert board.scene.thumbnails.is_broken(image_id)
    assert board.scene.thumbnails.levels(image_id) == set()
    shown(board)  # painting again asks nothing more (no decode loop)
    assert not board.scene.thumbnails._pending
    assert board.scene.item_for(note_id) is not None
