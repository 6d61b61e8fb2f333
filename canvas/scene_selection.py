"""What the scene knows about its selection, kept between changes.

A selection of 5,000 notes is asked for again and again: by every far frame (the outlines
of each view), by a drag's every step, by the docks. Qt answers ``selectedItems()`` with a new
list each time; here the answer is kept until the selection changes, and ``selectionChanged``
is made one signal for a bulk change (see :meth:`SceneSelection.one_selection_change`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from canvas.commands import bulk_step
from canvas.far_paint import Outlines, grown_rects
from canvas.note_item import NoteItem
from canvas.scene_rows import BULK_ITEMS

if TYPE_CHECKING:
    from canvas.far_view import FarCache

_by_z = attrgetter("note.z", "note.id")
"""An item's place bottom to top: its row's (z, id), fetched in C (5,000 selected notes)."""


class SceneSelection(QGraphicsScene):
    """The selection half of :class:`canvas.scene.BoardScene`."""

    _items: dict[int, NoteItem]
    _selection_revision: int
    _selected: tuple[int, list[int]]
    _outlines: dict[float, tuple[tuple[int, int], Outlines]]
    _select_later: set[int]

    def _init_selection(self) -> None:
        self._selection_revision = 0
        self._selected = (-1, [])
        self._outlines = {}
        self._select_later = set()
        """Selected notes whose items are still to be made (the copies of a duplicate of
        5,000 notes, see :meth:`BoardScene._add_later`): each is selected as its item is
        made. Qt's input, ``selectedItems()`` and the lookups here make them first."""
        self.selectionChanged.connect(self._selection_changed)

    def finish_items(self) -> None:
        raise NotImplementedError

    def _items_later(self, ids: Iterable[int]) -> set[int]:
        """Which of these notes have items still to be made (see :attr:`_select_later`)."""
        raise NotImplementedError

    def far_cache(self) -> FarCache:
        raise NotImplementedError

    def _repaint_far_views(self) -> None:
        raise NotImplementedError

    def content_rect(self) -> QRectF | None:
        raise NotImplementedError

    def _selects_every_note(self, args: tuple[object, ...]) -> bool:
        """Whether ``setSelectionArea(*args)`` makes every note the selection: an area that
        holds the whole board (Ctrl+A), replacing the selection. Only notes are selectable,
        so every one of them intersects it, whatever the mode."""
        if len(args) != 4 or args[1] != Qt.ItemSelectionOperation.ReplaceSelection:
            return False
        path, content = args[0], self.content_rect()
        return isinstance(path, QPainterPath) and content is not None and path.contains(content)

    def selected_items_by_z(self) -> list[NoteItem]:
        if self._select_later:
            self.finish_items()
        kept = self._items
        # The kept ids, not Qt's selectedItems(): a wrapper looked up for each of 5,000 notes.
        items = [item for i in self._selected_ids() if (item := kept.get(i)) is not None]
        items.sort(key=_by_z)  # the rows' z (what zValue holds), without a call into Qt each
        return items

    def selected_note_ids(self) -> list[int]:
        """Ids of the selected notes, bottom to top."""
        return [item.note_id for item in self.selected_items_by_z()]

    def select_notes(self, ids: Iterable[int]) -> None:
        """Make exactly these notes the selection (those whose items are still to be made
        as they are made: the copies of a duplicate are shown selected before they are)."""
        wanted = set(ids)
        later = self._items_later(wanted)
        if not later:
            self.finish_items()
        kept = self._items
        found = [(i, item) for i in wanted if (item := kept.get(i)) is not None]
        if len(found) + len(later) + len(self._selected_ids()) >= BULK_ITEMS:
            self.update()  # one repaint of every view: Qt then skips each item's own
        with self.one_selection_change(always=True):
            self.clearSelection()
            for _, item in found:
                item.setSelected(True)
            self._select_later = later
        selected = [i for i, item in found if item.isSelected()]
        selected.extend(later)
        self._selected = (self._selection_revision, selected)  # not asked of Qt again

    def _select_made(self, item: NoteItem) -> None:
        """An item just made for a note selected before it had one: selected now, with no
        change of selection to announce (the kept ids hold it already)."""
        if item.note_id in self._select_later:
            self._select_later.discard(item.note_id)
            blocked = self.blockSignals(True)
            item.setSelected(True)
            self.blockSignals(blocked)

    def selectedItems(self) -> list[QGraphicsItem]:
        """Qt's, with every selected note's item made first."""
        if self._select_later:
            self.finish_items()
        return super().selectedItems()

    def clearSelection(self) -> None:
        """Qt's, and no note left to be selected as its item is made."""
        had = bool(self._select_later)
        self._select_later = set()
        super().clearSelection()
        if had:  # Qt announces only what it had selected
            self._selection_changed()
            if not self.signalsBlocked():
                self.selectionChanged.emit()

    @contextmanager
    def one_selection_change(self, always: bool = False) -> Iterator[None]:
        """Qt emits ``selectionChanged`` for every item selected one by one or removed while
        selected: a storm of 5,000 signals (and slots) for a duplicate or delete of 5,000
        notes. Inside this block the scene's signals wait, and ``selectionChanged`` is emitted
        once after it: ``always``, or if the number of selected items changed."""
        blocked = self.blockSignals(True)
        before = 0 if blocked else len(self._selected_ids())  # kept: no 5,000 wrappers
        try:
            yield
        finally:
            self.blockSignals(blocked)
            if not blocked and (always or self._selected_count() != before):
                self.selectionChanged.emit()

    def _selected_count(self) -> int:
        return len(QGraphicsScene.selectedItems(self)) + len(self._select_later)

    def selection_outlines(self, grow: float) -> Outlines:
        """The far view's frames around the selected notes (their blocks grown by ``grow``),
        kept while neither the selection nor any block changed: a far frame with 5,000
        selected notes then costs two ``drawRects``, not 5,000 item lookups. The selected
        blocks drawn over the frames are the same for every view (laptop and projector)."""
        cache = self.far_cache()
        state = (self._selection_revision, cache.revision)
        found = self._outlines.get(grow)
        if found is None or found[0] != state:
            ids = self._selected_ids()
            shared = next((o.blocks for s, o in self._outlines.values() if s == state), None)
            if len(self._outlines) >= 4 or shared is None:
                self._outlines.clear()
            with bulk_step(len(ids)):  # 5,000 rectangles for 5,000 notes
                blocks = cache.selected_blocks(ids) if shared is None else shared
                found = self._outlines[grow] = (state, Outlines(grown_rects(blocks, grow), blocks))
        return found[1]

    def selected_ids(self) -> list[int]:
        """The selected notes' ids in no particular order, kept while the selection stays:
        asking again costs nothing (not to be changed by the caller)."""
        return self._selected_ids()

    def _selected_ids(self) -> list[int]:
        """The selected notes' ids, kept while the selection stays (a drag's every step)."""
        if self._selected[0] != self._selection_revision:
            selected = QGraphicsScene.selectedItems(self)  # those to be made are kept here
            ids = [item.note_id for item in selected if isinstance(item, NoteItem)]
            ids.extend(self._select_later)
            self._selected = (self._selection_revision, ids)
        return self._selected[1]

    def _selection_changed(self) -> None:
        self._selection_revision += 1
        self._repaint_far_views()
