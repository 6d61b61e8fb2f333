"""A wheel or pinch zoom in motion, shown from the frame drawn last, scaled.

Drawing a frame of a workshop board costs 10–40 ms however few notes are in sight (zone
fills, text, cards re-rendered at each new zoom, the far view's plans for a zoom not seen
yet). A wheel zoom asks for a new frame every step. So while the zoom moves, the view keeps its
last frame as a picture and shows it scaled to the new zoom (one copy a step), and draws only
what the picture does not cover: the strips a zoom-out step reveals at the edges, as a sketch.
When the zoom rests, the view draws the whole frame anew, exactly (see
:class:`canvas.view_paint.PaintingView`).

The first step of a zoom starts from the frame already on screen (:meth:`ZoomGlide.seed`,
taken from the window's backing store), so it costs no more than the steps after it.

Zooming in, the picture coarsens: its pixels are copied larger, never smoothed. A smoothed
(bilinear) copy of a 1904 × 843 view cost 6 ms of CPU a step against 2.8 ms, and Qt hands it
to its GUI thread pool while the GUI thread waits, so on a busy 2-core machine a step also
waited for that thread's turn (zoom-in steps of 30–75 ms for 12 ms of CPU). And each step's
picture is made from the last one's: smoothed copies of copies blurred more at every step (a
zoom in from the whole board showed coloured fog at 50 %), where plain copies of copies stay
as sharp as the frame they came from, each pixel at most one out of place.

The picture is kept as :data:`TILES` × :data:`TILES` tiles, each knowing the zoom it was
drawn at; a tile blown up :data:`REDRAW_AT` times is drawn anew exactly, the ones most blown
up and nearest the middle first, a few a step within :data:`BUDGET_SECONDS`, so the view
sharpens as it goes and no step pays for a whole frame; when the wheel pauses between steps,
the view draws more of them (see :mod:`canvas.view_glide`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QWidget

TILES = 6
"""Tiles across and down the picture: a tile of a 1920 × 1080 view is about 320 × 180
pixels, a few milliseconds to draw exactly (at 4 × 4 one cost up to 20 ms with a frame's
headers on it)."""
REDRAW_AT = 1.5
"""A tile blown up this much (zoom now / zoom it was drawn at) is due to be drawn anew."""
BUDGET_SECONDS = 0.004
"""A step's drawing of a new picture with due tiles in it: a tile is drawn only when what the
step spent so far and what a tile and the copies cost the last time fit in it. Tiles drawn at
every step whatever the budget cost 2-6 ms a step at 5,000 notes and were blown up again at
the next step of a fast wheel; now a fast wheel's steps show the picture as it is (one copy)
and the tiles are drawn when the wheel pauses (see :mod:`canvas.view_glide`)."""
FIRST_GUESS_SECONDS = 0.002
"""What a tile, and the copies of a new picture, are taken to cost before one was timed."""

DrawStrips = Callable[[QPainter, list[QRect], bool], None]
"""Draws the view into these viewport rectangles (painter in viewport pixels): exactly when
the flag says so, else as a quick sketch."""


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


def tile_rects(size: QSize) -> list[QRect]:
    """The picture's tiles (viewport pixels), row by row."""
    xs = [round(i * size.width() / TILES) for i in range(TILES + 1)]
    ys = [round(i * size.height() / TILES) for i in range(TILES + 1)]
    return [
        QRect(xs[col], ys[row], xs[col + 1] - xs[col], ys[row + 1] - ys[row])
        for row in range(TILES)
        for col in range(TILES)
    ]


def carried(drawn_at: list[float], size: QSize, target: QRectF, scale: float) -> list[float]:
    """The zoom each tile of a new picture was drawn at, where the old picture (tiles
    ``drawn_at``, ``size`` pixels) lands on ``target``: the lowest of the old tiles under it,
    and ``scale`` for what the old picture does not cover (drawn now). Plain arithmetic on
    the tiles' edges: it runs at every step of a zoom."""
    found = []
    width, height = size.width(), size.height()
    sx = width / max(target.width(), 1e-9)
    sy = height / max(target.height(), 1e-9)
    tile_w, tile_h = width / TILES, height / TILES
    left0, top0 = target.left(), target.top()
    xs = [round(i * width / TILES) for i in range(TILES + 1)]
    ys = [round(i * height / TILES) for i in range(TILES + 1)]
    # Where each new tile's edges fall in the old picture, and the old tiles they span.
    cols = []
    for col in range(TILES):
        left, right = (xs[col] - left0) * sx, (xs[col + 1] - left0) * sx
        first, last = max(int(left // tile_w), 0), min(math.ceil(right / tile_w) - 1, TILES - 1)
        cols.append((left < 0 or right > width, range(first, last + 1)))
    rows = []
    for row in range(TILES):
        top, bottom = (ys[row] - top0) * sy, (ys[row + 1] - top0) * sy
        first, last = max(int(top // tile_h), 0), min(math.ceil(bottom / tile_h) - 1, TILES - 1)
        rows.append((top < 0 or bottom > height, range(first, last + 1)))
    for outside_y, old_rows in rows:
        for outside_x, old_cols in cols:
            lowest = scale if outside_x or outside_y else math.inf
            for old_row in old_rows:
                base = old_row * TILES
                for old_col in old_cols:
                    at = drawn_at[base + old_col]
                    if at < lowest:
                        lowest = at
            found.append(scale if math.isinf(lowest) else lowest)
    return found


class ZoomGlide:
    """One view's picture of its last frame while a zoom moves."""

    def __init__(self) -> None:
        self._image: QImage | None = None
        self._spare: QImage | None = None
        self._area = QRectF()
        """The scene area the picture shows."""
        self._drawn_at: list[float] = []
        """The zoom each tile of the picture was drawn at (how blurred it may be now)."""
        self._state: object = None
        self._pool: list[QImage] = []
        """Images of pictures gone, for the next ones."""
        self.steps = 0
        """Frames shown from the picture since it was last drawn whole (for tests)."""
        self.redrawn = 0
        """Tiles drawn anew exactly since the picture was last drawn whole (for tests)."""
        self.blurred = 0
        """Tiles due to be drawn anew at the last step, less those it drew."""
        self._tile_cost = FIRST_GUESS_SECONDS
        """What drawing a tile exactly cost lately (seconds, a running mean)."""
        self._copy_cost = FIRST_GUESS_SECONDS
        """What the two copies of a new picture cost lately: the kept one scaled into it,
        and it onto the screen."""

    @property
    def active(self) -> bool:
        return self._image is not None

    def forget(self) -> None:
        """The zoom rests: the picture is stale; its images are kept for the next zoom."""
        for image in (self._image, self._spare):
            if image is not None and image.format() == QImage.Format.Format_RGB32:
                self._pool.append(image)
        del self._pool[:-2]
        self._image = self._spare = None

    def warm(self, pixels: QSize) -> None:
        """Have two images of ``pixels`` ready, their memory touched: a first zoom step
        that allocates its two 8 MB images pays a few milliseconds of page faults."""
        kept = [image for image in self._pool if image.size() == pixels]
        while len(kept) < 2:
            image = QImage(pixels, QImage.Format.Format_RGB32)
            image.fill(0)
            kept.append(image)
        self._pool = kept

    def release(self) -> None:
        """Give the images back (the view has not zoomed for a while)."""
        self.forget()
        self._pool.clear()

    def seed(
        self,
        source: QImage,
        rect: QRect,
        transform: QTransform,
        size: QSize,
        scale: float,
        state: object,
    ) -> None:
        """Start from what the screen shows now: ``rect`` of ``source`` (device pixels), the
        view's ``size`` pixels with the scene mapped by ``transform`` at ``scale``, drawn
        exactly with ``state``. A copy of about a millisecond into a kept image."""
        inverse, _ = transform.inverted()
        image = self._take(QSize(rect.width(), rect.height()), source.devicePixelRatio())
        copier = QPainter(image)
        copier.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        copier.drawImage(QRectF(0.0, 0.0, size.width(), size.height()), source, QRectF(rect))
        copier.end()
        self.forget()
        self._image = image
        self._area = inverse.mapRect(QRectF(0.0, 0.0, size.width(), size.height()))
        self._drawn_at = [scale] * (TILES * TILES)
        self._state = state
        self.steps = self.redrawn = 0

    def paint(
        self,
        painter: QPainter,
        transform: QTransform,
        size: QSize,
        scale: float,
        state: object,
        draw: DrawStrips,
        budget: float = BUDGET_SECONDS,
        one_at_least: bool = False,
    ) -> None:
        """Show the view (``size`` pixels, scene mapped by ``transform`` at ``scale``) through
        ``painter``: the kept picture scaled where it covers, ``draw`` for the rest and for
        the tiles blurred too much that fit in ``budget`` (``one_at_least`` whatever it is:
        a frame drawn for them in a pause), or ``draw`` for all of it when the picture is
        stale (``state`` changed) or elsewhere."""
        started = time.perf_counter()
        full = QRect(0, 0, size.width(), size.height())
        inverse, _ = transform.inverted()
        area = inverse.mapRect(QRectF(full))
        kept = self._image
        if kept is None or state != self._state or not self._area.intersects(area):
            image = self._blank(painter, size)
            inner = QPainter(image)
            draw(inner, [full], True)
            inner.end()
            self._keep(image, area, [scale] * (TILES * TILES), state)
            self.steps = self.redrawn = self.blurred = 0
            painter.drawImage(QPointF(0.0, 0.0), image)
            return
        self.steps += 1
        target = transform.mapRect(self._area)
        strips = strips_around(full, inside(target))
        drawn_at = carried(self._drawn_at, size, target, scale)
        due = [i for i, at in enumerate(drawn_at) if scale / at >= REDRAW_AT]
        self.blurred = len(due)
        spent = time.perf_counter() - started
        over = spent + self._copy_cost + self._tile_cost > budget and not one_at_least
        if not strips and (not due or over):
            # Zooming in: the kept picture covers the view; it is shown scaled as it is (no
            # new picture: one copy a step).
            painter.drawImage(target, kept)
            return
        copying = time.perf_counter()
        image = self._blank(painter, size)
        inner = QPainter(image)
        inner.drawImage(target, kept)  # unsmoothed: see the module's notes
        copied = time.perf_counter() - copying
        if strips:
            inner.save()
            draw(inner, strips, False)
            inner.restore()
        tiles = tile_rects(size)
        middle = QPointF(full.center())
        due.sort(
            key=lambda i: (
                -round(scale / drawn_at[i], 1),
                (QPointF(tiles[i].center()) - middle).manhattanLength(),
            )
        )
        for count, index in enumerate(due):
            now = time.perf_counter()
            if now - started + self._tile_cost + self._copy_cost / 2 > budget and (
                count or not one_at_least
            ):
                break
            inner.save()
            draw(inner, [tiles[index]], True)
            inner.restore()
            self._tile_cost = (self._tile_cost + time.perf_counter() - now) / 2
            drawn_at[index] = scale
            self.redrawn += 1
            self.blurred -= 1
        inner.end()
        self._keep(image, area, drawn_at, state)
        copying = time.perf_counter()
        painter.drawImage(QPointF(0.0, 0.0), image)
        self._copy_cost = (self._copy_cost + copied + time.perf_counter() - copying) / 2

    def _blank(self, painter: QPainter, size: QSize) -> QImage:
        """An image for the next picture, the size of the view on ``painter``'s device."""
        ratio = painter.device().devicePixelRatioF()
        pixels = QSize(math.ceil(size.width() * ratio), math.ceil(size.height() * ratio))
        spare, self._spare = self._spare, None
        if spare is not None:
            self._pool.append(spare)
        return self._take(pixels, ratio)

    def _take(self, pixels: QSize, ratio: float) -> QImage:
        """A kept image of ``pixels`` if there is one, else a new one. Two images taken in
        turns: a new 8 MB image a step would cost its page faults."""
        while self._pool:
            image = self._pool.pop()
            if image.size() == pixels:
                break
        else:
            image = QImage(pixels, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        return image

    def _keep(self, image: QImage, area: QRectF, drawn_at: list[float], state: object) -> None:
        self._spare = self._image
        self._image, self._area, self._drawn_at, self._state = image, area, drawn_at, state


def screen_source(widget: QWidget) -> tuple[QImage, QRect] | None:
    """Where ``widget``'s pixels are now: its window's backing store and the rectangle (device
    pixels) it covers there; None where the backing store is not an image."""
    store = widget.backingStore()
    device = store.paintDevice() if store is not None else None
    if not isinstance(device, QImage) or device.isNull():
        return None
    ratio = device.devicePixelRatio()
    origin = widget.mapTo(widget.window(), QPoint(0, 0))
    rect = QRect(
        round(origin.x() * ratio),
        round(origin.y() * ratio),
        math.ceil(widget.width() * ratio),
        math.ceil(widget.height() * ratio),
    )
    return (device, rect) if device.rect().contains(rect) else None
