"""The far view of frames: what a view that draws notes as blocks paints for frames, zones,
titles and feelings curves, and where it writes each title (for the overlap test and the
projector's legibility report)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
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
    far_px,
    is_dark,
    paint_far_title,
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
    (painter in scene coordinates): a few fills per zone and one line of text per title."""
    border = QPen(FRAME_BORDER, 1.5)
    border.setCosmetic(True)
    labels = title_labels(layer, scale)
    over = [rect for rect, _, in_bar in labels.values() if not in_bar]
    lines = QPen(ZONE_BORDER, 1.0)
    lines.setCosmetic(True)
    for frame in layer.frame_items():
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
            _far_zone_text(painter, zone, scale, over)
        _far_title(painter, frame, scale, labels.get(frame.frame_id))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for mood in layer.mood_items():
        if not mood.sceneBoundingRect().intersects(visible):
            continue
        painter.save()
        painter.translate(mood.pos())
        paint_curves(painter, mood.points(), scale)
        painter.restore()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def title_labels(layer: FrameLayer, scale: float) -> dict[int, tuple[QRectF, int, bool]]:
    """Where the far view writes each frame's title (scene rect, scene px, inside the
    bar?). A bar too thin to write in gets its title as a label just above the frame, or,
    where another frame is in the way, over the frame's top (headers under it are then
    left out), so a title and a header never overlap."""
    labels: dict[int, tuple[QRectF, int, bool]] = {}
    least = smallest_screen_px()
    frames = layer.frame_items()
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
        right = min(
            (
                o.scene_rect().left() - pad
                for o in frames
                if o is not frame
                and o.scene_rect().left() >= bar.right() - 1.0
                and o.scene_rect().top() < label.bottom() + bar.height()
                and o.scene_rect().bottom() > label.top()
            ),
            default=label.right(),
        )
        label.setRight(max(min(label.right(), right), bar.left() + min(width, bar.width())))
        if any(other is not frame and other.scene_rect().intersects(label) for other in frames):
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


def _far_zone_text(painter: QPainter, zone: ZoneItem, scale: float, labels: list[QRectF]) -> None:
    if zone.highlighted:
        pen = QPen(HIGHLIGHT, 3.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(HIGHLIGHT_TINT)
        painter.drawRect(zone.scene_rect())
    if zone.kind == "cell" or not zone.zone.title.strip():
        return
    if zone.zone.height * scale < TINY_HEADER_PX:
        return  # a header a few pixels high on screen: no readable text fits in it
    rect = zone.mapRectToScene(zone.text_rect(True))
    if any(label.intersects(rect) for label in labels):
        return
    colour = TITLE_TEXT if is_dark(colour_for(zone.zone.colour)) else QColor("#1B1B1B")
    frame = zone.parentItem()
    px = frame.far_size(zone.kind, scale) if isinstance(frame, FrameItem) else None
    paint_far_title(
        painter, zone.zone.title, rect, scale, colour, MIN_SCREEN_PX, zone.kind == "column", px=px
    )


def _far_title(
    painter: QPainter, frame: FrameItem, scale: float, label: tuple[QRectF, int, bool] | None
) -> None:
    bar = frame.mapRectToScene(frame.title_rect())
    if bar.height() <= 0:
        return
    painter.fillRect(bar, TITLE_BAR)
    if label is None:
        return
    rect, px, in_bar = label
    if in_bar:
        paint_far_title(
            painter,
            frame.frame.title,
            bar.adjusted(bar.height() * 0.3, 0, 0, 0),
            scale,
            TITLE_TEXT,
            FAR_LABEL_PX,
            middle=True,
        )
        return
    pad = px * 0.35
    text = single_line(frame.frame.title, px, True, rect.width() - 2 * pad)
    if not text:
        return
    painter.setFont(frame_font(px, True))
    painter.fillRect(rect, TITLE_BAR)
    painter.setPen(TITLE_TEXT)
    painter.drawText(
        rect.adjusted(pad, 0, 0, 0),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        text,
    )
