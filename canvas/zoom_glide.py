"""A wheel or pinch zoom in motion, shown from the frame drawn last, scaled.

Drawing a frame of a workshop board costs 10–20 ms however few notes are in sight (zone
fills, text, cards re-rendered at each new zoom, the far view's plans for a zoom not seen
yet). A wheel zoom asks for a new frame every step. So while the zoom moves, the view keeps its
last frame as an image and shows it scaled to the new zoom (a copy, ~3 ms), and draws exactly
only what the image does not cover: the strips a zoom-out step reveals at the edges. When
the zoom rests, the view draws the whole frame anew, sharp (see :class:`canvas.view.BoardView`).

Scaled up, the picture blurs; once it is :data:`MAX_BLOW_UP` times bigger than when it was
drawn, the next step draws the whole frame exactly again.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QTransform

MAX_BLOW_UP = 2.0
"""How far a zoom-in may enlarge the kept picture before it is drawn anew."""

DrawStrips = Callable[[QPainter, list[QRect], bool], None]
"""Draws the view into these viewport rectangles (painter in viewport pixels): exactly when
the flag says the picture is drawn whole, else as a quick sketch."""


def strips_around(full: QRect, covered: QRect) -> list[QRect]:
    """``full`` less ``covered``: up to four rectangles (above, below, left, right)."""
    inner = covered.intersected(full)
    if inner.isEmpty():
        return [QRect(full)]
    found = [
        QRect(full.left(), full.top(), full.width(), inner.top() - full.top()),
        QRect(full.left(), inner.bottom() + 1, full.width(), full.bottom() - inner.bottom()),
        QRect(full.left(), inner.top(), inner.left() - full.left(), inner.height()),
        QRect(inner.right() + 1, inner.top(), full.right() - inner.right(), inner.height()),
    ]
    return [rect for rect in found if rect.width() > 0 and rect.height() > 0]


def inside(rect: QRectF) -> QRect:
    """The whole pixels wholly inside ``rect``."""
    left, top = math.ceil(rect.left() - 1e-6), math.ceil(rect.top() - 1e-6)
    right, bottom = math.floor(rect.right() + 1e-6), math.floor(rect.bottom() + 1e-6)
    return QRect(left, top, max(right - left, 0), max(bottom - top, 0))


class ZoomGlide:
    """One view's picture of its last frame while a zoom moves."""

    def __init__(self) -> None:
        self._image: QImage | None = None
        self._spare: QImage | None = None
        self._area = QRectF()
        """The scene area the picture shows."""
        self._scale = 0.0
        self._drawn_at = 0.0
        """The smallest zoom any part of the picture was drawn at (how blurred it may be)."""
        self._state: object = None
        self.steps = 0
        """Frames shown from the picture since it was last drawn whole (for tests)."""

    @property
    def active(self) -> bool:
        return self._image is not None

    def forget(self) -> None:
        self._image = self._spare = None

    def paint(
        self,
        painter: QPainter,
        transform: QTransform,
        size: QSize,
        scale: float,
        state: object,
        draw: DrawStrips,
    ) -> None:
        """Show the view (``size`` pixels, scene mapped by ``transform`` at ``scale``) through
        ``painter``: the kept picture scaled where it covers, ``draw`` for the rest, or
        ``draw`` for all of it when the picture is stale (``state`` changed), too blurred or
        elsewhere."""
        ratio = painter.device().devicePixelRatioF()
        full = QRect(0, 0, size.width(), size.height())
        inverse, _ = transform.inverted()
        area = inverse.mapRect(QRectF(full))
        kept = self._image
        usable = (
            kept is not None
            and state == self._state
            and scale / self._drawn_at <= MAX_BLOW_UP
            and self._area.intersects(area)
        )
        target = transform.mapRect(self._area)
        strips = strips_around(full, inside(target)) if usable else [full]
        if usable and not strips:
            # Zooming in: the kept picture covers the view; it is shown scaled as it is (no
            # new picture: one copy a step, and no blur upon blur).
            assert kept is not None
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, kept)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            self.steps += 1
            return
        pixels = QSize(math.ceil(size.width() * ratio), math.ceil(size.height() * ratio))
        image = self._spare
        if image is None or image.size() != pixels:
            # Two images taken in turns: a new 8 MB image a step costs its page faults.
            image = QImage(pixels, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        inner = QPainter(image)
        if usable:
            assert kept is not None
            # Shrunk, the plain copy is half the cost of a smoothed one; it lasts a moment.
            inner.drawImage(target, kept)
            drawn_at = min(self._drawn_at, scale)
            self.steps += 1
        else:
            drawn_at = scale
            self.steps = 0
        inner.save()
        draw(inner, strips, not usable)
        inner.restore()
        inner.end()
        self._spare = kept
        self._image, self._area, self._scale = image, area, scale
        self._drawn_at, self._state = drawn_at, state
        painter.drawImage(QPointF(0.0, 0.0), image)
