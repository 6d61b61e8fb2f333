"""The far view of frames: what a view that draws notes as blocks paints for frames, zones,
titles and feelings curves, and where it writes each title (for the overlap test and the
projector's legibility report)."""

from __future__ import annotations

import math
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTransform

from canvas.frame_images import MARGIN, forget, image_for
from canvas.frame_items import FrameItem, ZoneItem
from canvas.frame_labels import FrameGrid, Label, elided_title, overlapping, title_labels
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
from canvas.frame_text import far_lines
from canvas.mood_item import paint_curves
from canvas.note_item import colour_for

if TYPE_CHECKING:
    from canvas.frame_layer import FrameLayer

FAR_LABEL_PX = 18
"""Screen size of a frame's title in the far view, at most (its bar may be thinner)."""
TINY_HEADER_PX = 5.0
"""Headers lower than this on screen hold no readable text: skipped before any text work."""

_BORDER = QPen(FRAME_BORDER, 1.5)
_BORDER.setCosmetic(True)
_LINES = QPen(ZONE_BORDER, 1.0)
_LINES.setCosmetic(True)
_WHITE = QColor("#FFFFFF")


def paint_far(
    layer: FrameLayer,
    painter: QPainter,
    visible: QRectF,
    scale: float,
    moving: bool = False,
    reach: float = 0.0,
) -> bool:
    """Frames, zones and titles for a view that draws notes as blocks
    (painter in scene coordinates): each kind of frame worked out once per zoom
    (:func:`_plans`), drawn once into an image (:mod:`canvas.frame_images`) and copied to
    every frame of that kind, bottom to top, each with its title label and highlights.

    While the zoom is ``moving`` (see :func:`_plans`) a big board may be drawn from the
    nearest zoom's plans and images, scaled: then False (paint again when it rests)."""
    drawn, exact = _plans(layer, scale, moving, reach or MOVING_REACH)
    transform = painter.transform()
    m11, dx, dy = transform.m11(), transform.dx(), transform.dy()
    simple = transform.type() in _SIMPLE and m11 == transform.m22() and m11 > 0
    ratio = painter.device().devicePixelRatioF()
    lit = _lit_rects(layer)
    if not exact:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    for frame, area, plan, label in drawn:
        if not area.intersects(visible):
            continue
        if not exact and simple and plan.image is not None:
            # The nearest zoom's image, scaled to this zoom until the zoom rests.
            painter.drawImage(_grown(area, MARGIN / plan.image_scale), plan.image)
        else:
            image = image_for(plan, m11, ratio) if simple else None
            if image is None:
                painter.translate(area.left(), area.top())
                plan.paint(painter)
                painter.translate(-area.left(), -area.top())
            else:
                painter.resetTransform()
                x = round(area.left() * m11 + dx) - MARGIN
                painter.drawImage(QPointF(x, round(area.top() * m11 + dy) - MARGIN), image)
                painter.setTransform(transform)
        for rect in lit.get(frame.frame_id, ()):
            _paint_highlight(painter, rect)
        if label is not None:
            painter.fillRect(label[0], TITLE_BAR)
            paint_glyphs(painter, label[1])
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    return exact


def paint_moods(layer: FrameLayer, painter: QPainter, visible: QRectF, scale: float) -> None:
    """The feelings curves in sight (painter in scene coordinates), over the frames."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for mood in layer.mood_items():
        if not mood.sceneBoundingRect().intersects(visible):
            continue
        painter.save()
        painter.translate(mood.pos())
        paint_curves(painter, mood.points(), scale)
        painter.restore()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def _grown(rect: QRectF, by: float) -> QRectF:
    return rect.adjusted(-by, -by, by, by)


_SIMPLE = (
    QTransform.TransformationType.TxNone,
    QTransform.TransformationType.TxTranslate,
    QTransform.TransformationType.TxScale,
)


def _lit_rects(layer: FrameLayer) -> dict[int, list[QRectF]]:
    """The scene rects of highlighted zones (drop targets), by frame."""
    found: dict[int, list[QRectF]] = {}
    for zone_id in layer.highlighted():
        zone = layer.zone_item(zone_id)
        if zone is not None:
            found.setdefault(zone.zone.frame_id, []).append(zone.scene_rect())
    return found


@dataclass(eq=False)
class _FramePlan:
    """What the far view draws for one kind of frame at one zoom (frame coordinates)."""

    rect: QRectF
    fills: list[tuple[QColor, list[QRectF]]]
    """Zone fills in paint order, consecutive zones of one colour together."""
    zones: list[tuple[QRectF, FarGlyphs | None]]
    """Every zone's rect and its header's glyphs, in the frame's zone order (for a
    highlight between them)."""
    texts: list[FarGlyphs]
    bar: QRectF | None
    title: FarGlyphs | None = None
    image: QImage | None = None
    """All of it drawn at :attr:`image_scale` device pixels per unit (see
    :mod:`canvas.frame_images`)."""
    image_scale: float = 0.0

    def paint(self, painter: QPainter) -> None:
        """Background, zones, header texts and title bar (painter in frame coordinates)."""
        painter.setPen(_BORDER)
        painter.setBrush(_WHITE)
        painter.drawRect(self.rect)
        painter.setPen(_LINES)
        for colour, rects in self.fills:
            painter.setBrush(colour)
            painter.drawRects(rects)
        for glyphs in self.texts:
            paint_glyphs(painter, glyphs)
        if self.bar is not None:
            painter.fillRect(self.bar, TITLE_BAR)
            if self.title is not None:
                paint_glyphs(painter, self.title)


_LabelPaint = tuple[QRectF, FarGlyphs]
"""A title written over or above a frame (scene coordinates): its fill and its glyphs."""
_Drawn = tuple[FrameItem, QRectF, _FramePlan, _LabelPaint | None]

MOVING_FRAMES = 24
"""From this many frames on, a zoom step in motion draws the nearest zoom kept (scaled)."""
MOVING_REACH = 2.0
"""How far (as a factor) from a kept zoom a zoom in motion may be drawn from it."""
_KEPT_ZOOMS = 4
"""Zooms kept per layer: the laptop and the projector each paint at their own zoom."""
_KEPT_PLANS = 2048
"""Frame plans kept for all layers and zooms (a few per kind of frame and zoom)."""
_cache: weakref.WeakKeyDictionary[
    FrameLayer, dict[tuple[float, float], tuple[object, list[_Drawn]]]
] = weakref.WeakKeyDictionary()
_shared: OrderedDict[tuple[object, ...], _FramePlan] = OrderedDict()


_states: weakref.WeakKeyDictionary[
    FrameLayer, tuple[tuple[int, int], tuple[list[tuple[FrameItem, QRectF]], object]]
] = weakref.WeakKeyDictionary()
"""Each layer's frames with their places, kept while no frame was synced or moved: asked
for every frame of a big board at each far paint, they cost 5-8 ms at 750 frames (50,000
notes), most of a zoom glide's far tile."""


def _state(layer: FrameLayer) -> tuple[list[tuple[FrameItem, QRectF]], object]:
    stamp = (layer.revision, FrameItem.moves)
    kept = _states.get(layer)
    if kept is not None and kept[0] == stamp:
        return kept[1]
    rects = [(frame, frame.scene_rect()) for frame in layer.frame_items()]
    found = rects, (layer.revision, [(f.frame_id, r.x(), r.y(), f.zValue()) for f, r in rects])
    _states[layer] = (stamp, found)
    return found


def ready(layer: FrameLayer) -> bool:
    """Whether :func:`paint_far` with ``moving`` set and no limit to its ``reach`` draws
    from plans kept (or from few frames, cheap to plan), rather than working out plans for
    the first time. Cheap: it does not check that no frame moved since (then they are redone)."""
    if len(layer.frame_items()) < MOVING_FRAMES:
        return True
    least = smallest_screen_px()
    return any(key[1] == least for key in _cache.get(layer, {}))


def _plans(
    layer: FrameLayer, scale: float, moving: bool = False, reach: float = MOVING_REACH
) -> tuple[list[_Drawn], bool]:
    """Every frame, bottom to top, with its scene rect, its plan and its title label, kept
    while no frame or zone changed (the layer's revision) and no frame moved (a frame drag
    moves items first). A frame's plan depends on its kind alone (:meth:`FrameItem.far_key`)
    and on the labels written over it, so frames of one template are worked out once.

    While the zoom is ``moving`` on a board of many frames (or on any board when ``reach``
    is unlimited: a zoom glide's tiles), the plans of the nearest zoom kept (within a factor
    ``reach``) are returned as they are (False: not this zoom's), so a zoom step costs a
    copy."""
    rects, state = _state(layer)
    least = smallest_screen_px()
    key = (scale, least)
    kept = _cache.setdefault(layer, {})
    found = kept.get(key)
    if found is not None and found[0] == state:
        return found[1], True
    if moving and (len(rects) >= MOVING_FRAMES or math.isinf(reach)):
        near = [(abs(math.log(k[0] / scale)), k) for k, v in kept.items() if v[0] == state]
        if near and min(near)[0] <= math.log(reach):
            return kept[min(near)[1]][1], False
    grid = FrameGrid(rects)
    labels = title_labels(layer, scale, grid)
    overlaps = _overlaps(layer, grid, state)
    drawn: list[_Drawn] = []
    for frame, area in rects:
        label = labels.get(frame.frame_id)
        over = [
            labels[i][0].translated(-area.left(), -area.top())
            for i in [frame.frame_id, *overlaps.get(frame.frame_id, ())]
            if i in labels and not labels[i][2] and labels[i][0].intersects(area)
        ]
        plan_key = (
            frame.far_key(),
            scale,
            least,
            *[(r.x(), r.y(), r.width(), r.height()) for r in over],
        )
        plan = _shared.get(plan_key)
        if plan is None:
            plan = _shared[plan_key] = _plan_frame(frame, scale, label, over)
            while len(_shared) > _KEPT_PLANS:
                forget(_shared.popitem(last=False)[1])
        else:
            _shared.move_to_end(plan_key)
        drawn.append((frame, area, plan, _label_paint(frame, label)))
    kept.pop(key, None)
    while len(kept) >= _KEPT_ZOOMS:
        kept.pop(next(iter(kept)))
    kept[key] = (state, drawn)
    return drawn, True


_overlap_cache: weakref.WeakKeyDictionary[FrameLayer, tuple[object, dict[int, list[int]]]] = (
    weakref.WeakKeyDictionary()
)


def _overlaps(layer: FrameLayer, grid: FrameGrid, state: object) -> dict[int, list[int]]:
    """Which frames overlap which, worked out once per board state (not per zoom)."""
    found = _overlap_cache.get(layer)
    if found is None or found[0] != state:
        found = _overlap_cache[layer] = (state, overlapping(grid))
    return found[1]


def _label_paint(frame: FrameItem, label: Label | None) -> _LabelPaint | None:
    if label is None or label[2] or frame.title_rect().height() <= 0:
        return None
    rect, px, _ = label
    pad = px * 0.35
    text = elided_title(frame.frame.title, px, round(rect.width() - 2 * pad, 1))
    if not text:
        return None
    lines = far_lines(text, px, 1e6, 1e6, False)
    top = rect.top() + (rect.height() - lines.height) / 2.0
    return rect, (TITLE_TEXT, QPointF(rect.left() + pad, top), lines.runs)


def _plan_frame(
    frame: FrameItem, scale: float, label: Label | None, over: list[QRectF]
) -> _FramePlan:
    """The plan of ``frame`` in its own coordinates; ``over``: title labels written over it."""
    fills: list[tuple[QColor, list[QRectF]]] = []
    entries: list[tuple[QRectF, FarGlyphs | None]] = []
    for zone in frame.childItems():
        if not isinstance(zone, ZoneItem):
            continue
        rect = zone.mapRectToParent(zone.rect())
        colour = colour_for(zone.zone.colour)
        if fills and fills[-1][0] == colour:
            fills[-1][1].append(rect)
        else:
            fills.append((colour, [rect]))
        entries.append((rect, _zone_glyphs(zone, scale, over)))
    bar = frame.title_rect()
    plan = _FramePlan(
        frame.rect(),
        fills,
        entries,
        [glyphs for _, glyphs in entries if glyphs is not None],
        bar if bar.height() > 0 else None,
    )
    if plan.bar is not None and label is not None and label[2]:
        plan.title = far_title_glyphs(
            frame.frame.title,
            bar.adjusted(bar.height() * 0.3, 0, 0, 0),
            scale,
            TITLE_TEXT,
            FAR_LABEL_PX,
            middle=True,
        )
    return plan


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
            centre, language = zone.kind == "column", _language(zone)
            lines = far_lines(zone.zone.title, size, width, height, centre, True, language)
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
    rect = zone.mapRectToParent(zone.text_rect(True))  # the frame's coordinates, like labels
    if any(label.intersects(rect) for label in labels):
        return None
    colour = TITLE_TEXT if is_dark(colour_for(zone.zone.colour)) else QColor("#1B1B1B")
    frame = zone.parentItem()
    px = frame.far_size(zone.kind, scale) if isinstance(frame, FrameItem) else None
    centre, language = zone.kind == "column", _language(zone)
    return far_title_glyphs(
        zone.zone.title, rect, scale, colour, MIN_SCREEN_PX, centre, px=px, language=language
    )


def _language(zone: ZoneItem) -> str:
    return str(getattr(zone.scene(), "language", "") or "")  # a long word's syllables


def _paint_highlight(painter: QPainter, rect: QRectF) -> None:
    pen = QPen(HIGHLIGHT, 3.0)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(HIGHLIGHT_TINT)
    painter.drawRect(rect)
