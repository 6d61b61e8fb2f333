"""Keeps the frame, zone and feelings-curve items of a scene in step with the board's rows.

The scene passes every committed change here; when frames or zones changed, the layer reads
the (few) frames and zones again and updates, adds or removes items, reusing the ones whose
rows did not change. It also answers the questions gestures ask in scene coordinates — which
cell is under this point, which header, which title bar — from the items, so a frame being
dragged answers where it is shown, not where the file has it.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsScene

from canvas import frame_far
from canvas.frame_items import FrameItem, ZoneItem
from canvas.frame_style import (
    accent_for,
)
from canvas.frame_warmup import HeaderWarmup
from canvas.mood_item import MoodItem
from models.records import Change, FrameData, ZoneData
from models.templates.plan import HEADER, MOOD

if TYPE_CHECKING:
    from canvas.note_item import NoteItem
    from canvas.scene import BoardScene


def title_height(frame: FrameData, zones: Sequence[ZoneData]) -> float:
    tops = [zone.y for zone in zones if zone.col != HEADER or zone.row == HEADER]
    return max(min(tops) - frame.y, 0.0) if tops else 0.0


def _even_out_later(layer: weakref.ref[FrameLayer], zones: list[ZoneData]) -> Callable[[], None]:
    """A frame's headers get their shared sizes when one of them is first drawn or measured,
    not while a big board opens (weak: an item never keeps the layer alive)."""

    def run() -> None:
        found = layer()
        if found is not None:
            found._even_out(zones)

    return run


class FrameLayer:
    """The frame items of one :class:`~canvas.scene.BoardScene`."""

    def __init__(self, scene: BoardScene) -> None:
        # Weak: the scene owns the layer, and a cycle would leave freeing to the collector.
        self._scene_ref = weakref.ref(scene)
        self._frames: dict[int, FrameItem] = {}
        self._zones: dict[int, ZoneItem] = {}
        self._zones_of: dict[int, set[int]] = {}
        """Zone ids of each frame's items, so a frame's sync never walks every zone."""
        self._moods: dict[int, MoodItem] = {}
        self._highlighted: set[int] = set()
        self._accents: dict[tuple[str, str | None], QColor | None] = {}
        """The same header colour over the same cells: the same accent, kept for every frame
        (a workshop repeats its starter frames hundreds of times)."""
        self.revision = 0
        """Counts syncs: the far view keeps what it worked out while this stays the same."""
        self._order: tuple[int, list[FrameItem]] | None = None
        self.warmup = HeaderWarmup(self, scene)
        """Lays the frames' texts out ahead, while the board is idle."""
        self.sync()

    @property
    def _scene(self) -> BoardScene:
        scene = self._scene_ref()
        assert scene is not None, "the frame layer outlived its scene"
        return scene

    # --- keeping up -------------------------------------------------------------------------
    def on_changes(self, changes: Iterable[Change]) -> bool:
        """Bring items up to date if frames or zones changed; True when they did."""
        touched = self._frames_touched(changes)
        if touched is None:
            return False
        self.sync(touched)
        return True

    def _frames_touched(self, changes: Iterable[Change]) -> set[int] | None:
        """The frames a change touched (their zones' frames too); None when none was."""
        touched: set[int] = set()
        seen = False
        doc = self._scene.document
        for change in changes:
            if change.entity not in ("frame", "zone"):
                continue
            seen = True
            ids = change.added | change.updated | change.removed
            if change.entity == "frame":
                touched |= ids
                continue
            for zone_id in ids:
                item = self._zones.get(zone_id)
                zone = item.zone if item is not None else doc.frames.zone(zone_id)
                if zone is not None:
                    touched.add(zone.frame_id)
        return touched if seen else None

    def sync(self, only: set[int] | None = None) -> None:
        """Bring the items of ``only`` these frames (default: all) up to date with the file:
        an edit of one frame costs that frame, not the board."""
        self.revision += 1
        doc = self._scene.document
        frames = {frame.id: frame for frame in doc.frames.all()}
        zones_by_frame: dict[int, list[ZoneData]] = {}
        if only is None:
            for zone in doc.frames.zones():
                zones_by_frame.setdefault(zone.frame_id, []).append(zone)
        else:
            for frame_id in only & set(frames):
                zones_by_frame[frame_id] = doc.frames.zones(frame_id)
        candidates = self._frames if only is None else only
        for frame_id in [i for i in candidates if i in self._frames and i not in frames]:
            self._drop_frame(frame_id)
        for frame in frames.values():
            if only is None or frame.id in only:
                self._sync_frame(frame, zones_by_frame.get(frame.id, []))
        self._order = None
        rect = self.content_rect()
        if rect is not None:
            self._scene.grow_scene_rect(rect)
        if self._frames:
            self.warmup.restart()

    def _sync_frame(self, frame: FrameData, zones: list[ZoneData]) -> None:
        bar = title_height(frame, zones)
        item = self._frames.get(frame.id)
        fresh = item is None
        if item is None:
            # Added to the scene with its zones made: a zone made inside the scene costs
            # the scene's bookkeeping once per call (a big board has thousands of zones).
            item = self._frames[frame.id] = FrameItem(frame, bar)
        elif item.frame != frame or item.title_height != bar:
            item.apply(frame, bar)
        wanted = {zone.id for zone in zones}
        own = self._zones_of.setdefault(frame.id, set())
        for zone_id in [i for i in own if i not in wanted]:
            self._drop_zone(zone_id)
        for zone in zones:
            zone_item = self._zones.get(zone.id)
            if zone_item is None:
                zone_item = self._zones[zone.id] = ZoneItem(zone, item)
                own.add(zone.id)
                zone_item.set_highlighted(zone.id in self._highlighted)
            elif zone_item.zone != zone or zone_item.pos() != QPointF(
                zone.x - frame.x, zone.y - frame.y
            ):
                zone_item.apply(zone, item)
        self._set_accents(zones)
        item.even_out = _even_out_later(weakref.ref(self), zones)
        item.zone_rows = zones
        item.forget_far_sizes()
        if fresh:
            self._scene.addItem(item)
        moods = [zone for zone in zones if MOOD in zone.data and zone.row >= 0 and zone.col >= 0]
        mood_item = self._moods.get(frame.id)
        if moods:
            if mood_item is None:
                mood_item = self._moods[frame.id] = MoodItem(frame.id)
                self._scene.addItem(mood_item)
            if (
                mood_item.cells != sorted(moods, key=lambda z: (z.row, z.col))
                or mood_item.pos() != QPointF()
            ):
                mood_item.setPos(0.0, 0.0)
                mood_item.set_cells(moods)
        elif mood_item is not None:
            self._scene.removeItem(self._moods.pop(frame.id))

    def _set_accents(self, zones: list[ZoneData]) -> None:
        by_col: dict[int, Counter[str]] = {}
        by_row: dict[int, Counter[str]] = {}
        for cell in zones:  # one pass, not one per header (a big board opens faster)
            if cell.row >= 0 and cell.col >= 0:
                column = by_col.get(cell.col)
                if column is None:
                    column = by_col[cell.col] = Counter()
                row = by_row.get(cell.row)
                if row is None:
                    row = by_row[cell.row] = Counter()
                column[cell.colour] += 1
                row[cell.colour] += 1
        # The colour most cells of each column and row have, worked out once (not per header).
        col_colour = {col: counts.most_common(1)[0][0] for col, counts in by_col.items()}
        row_colour = {row: counts.most_common(1)[0][0] for row, counts in by_row.items()}
        accents = self._accents
        for zone in zones:
            if zone.row != HEADER and zone.col != HEADER:
                continue
            common = col_colour.get(zone.col) if zone.row == HEADER else row_colour.get(zone.row)
            key = (zone.colour, common)
            if key not in accents:
                accents[key] = accent_for(zone, common)
            self._zones[zone.id].set_accent(accents[key])

    def _even_out(self, zones: list[ZoneData]) -> None:
        """One title size for all column headers of a frame, one for all row headers, and
        likewise for their prompts: a frame's headers read as one set."""
        for kind in ("column", "row"):
            items = [self._zones[z.id] for z in zones if self._zones[z.id].kind == kind]
            sizes = [size for item in items if (size := item.natural_title_px()) is not None]
            cap = min(sizes) if sizes else None
            for item in items:
                item.set_title_cap(cap)
                item.set_prompt_cap(None)
            prompts = [size for item in items if (size := item.prompt_px()) is not None]
            # Prompts at the readable size set the pace; one header too small for it keeps
            # its own smaller prompt rather than shrinking every other one.
            readable = [
                size
                for item in items
                if (size := item.prompt_px()) is not None and size >= item.readable_prompt_px()
            ]
            prompt_cap = min(readable or prompts) if prompts else None
            for item in items:
                item.set_prompt_cap(prompt_cap)

    def _drop_zone(self, zone_id: int) -> None:
        item = self._zones.pop(zone_id, None)
        self._highlighted.discard(zone_id)
        if item is not None:
            self._zones_of.get(item.zone.frame_id, set()).discard(zone_id)
        if item is not None and item.scene() is not None:
            item.scene().removeItem(item)

    def _drop_frame(self, frame_id: int) -> None:
        for zone_id in list(self._zones_of.pop(frame_id, ())):
            self._drop_zone(zone_id)
        item = self._frames.pop(frame_id, None)
        if item is not None:
            self._scene.removeItem(item)
        mood = self._moods.pop(frame_id, None)
        if mood is not None:
            self._scene.removeItem(mood)

    # --- lookups ----------------------------------------------------------------------------
    def frame_item(self, frame_id: int) -> FrameItem | None:
        return self._frames.get(frame_id)

    def zone_item(self, zone_id: int) -> ZoneItem | None:
        return self._zones.get(zone_id)

    def zone_rows(self) -> list[ZoneData]:
        """Every zone's row as its item shows it, each frame's in row and column order, as
        ``FrameStore.zones()`` reads them: what the scene already holds, not a read of the
        file again (7,000 zones at 20,000 notes)."""
        return [
            zone
            for frame_id in sorted(self._frames)
            for zone in self._frames[frame_id].zone_rows or ()
        ]

    def mood_item(self, frame_id: int) -> MoodItem | None:
        return self._moods.get(frame_id)

    def frame_items(self) -> list[FrameItem]:
        """Frames bottom to top (a frame's z changes only in a sync: kept until the next)."""
        if self._order is None or self._order[0] != self.revision:
            ordered = sorted(self._frames.values(), key=lambda f: (f.zValue(), f.frame_id))
            self._order = (self.revision, ordered)
        return list(self._order[1])

    def zone_items(self, frame_id: int | None = None) -> list[ZoneItem]:
        items = [z for z in self._zones.values() if frame_id is None or z.zone.frame_id == frame_id]
        return sorted(items, key=lambda z: (z.zone.frame_id, z.zone.row, z.zone.col, z.zone_id))

    def mood_items(self) -> list[MoodItem]:
        return list(self._moods.values())

    def frames_under(self, scene_pos: QPointF) -> list[FrameItem]:
        """The frames that may hold ``scene_pos``, topmost first (the reverse of
        :meth:`frame_items`): the few frames there, found in Qt's spatial index where their items
        are shown, not every frame of the board tested (a drag asks at every mouse step)."""
        found = [
            item
            for item in QGraphicsScene.items(
                self._scene,
                scene_pos,
                Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                Qt.SortOrder.DescendingOrder,
            )
            if isinstance(item, FrameItem)
        ]
        if len(found) > 1:
            found.sort(key=lambda f: (f.zValue(), f.frame_id), reverse=True)
        return found

    def frame_at(self, scene_pos: QPointF) -> FrameItem | None:
        return next(
            (f for f in self.frames_under(scene_pos) if f.scene_rect().contains(scene_pos)), None
        )

    def title_at(self, scene_pos: QPointF) -> FrameItem | None:
        """The frame whose title bar is under ``scene_pos`` (topmost frame first)."""
        frame = self.frame_at(scene_pos)
        if frame is not None and frame.title_rect().contains(frame.mapFromScene(scene_pos)):
            return frame
        return None

    def zone_at(self, scene_pos: QPointF, cells_only: bool = True) -> ZoneItem | None:
        """The zone under a point in the topmost frame there; with ``cells_only`` only zones
        notes can belong to. Edges as in the model: left/top inside, right/bottom outside."""
        for frame in self.frames_under(scene_pos):
            if not frame.scene_rect().contains(scene_pos):
                continue
            for zone in frame.childItems():
                if not isinstance(zone, ZoneItem) or (cells_only and not zone.is_cell):
                    continue
                rect = zone.scene_rect()
                if (
                    rect.left() <= scene_pos.x() < rect.right()
                    and rect.top() <= scene_pos.y() < rect.bottom()
                ):
                    return zone
        return None

    def header_at(self, scene_pos: QPointF) -> ZoneItem | None:
        zone = self.zone_at(scene_pos, cells_only=False)
        return zone if zone is not None and not zone.is_cell else None

    def content_rect(self) -> QRectF | None:
        rect: QRectF | None = None
        for frame in self._frames.values():
            area = frame.scene_rect()
            rect = area if rect is None else rect.united(area)
        return rect

    def member_items(self, frame_id: int) -> list[NoteItem]:
        """The notes that belong to a frame's zones (they travel with it)."""
        zone_ids = {z.zone_id for z in self._zones.values() if z.zone.frame_id == frame_id}
        return [item for item in self._scene.note_items() if item.note.zone_id in zone_ids]

    # --- highlighting -----------------------------------------------------------------------
    def highlight(self, zone_ids: Iterable[int]) -> None:
        """Show exactly these zones as drop targets."""
        wanted = set(zone_ids)
        for zone_id in self._highlighted | wanted:
            item = self._zones.get(zone_id)
            if item is not None:
                item.set_highlighted(zone_id in wanted)
        self._highlighted = {i for i in wanted if i in self._zones}

    def highlighted(self) -> set[int]:
        return set(self._highlighted)

    def highlight_under(self, items: Iterable[NoteItem]) -> None:
        """Highlight the cells under the centres of notes being dragged."""
        zones: set[int] = set()
        for item in items:
            zone = self.zone_at(item.scene_rect().center())
            if zone is not None:
                zones.add(zone.zone_id)
        self.highlight(zones)

    # --- the far view (canvas/frame_far.py) -------------------------------------------------
    def paint_far(
        self,
        painter: QPainter,
        visible: QRectF,
        scale: float,
        moving: bool = False,
        reach: float = 0.0,
    ) -> bool:
        """Draw the far view of frames; False when drawn from another zoom's plans (see
        :func:`canvas.frame_far.paint_far`; ``reach``: how far off that zoom may be)."""
        return frame_far.paint_far(self, painter, visible, scale, moving, reach)

    def far_ready(self) -> bool:
        """Whether a zoom in motion draws frames from plans kept (or cheaply), without
        working them out for the first time (see :func:`canvas.frame_far.ready`)."""
        return frame_far.ready(self)

    def paint_moods(self, painter: QPainter, visible: QRectF, scale: float) -> None:
        frame_far.paint_moods(self, painter, visible, scale)

    def far_state(self) -> tuple[object, ...]:
        """Changes whenever what the far view draws of frames may have: a sync, a frame
        moved (a drag moves items before it commits); not a highlight (:meth:`highlighted`:
        a view draws only the cells whose highlight changed again)."""
        return (
            self.revision,
            FrameItem.moves,  # not every frame's place: 1-2 ms a frame on a big board
            tuple((mood.pos().x(), mood.pos().y()) for mood in self._moods.values()),
        )

    def far_text_rects(self, scale: float) -> list[tuple[str, QRectF, float]]:
        return frame_far.far_text_rects(self, scale)
