"""The far view's backdrop kept as one image per view: background, frames and note blocks.

A far frame of a big board costs the raster engine ~1 µs a note and a few µs a frame, every
time it is drawn. What it shows changes far less often than it is drawn: a repaint with
nothing changed, a scroll within a quarter of the window, a step of a zoom in motion. So the
view draws its far view once into an image a little bigger than the window (a quarter more on
each side) and copies it while the notes, frames, highlights and zoom stay the same; while the
zoom moves it shows that image scaled, and draws anew once the zoom rests. Selection
outlines and photos are drawn over it every time. When what changed is known to lie in a few
places (a phone's note landing, a dot placed: see :mod:`canvas.far_damage`), only those
places of the image are drawn again, clipped to whole pixels: the same pixels as the image
drawn whole.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QTransform

MARGIN = 0.25
"""Drawn beyond the window on each side, as a share of its width and height."""

REACH = 4.0
"""A zoom in motion shows the kept image scaled by up to this factor (either way)."""

Draw = Callable[[QPainter, QRectF, QRectF, float, bool], bool]
"""Draws the far view: (painter, device rect, scene rect, scale, moving) -> exact."""
DrawPart = Callable[[QPainter, QRectF, QRectF, float, QRectF], None]
"""Draws part of the far view: (painter, device rect to fill, the image's scene rect, scale,
the part's scene rect); the painter is clipped to the part."""
Changed = Callable[[object, object], "list[QRectF] | None"]
"""The scene areas where the picture of one state differs from another's (None: not known,
or not only there)."""
MOST_PARTS = 32
"""Parts drawn again at most; more are drawn as a whole image."""


class FarBackdrop:
    """One view's kept far-view image, the scene area it shows and what it was drawn from."""

    def __init__(self) -> None:
        self._image: QImage | None = None
        self._state: object = None
        self._area = QRectF()
        self._scale = 0.0
        self._exact = False
        self._drawn_with = QTransform()
        """The transform the image was drawn with (scene to image pixels)."""
        self._shown = False
        """A frame was drawn (the first one goes straight to the window: see :meth:`paint`)."""

    def forget(self) -> None:
        self._image = None

    def paint(
        self,
        painter: QPainter,
        visible: QRectF,
        scale: float,
        moving: bool,
        state: object,
        draw: Draw,
        changed: Changed | None = None,
        draw_part: DrawPart | None = None,
    ) -> bool:
        """Show ``visible`` (painter in scene coordinates at ``scale``) from the kept image,
        or draw it anew with ``draw`` when ``state`` changed, the image does not cover it or
        is not of this zoom (a zoom in motion takes the kept one scaled). When ``changed``
        tells where the kept state's picture differs from ``state``'s, only those parts are
        drawn again, with ``draw_part``. True when what was shown is exact at this zoom."""
        transform = painter.transform()
        if not self._shown:
            self._shown = True
            return self._draw_straight(painter, visible, scale, moving, draw)
        if (
            state != self._state
            and not moving
            and changed is not None
            and draw_part is not None
            and self._image is not None
            and self._exact
            and self._scale == scale
            and self._area.contains(visible)
        ):
            self._patch(changed(self._state, state), state, draw_part)
        kept = self._image is not None and state == self._state and self._area.contains(visible)
        if kept and self._scale == scale and (self._exact or moving):
            self._blit(painter, transform)
            return self._exact
        if kept and moving and 1.0 / REACH <= scale / self._scale <= REACH:
            assert self._image is not None
            # Smoothed only when enlarged (blocky otherwise); it lasts a moment.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale > self._scale)
            painter.drawImage(self._area, self._image)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            return False
        self._draw(painter, transform, visible, scale, moving, state, draw)
        self._blit(painter, transform)
        return self._exact

    def _draw_straight(
        self, painter: QPainter, visible: QRectF, scale: float, moving: bool, draw: Draw
    ) -> bool:
        """A view's first frame (a board just opened) drawn onto the window itself, the same
        pixels as through the image: a new image of 2.25 windows costs the first touch of its
        memory, some 10 ms (several times that on a busy machine), which the first frame of a
        board waited for. The image is drawn with the next frame, which copies it from then on."""
        painter.save()
        exact = draw(painter, QRectF(painter.viewport()), visible, scale, moving)
        painter.restore()
        return exact

    def _draw(
        self,
        painter: QPainter,
        transform: QTransform,
        visible: QRectF,
        scale: float,
        moving: bool,
        state: object,
        draw: Draw,
    ) -> None:
        """Draw the image: ``visible`` and a margin, its corner on a whole device pixel."""
        ratio = painter.device().devicePixelRatioF()
        device = transform.mapRect(visible)
        left = math.floor(device.left() - device.width() * MARGIN)
        top = math.floor(device.top() - device.height() * MARGIN)
        width = math.ceil(device.width() * (1 + 2 * MARGIN)) + 1
        height = math.ceil(device.height() * (1 + 2 * MARGIN)) + 1
        inverse, _ = transform.inverted()
        area = inverse.mapRect(QRectF(left, top, width, height))
        # The old image is drawn over when it has the size (a zoom rested, an edit, a scroll
        # past the margin): a new one of 2.25 windows cost the first touch of its memory,
        # 15-20 ms of each such frame. Otherwise it goes first: two at once was the peak.
        old, self._image = self._image, None
        pixels = (math.ceil(width * ratio), math.ceil(height * ratio))
        if old is not None and (old.width(), old.height()) == pixels:
            image = old  # every pixel is drawn anew: the background fills it first
        else:
            old = None
            image = QImage(*pixels, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        inner = QPainter(image)
        self._drawn_with = transform * QTransform.fromTranslate(-left, -top)
        inner.setTransform(self._drawn_with)
        exact = draw(inner, QRectF(0.0, 0.0, width, height), area, scale, moving)
        inner.end()
        self._image, self._state, self._area = image, state, area
        self._scale, self._exact = scale, exact

    def _patch(self, parts: list[QRectF] | None, state: object, draw_part: DrawPart) -> None:
        """Draw ``parts`` (scene areas) of the kept image again, each clipped to the whole
        pixels it touches; the image then shows ``state``. Nothing when ``parts`` is None or
        too many (the image is drawn whole)."""
        image = self._image
        if parts is None or len(parts) > MOST_PARTS or image is None:
            return
        ratio = image.devicePixelRatio()
        bounds = QRectF(0.0, 0.0, image.width() / ratio, image.height() / ratio)
        inner = QPainter(image)
        for part in parts:
            pixels = QRectF(self._drawn_with.mapRect(part).toAlignedRect().adjusted(-1, -1, 1, 1))
            pixels = pixels.intersected(bounds)
            if pixels.isEmpty():
                continue
            inner.save()
            inner.setClipRect(pixels)
            inner.setTransform(self._drawn_with)
            scene_part, _ = self._drawn_with.inverted()
            draw_part(inner, pixels, self._area, self._scale, scene_part.mapRect(pixels))
            inner.restore()
        inner.end()
        self._state = state

    def _blit(self, painter: QPainter, transform: QTransform) -> None:
        assert self._image is not None
        corner = transform.map(self._area.topLeft())
        painter.save()
        painter.resetTransform()
        painter.drawImage(QPointF(round(corner.x()), round(corner.y())), self._image)
        painter.restore()
