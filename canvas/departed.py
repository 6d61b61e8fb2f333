"""The items of the notes last removed, kept hidden in their scene until the next removal.

An undo of a delete puts the very rows back and the scene takes these items back (see
:func:`canvas.scene_rows.taken_back`). They stay in the scene, hidden, rather than leaving it:
Qt keeps a scene's top-level items in one list, and an item added after one left from the
middle of it renumbers the whole list (about 2 ms at 20,000 notes, for every delete + undo of
one note). A hidden item is not painted, hit, selected or found by area; it leaves the scene
for good when the next removal replaces it, or when its row came back changed.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsScene

    from canvas.note_item import NoteItem
    from models.records import NoteData


class Departed:
    """Hidden items of the last removal, by note id."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = weakref.ref(scene)  # the scene owns this: no cycle for the collector
        self._items: dict[int, NoteItem] = {}

    def __len__(self) -> int:
        return len(self._items)

    def keep(self, note_id: int, item: NoteItem) -> None:
        """``item``'s note was removed: hide it (Qt drops its selection and focus)."""
        item.hide()
        self._items[note_id] = item

    def holds(self, note_id: int) -> bool:
        return note_id in self._items

    def holds_any(self, notes: Iterable[NoteData]) -> bool:
        """Whether an item of any of these notes is kept."""
        kept = self._items
        return bool(kept) and any(note.id in kept for note in notes)

    def changed(self, notes: Iterable[NoteData]) -> list[NoteItem]:
        """Take out the kept items of those of ``notes`` whose rows came back changed (new
        copies given the ids of copies undone): they cannot be taken back (see
        :func:`canvas.scene_rows.taken_back`). The caller removes them from the scene."""
        kept, found = self._items, []
        for note in notes:
            item = kept.get(note.id)
            if item is None:
                continue
            old = item.note
            if item.editing or (old is not note and old != note):
                found.append(kept.pop(note.id))
        return found

    def take(self, note_id: int) -> NoteItem | None:
        """The hidden item of a note being put back, if any (still in the scene)."""
        return self._items.pop(note_id, None)

    def let_go(self) -> None:
        """A new removal begins: the items of the last one leave the scene."""
        scene = self._scene()
        for item in self._items.values():
            if scene is not None and item.scene() is scene:
                scene.removeItem(item)
        self._items = {}

    def forget(self) -> None:
        """The scene is being closed: drop the references, the scene deletes the items."""
        self._items = {}
