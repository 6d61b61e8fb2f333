"""The far view of frames: what a view that draws notes as blocks paints for frames, zones,
titles and feelings curves, and where it writes each title (for the overlap test and the
projector's legibility report)."""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from canvas.frame_items import FrameItem, ZoneItem
from canvas.frame_style import (
    FRAME_BORDER,
    HIGHLIGHT,
    HIGHLIGHT_TINT,
    MIN_SCREEN_PX,
    TITLE_BAR,
    TITLE_TEXT,
    ZONE_BORDER,
    FarGlyphs,
    far_px,
    far_title_glyphs,
    is_dark,
    paint_glyphs,
    smallest_screen_px,
)
from canvas.frame_text import far_lines, frame_font, single_line
from canvas.mood_item import paint_curves
from canvas.note_item import colour_for

if TYPE_CHECKING:
    from canvas.frame_layer import FrameLayer

FAR_LABEL_PX = 18
"""Screen size of a frame's title in the far view, at most (its bar may be thinner)."""
MIN_BAR_PX = 12.0
"""A title bar thinner than this on screen gets its title as a label over the frame."""
LABEL_PX = 12
"""Screen size of that label."""


TINY_HEADER_PX = 5.0
"""Headers lower than this on screen hold no readable text: skipped before any text work."""


def paint_far(layer: FrameLayer, painter: QPainter, visible: QRectF, scale: float) -> None:
    """Frames, zones, titles and curves for a view that draws notes as blocks
    (painter in scene coordinates): a few fills per zone and one line of text per title,
    worked out once per zoom and board state (:func:`_plans`) and only drawn here."""
    border = QPen(FRAME_BORDER, 1.5)
    border.setCosmetic(True)
    lines = QPen(ZONE_BORDER, 1.0)
    lines.setCosmetic(True)
    lit = bool(layer.highlighted())
    white = QColor("#FFFFFF")
    for plan in _plans(layer, scale):
        if not plan.rect.intersects(visible):
            continue
        painter.setPen(border)
        painter.setBrush(white)
        painter.drawRect(plan.rect)
        painter.setPen(lines)
        for colour, rects in plan.fills:
            painter.setBrush(colour)
            painter.drawRects(rects)
        if lit and any(zone.highlighted for zone, _, _ in plan.zones):
            for zone, rect, glyphs in plan.zones:
                if zone.highlighted:
                    _paint_highlight(painter, rect)
                if glyphs is not None:
                    paint_glyphs(painter, glyphs)
        else:
            for glyphs in plan.texts:
                paint_glyphs(painter, glyphs)
        _paint_title(painter, plan)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for mood in layer.mood_items():
        if not mood.sceneBoundingRect().intersects(visible):
            continue
        painter.save()
        painter.translate(mood.pos())
        paint_curves(painter, mood.points(), scale)
        painter.restore()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


@dataclass
class _FramePlan:
    """What the far view draws for one frame at one zoom (scene coordinates)."""

    rect: QRectF
    fills: list[tuple[QColor, list[QRectF]]]
    """Zone fills in paint order, consecutive zones of one colour together."""
    zones: list[tuple[ZoneItem, QRectF, FarGlyphs | None]]
    """Every zone with its rect and its header's glyphs (for a highlight between them)."""
    texts: list[FarGlyphs]
    bar: QRectF | None
    title: FarGlyphs | None = None
    label: tuple[QRectF, QFont, QRectF, str] | None = None
    """A title written over or above the frame: its fill, font, text rect and text."""


_LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_KEPT_ZOOMS = 4
"""Plans kept per layer: the laptop and the projector each paint at their own zoom."""
_cache: weakref.WeakKeyDictionary[
    FrameLayer, dict[tuple[float, float], tuple[object, list[_FramePlan]]]
] = weakref.WeakKeyDictionary()


def _plans(layer: FrameLayer, scale: float) -> list[_FramePlan]:
    """The plans of every frame, bottom to top, from a cache kept while no frame or zone
    changed (the layer's revision) and no frame moved (a frame drag moves items first)."""
    frames = layer.frame_items()
    state = (
        layer.revision,
        [(f.frame_id, f.pos().x(), f.pos().y(), f.zValue()) for f in frames],
    )
    key = (scale, smallest_screen_px())
    kept = _cache.setdefault(layer, {})
    found = kept.get(key)
    if found is not None and found[0] == state:
        return found[1]
    labels = title_labels(layer, scale)
    over = [rect for rect, _, in_bar in labels.values() if not in_bar]
    plans = [_plan_frame(frame, scale, labels.get(frame.frame_id), over) for frame in frames]
    kept.pop(key, None)
    while len(kept) >= _KEPT_ZOOMS:
        kept.pop(next(iter(kept)))
    kept[key] = (state, plans)
    return plans


def _plan_frame(
    frame: FrameItem, scale: float, label: tuple[QRectF, int, bool] | None, over: list[QRectF]
) -> _FramePlan:
    zones = [z for z in frame.childItems() if isinstance(z, ZoneItem)]
    fills: list[tuple[QColor, list[QRectF]]] = []
    entries: list[tuple[ZoneItem, QRectF, FarGlyphs | None]] = []
    for zone in zones:
        rect = zone.scene_rect()
        colour = colour_for(zone.zone.colour)
        if fills and fills[-1][0] == colour:
            fills[-1][1].append(rect)
        else:
            fills.append((colour, [rect]))
        entries.append((zone, rect, _zone_glyphs(zone, scale, over)))
    bar = frame.mapRectToScene(frame.title_rect())
    plan = _FramePlan(
        frame.scene_rect(),
        fills,
        entries,
        [glyphs for _, _, glyphs in entries if glyphs is not None],
        bar if bar.height() > 0 else None,
    )
    if plan.bar is None or label is None:
        return plan
    rect, px, in_bar = label
    if in_bar:
        plan.title = far_title_glyphs(
            frame.frame.title,
            bar.adjusted(bar.height() * 0.3, 0, 0, 0),
            scale,
            TITLE_TEXT,
            FAR_LABEL_PX,
            middle=True,
        )
        return plan
    pad = px * 0.35
    text = single_line(frame.frame.title, px, True, rect.width() - 2 * pad)
    if text:
        plan.label = (rect, frame_font(px, True), rect.adjusted(pad, 0, 0, 0), text)
    return plan


def title_labels(layer: FrameLayer, scale: float) -> dict[int, tuple[QRectF, int, bool]]:
    """Where the far view writes each frame's title (scene rect, scene px, inside the
    bar?). A bar too thin to write in gets its title as a label just above the frame, or,
    where another frame is in the way, over the frame's top (headers under it are then
    left out), so a title and a header never overlap."""
    labels: dict[int, tuple[QRectF, int, bool]] = {}
    least = smallest_screen_px()
    frames = layer.frame_items()
    rects = [(frame, frame.scene_rect()) for frame in frames]
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
        edge, low, high = bar.right() - 1.0, label.bottom() + bar.height(), label.top()
        right = min(
            (
                rect.left() - pad
                for o, rect in rects
                if rect.left() >= edge
                and rect.top() < low
                and rect.bottom() > high
                and o is not frame
            ),
            default=label.right(),
        )
        label.setRight(max(min(label.right(), right), bar.left() + min(width, bar.width())))
        if any(rect.intersects(label) and o is not frame for o, rect in rects):
            label.moveTop(bar.top())
            label.setWidth(min(width, bar.width()))
        labels[frame.frame_id] = (label, px, False)
    return labels


def far_text_rects(layer: FrameLayer, scale: float) -> list[tuple[str, QRectF, float]]:
    """What the far view writes at ``scale`` under the current look: (kind, scene rect of
    the painted text, on-screen px) for frame titles and headers. The same decisions as
    :func:`paint_far`, for the overlap test and the legibility report."""
    found: list[tuple[str, QRectF, float]] = []
    labels = title_labels(layer, scale)
    over = [rect for rect, _, in_bar in labels.values() if not in_bar]
    for frame_id, (rect, px, in_bar) in labels.items():
        frame = layer.frame_item(frame_id)
        assert frame is not None
        if in_bar:
            bar = rect.adjusted(rect.height() * 0.3, 0, 0, 0)
            size = far_px(frame.frame.title, bar, scale, FAR_LABEL_PX)
            if size is not None:
                found.append(("title", bar, size * scale))
        else:
            found.append(("title", rect, px * scale))
    for zone in layer.zone_items():
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
            lines = far_lines(zone.zone.title, size, width, height, zone.kind == "column", True)
            if not lines.complete:
                continue
        top = rect.top() + ((rect.height() - lines.height) / 2.0 if zone.kind == "column" else 0.0)
        found.append(
            (zone.kind, QRectF(rect.left(), top, rect.width(), lines.height), size * scale)
        )
    return found


def _zone_glyphs(zone: ZoneItem, scale: float, labels: list[QRectF]) -> FarGlyphs | None:
    if zone.kind == "cell" or not zone.zone.title.strip():
        return None
    if zone.zone.height * scale < TINY_HEADER_PX:
        return None  # a header a few pixels high on screen: no readable text fits in it
    rect = zone.mapRectToScene(zone.text_rect(True))
    if any(label.intersects(rect) for label in labels):
        return None
    colour = TITLE_TEXT if is_dark(colour_for(zone.zone.colour)) else QColor("#1B1B1B")
    frame = zone.parentItem()
    px = frame.far_size(zone.kind, scale) if isinstance(frame, FrameItem) else None
    return far_title_glyphs(
        zone.zone.title, rect, scale, colour, MIN_SCREEN_PX, zone.kind == "column", px=px
    )


def _paint_highlight(painter: QPainter, rect: QRectF) -> None:
    pen = QPen(HIGHLIGHT, 3.0)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(HIGHLIGHT_TINT)
    painter.drawRect(rect)


def _paint_title(painter: QPainter, plan: _FramePlan) -> None:
    if plan.bar is None:
        return
    painter.fillRect(plan.bar, TITLE_BAR)
    if plan.title is not None:
        paint_glyphs(painter, plan.title)
    if plan.label is None:
        return
    fill, font, rect, text = plan.label
    painter.setFont(font)
    painter.fillRect(fill, TITLE_BAR)
    painter.setPen(TITLE_TEXT)
    painter.drawText(rect, _LEFT_MIDDLE, text)
