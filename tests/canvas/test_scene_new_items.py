"""Items for notes the scene never had (a duplicate's copies, made in one loop) are the items
a note added one at a time gets: their class, place, layer, size, flags, far blocks; blank
cards and a removal's kept items take the ordinary way."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

from canvas.card_item import CardItem
from canvas.note_item import NoteItem
from models.experiment import new_card
from models.records import NoteData
from tests.canvas.conftest import Board

FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
)


def _shows(board: Board, note: NoteData) -> NoteItem:
    item = board.scene.item_for(note.id)
    assert item is not None and item.scene() is board.scene and item.isVisible()
    assert item.note == note
    assert (item.pos().x(), item.pos().y(), item.zValue()) == (note.x, note.y, note.z)
    assert item.size() == (note.width, note.height)
    assert item.flags() & FLAGS == FLAGS
    assert board.scene.far_cache().outlines([note.id], 0.0)[0].getRect() == (
        note.x,
        note.y,
        note.width,
        note.height,
    )
    return item


def test_copies_get_the_items_of_notes_added_one_by_one(board: Board) -> None:
    doc = board.document
    one = doc.notes.add([{"text": "yksi", "x": 10.0, "y": 20.0}])
    card = doc.notes.add([new_card(400.0, 0.0, theme="kokeilu")])
    originals = doc.notes.many(one + card)
    copies = doc.notes.add_copies(originals, [(60.0, 70.0), (900.0, 40.0)])
    items = [_shows(board, note) for note in doc.notes.many(copies)]
    assert [type(item) for item in items] == [NoteItem, CardItem]
    assert board.scene.note_count() == 4
    assert all(not item.text_hidden for item in items)

    board.scene.set_text_hidden(True)  # blank cards: new items come blank too
    [hidden] = doc.notes.add_copies(originals[:1], [(0.0, 500.0)])
    assert _shows(board, doc.notes.get(hidden)).text_hidden


def test_notes_put_back_take_their_kept_items_again(board: Board) -> None:
    doc = board.document
    ids = doc.notes.add([{"text": f"n{i}", "x": 150.0 * i} for i in range(3)])
    before = [board.scene.item_for(note_id) for note_id in ids]
    removed = doc.notes.remove(ids)
    assert board.scene.note_count() == 0
    doc.notes.restore(removed)
    after = [_shows(board, note) for note in doc.notes.many(ids)]
    assert after == before, "an undo of a delete shows the very items again"
    assert all(item.isVisible() for item in after)
