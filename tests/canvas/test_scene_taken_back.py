"""An undo of a delete puts the very rows back, and the scene takes the removed notes' items
back (no new items for 5,000 notes) — showing exactly the rows, unselected, as new items
would; an item is never taken back for a row that differs."""

from __future__ import annotations

from canvas.note_item import NoteItem
from models.palette import PALETTE
from tests.canvas.conftest import Board


def _grid(board: Board, count: int) -> list[int]:
    return board.document.notes.add(
        [
            {"text": f"lappu {i}", "x": (i % 10) * 220.0, "y": (i // 10) * 220.0}
            for i in range(count)
        ]
    )


def _shown(board: Board, note_id: int) -> tuple[object, ...]:
    item = board.scene.item_for(note_id)
    assert item is not None
    return (item.note, item.pos().x(), item.pos().y(), item.zValue(), item.size())


def test_undo_of_a_delete_shows_the_rows_with_the_removed_items(board: Board) -> None:
    ids = _grid(board, 120)
    before = board.rows()
    shown = {note_id: _shown(board, note_id) for note_id in ids}
    items = {note_id: board.scene.item_for(note_id) for note_id in ids}
    board.view.select_all()
    assert len(board.scene.selected_note_ids()) == 120
    board.view.delete_selected()
    assert board.scene.note_count() == 0 and board.document.notes.count() == 0
    assert board.scene.selectedItems() == []
    board.stack.undo()
    assert board.rows() == before
    assert board.scene.note_count() == 120
    for note_id in ids:
        item = board.scene.item_for(note_id)
        assert item is items[note_id], "the removed note's item came back"
        assert item.scene() is board.scene
        assert _shown(board, note_id) == shown[note_id]
    # Put back unselected, as new items are; the far view's selection follows.
    assert board.scene.selectedItems() == []
    assert board.scene.selected_note_ids() == []
    assert len(board.scene.far_cache()) == 120
    # And once more (redo, undo): the same rows, items that show them.
    board.stack.redo()
    assert board.scene.note_count() == 0
    board.stack.undo()
    assert board.rows() == before
    assert {n: _shown(board, n) for n in ids} == shown


def test_a_row_put_back_changed_gets_an_item_that_shows_it(board: Board) -> None:
    [kept, changed] = _grid(board, 2)
    old = board.scene.item_for(changed)
    removed = board.document.notes.remove([kept, changed])
    assert board.scene.note_count() == 0
    altered = [
        note if note.id == kept else type(note)(**{**_fields(note), "colour": PALETTE["pink"]})
        for note in removed
    ]
    board.document.notes.restore(altered)
    item = board.scene.item_for(changed)
    assert item is not None and item is not old
    assert item.note.colour == PALETTE["pink"]
    assert item.colour.name().upper() == PALETTE["pink"].upper()
    assert isinstance(board.scene.item_for(kept), NoteItem)


def test_items_taken_back_follow_blank_cards_turned_on_meanwhile(board: Board) -> None:
    ids = _grid(board, 3)
    board.view.select_all()
    board.view.delete_selected()
    board.scene.set_text_hidden(True)
    board.stack.undo()
    assert all(board.scene.item_for(i).text_hidden for i in ids)  # type: ignore[union-attr]
    board.scene.set_text_hidden(False)
    assert not any(board.scene.item_for(i).text_hidden for i in ids)  # type: ignore[union-attr]


def _fields(note: object) -> dict[str, object]:
    from dataclasses import fields

    return {f.name: getattr(note, f.name) for f in fields(note)}  # type: ignore[arg-type]
