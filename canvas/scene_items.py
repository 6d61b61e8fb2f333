"""Making and taking back the note items of :class:`canvas.scene.BoardScene`: a note's own
kind of item (card, photo, plain note), the hidden item of a note removed a moment ago taken
back, and many new notes (a duplicate's copies) made in one loop or after the views have
painted them (:mod:`canvas.item_builder`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtWidgets import QGraphicsItem

from canvas import note_cache
from canvas.card_item import CardItem
from canvas.departed import Departed
from canvas.far_view import FarCache
from canvas.item_builder import LATER_NOTES, ItemBuilder
from canvas.layout_queue import LayoutQueue
from canvas.note_item import NoteItem, colour_for
from canvas.photo_item import PhotoItem
from canvas.photo_thumbs import ThumbnailCache
from canvas.scene_rows import taken_back
from canvas.scene_selection import SceneSelection
from models.document import BoardDocument
from models.experiment import EXPERIMENT_KIND
from models.photos import PHOTO_KIND
from models.records import NoteData

_OWN_ITEMS = frozenset((EXPERIMENT_KIND, PHOTO_KIND))  # kinds with items of their own


class SceneItems(SceneSelection):
    """The item-making half of :class:`canvas.scene.BoardScene` (which sets these up)."""

    document: BoardDocument
    language: str
    thumbnails: ThumbnailCache
    _queue: LayoutQueue
    _text_hidden: bool
    _far: FarCache
    _far_stale: set[NoteItem]
    _departed: Departed
    _photos: dict[int, PhotoItem]
    _builder: ItemBuilder
    _all_made: Callable[..., None]

    def _add(self, note: NoteData) -> NoteItem:
        item = self._departed.take(note.id)  # hidden in this scene since its removal
        if item is not None and not taken_back(item, note):
            self.removeItem(item)
            item = None
        back = item is not None
        if item is None:
            item = self._made(note)
        elif isinstance(item, PhotoItem):
            self._photos[note.id] = item
        elif isinstance(item, CardItem):
            item.set_language(self.language)
        if item.text_hidden != self._text_hidden:
            item.text_hidden = self._text_hidden
        self._items[note.id] = item
        if back:
            item.show()
        else:
            self.addItem(item)
        if self._select_later:
            self._select_made(item)
        return item

    def _add_new(self, notes: list[NoteData]) -> list[NoteItem]:
        """Items for these rows, as :meth:`_add` makes them; plain notes the scene never had
        (a duplicate's 5,000 copies) made in one loop, without its look-ups per note, or
        after the views have painted them (:data:`LATER_NOTES` or more)."""
        later = len(notes) >= LATER_NOTES and not self._builder.busy
        if self._departed.holds_any(notes):
            if not later:
                return [self._add(note) for note in notes]
            stale = self._departed.changed(notes)  # leave the scene once the items are made
            back = [self._add(note) for note in notes if self._departed.holds(note.id)]
            rest = [note for note in notes if note.id not in self._items]
            if rest:  # (every note whose item could not be taken back is among them)
                self._add_later(rest, stale)
            return back
        if later:
            return self._add_later(notes)
        if self._text_hidden or self.document.read_only:
            return [self._add(note) for note in notes]
        queue, made, add_item = self._queue, self._made, self.addItem
        items = [made(n) if n.kind in _OWN_ITEMS else NoteItem(n, queue) for n in notes]
        self._items.update(zip([note.id for note in notes], items, strict=True))
        for item in items:
            add_item(item)
        return items

    def _add_later(
        self, notes: list[NoteData], stale: Sequence[QGraphicsItem] = ()
    ) -> list[NoteItem]:
        """Many new notes (a duplicate of 5,000): their blocks now, for the far view that
        shows them; their items a slice at a time once a view has painted, as when a big
        board opens (:mod:`canvas.item_builder`: anything that needs them first makes them).
        Photos and cards get theirs now (the far view draws photos from their items). Returns
        no items: the blocks of all of them are in the far view already."""
        far = self._far
        far.put_fresh((n.id, colour_for(n.colour), n.x, n.y, n.width, n.height, n.z) for n in notes)
        for note in notes:
            if note.kind in _OWN_ITEMS:
                self._add(note)
        self._builder.first(far.file_some)  # the grid, filed after the frame too
        later = [n for n in notes if n.kind not in _OWN_ITEMS]
        self._builder.start(later, lambda: self._all_made(stale), True)
        return []

    def _items_later(self, ids: Iterable[int]) -> set[int]:
        return self._builder.waiting(ids)

    def _made(self, note: NoteData) -> NoteItem:
        item: NoteItem
        if note.kind == EXPERIMENT_KIND:
            item = CardItem(note, self._queue)
            item.set_language(self.language)
        elif note.kind == PHOTO_KIND:
            item = self._photos[note.id] = PhotoItem(note, self._queue, self.thumbnails)
        else:
            item = NoteItem(note, self._queue)
        if self.document.read_only:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        return item

    def _remove(self, note_id: int) -> None:
        """Take a note's item out of the board, kept hidden in :attr:`_departed` (its block stays
        in the far view: the caller drops the blocks of all removed notes at once)."""
        item = self._items.pop(note_id, None)
        self._photos.pop(note_id, None)
        if item is not None:
            self._queue.forget(item)
            note_cache.forget(item)
            self._far_stale.discard(item)
            self._departed.keep(note_id, item)
