"""Where the next quickly-typed note goes: the first free slot in a zone, reading order.

Quick entry adds note after note without the mouse, so each must land beside the last and
never on top of another. Slots are scanned row by row inside the area; when the area is full,
new rows continue below it (the note then lies outside the zone's rectangle, visibly spilling
over rather than hiding under another note).
"""

from __future__ import annotations

from collections.abc import Iterable

Rect = tuple[float, float, float, float]


def overlaps(a: Rect, b: Rect) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def next_free_slot(
    area: Rect,
    occupied: Iterable[Rect],
    size: tuple[float, float],
    gap: float = 16.0,
    top_margin: float = 0.0,
) -> tuple[float, float]:
    """Top-left corner of the first slot in ``area`` (x, y, w, h) that overlaps nothing."""
    x0, y0, width, _height = area
    w, h = size
    taken = list(occupied)
    step_x, step_y = w + gap, h + gap
    columns = max(1, int((width - gap) // step_x))
    row = 0
    while True:
        y = y0 + top_margin + gap + row * step_y
        for column in range(columns):
            x = x0 + gap + column * step_x
            candidate = (x, y, w, h)
            if not any(overlaps(candidate, other) for other in taken):
                return x, y
        row += 1
        if row > 10_000:  # a board never holds this many rows; stop rather than spin
            return x0 + gap, y0 + top_margin + gap + row * step_y
