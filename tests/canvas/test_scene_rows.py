"""A bulk change of many rows at once: rows that only moved and rows that changed what a
note shows (colour, text, size) in the same change each end with their item showing that
very row, and undo brings every item back."""

from __future__ import annotations

from canvas.scene_rows import BULK_ITEMS
from tests.canvas.conftest import Board


def _shows_its_row(board: Board) -> None:
    for note in board.document.notes.all():
        item = board.scene.item_for(note.id)
        assert item is not None
        assert item.note == note
        assert (item.pos().x(), item.pos().y()) == (note.x, note.y)
        assert item.size() == (note.width, note.height)
        assert item.colour.name().upper() == note.colour.upper()
        assert item.zValue() == note.z


def test_a_bulk_change_of_places_and_looks_shows_every_row(board: Board) -> None:
    count = 2 * BULK_ITEMS
    ids = board.document.notes.add(
        [{"x": 260.0 * (n % 12), "y": 260.0 * (n // 12), "text": f"Idea {n}"} for n in range(count)]
    )
    before = board.rows()
    patches = {}
    for n, note_id in enumerate(ids):
        note = board.note(note_id)
        patch = {"x": note.x + 1000.0, "y": note.y - 40.0}
        if n % 4 == 0:
            patch |= {"colour": "#A8E28A", "text": f"Uusi {n}", "width": 240.0, "z": 900.0 + n}
        patches[note_id] = patch
    previous = board.document.notes.update(patches)  # type: ignore[arg-type]
    _shows_its_row(board)
    assert board.scene.item_for(ids[0]).note.text == "Uusi 0"  # type: ignore[union-attr]
    board.document.notes.update(previous)
    _shows_its_row(board)
    assert board.rows() == before
