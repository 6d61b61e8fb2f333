"""The scene that mirrors one board: one :class:`NoteItem` per note row.

The scene listens to the document and brings its items up to date after every committed
change, whatever made it (a command's redo or undo, an import, another window). Items never
write the model. Several views (laptop, projector) may show the scene at once. A big board's
note items are made just after its first frame (:mod:`canvas.item_builder`); every lookup
here, and Qt's ``items()``, make what they are asked about first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent, QWidget

from canvas import collector, style
from canvas.card_item import relabel_cards
from canvas.commands import bulk_step
from canvas.departed import Departed
from canvas.far_view import FarCache, item_blocks
from canvas.frame_layer import FrameLayer
from canvas.item_builder import EAGER_NOTES, LATER_NOTES, ItemBuilder
from canvas.layout_queue import LayoutQueue
from canvas.note_item import NoteItem, colour_for
from canvas.note_rows import blocks, notes_rect, rows_rect, with_margin
from canvas.photo_item import PhotoItem
from canvas.photo_thumbs import ThumbnailCache
from canvas.scene_items import SceneItems
from canvas.scene_rows import (
    BULK_ITEMS,
    apply_rows,
    patched_rows,
    repaint_far_views,
)
from canvas.text_fit import warm_up_fonts
from models.document import BoardDocument
from models.note_slices import Block as NoteBlock
from models.note_slices import NotesAfter, note_blocks
from models.photos import PHOTO_KIND
from models.records import Change, NoteData

MIN_SCENE_RECT = QRectF(-4000.0, -3000.0, 8000.0, 6000.0)


class BoardScene(SceneItems):
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
        self._departed = Departed(self)
        """The items of the notes last removed: an undo of a delete (or a redo of a
        duplicate) puts the same rows back, and takes these items back instead of making
        5,000 new ones (see :func:`canvas.scene_rows.taken_back`)."""
        self._notes_rect: QRectF | None = None
        self._init_selection()
        self._photos: dict[int, PhotoItem] = {}
        self.thumbnails = ThumbnailCache(document, self)
        """Decoded photo sizes shared by every view of this scene (see :mod:`photo_thumbs`)."""
        self.thumbnails.ready.connect(self._repaint_photos)
        self.setBackgroundBrush(style.BACKGROUND)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._builder = ItemBuilder(self._add, self)
        self._builder.after_first_paint(self._shown_viewports)
        with collector.paused():
            self._build()
        self._attached = True
        document.subscribe(self._on_changes)

    def _build(self) -> None:
        """Items for every frame and zone, and for the notes of a small board; a big board's
        note items are made after its first frame (:mod:`canvas.item_builder`), from rows
        read then: its first frame needs only the notes' blocks."""
        document = self.document
        rows = note_blocks(document) if document.notes.count() > EAGER_NOTES else None
        if rows is not None:
            self._build_from_blocks(rows)
            return
        notes = document.notes.all()
        self._notes_rect = notes_rect(notes)
        self.setSceneRect(with_margin(self._notes_rect, MIN_SCENE_RECT))
        self.language = document.info().language
        self.frames = FrameLayer(self)
        # Work the first frame would otherwise do: the far view's blocks (from the rows) and
        # loading the note font.
        self._far.fill(blocks(notes))  # type: ignore[arg-type]  # reads .note and .colour
        warm_up_fonts()
        if len(notes) <= EAGER_NOTES:
            for note in notes:
                self._add(note)
            self.items(QRectF(0.0, 0.0, 1.0, 1.0))  # Qt's spatial index (built on first query)
            return
        later: list[NoteData] = []
        for note in notes:
            if note.kind == PHOTO_KIND:
                self._add(note)  # the far view draws photos from their items
            else:
                later.append(note)
        self._builder.start(later, self._all_made)

    def _build_from_blocks(self, rows: list[NoteBlock]) -> None:
        """A big board: the far view's blocks and the scene's extent from the notes' block
        values; whole rows are read a slice at a time as their items are made."""
        document = self.document
        self._notes_rect = rows_rect(rows)
        self.setSceneRect(with_margin(self._notes_rect, MIN_SCENE_RECT))
        self.language = document.info().language
        self.frames = FrameLayer(self)
        self._far.fill_fresh(rows, colour_for)
        self._builder.first(self._far.file_some)  # the far grid, filed after the first frame
        warm_up_fonts()
        photos = [row[0] for row in rows if row[7] == PHOTO_KIND]
        count = len(rows)
        del rows
        for note in document.notes.many(photos):
            self._add(note)  # the far view draws photos from their items
        self._builder.start_reading(
            NotesAfter(document), count - len(photos), self._far.ids_in, set(photos), self._all_made
        )

    def _shown_viewports(self) -> list[QWidget]:
        return [view.viewport() for view in self.views() if view.isVisible()]

    def _all_made(self, stale: Sequence[QGraphicsItem] = ()) -> None:
        for item in stale:  # hidden items of notes removed before (see Departed.changed)
            if item.scene() is self:
                self.removeItem(item)
        self.items(QRectF(0.0, 0.0, 1.0, 1.0))  # Qt's spatial index, before the first query

    def finish_items(self) -> None:
        """Make every note's item now (a big board makes them after its first frame)."""
        if self._builder.busy:
            self._builder.finish()

    def items_pending(self) -> int:
        """Notes whose items are still to be made."""
        return self._builder.remaining()

    def items(self, *args: object, **kwargs: object) -> list[QGraphicsItem]:
        """Qt's ``items()``; while note items are still being made, those in the asked area
        are made first (all of them for a question about the whole scene)."""
        if self._builder.busy:
            self._builder.make_for(args[0] if args else kwargs.get("pos", kwargs.get("rect")))
        return super().items(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    def setSelectionArea(self, *args: object, **kwargs: object) -> None:
        self.finish_items()
        if not kwargs and self._selects_every_note(args):
            self.select_notes(self._items)  # select all: no spatial query of 5,000 items
            return
        super().setSelectionArea(*args, **kwargs)  # type: ignore[call-overload]

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """A drag of notes moves them by whole scene units, as the drop stores them: the
        items are then where the committed move puts them and are not moved again (5,000
        items re-filed in Qt's index), and the far view's blocks stay as previewed."""
        left = Qt.MouseButton.LeftButton
        if event.buttons() & left and isinstance(self.mouseGrabberItem(), NoteItem):
            down, now = event.buttonDownScenePos(left), event.scenePos()
            x, y = round(down.x()), round(down.y())  # whole numbers: an exact difference
            event.setButtonDownScenePos(left, QPointF(x, y))
            event.setScenePos(QPointF(x + round(now.x() - down.x()), y + round(now.y() - down.y())))
        super().mouseMoveEvent(event)

    def render(self, *args: object, **kwargs: object) -> None:
        """Qt's ``render()`` (pictures outside any view), with every note's item made."""
        self.finish_items()
        super().render(*args, **kwargs)  # type: ignore[arg-type]

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Called by a view painting items (not by the far view): those in sight must be
        there."""
        if self._builder.busy:
            self._builder.make_for(QRectF(rect))
        super().drawBackground(painter, rect)

    def detach(self) -> None:
        """Stop listening to the document (call before closing it)."""
        if self._attached:
            self.document.unsubscribe(self._on_changes)
            self._attached = False
        self._builder.stop()
        self._departed.forget()
        self._queue.clear()
        self.thumbnails.close()
        collector.release()

    # --- lookups ----------------------------------------------------------------------------
    def item_for(self, note_id: int) -> NoteItem | None:
        item = self._items.get(note_id)
        if item is None and self._builder.busy:
            note = self.document.notes.get(note_id)  # its row is as pending: no change since
            if note is not None:
                self._builder.make_one(note)
                item = self._items.get(note_id)
        return item

    def items_for(self, note_ids: Iterable[int]) -> list[NoteItem]:
        """These notes' items in order; those still to be made from one read of their rows."""
        wanted = list(note_ids)
        missing = [i for i in wanted if i not in self._items] if self._builder.busy else []
        for note in self.document.notes.many(missing) if missing else ():
            self._builder.make_one(note)
        return [item for i in wanted if (item := self._items.get(i)) is not None]

    def made_items(self) -> Mapping[int, NoteItem]:
        """The items made so far, by note id: a note removed has none here (its item may
        wait hidden for an undo). Read-only; a look-up costs no call into Qt."""
        return self._items

    def note_count(self) -> int:
        """Notes on the board, those whose items are still to be made included."""
        return len(self._items) + self._builder.remaining()

    def note_items(self) -> Iterator[NoteItem]:
        self.finish_items()
        return iter(self._items.values())

    def content_rect(self) -> QRectF | None:
        """The rectangle around all notes (as the model has them) and frames, or None on an
        empty board."""
        frames = self.frames.content_rect()
        if self._notes_rect is None:  # kept until a note changes: opening fits twice
            self.finish_items()
            self._notes_rect = notes_rect([item.note for item in self._items.values()])
        if self._notes_rect is None:
            return frames
        rect = QRectF(self._notes_rect)
        return rect.united(frames) if frames is not None else rect

    def grow_scene_rect(self, rect: QRectF) -> None:
        """Make room around ``rect`` (a frame) like around notes; the rect only grows."""
        self.setSceneRect(with_margin(rect, self.sceneRect()))

    def far_cache(self) -> FarCache:
        """The blocks of the far view, brought up to date with changed and previewed items."""
        if self._far_stale:
            items = self._items
            with bulk_step(len(self._far_stale)):  # a drag step of 5,000 notes
                self._far.put_many(
                    item_blocks(i for i in self._far_stale if items.get(i.note_id) is i)
                )
            self._far_stale.clear()
        return self._far

    def _repaint_far_views(self) -> None:
        repaint_far_views(self)

    def mark_moved(self, items: Iterable[NoteItem]) -> None:
        """Items show a preview (drag, resize) the far view's blocks should follow (the
        projector's too: it shows the drag as the laptop does)."""
        self._far_stale.update(items)
        self._repaint_far_views()

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
        self.finish_items()
        for item in self._items.values():
            item.text_hidden = hidden
        self.update()

    def text_hidden(self) -> bool:
        return self._text_hidden

    def finish_layouts(self) -> None:
        """Lay out every queued note now (before a render that must show all text)."""
        self.finish_items()
        self._queue.drain()

    def pending_layouts(self) -> int:
        return len(self._queue)

    # --- keeping up with the document --------------------------------------------------------
    def _on_changes(self, changes: Sequence[Change]) -> None:
        if any(change.entity == "board" for change in changes):
            self._follow_language()
        if self.frames.on_changes(changes):
            self.framesChanged.emit()
        added: set[int] = set()
        updated: set[int] = set()
        removed: set[int] = set()
        values: Mapping[int, Mapping[str, Any]] | None = None
        for change in changes:
            if change.entity == "note":
                added |= change.added
                updated |= change.updated
                removed |= change.removed
                values = change.values
        if not (added or updated or removed):
            return
        with bulk_step(len(added) + len(updated) + len(removed)):  # also from phones, imports
            self._follow_notes(added, updated, removed, values)

    def _follow_notes(
        self,
        added: set[int],
        updated: set[int],
        removed: set[int],
        values: Mapping[int, Mapping[str, Any]] | None = None,
    ) -> None:
        self.finish_items()  # an edit made while they were being made applies to them all
        self._notes_rect = None
        far_revision = self._far.revision
        if len(added) + len(updated) + len(removed) >= BULK_ITEMS:
            self.update()  # one repaint of every view: Qt then skips 5,000 items' dirty areas
        if removed:
            self._departed.let_go()  # an undo puts back the last removal only
            with self.one_selection_change():
                for note_id in removed:
                    self._remove(note_id)
            self._far.drop_many(removed)
        fresh, unknown, placed, others = patched_rows(self._items, updated, values)
        if added or unknown:
            read = self.document.notes.many(sorted(added | unknown))
            fresh += read
            others += read
        applied, missing = apply_rows(self, self._items, others)
        applied += placed
        new_items = self._add_new(missing)
        if applied:
            # An item that took its row shows the row: its block comes from the row too.
            self._far_stale.difference_update(applied)
            self._far.fill(applied)
        if len(new_items) >= LATER_NOTES and not self._builder.busy:
            self._fill_later(new_items)
        elif new_items:
            self._far.fill(new_items)  # new blocks straight from their rows, not item by item
        if fresh:
            self.setSceneRect(with_margin(notes_rect(fresh), self.sceneRect()))
        if self._far.revision != far_revision or len(fresh) >= BULK_ITEMS:
            # A committed drag finds its blocks in place (see far_view.item_blocks), yet the
            # views show the change as painted: once more, from what they keep.
            self._repaint_far_views()
        self.notesChanged.emit(frozenset(added), frozenset(updated), frozenset(removed))

    def _fill_later(self, items: Sequence[NoteItem]) -> None:
        """The blocks of thousands of items taken back (an undo of a delete): into their
        colours' batches now, into the far view's grid a slice at a time once the views
        have painted them, as a duplicate's copies (:meth:`FarCache.put_fresh`)."""
        self._far.put_fresh(
            (note.id, item.colour, note.x, note.y, note.width, note.height, note.z)
            for item in items
            for note in (item.note,)
        )
        self._builder.first(self._far.file_some)
        self._builder.start([], self._all_made, True)

    def _follow_language(self) -> None:
        """Cards label their fields in the board's language."""
        language = self.document.info().language
        if language != self.language:
            self.language = language
            self.finish_items()
            relabel_cards(self._items.values(), language)
