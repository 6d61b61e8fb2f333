"""Where the next quickly-typed note goes: the first free slot in a zone, reading order.

Quick entry adds note after note without the mouse, so each must land beside the last and
never on top of another. Slots are scanned row by row inside the area; when the area is full,
new rows continue below it (the note then lies outside the zone's rectangle, visibly spilling
over rather than hiding under another note).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

Rect = tuple[float, float, float, float]
MAX_ROWS = 10_000


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
    return Slots(area, occupied, size, gap, top_margin).first_free()


class Slots:
    """The slots of one area for notes of one size, and what lies on them.

    Each occupied rectangle is filed under the slot rows it reaches, so a slot is tested
    against the notes of its own row only; rows found full are not tried again while the
    same object places note after note (:meth:`take`). A full cell then costs its notes once,
    not once per slot tried: sixty phones filling cells would otherwise make every note
    slower than the last. Within the first row with room, the slots found taken are
    remembered too.
    """

    def __init__(
        self,
        area: Rect,
        occupied: Iterable[Rect],
        size: tuple[float, float],
        gap: float = 16.0,
        top_margin: float = 0.0,
    ) -> None:
        self._x0, y0, width, _height = area
        self._w, self._h = size
        self._gap = gap
        self._step_x, self._step_y = self._w + gap, self._h + gap
        self._columns = max(1, int((width - gap) // self._step_x))
        self._base = y0 + top_margin + gap
        self._rows: dict[int, list[Rect]] = {}
        self._full = 0
        """Rows before this one have no free slot (only :meth:`add` fills rows)."""
        self._taken_columns = 0
        """Slots of row :attr:`_full` before this column are taken: placing 500 notes in a
        row after row does not try every slot of the row again for each."""
        for other in occupied:
            self.add(other)

    def add(self, other: Rect) -> None:
        top, bottom = other[1], other[1] + other[3]
        if not (math.isfinite(top) and math.isfinite(bottom)):
            return  # overlaps nothing (a comparison with NaN is false)
        # Row r spans [base + r·step_y, base + r·step_y + h): every row the rectangle may
        # touch (one more on each side; overlaps() decides).
        first = max(0, math.floor((top - self._base - self._h) / self._step_y))
        last = min(MAX_ROWS + 1, math.floor((bottom - self._base) / self._step_y) + 1)
        for row in range(first, last + 1):
            self._rows.setdefault(row, []).append(other)

    def first_free(self) -> tuple[float, float]:
        for row in range(self._full, MAX_ROWS + 1):
            y = self._base + row * self._step_y
            taken = self._rows.get(row, ())
            for column in range(self._taken_columns, self._columns):
                x = self._x0 + self._gap + column * self._step_x
                candidate = (x, y, self._w, self._h)
                if not any(overlaps(candidate, other) for other in taken):
                    return x, y
                self._taken_columns = column + 1
            self._full = row + 1
            self._taken_columns = 0
        # A board never holds this many rows; stop rather than spin.
        return self._x0 + self._gap, self._base + (MAX_ROWS + 1) * self._step_y

    def take(self) -> tuple[float, float]:
        """The first free slot, now occupied."""
        x, y = self.first_free()
        self.add((x, y, self._w, self._h))
        return x, y
