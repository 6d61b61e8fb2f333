"""The whole board drawn once, small: what a zoom moving outwards shows at its edges.

A far zoom-out step reveals strips all round the picture it scales (see
:mod:`canvas.zoom_glide`). Drawing them from the board costs a far frame's work on a big
board (every frame's image, every note block near them): 20–40 ms at 20,000 notes, every
step. The board as a whole changes far less often than a zoom steps, so it is sketched once
(frames, zones, note blocks, no text) into an image at most :data:`MAX_SIDE` pixels across (6 MB)
and the strips are cut from that, scaled — soft and without text for the moment until the
zoom rests and the view is drawn exactly. It is drawn while the board is idle, or a few pieces
(a frame, a colour of notes) a step while a zoom heads out, never in one 20–40 ms step.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QTransform

MAX_SIDE = 1600
"""Pixels across the longer side of the board's picture."""
MAX_BLOW_UP = 6.0
"""A view zoomed in further than this beyond the picture's own zoom draws its strips itself."""

Steps = Callable[[QRectF], list[Callable[[QPainter], None]]]
"""The pieces that sketch the board's ``area``, drawn in turn (painter in scene coordinates)."""


def _own_scale(content: QRectF) -> float:
    """The picture's pixels per scene unit: its longer side, margins (5 % each way)
    included, is :data:`MAX_SIDE` pixels."""
    return MAX_SIDE / (max(content.width(), content.height(), 1.0) * 1.1)


class FarOverview:
    """One view's picture of the whole board, drawn anew when the board changes: at once
    (:meth:`prepare`) or a few pieces at a time (:meth:`build`) during a zoom's steps."""

    def __init__(self) -> None:
        self._image: QImage | None = None
        self._area = QRectF()
        self._state: object = None
        self.content = QRectF()
        """The board's extent when its picture was drawn."""
        self._next: _Building | None = None
        """The picture being drawn piece by piece."""

    def forget(self) -> None:
        self._image = None
        self._next = None

    def drawn(self) -> bool:
        """Whether a picture of the board has been drawn (up to date or not)."""
        return self._image is not None

    def fresh(self, state: object) -> bool:
        """Whether the picture is drawn and up to date with ``state``."""
        return self._image is not None and state == self._state

    def prepare(self, content: QRectF, state: object, steps: Steps) -> None:
        """Draw the board's picture with ``steps`` unless it is up to date with ``state``."""
        self.build(content, state, steps, math.inf)

    def build(self, content: QRectF, state: object, steps: Steps, seconds: float) -> bool:
        """Go on drawing the board's picture for about ``seconds`` (at least one piece);
        True once it is drawn and up to date with ``state``."""
        if self.fresh(state) and self.content.contains(content):
            return True
        building = self._next
        if building is None or building.state != state or not building.content.contains(content):
            building = self._next = _Building(content, state, steps)
        if not building.go_on(time.perf_counter() + seconds):
            return False
        self._image, self._area, self._state = building.image, building.area, state
        self.content = QRectF(content)
        self._next = None
        return True

    def paint(self, painter: QPainter, scale: float) -> bool:
        """Draw the board's picture through ``painter`` (scene coordinates, clipped to the
        strips); False (nothing drawn) when there is none or the view at ``scale`` is too
        close for it."""
        own = _own_scale(self.content)
        if self._image is None or scale > own * MAX_BLOW_UP:
            return False
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(self._area, self._image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        return True


class _Building:
    """A picture of the board being drawn, a piece at a time."""

    def __init__(self, content: QRectF, state: object, steps: Steps) -> None:
        self.content = QRectF(content)
        self.state = state
        side = max(content.width(), content.height(), 1.0)
        own = _own_scale(content)
        self.area = content.adjusted(-side * 0.05, -side * 0.05, side * 0.05, side * 0.05)
        width = max(math.ceil(self.area.width() * own), 1)
        height = max(math.ceil(self.area.height() * own), 1)
        self.image = QImage(width, height, QImage.Format.Format_RGB32)
        self._mapping = QTransform.fromTranslate(
            -self.area.left(), -self.area.top()
        ) * QTransform.fromScale(own, own)
        self._pieces = steps(self.area)
        self._done = 0

    def go_on(self, until: float) -> bool:
        """Draw pieces until the clock passes ``until`` (at least one); True when done."""
        if self._done >= len(self._pieces):
            return True
        painter = QPainter(self.image)
        painter.setTransform(self._mapping)
        while self._done < len(self._pieces):
            self._pieces[self._done](painter)
            self._done += 1
            if time.perf_counter() >= until:
                break
        painter.end()
        return self._done >= len(self._pieces)
