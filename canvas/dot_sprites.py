"""A vote's dot, drawn once per colour and size on screen and then copied.

Each dot is a coloured disc with a dark edge inside a white ring, drawn antialiased: two
ellipses, the slowest thing a note's paint did while a vote ran (a board where phones write
and vote at once has a few hundred dotted notes in sight). The same dot at the same size on
screen is the same pixels, so its ring and its disc are each drawn once into a small pixmap
in device pixels and copied after that, unscaled: the copy is what drawing it would have
made. The rings of a row go first and the discs over them, as when they were drawn.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

MAX_SPRITES = 256
"""Rings and discs kept (colours × sizes on screen); past that the cache starts again."""

Key = tuple[int, int, int, int]
_sprites: dict[Key, tuple[QPixmap, float]] = {}


def _draw(pen: QPen, brush: QColor | None, radius: float, pixels: float) -> QPixmap:
    """An ellipse of ``radius`` drawn with ``pen`` and ``brush`` (item units) at ``pixels``
    device pixels per unit, centred in a transparent square."""
    device_pen = QPen(pen)
    device_pen.setWidthF(pen.widthF() * pixels)
    outer = (radius + pen.widthF() / 2.0) * pixels
    side = 2 * math.ceil(outer + 1.0)
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(device_pen)
    if brush is None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setBrush(brush)
    centre = QPointF(side / 2.0, side / 2.0)
    painter.drawEllipse(centre, radius * pixels, radius * pixels)
    painter.end()
    return pixmap


def paint_ellipse(
    painter: QPainter,
    centre: QPointF,
    radius: float,
    pen: QPen,
    brush: QColor | None,
    pixels: float,
) -> None:
    """``painter.drawEllipse(centre, radius, radius)`` with ``pen`` and ``brush``, antialiased,
    on a painter whose transform makes an item unit ``pixels`` device pixels without
    rotating: copied from a pixmap drawn the first time."""
    key = (
        brush.rgba() if brush is not None else -1,
        pen.color().rgba(),
        round(radius * pixels * 4),
        round(pen.widthF() * pixels * 4),
    )
    found = _sprites.get(key)
    if found is None:
        pixmap = _draw(pen, brush, radius, pixels)
        if len(_sprites) >= MAX_SPRITES:
            _sprites.clear()
        found = _sprites[key] = (pixmap, pixmap.width() / pixels)
    pixmap, side = found
    half = side / 2.0  # a square of the pixmap's size in device pixels: copied, not scaled
    painter.drawPixmap(
        QRectF(centre.x() - half, centre.y() - half, side, side), pixmap, QRectF(pixmap.rect())
    )
