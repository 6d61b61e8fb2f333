"""A note's row of vote dots, drawn once per look and size on screen and then copied.

Each dot is a coloured disc with a dark edge inside a white ring, drawn antialiased: two
ellipses per dot, the slowest thing a note's paint did while a vote ran (a board where phones
write and vote at once has a few hundred dotted notes in sight, most with the same few
dots). The same dots on a note of the same size at the same zoom are the same pixels, so the
row is drawn once into a pixmap in device pixels and copied after that, unscaled.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

MAX_ROWS = 256
"""Rows kept (dot colours × note sizes × zooms); past that the cache starts again. A row is
the strip of the dots only: at 100 % a few tens of kilobytes."""

Draw = Callable[[QPainter, QRectF, Sequence[QColor], float], None]
_rows: dict[tuple[object, ...], tuple[QPixmap, QRectF]] = {}


def paint_row(
    painter: QPainter,
    rect: QRectF,
    colours: Sequence[QColor],
    lod: float,
    area: QRectF,
    draw: Draw,
) -> None:
    """What ``draw(painter, rect, colours, lod)`` paints inside ``area`` (item units, the
    dots' strip with room for their rings), copied from a pixmap drawn the first time. The
    painter's transform scales by ``lod`` and does not rotate."""
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    key = (
        rect.width(),
        rect.height(),
        round(lod * 4096),
        ratio,
        tuple(colour.rgba() for colour in colours),
    )
    found = _rows.get(key)
    if found is None:
        pixels = lod * ratio
        # Whole device pixels from the item's origin: where that lies on a pixel, the copy's
        # pixels are exactly where drawing would have put them.
        left, top = math.floor(area.left() * pixels), math.floor(area.top() * pixels)
        width = max(1, math.ceil(area.right() * pixels) - left)
        height = max(1, math.ceil(area.bottom() * pixels) - top)
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        drawing = QPainter(pixmap)
        drawing.translate(-left, -top)
        drawing.scale(pixels, pixels)
        draw(drawing, rect, colours, lod)
        drawing.end()
        if len(_rows) >= MAX_ROWS:
            _rows.clear()
        target = QRectF(left / pixels, top / pixels, width / pixels, height / pixels)
        found = _rows[key] = (pixmap, target)
    pixmap, target = found
    painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
