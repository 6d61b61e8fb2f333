"""Keeps the frame, zone and feelings-curve items of a scene in step with the board's rows.

The scene passes every committed change here; when frames or zones changed, the layer reads
the (few) frames and zones again and updates, adds or removes items, reusing the ones whose
rows did not change. It also answers the questions gestures ask in scene coordinates — which
cell is under this point, which header, which title bar — from the items, so a frame being
dragged answers where it is shown, not where the file has it.
"""

from __future__ import annotations

import math
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from canvas.frame_items import FrameItem, ZoneItem
from canvas.frame_style import (
    FRAME_BORDER,
    HIGHLIGHT,
    HIGHLIGHT_TINT,
    MIN_SCREEN_PX,
    TITLE_BAR,
    TITLE_TEXT,
    ZONE_BORDER,
    accent_for,
    far_px,
    is_dark,
    paint_far_title,
    smallest_screen_px,
)
from canvas.frame_text import far_lines, frame_font, single_line
from canvas.mood_item import MoodItem, paint_curves
from canvas.note_item import colour_for
from models.records import Change, FrameData, ZoneData
from models.templates.plan import HEADER, MOOD

if TYPE_CHECKING:
    from canvas.note_item import NoteItem
    from canvas.scene import BoardScene

FAR_LABEL_PX = 18
"""Screen size of a frame's title in the far view, at most (its bar may be thinner)."""
MIN_BAR_PX = 12.0
"""A title bar thinner than this on screen gets its title as a label over the frame."""
LABEL_PX = 12
"""Screen size of that label."""


def title_height(frame: FrameData, zones: Sequence[ZoneData]) -> float:
    tops = [zone.y for zone in zones if zone.col != HEADER or zone.row == HEADER]
    return max(min(tops) - frame.y, 0.0) if tops else 0.0


class FrameLayer:
    """The frame items of one :class:`~canvas.scene.BoardScene`."""

    def __init__(self, scene: BoardScene) -> None:
        # Weak: the scene owns the layer, and a cycle would leave freeing to the collector.
        self._scene_ref = weakref.ref(scene)
        self._frames: dict[int, FrameItem] = {}
        self._zones: dict[int, ZoneItem] = {}
        self._moods: dict[int, MoodItem] = {}
        self._highlighted: set[int] = set()
        self.sync()

    @property
    def _scene(self) -> BoardScene:
        scene = self._scene_ref()
        assert scene is not None, "the frame layer outlived its scene"
        return scene

    # --- keeping up -------------------------------------------------------------------------
    def on_changes(self, changes: Iterable[Change]) -> bool:
        """Bring items up to date if frames or zones changed; True when they did."""
        if any(change.entity in ("frame", "zone") for change in changes):
            self.sync()
            return True
        return False

    def sync(self) -> None:
        doc = self._scene.document
        frames = {frame.id: frame for frame in doc.frames.all()}
        zones_by_frame: dict[int, list[ZoneData]] = {}
        for zone in doc.frames.zones():
            zones_by_frame.setdefault(zone.frame_id, []).append(zone)
        for frame_id in [i for i in self._frames if i not in frames]:
            self._drop_frame(frame_id)
        for frame in frames.values():
            self._sync_frame(frame, zones_by_frame.get(frame.id, []))
        rect = self.content_rect()
        if rect is not None:
            self._scene.grow_scene_rect(rect)

    def _sync_frame(self, frame: FrameData, zones: list[ZoneData]) -> None:
        bar = title_height(frame, zones)
        item = self._frames.get(frame.id)
        if item is None:
            item = self._frames[frame.id] = FrameItem(frame, bar)
            self._scene.addItem(item)
        elif item.frame != frame or item.title_height != bar:
            item.apply(frame, bar)
        wanted = {zone.id for zone in zones}
        for zone_id in [i for i, z in self._zones.items()
                        if z.zone.frame_id == frame.id and i not in wanted]:
            self._drop_zone(zone_id)
        for zone in zones:
            zone_item = self._zones.get(zone.id)
            if zone_item is None:
                zone_item = self._zones[zone.id] = ZoneItem(zone, item)
                zone_item.set_highlighted(zone.id in self._highlighted)
            elif zone_item.zone != zone or zone_item.pos() != QPointF(zone.x - frame.x,
                                                                       zone.y - frame.y):
                zone_item.apply(zone, item)
        self._set_accents(zones)
        self._even_out(zones)
        item.forget_far_sizes()
        moods = [zone for zone in zones if MOOD in zone.data and zone.row >= 0 and zone.col >= 0]
        mood_item = self._moods.get(frame.id)
        if moods:
            if mood_item is None:
                mood_item = self._moods[frame.id] = MoodItem(frame.id)
                self._scene.addItem(mood_item)
            if mood_item.cells != sorted(moods, key=lambda z: (z.row, z.col)) or \
                    mood_item.pos() != QPointF():
                mood_item.setPos(0.0, 0.0)
                mood_item.set_cells(moods)
        elif mood_item is not None:
            self._scene.removeItem(self._moods.pop(frame.id))

    def _set_accents(self, zones: list[ZoneData]) -> None:
        for zone in zones:
            if zone.row != HEADER and zone.col != HEADER:
                continue
            colours = Counter(c.colour for c in zones if c.row >= 0 and c.col >= 0 and (
                c.col == zone.col if zone.row == HEADER else c.row == zone.row))
            common = colours.most_common(1)[0][0] if colours else None
            self._zones[zone.id].set_accent(accent_for(zone, common))

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
            prompt_cap = min(prompts) if prompts else None
            for item in items:
                item.set_prompt_cap(prompt_cap)

    def _drop_zone(self, zone_id: int) -> None:
        item = self._zones.pop(zone_id, None)
        self._highlighted.discard(zone_id)
        if item is not None and item.scene() is not None:
            item.scene().removeItem(item)

    def _drop_frame(self, frame_id: int) -> None:
        for zone_id in [i for i, z in self._zones.items() if z.zone.frame_id == frame_id]:
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

    def mood_item(self, frame_id: int) -> MoodItem | None:
        return self._moods.get(frame_id)

    def frame_items(self) -> list[FrameItem]:
        """Frames bottom to top."""
        return sorted(self._frames.values(), key=lambda f: (f.zValue(), f.frame_id))

    def zone_items(self, frame_id: int | None = None) -> list[ZoneItem]:
        items = [z for z in self._zones.values()
                 if frame_id is None or z.zone.frame_id == frame_id]
        return sorted(items, key=lambda z: (z.zone.frame_id, z.zone.row, z.zone.col, z.zone_id))

    def mood_items(self) -> list[MoodItem]:
        return list(self._moods.values())

    def _top_first(self) -> list[FrameItem]:
        return list(reversed(self.frame_items()))

    def frame_at(self, scene_pos: QPointF) -> FrameItem | None:
        return next((f for f in self._top_first() if f.scene_rect().contains(scene_pos)), None)

    def title_at(self, scene_pos: QPointF) -> FrameItem | None:
        """The frame whose title bar is under ``scene_pos`` (topmost frame first)."""
        frame = self.frame_at(scene_pos)
        if frame is not None and frame.title_rect().contains(frame.mapFromScene(scene_pos)):
            return frame
        return None

    def zone_at(self, scene_pos: QPointF, cells_only: bool = True) -> ZoneItem | None:
        """The zone under a point in the topmost frame there; with ``cells_only`` only zones
        notes can belong to. Edges as in the model: left/top inside, right/bottom outside."""
        for frame in self._top_first():
            if not frame.scene_rect().contains(scene_pos):
                continue
            for zone in frame.childItems():
                if not isinstance(zone, ZoneItem) or (cells_only and not zone.is_cell):
                    continue
                rect = zone.scene_rect()
                if rect.left() <= scene_pos.x() < rect.right() and \
                        rect.top() <= scene_pos.y() < rect.bottom():
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
            centre = item.scene_rect().center()
            zone = self.zone_at(centre)
            if zone is not None:
                zones.add(zone.zone_id)
        self.highlight(zones)

    # --- the far view -----------------------------------------------------------------------
    def paint_far(self, painter: QPainter, visible: QRectF, scale: float) -> None:
        """Frames, zones, titles and curves for a view that draws notes as blocks
        (painter in scene coordinates): a few fills per zone and one line of text per title."""
        border = QPen(FRAME_BORDER, 1.5)
        border.setCosmetic(True)
        labels = self.title_labels(scale)
        over = [rect for rect, _, in_bar in labels.values() if not in_bar]
        lines = QPen(ZONE_BORDER, 1.0)
        lines.setCosmetic(True)
        for frame in self.frame_items():
            rect = frame.scene_rect()
            if not rect.intersects(visible):
                continue
            painter.setPen(border)
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawRect(rect)
            painter.setPen(lines)
            zones = [z for z in frame.childItems() if isinstance(z, ZoneItem)]
            for zone in zones:
                painter.setBrush(colour_for(zone.zone.colour))
                painter.drawRect(zone.scene_rect())
            for zone in zones:
                self._far_zone_text(painter, zone, scale, over)
            self._far_title(painter, frame, scale, labels.get(frame.frame_id))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for mood in self._moods.values():
            if not mood.sceneBoundingRect().intersects(visible):
                continue
            painter.save()
            painter.translate(mood.pos())
            paint_curves(painter, mood.points(), scale)
            painter.restore()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def title_labels(self, scale: float) -> dict[int, tuple[QRectF, int, bool]]:
        """Where the far view writes each frame's title (scene rect, scene px, inside the
        bar?). A bar too thin to write in gets its title as a label just above the frame, or,
        where another frame is in the way, over the frame's top (headers under it are then
        left out), so a title and a header never overlap."""
        labels: dict[int, tuple[QRectF, int, bool]] = {}
        least = smallest_screen_px()
        frames = self.frame_items()
        for frame in frames:
            bar = frame.mapRectToScene(frame.title_rect())
            title = frame.frame.title.strip()
            if bar.height() <= 0 or not title:
                continue
            if bar.height() * scale >= max(MIN_BAR_PX, least * 1.25):
                labels[frame.frame_id] = (bar, 0, True)
                continue
            px = max(math.ceil(max(LABEL_PX, least) / max(scale, 1e-6) - 1e-6), 1)
            pad = px * 0.35
            font = frame_font(px, True)
            width = QFontMetricsF(font).horizontalAdvance(" ".join(title.split())) * 1.03 + 2 * pad
            label = QRectF(bar.left(), bar.top() - px * 1.5, width, px * 1.5)
            # As wide as the title, up to the next frame on its right (then cut with "…").
            right = min((o.scene_rect().left() - pad for o in frames if o is not frame
                         and o.scene_rect().left() >= bar.right() - 1.0
                         and o.scene_rect().top() < label.bottom() + bar.height()
                         and o.scene_rect().bottom() > label.top()),
                        default=label.right())
            label.setRight(max(min(label.right(), right), bar.left() + min(width, bar.width())))
            if any(other is not frame and other.scene_rect().intersects(label)
                   for other in frames):
                label.moveTop(bar.top())
                label.setWidth(min(width, bar.width()))
            labels[frame.frame_id] = (label, px, False)
        return labels

    def far_text_rects(self, scale: float) -> list[tuple[str, QRectF, float]]:
        """What the far view writes at ``scale`` under the current look: (kind, scene rect of
        the painted text, on-screen px) for frame titles and headers. The same decisions as
        :meth:`paint_far`, for the overlap test and the legibility report."""
        found: list[tuple[str, QRectF, float]] = []
        labels = self.title_labels(scale)
        over = [rect for rect, _, in_bar in labels.values() if not in_bar]
        for frame_id, (rect, px, in_bar) in labels.items():
            frame = self._frames[frame_id]
            if in_bar:
                bar = rect.adjusted(rect.height() * 0.3, 0, 0, 0)
                size = far_px(frame.frame.title, bar, scale, FAR_LABEL_PX)
                if size is not None:
                    found.append(("title", bar, size * scale))
            else:
                found.append(("title", rect, px * scale))
        for zone in self._zones.values():
            if zone.kind == "cell" or not zone.zone.title.strip():
                continue
            rect = zone.mapRectToScene(zone.text_rect(True))
            if any(label.intersects(rect) for label in over):
                continue
            parent = zone.parentItem()
            size = parent.far_size(zone.kind, scale) if isinstance(parent, FrameItem) else None
            if size is None:
                continue
            width, height = round(rect.width(), 1), round(rect.height(), 1)
            lines = far_lines(zone.zone.title, size, width, height, zone.kind == "column")
            if not lines.complete:
                lines = far_lines(zone.zone.title, size, width, height, zone.kind == "column",
                                  True)
                if not lines.complete:
                    continue
            top = rect.top() + ((rect.height() - lines.height) / 2.0
                                if zone.kind == "column" else 0.0)
            found.append((zone.kind, QRectF(rect.left(), top, rect.width(), lines.height),
                          size * scale))
        return found

    def _far_zone_text(self, painter: QPainter, zone: ZoneItem, scale: float,
                       labels: list[QRectF]) -> None:
        if zone.highlighted:
            pen = QPen(HIGHLIGHT, 3.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(HIGHLIGHT_TINT)
            painter.drawRect(zone.scene_rect())
        if zone.kind == "cell" or not zone.zone.title.strip():
            return
        rect = zone.mapRectToScene(zone.text_rect(True))
        if any(label.intersects(rect) for label in labels):
            return
        colour = TITLE_TEXT if is_dark(colour_for(zone.zone.colour)) else QColor("#1B1B1B")
        frame = zone.parentItem()
        px = frame.far_size(zone.kind, scale) if isinstance(frame, FrameItem) else None
        paint_far_title(painter, zone.zone.title, rect, scale, colour, MIN_SCREEN_PX,
                        zone.kind == "column", px=px)

    @staticmethod
    def _far_title(painter: QPainter, frame: FrameItem, scale: float,
                   label: tuple[QRectF, int, bool] | None) -> None:
        bar = frame.mapRectToScene(frame.title_rect())
        if bar.height() <= 0:
            return
        painter.fillRect(bar, TITLE_BAR)
        if label is None:
            return
        rect, px, in_bar = label
        if in_bar:
            paint_far_title(painter, frame.frame.title, bar.adjusted(bar.height() * 0.3, 0, 0, 0),
                            scale, TITLE_TEXT, FAR_LABEL_PX, middle=True)
            return
        pad = px * 0.35
        text = single_line(frame.frame.title, px, True, rect.width() - 2 * pad)
        if not text:
            return
        painter.setFont(frame_font(px, True))
        painter.fillRect(rect, TITLE_BAR)
        painter.setPen(TITLE_TEXT)
        painter.drawText(rect.adjusted(pad, 0, 0, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
