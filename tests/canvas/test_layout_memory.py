"""Text layouts are kept for a bounded number of notes, and a note that let its layout go
still shows its text when drawn; asking whether a stop is legible lays out no more than it
must."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter

from canvas import layout_queue
from canvas.legibility import wall_is_legible, wall_seen
from tests.canvas.conftest import Board

NOTES = 12
KEPT = 5


def add_row_of_notes(board: Board) -> list[int]:
    return board.document.notes.add(
        [{"text": f"Lappu numero {i}", "x": i * 220.0, "y": 0.0} for i in range(NOTES)]
    )


def dark_pixels(board: Board, note_id: int) -> int:
    item = board.scene.item_for(note_id)
    assert item is not None
    area = item.scene_rect()
    image = QImage(int(area.width()), int(area.height()), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    board.scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 90
    )


def test_only_the_latest_layouts_are_kept_and_a_forgotten_one_is_made_again(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout_queue, "KEPT_LAYOUTS", KEPT)
    ids = add_row_of_notes(board)
    items = [board.scene.item_for(note_id) for note_id in ids]
    for item in items:
        assert item is not None
        item.ensure_fit()
    kept = [item for item in items if item is not None and item.fitted is not None]
    assert len(kept) == KEPT
    assert kept == items[-KEPT:], "the most recent layouts stay"
    first = items[0]
    assert first is not None and first.fitted is None
    assert dark_pixels(board, ids[0]) > 20, "the first note still shows its text"
    assert first.fitted is not None, "drawing it made its layout again"
    board.document.notes.remove(ids[-KEPT:])  # removed notes let their layouts go too
    assert all(board.scene.item_for(i) is None for i in ids[-KEPT:])
    assert board.scene._queue.layouts_kept() == 1


def test_a_stop_too_small_to_read_is_known_without_laying_out_its_notes(board: Board) -> None:
    ids = add_row_of_notes(board)
    rect = QRectF(0.0, 0.0, NOTES * 220.0, 200.0)
    tiny = QSizeF(120.0, 40.0)  # the whole row fitted into 120 px: nothing reads
    assert not wall_is_legible(board.scene, rect, tiny, 18.0)
    assert all(board.scene.item_for(i).fitted is None for i in ids)  # type: ignore[union-attr]

    big = QSizeF(NOTES * 220.0, 400.0)  # at 100 %: every note reads
    assert wall_is_legible(board.scene, rect, big, 18.0)
    seen = wall_seen(board.scene, rect, 1.0, 18.0)
    assert seen.note_ids == set(ids)
