"""A frame's far view drawn once per zoom into an image and then only copied.

The far view of a frame (background, zone fills and lines, header texts, title bar) is the
same for every frame of one kind at one zoom (see :mod:`canvas.frame_far`); drawing its
rectangles with their outlines costs the raster engine ~3 µs a zone, 6 ms for the zones of a
5,000-note workshop. Drawn once into an image per kind of frame and zoom, each frame is one
image copy. Images are kept within a memory budget (least recently drawn go first); a frame
too big on screen for one is drawn as shapes.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

MARGIN = 2
"""Pixels around the frame in its image, for the half of its border drawn outside it."""
MAX_PIXELS = 4 * 1920 * 1080
"""A frame bigger than this on screen is drawn as shapes (an image would be too big)."""
BUDGET_BYTES = 48 * 1024 * 1024
"""All kept images together, for every view and zoom."""


class Drawable(Protocol):
    rect: QRectF
    image: QImage | None
    image_scale: float

    def paint(self, painter: QPainter) -> None: ...


_kept: OrderedDict[int, tuple[Drawable, int]] = OrderedDict()
_bytes = 0


def image_for(plan: Drawable, scale: float, ratio: float) -> QImage | None:
    """``plan`` drawn at ``scale`` (logical pixels per scene unit) on a device of pixel
    ratio ``ratio``, its frame's top left at (:data:`MARGIN`, :data:`MARGIN`); None when too
    big for an image."""
    global _bytes
    device = scale * ratio
    if plan.image is not None and plan.image_scale == device:
        _kept.move_to_end(id(plan))
        return plan.image
    width = math.ceil(plan.rect.width() * device) + 2 * MARGIN
    height = math.ceil(plan.rect.height() * device) + 2 * MARGIN
    if width * height > MAX_PIXELS * ratio * ratio:
        return None
    forget(plan)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.translate(MARGIN, MARGIN)
    painter.scale(device, device)
    plan.paint(painter)
    painter.end()
    image.setDevicePixelRatio(ratio)
    plan.image, plan.image_scale = image, device
    size = image.sizeInBytes()
    _kept[id(plan)] = (plan, size)
    _bytes += size
    while _bytes > BUDGET_BYTES and len(_kept) > 1:
        forget(next(iter(_kept.values()))[0])
    return image


def forget(plan: Drawable) -> None:
    """Let go of ``plan``'s image (its plan is dropped, or the budget is full)."""
    global _bytes
    entry = _kept.pop(id(plan), None)
    if entry is not None:
        _bytes -= entry[1]
    plan.image = None


def kept_bytes() -> int:
    return _bytes
