"""The whole board drawn once, small: what a zoom moving outwards shows at its edges.

A far zoom-out step reveals strips all round the picture it scales (see
:mod:`canvas.zoom_glide`). Drawing them from the board costs a far frame's work on a big
board (every frame's image, every note block near them): 20–40 ms at 20,000 notes, every
step. The board as a whole changes far less often than a zoom steps, so it is sketched once
(frames, zones, note blocks, no text) into an image at most :data:`MAX_SIDE` pixels across (6 MB)
and the strips are cut from that, scaled — soft and without text for the moment until the
zoom rests and the view is drawn exactly.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QTransform

MAX_SIDE = 1600
"""Pixels across the longer side of the board's picture."""
MAX_BLOW_UP = 6.0
"""A view zoomed in further than this beyond the picture's own zoom draws its strips itself."""

Draw = Callable[[QPainter, QRectF, QRectF, float, bool], bool]
"""Draws the far view: (painter, device rect, scene rect, scale, moving) -> exact."""


def _own_scale(content: QRectF) -> float:
    """The picture's pixels per scene unit: its longer side, margins (5 % each way)
    included, is :data:`MAX_SIDE` pixels."""
    return MAX_SIDE / (max(content.width(), content.height(), 1.0) * 1.1)


class FarOverview:
    """One view's picture of the whole board, drawn anew when the board changes."""

    def __init__(self) -> None:
        self._image: QImage | None = None
        self._area = QRectF()
        self._state: object = None
        self.content = QRectF()
        """The board's extent when its picture was drawn."""

    def forget(self) -> None:
        self._image = None

    def fresh(self, state: object) -> bool:
        """Whether the picture is drawn and up to date with ``state``."""
        return self._image is not None and state == self._state

    def prepare(self, content: QRectF, state: object, draw: Draw) -> None:
        """Draw the board's picture with ``draw`` unless it is up to date with ``state``."""
        if self.fresh(state) and self.content.contains(content):
            return
        side = max(content.width(), content.height(), 1.0)
        own = _own_scale(content)
        area = content.adjusted(-side * 0.05, -side * 0.05, side * 0.05, side * 0.05)
        width = max(math.ceil(area.width() * own), 1)
        height = max(math.ceil(area.height() * own), 1)
        self._image = None  # let the old picture go before the new one is made
        image = QImage(width, height, QImage.Format.Format_RGB32)
        inner = QPainter(image)
        inner.setTransform(
            QTransform.fromTranslate(-area.left(), -area.top()) * QTransform.fromScale(own, own)
        )
        draw(inner, QRectF(0.0, 0.0, width, height), area, own, False)
        inner.end()
        self._image, self._area, self._state = image, area, state
        self.content = QRectF(content)

    def paint(
        self, painter: QPainter, content: QRectF, scale: float, state: object, draw: Draw
    ) -> bool:
        """Draw the board's picture through ``painter`` (scene coordinates, clipped to the
        strips), first drawing it with ``draw`` when ``state`` changed; False (nothing drawn)
        when the view at ``scale`` is too close for it."""
        own = _own_scale(content)
        if scale > own * MAX_BLOW_UP:
            return False
        self.prepare(content, state, draw)
        assert self._image is not None
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(self._area, self._image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        return True
