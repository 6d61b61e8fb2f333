"""Where the far view writes each frame's title, and which frames lie near which: worked out
with a coarse grid over the frames' rectangles, so a board of hundreds of frames costs each
frame its neighbours, not every other frame (it is redone on every zoom step)."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from canvas.frame_style import smallest_screen_px
from canvas.frame_text import frame_font

if TYPE_CHECKING:
    from canvas.frame_items import FrameItem
    from canvas.frame_layer import FrameLayer

MIN_BAR_PX = 12.0
"""A title bar thinner than this on screen gets its title as a label over the frame."""
LABEL_PX = 12
"""Screen size of that label."""

Label = tuple[QRectF, int, bool]
"""A title's scene rect, its scene px (0 inside the bar) and whether it is in the bar."""


class FrameGrid:
    """The frames' scene rectangles in buckets of a coarse grid: which frames a rectangle may
    touch, without walking them all."""

    def __init__(self, rects: Sequence[tuple[FrameItem, QRectF]]) -> None:
        self.rects = list(rects)
        sides = sorted(max(r.width(), r.height()) for _, r in self.rects) or [1.0]
        self._cell = max(sides[len(sides) // 2], 1.0)
        self._buckets: dict[tuple[int, int], list[int]] = {}
        for index, (_, rect) in enumerate(self.rects):
            for key in self._keys(rect, False):
                self._buckets.setdefault(key, []).append(index)

    def _keys(self, rect: QRectF, query: bool = True) -> Iterator[tuple[int, int]]:
        cell = self._cell
        x0, x1 = math.floor(rect.left() / cell), math.floor(rect.right() / cell)
        y0, y1 = math.floor(rect.top() / cell), math.floor(rect.bottom() / cell)
        if query and (x1 - x0 + 1) * (y1 - y0 + 1) > len(self._buckets):  # the whole board
            yield from (k for k in self._buckets if x0 <= k[0] <= x1 and y0 <= k[1] <= y1)
            return
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                yield x, y

    def near(self, rect: QRectF) -> list[tuple[FrameItem, QRectF]]:
        """Frames whose buckets ``rect`` touches (a superset of those it intersects)."""
        found: set[int] = set()
        buckets = self._buckets
        for key in self._keys(rect):
            found.update(buckets.get(key, ()))
        return [self.rects[i] for i in sorted(found)]


@lru_cache(maxsize=4096)
def _title_width(title: str, px: int) -> float:
    return QFontMetricsF(frame_font(px, True)).horizontalAdvance(title)


@lru_cache(maxsize=4096)
def elided_title(text: str, px: int, width: float) -> str:
    """``text`` on one bold line, cut with "…" to ``width`` (cached: frames repeat titles)."""
    metrics = QFontMetricsF(frame_font(px, True))
    return metrics.elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, width)


def title_labels(
    layer: FrameLayer, scale: float, grid: FrameGrid | None = None
) -> dict[int, Label]:
    """Where the far view writes each frame's title (scene rect, scene px, inside the
    bar?). A bar too thin to write in gets its title as a label just above the frame, or,
    where another frame is in the way, over the frame's top (headers under it are then
    left out), so a title and a header never overlap."""
    labels: dict[int, Label] = {}
    least = smallest_screen_px()
    if grid is None:
        grid = FrameGrid([(frame, frame.scene_rect()) for frame in layer.frame_items()])
    px = max(math.ceil(max(LABEL_PX, least) / max(scale, 1e-6) - 1e-6), 1)
    pad = px * 0.35
    for frame, _ in grid.rects:
        bar = frame.mapRectToScene(frame.title_rect())
        title = frame.frame.title.strip()
        if bar.height() <= 0 or not title:
            continue
        if bar.height() * scale >= max(MIN_BAR_PX, least * 1.25):
            labels[frame.frame_id] = (bar, 0, True)
            continue
        width = _title_width(" ".join(title.split()), px) * 1.03 + 2 * pad
        label = QRectF(bar.left(), bar.top() - px * 1.5, width, px * 1.5)
        # As wide as the title, up to the next frame on its right (then cut with "…").
        edge, low, high = bar.right() - 1.0, label.bottom() + bar.height(), label.top()
        strip = QRectF(edge, high, max(label.right() + pad - edge, 0.0), low - high)
        right = min(
            (
                rect.left() - pad
                for o, rect in grid.near(strip)
                if rect.left() >= edge
                and rect.top() < low
                and rect.bottom() > high
                and o is not frame
            ),
            default=label.right(),
        )
        label.setRight(max(min(label.right(), right), bar.left() + min(width, bar.width())))
        if any(rect.intersects(label) and o is not frame for o, rect in grid.near(label)):
            label.moveTop(bar.top())
            label.setWidth(min(width, bar.width()))
        labels[frame.frame_id] = (label, px, False)
    return labels


def overlapping(grid: FrameGrid) -> dict[int, list[int]]:
    """For each frame, the other frames its rectangle intersects (usually none)."""
    found: dict[int, list[int]] = {}
    for frame, rect in grid.rects:
        others = [o.frame_id for o, r in grid.near(rect) if o is not frame and r.intersects(rect)]
        if others:
            found[frame.frame_id] = others
    return found
