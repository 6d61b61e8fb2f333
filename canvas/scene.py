"""The scene that mirrors one board: one :class:`NoteItem` per note row.

The scene listens to the document and brings its items up to date after every committed
change, whatever made it (a command's redo or undo, an import, another window). Items never
write the model. Several views (laptop, projector) may show the scene at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import attrgetter

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from canvas import collector, style
from canvas.card_item import CardItem
from canvas.far_view import FarCache
from canvas.frame_layer import FrameLayer
from canvas.layout_queue import LayoutQueue
from canvas.note_item import NoteItem
from canvas.photo_item import PhotoItem
from canvas.photo_thumbs import ThumbnailCache
from canvas.text_fit import warm_up_fonts
from models.document import BoardDocument
from models.experiment import EXPERIMENT_KIND
from models.photos import PHOTO_KIND
from models.records import Change, NoteData

SCENE_MARGIN = 4000.0
"""Room beyond the outermost notes that the scroll bars always reach (two screens at 100 %)."""
MIN_SCENE_RECT = QRectF(-4000.0, -3000.0, 8000.0, 6000.0)


_by_z = attrgetter("note.z", "note.id")
"""An item's place bottom to top: its row's (z, id), fetched in C (5,000 selected notes)."""


class BoardScene(QGraphicsScene):
    """All notes of one :class:`BoardDocument`, kept in step with its rows."""

    notesChanged = Signal(object, object, object)
    """(added ids, updated ids, removed ids) after the items were brought up to date."""
    framesChanged = Signal()
    """Frames or zones changed and their items were brought up to date."""

    def __init__(self, document: BoardDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._items: dict[int, NoteItem] = {}
        self._queue = LayoutQueue(self)
        self._text_hidden = False
        self._far = FarCache()
        self._far_stale: set[NoteItem] = set()
        self._selection_revision = 0
        self._outlines: dict[float, tuple[tuple[int, int], list[QRectF]]] = {}
        self._notes_rect: QRectF | None = None
        self.selectionChanged.connect(self._selection_changed)
        self._photos: dict[int, PhotoItem] = {}
        self.thumbnails = ThumbnailCache(document, self)
        """Decoded photo sizes shared by every view of this scene (see :mod:`photo_thumbs`)."""
        self.thumbnails.ready.connect(self._repaint_photos)
        self.setBackgroundBrush(style.BACKGROUND)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        with collector.paused():
            self._build()
        self._attached = True
        document.subscribe(self._on_changes)

    def _build(self) -> None:
        """Items for every note, frame and zone, and what the first frame would otherwise do."""
        document = self.document
        notes = document.notes.all()
        self.setSceneRect(self._rect_for(notes, MIN_SCENE_RECT))
        self.language = document.info().language
        self.frames = FrameLayer(self)
        for note in notes:
            self._add(note)
        # Work the first frame would otherwise do: the far view's blocks, loading the note
        # font, and Qt's spatial index (built on the first query).
        self._far.fill(self._items.values())
        warm_up_fonts()
        self.items(QRectF(0.0, 0.0, 1.0, 1.0))

    def detach(self) -> None:
        """Stop listening to the document (call before closing it)."""
        if self._attached:
            self.document.unsubscribe(self._on_changes)
            self._attached = False
        self._queue.clear()
        self.thumbnails.close()
        collector.release()

    # --- lookups ----------------------------------------------------------------------------
    def item_for(self, note_id: int) -> NoteItem | None:
        return self._items.get(note_id)

    def note_count(self) -> int:
        return len(self._items)

    def note_items(self) -> Iterator[NoteItem]:
        return iter(self._items.values())

    def selected_items_by_z(self) -> list[NoteItem]:
        items = [item for item in self.selectedItems() if isinstance(item, NoteItem)]
        items.sort(key=_by_z)  # the rows' z (what zValue holds), without a call into Qt each
        return items

    def selected_note_ids(self) -> list[int]:
        """Ids of the selected notes, bottom to top."""
        return [item.note_id for item in self.selected_items_by_z()]

    def select_notes(self, ids: Iterable[int]) -> None:
        """Make exactly these notes the selection."""
        items = [item for note_id in set(ids) if (item := self._items.get(note_id)) is not None]
        with self.one_selection_change(always=True):
            self.clearSelection()
            for item in items:
                item.setSelected(True)

    @contextmanager
    def one_selection_change(self, always: bool = False) -> Iterator[None]:
        """Qt emits ``selectionChanged`` for every item selected one by one or removed while
        selected: a storm of 5,000 signals (and slots) for a duplicate or delete of 5,000
        notes. Inside this block the scene's signals wait, and ``selectionChanged`` is emitted
        once after it: ``always``, or if the number of selected items changed."""
        before = len(self.selectedItems())
        blocked = self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(blocked)
            if not blocked and (always or len(self.selectedItems()) != before):
                self.selectionChanged.emit()

    def content_rect(self) -> QRectF | None:
        """The rectangle around all notes (as the model has them) and frames, or None on an
        empty board."""
        frames = self.frames.content_rect()
        if not self._items:
            return frames
        if self._notes_rect is None:  # kept until a note changes: opening fits twice
            notes = [item.note for item in self._items.values()]
            left = min(note.x for note in notes)
            top = min(note.y for note in notes)
            right = max(note.x + note.width for note in notes)
            bottom = max(note.y + note.height for note in notes)
            self._notes_rect = QRectF(left, top, right - left, bottom - top)
        rect = QRectF(self._notes_rect)
        return rect.united(frames) if frames is not None else rect

    def grow_scene_rect(self, rect: QRectF) -> None:
        """Make room around ``rect`` (a frame) like around notes; the rect only grows."""
        margin = SCENE_MARGIN
        self.setSceneRect(self.sceneRect().united(rect.adjusted(-margin, -margin, margin, margin)))

    def far_cache(self) -> FarCache:
        """The blocks of the far view, brought up to date with changed and previewed items."""
        if self._far_stale:
            for item in self._far_stale:
                if item.scene() is self:
                    self._far.put(item)
            self._far_stale.clear()
        return self._far

    def selection_outlines(self, grow: float) -> list[QRectF]:
        """The far view's frames around the selected notes (their blocks grown by ``grow``),
        kept while neither the selection nor any block changed: a far frame with 5,000
        selected notes then costs one ``drawRects``, not 5,000 item lookups."""
        cache = self.far_cache()
        state = (self._selection_revision, cache.revision)
        found = self._outlines.get(grow)
        if found is None or found[0] != state:
            ids = [item.note_id for item in self.selectedItems() if isinstance(item, NoteItem)]
            if len(self._outlines) >= 4:
                self._outlines.clear()
            found = self._outlines[grow] = (state, cache.outlines(ids, grow))
        return found[1]

    def _selection_changed(self) -> None:
        self._selection_revision += 1

    def mark_moved(self, items: Iterable[NoteItem]) -> None:
        """Items show a preview (drag, resize) the far view's blocks should follow."""
        self._far_stale.update(items)

    def photo_items(self) -> list[PhotoItem]:
        return list(self._photos.values())

    def _repaint_photos(self, image_id: int) -> None:
        for item in self._photos.values():
            if item.note.image_id == image_id:
                item.update()

    # --- text layout -----------------------------------------------------------------------
    def set_text_hidden(self, hidden: bool) -> None:
        """Blank cards: notes show their colour but not their text (all views)."""
        self._text_hidden = hidden
        for item in self._items.values():
            item.text_hidden = hidden
        self.update()

    def text_hidden(self) -> bool:
        return self._text_hidden

    def finish_layouts(self) -> None:
        """Lay out every queued note now (before a render that must show all text)."""
        self._queue.drain()

    def pending_layouts(self) -> int:
        return len(self._queue)

    # --- keeping up with the document --------------------------------------------------------
    def _add(self, note: NoteData) -> NoteItem:
        item: NoteItem
        if note.kind == EXPERIMENT_KIND:
            item = CardItem(note, self._queue)
            item.set_language(self.language)
        elif note.kind == PHOTO_KIND:
            item = self._photos[note.id] = PhotoItem(note, self._queue, self.thumbnails)
        else:
            item = NoteItem(note, self._queue)
        if self._text_hidden:
            item.text_hidden = True
        if self.document.read_only:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        self._items[note.id] = item
        self.addItem(item)
        return item

    def _remove(self, note_id: int) -> None:
        item = self._items.pop(note_id, None)
        self._photos.pop(note_id, None)
        if item is not None:
            self._queue.forget(item)
            self._far_stale.discard(item)
            self._far.drop(note_id)
            self.removeItem(item)

    def _on_changes(self, changes: Sequence[Change]) -> None:
        if any(change.entity == "board" for change in changes):
            self._follow_language()
        if self.frames.on_changes(changes):
            self.framesChanged.emit()
        added: set[int] = set()
        updated: set[int] = set()
        removed: set[int] = set()
        for change in changes:
            if change.entity == "note":
                added |= change.added
                updated |= change.updated
                removed |= change.removed
        if not (added or updated or removed):
            return
        self._notes_rect = None
        if removed:
            with self.one_selection_change():
                for note_id in removed:
                    self._remove(note_id)
        fresh = self.document.notes.many(sorted(added | updated)) if added or updated else []
        new_items: list[NoteItem] = []
        for note in fresh:
            item = self._items.get(note.id)
            if item is None:
                new_items.append(self._add(note))
            else:
                item.apply(note)
                self._far_stale.add(item)
        if new_items:
            self._far.fill(new_items)  # new blocks straight from their rows, not item by item
        if fresh:
            self.setSceneRect(self._rect_for(fresh, self.sceneRect()))
        self.notesChanged.emit(frozenset(added), frozenset(updated), frozenset(removed))

    def _follow_language(self) -> None:
        """Cards label their fields in the board's language."""
        language = self.document.info().language
        if language != self.language:
            self.language = language
            for item in self._items.values():
                if isinstance(item, CardItem):
                    item.set_language(language)

    @staticmethod
    def _rect_for(notes: Sequence[NoteData], current: QRectF) -> QRectF:
        """Grow ``current`` so every note has :data:`SCENE_MARGIN` of room around it.

        The rect only grows: shrinking it while the user scrolls would make the view jump.
        """
        if not notes:
            return QRectF(current)
        left = min(note.x for note in notes) - SCENE_MARGIN
        top = min(note.y for note in notes) - SCENE_MARGIN
        right = max(note.x + note.width for note in notes) + SCENE_MARGIN
        bottom = max(note.y + note.height for note in notes) + SCENE_MARGIN
        return current.united(QRectF(left, top, right - left, bottom - top))
