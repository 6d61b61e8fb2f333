"""The far view: all notes as coloured blocks, drawn by the view in a few batched calls.

When a view is zoomed far out (or shows very many notes), calling every item's Python
``paint()`` costs ~5 µs a note — 25 ms for 5,000. Instead the view paints the notes itself from
a cached list of rectangles per colour: one ``drawRects`` call per palette colour. The cache
belongs to the scene (shared by all views) and is rebuilt lazily after a change; it is decided
per view whether to use it, so a projector zoomed out and a laptop zoomed in on the same scene
each draw their own way. Items are never hidden.

Where few notes are in sight (a frame shown whole, a full cell of stacked phone notes) they
are drawn in stacking order instead, without the notes lying exactly under another (see
:mod:`canvas.far_stack`), so the far view shows what the near view shows. Where thousands are
in sight, blocks of one colour are drawn together, so where notes of different colours
overlap the stacking may differ from the near view; at that distance that is a pixel or two.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from canvas.far_damage import MOST, DamageLog
from canvas.far_grid import BlockGrid
from canvas.far_stack import ORDERED_MOST, SCANNED_MOST, Places, in_order

if TYPE_CHECKING:
    from canvas.note_item import NoteItem

Box = tuple[float, float, float, float]
Block = tuple[int, QColor, float, float, float, float, float]
"""What the far view keeps of a note: (id, colour, x, y, width, height, z)."""


class _Group:
    """The blocks of one colour, and the sum of their z (to order colours bottom to top)."""

    __slots__ = ("colour", "rects", "z_sum")

    def __init__(self, colour: QColor) -> None:
        self.colour = colour
        self.rects: dict[int, QRectF] = {}
        self.z_sum = 0.0


class FarCache:
    """Per-colour rectangles of every note, and their boxes for counting what is in sight.

    Kept up to date note by note (a keystroke or a nudge touches one entry), so a far view
    never rebuilds 5,000 rectangles because one note changed.
    """

    def __init__(self) -> None:
        self._entries: dict[int, tuple[int, Box, float, QRectF]] = {}
        """Per note: colour key, box, z and the rectangle drawn (one object for the colour's
        batch and the grid's batches alike)."""
        self._groups: dict[int, _Group] = {}
        self._batches: list[tuple[QColor, list[QRectF]]] | None = None
        self._order: list[int] = []
        self._grid = BlockGrid()
        self._unfiled: list[int] = []
        """Notes not yet filed in :attr:`_grid` (a board just opened; see :meth:`file_some`)."""
        self._unfiled_at = 0
        self._extent = QRectF()
        """The blocks' extent while some are unfiled: an area holding it needs no grid."""
        self.revision = 0
        """Changes whenever any block changed; views key their cached decisions on it."""
        self._places = Places(self._entries)
        """Which notes share each exact box (see :mod:`canvas.far_stack`)."""
        self._unplaced: dict[int, Box | None] = {}
        """Notes changed since :attr:`_places` last followed, with the box each had there
        (None: new): followed when first asked (a drag step of 5,000 notes in a view that
        draws them as items never asks)."""
        self._damage = DamageLog()
        """Where blocks changed, revision by revision (see :mod:`canvas.far_damage`)."""

    def fill(self, items: Iterable[NoteItem]) -> None:
        """Add many notes at once from their model rows (the fast path when a board opens)."""
        self.put_many(
            (note.id, item.colour, note.x, note.y, note.width, note.height, note.z)
            for item in items
            for note in (item.note,)
        )

    def fill_fresh(
        self, rows: Iterable[Sequence[Any]], colour_for: Callable[[str], QColor]
    ) -> None:
        """Fill from stored rows (a board opening), each ``(id, colour name, x, y, width,
        height, z, …)``: see :meth:`put_fresh`. One plain pass: 50,000 notes."""
        self.put_fresh((row[0], colour_for(row[1]), *row[2:7]) for row in rows)

    def file_some(self, deadline: float | None) -> bool:
        """File the notes :meth:`fill_fresh` left out of the grid until ``perf_counter()``
        passes ``deadline`` (all of them for None); True once every note is filed."""
        todo, entries, put = self._unfiled, self._entries, self._grid.put
        index = self._unfiled_at
        while index < len(todo):
            stop = min(index + 512, len(todo))
            for note_id in todo[index:stop]:
                filed = entries.get(note_id)
                if filed is not None:
                    put(note_id, filed[0], filed[1], filed)
            index = stop
            if deadline is not None and time.perf_counter() >= deadline:
                break
        if index < len(todo):
            self._unfiled_at = index
            return False
        self._unfiled, self._unfiled_at = [], 0
        return True

    def _filed(self) -> BlockGrid:
        if self._unfiled:
            self.file_some(None)
        return self._grid

    def _holds_all(self, area: QRectF) -> bool:
        """Whether ``area`` holds every block, known without the grid."""
        return bool(self._unfiled) and area.contains(self._extent)

    def put(self, item: NoteItem) -> None:
        """Add a note's block, or bring it up to date with the item (position, size, colour)."""
        self.put_many(item_blocks((item,)))

    def put_many(self, blocks: Iterable[Block]) -> None:
        """Add many notes' blocks or bring them up to date, in one pass: a drag, undo or
        duplicate of 5,000 notes costs a few dictionary writes a note, and the batches and
        :attr:`revision` change once. Unchanged blocks (a committed drag ends where its
        preview was) leave the batches as they are."""
        entries, groups, grid = self._entries, self._groups, self._filed()
        unplaced = self._unplaced
        keys: dict[int, int] = {}  # colour object -> rgba: a board shares a few QColors
        changed = False
        touched: list[Box] = []
        for note_id, colour, x, y, width, height, z in blocks:
            key = keys.get(id(colour))
            if key is None:
                key = keys[id(colour)] = colour.rgba()
            box = (x, y, x + width, y + height)
            entry = entries.get(note_id)
            if entry is not None:
                old_key, old_box, old_z, _ = entry
                if old_key == key and old_box == box and old_z == z:
                    continue
                touched.append(old_box)
                if note_id not in unplaced:
                    unplaced[note_id] = old_box
                if old_key != key:
                    self._leave(note_id, old_key, old_z)
                    entry = None
            elif note_id not in unplaced:
                unplaced[note_id] = None
            if entry is None:
                group = groups.get(key)
                if group is None:
                    group = groups[key] = _Group(colour)
                group.z_sum += z
            else:  # the same colour: its place in the batch stays
                group = groups[key]
                group.z_sum += z - entry[2]
            if entry is None or entry[1] != box:
                rect = QRectF(x, y, width, height)
                group.rects[note_id] = rect
                entries[note_id] = filed = (key, box, z, rect)
                grid.put(note_id, key, box, filed)
            else:  # only its z: the rectangle filed and batched stays
                entries[note_id] = (key, box, z, entry[3])
            touched.append(box)
            changed = True
        if changed:
            self._batches = None
            self.revision += 1
            self._noted(touched)

    def _noted(self, boxes: list[Box]) -> None:
        """Remember where this revision changed blocks (not box by box past a bulk change)."""
        if len(boxes) > MOST // 4:
            self._damage.lost(self.revision)
        else:
            self._damage.add(self.revision, boxes)

    def damage_since(self, revision: int) -> list[Box] | None:
        """The boxes where blocks changed after ``revision`` (where notes were and are now);
        None when that is no longer known."""
        return self._damage.since(revision)

    def box_of(self, note_id: int) -> Box | None:
        entry = self._entries.get(note_id)
        return entry[1] if entry is not None else None

    def put_fresh(self, blocks: Iterable[Block]) -> None:
        """Add the blocks of notes just made (5,000 copies): into their colours' batches now,
        into the grid a slice at a time afterwards (:meth:`file_some`) or when an area is
        first asked about, as when a board opens. A note the cache holds goes through
        :meth:`put_many`."""
        entries, groups, unplaced = self._entries, self._groups, self._unplaced
        known: list[Block] = []
        fresh: list[int] = []
        keys: dict[int, tuple[int, _Group]] = {}  # colour object -> (rgba, its batch)
        left = top = math.inf
        right = bottom = -math.inf
        for block in blocks:
            note_id, colour, x, y, width, height, z = block
            if note_id in entries:
                known.append(block)
                continue
            found = keys.get(id(colour))
            if found is None:
                key = colour.rgba()
                group = groups.get(key)
                if group is None:
                    group = groups[key] = _Group(colour)
                found = keys[id(colour)] = (key, group)
            key, group = found
            group.z_sum += z
            x1, y1 = x + width, y + height
            rect = group.rects[note_id] = QRectF(x, y, width, height)
            entries[note_id] = (key, (x, y, x1, y1), z, rect)
            fresh.append(note_id)
            if note_id not in unplaced:
                unplaced[note_id] = None  # stacking followed when first asked
            if x < left:
                left = x
            if y < top:
                top = y
            if x1 > right:
                right = x1
            if y1 > bottom:
                bottom = y1
        if fresh:
            # The extent must hold every block while some are unfiled (see _holds_all).
            held = self._extent if self._unfiled else self._grid.bounds()
            extent = QRectF(left, top, right - left, bottom - top)
            self._extent = extent if held is None else extent.united(held)
            self._unfiled = self._unfiled[self._unfiled_at :] + fresh
            self._unfiled_at = 0
            self._batches = None
            self.revision += 1
            self._damage.lost(self.revision)  # thousands of blocks: the view draws anew
        if known:
            self.put_many(known)

    def _leave(self, note_id: int, key: int, z: float) -> None:
        """Take a note's block out of its colour's batch."""
        group = self._groups[key]
        del group.rects[note_id]
        group.z_sum -= z
        if not group.rects:
            del self._groups[key]

    def drop(self, note_id: int) -> None:
        self.drop_many((note_id,))

    def drop_many(self, note_ids: Iterable[int]) -> None:
        """Take these notes' blocks away (a delete of 5,000 notes: one pass)."""
        pop = self._entries.pop
        grid_drop = self._filed().drop
        touched: list[Box] = []
        for note_id in note_ids:
            entry = pop(note_id, None)
            grid_drop(note_id)
            if entry is not None:
                self._leave(note_id, entry[0], entry[2])
                self._places.drop(note_id, self._unplaced.pop(note_id, entry[1]) or entry[1])
                touched.append(entry[1])
        self._batches = None
        self.revision += 1
        self._noted(touched)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def batches(self) -> list[tuple[QColor, list[QRectF]]]:
        if self._batches is None:
            ordered = sorted(self._groups.values(), key=lambda g: g.z_sum / len(g.rects))
            self._batches = [(group.colour, list(group.rects.values())) for group in ordered]
            self._order = [group.colour.rgba() for group in ordered]
        return self._batches

    def spans_most(self, area: QRectF) -> bool:
        """Whether drawing ``area`` is best done with every block (see :meth:`batches_in`)."""
        return self._holds_all(area) or self._filed().spans_most(area)

    def batches_in(self, area: QRectF) -> list[tuple[QColor, list[QRectF]]]:
        """The blocks near ``area`` (a superset of those in it), in :attr:`batches` order."""
        if self.spans_most(area):
            return self.batches
        self.batches  # noqa: B018 - brings the colour order up to date
        colours = {key: group.colour for key, group in self._groups.items()}
        found = self._filed().batches_in(area, self._order)
        return [(colours[key], rects) for key, rects in found]

    def batches_near(self, areas: list[QRectF]) -> list[tuple[QColor, list[QRectF]]]:
        """The blocks near any of ``areas`` in :attr:`batches` order, a list a colour: the
        strips round a far zoom-out step hold a part of the board, not all of it."""
        batches = self.batches  # brings the colour order up to date
        found = self._filed().merged_near(areas, self._order)
        if found is None:
            return batches
        colours = {key: group.colour for key, group in self._groups.items()}
        return [(colours[key], rects) for key, rects in found]

    def outlines(self, note_ids: Iterable[int], grow: float) -> list[QRectF]:
        """The selection's frames: the blocks of ``note_ids`` grown by ``grow`` on every side,
        to be filled in the selection colour with the blocks drawn again over them
        (:func:`canvas.far_paint.paint_outlines`). One rectangle a note, not four strips: a
        QRectF costs ~1.5 µs to make and the raster engine ~1 µs to fill, and a drag of a big
        selection makes them anew at every step, for each view's zoom."""
        entries = self._entries
        boxes = [entry[1] for i in note_ids if (entry := entries.get(i)) is not None]
        rect, g, across = QRectF, grow, 2 * grow
        return [
            rect(x0 - g, y0 - g, x1 - x0 + across, y1 - y0 + across) for x0, y0, x1, y1 in boxes
        ]

    def selected_blocks(self, note_ids: Iterable[int]) -> list[tuple[QColor, list[QRectF]]]:
        """The blocks of ``note_ids`` by colour, in :attr:`batches` order: the very rectangles
        the far view keeps (nothing made a note), the same for every view's zoom."""
        entries, groups = self._entries, self._groups
        by_key: dict[int, list[QRectF]] = {}
        for note_id in note_ids:
            entry = entries.get(note_id)
            if entry is not None:
                key = entry[0]
                found = by_key.get(key)
                if found is None:
                    found = by_key[key] = []
                found.append(groups[key].rects[note_id])
        self.batches  # noqa: B018 - brings the colour order up to date
        return [(groups[key].colour, by_key[key]) for key in self._order if key in by_key]

    def count_in(self, rect: QRectF, stop_at: int) -> int:
        """How many notes intersect ``rect``, counting no further than ``stop_at``."""
        if self._holds_all(rect):
            return min(len(self._entries), stop_at)
        return self._filed().count_in(rect, stop_at)

    def _placed(self) -> Places:
        """:attr:`_places`, brought up to date with the notes changed since."""
        unplaced = self._unplaced
        if unplaced:
            places, entries = self._places, self._entries
            for note_id, was in unplaced.items():
                entry = entries.get(note_id)
                if was is not None and (entry is None or entry[1] != was):
                    places.drop(note_id, was)
                if entry is not None:
                    places.put(note_id, entry[1], entry[2])
            unplaced.clear()
        return self._places

    def buried(self, note_id: int) -> bool:
        """Whether a note lies exactly under another one (see :mod:`canvas.far_stack`)."""
        return note_id in self._placed().buried

    def in_order(self, area: QRectF) -> list[tuple[int, QColor, QRectF]] | None:
        """The notes near ``area`` that no note lies exactly on, bottom to top, as (id,
        colour, rectangle); None where too many are in sight for one by one (see
        :func:`canvas.far_stack.in_order`)."""
        # More notes near it than could be shown one by one even if every buried note of
        # the board lay there: colour batches, known from a count that stops early.
        if self._holds_all(area) and len(self._entries) > min(
            ORDERED_MOST + len(self._places.buried) + len(self._unplaced), SCANNED_MOST
        ):
            # Known before the stacking follows 5,000 copies just made: each note placed
            # buries one more at most.
            return None
        most = min(ORDERED_MOST + len(self._placed().buried), SCANNED_MOST)
        if self._holds_all(area):
            if len(self._entries) > most:
                return None
            ids: Iterable[int] = list(self._entries)
        else:
            grid = self._filed()
            if grid.count_in(area, most + 1) > most:
                return None
            ids = grid.ids_in(area)
        colours = {key: group.colour for key, group in self._groups.items()}
        return in_order(self._entries, self._places, ids, colours)

    def ids_in(self, left: float, top: float, right: float, bottom: float) -> list[int]:
        """Ids of the notes whose blocks intersect this area (scene units)."""
        return self._filed().ids_in(QRectF(left, top, right - left, bottom - top))


def item_blocks(items: Iterable[NoteItem]) -> Iterator[Block]:
    """The blocks of items as they show now (a drag or resize preview included), at whole
    scene units as a drag commits them (:class:`canvas.gestures.MoveGesture`): a fraction
    of a pixel this far out, and a committed drag of 5,000 notes then finds every block
    already where its row puts it (no block, frame or backdrop made again)."""
    for item in items:
        pos = item.pos()
        width, height = item.size()
        x, y = float(round(pos.x())), float(round(pos.y()))
        yield item.note_id, item.colour, x, y, width, height, item.zValue()
