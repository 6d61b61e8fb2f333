"""Note blocks filed by where they lie, so the far view draws and counts only what is near.

The far view keeps every note as a coloured rectangle (:class:`canvas.far_view.FarCache`).
Handing all of them to the painter costs ~0.3 µs a note even where few are in sight (Qt
converts the whole list each call): 6 ms on a 20,000-note board, every strip a zoom in motion
reveals. Filed in square cells by their top-left corner, the notes of an area are those of
the cells it touches, widened by the largest note.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QRectF

CELL = 1024.0
"""Side of a cell in scene units: about five default notes."""
MANY_CELLS = 48

Box = tuple[float, float, float, float]
Filed = tuple[Any, ...]
"""What a note is filed as: (colour key, box, …)."""


class BlockGrid:
    """Each note's box and colour key, filed by cell; per-cell batches kept until it changes."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], dict[int, Filed]] = {}
        """Per cell, each note's (colour key, box, …): the far cache's own entry, not a copy."""
        self._cell_of: dict[int, tuple[int, int]] = {}
        self._names: dict[tuple[int, int], tuple[int, int]] = {}
        """One tuple per cell, shared by every note filed there (not one per note)."""
        self._batches: dict[tuple[int, int], dict[int, list[QRectF]]] = {}
        self._reach = 0.0
        """The widest or tallest note filed (never shrinks: a superset is still right)."""

    def put(self, note_id: int, key: int, box: Box, filed: Filed | None = None) -> None:
        """File a note's box; ``filed`` (the caller's own tuple starting with ``key`` and
        ``box``) is kept instead of a new ``(key, box)``."""
        cell = (math.floor(box[0] / CELL), math.floor(box[1] / CELL))
        cell = self._names.setdefault(cell, cell)
        value = (key, box) if filed is None else filed
        was = self._cell_of.get(note_id)
        if was != cell:
            if was is not None:
                self.drop(note_id)
            self._cell_of[note_id] = cell
            notes = self._cells.get(cell)
            if notes is None:
                notes = self._cells[cell] = {}
            notes[note_id] = value
        else:  # moved within its cell (most steps of a drag)
            self._cells[cell][note_id] = value
        self._batches.pop(cell, None)
        width, height = box[2] - box[0], box[3] - box[1]
        if width > self._reach or height > self._reach:
            self._reach = max(width, height)

    def drop(self, note_id: int) -> None:
        cell = self._cell_of.pop(note_id, None)
        if cell is None:
            return
        notes = self._cells[cell]
        del notes[note_id]
        if not notes:
            del self._cells[cell]
            self._names.pop(cell, None)
        self._batches.pop(cell, None)

    def bounds(self) -> QRectF | None:
        """A rectangle holding every filed block (whole cells, widened by the largest note),
        None when none is filed: a few hundred cells looked at, not every note."""
        if not self._cells:
            return None
        xs = [cell[0] for cell in self._cells]
        ys = [cell[1] for cell in self._cells]
        left, top = min(xs) * CELL, min(ys) * CELL
        right, bottom = (max(xs) + 1) * CELL + self._reach, (max(ys) + 1) * CELL + self._reach
        return QRectF(left, top, right - left, bottom - top)

    def clear(self) -> None:
        self._cells.clear()
        self._cell_of.clear()
        self._names.clear()
        self._batches.clear()
        self._reach = 0.0

    def spans_most(self, rect: QRectF) -> bool:
        """Whether ``rect`` reaches over more than :data:`MANY_CELLS` cells or a quarter of
        the filled ones (then a few long batches of every note cost less than a call per
        cell and colour, ~20 µs each)."""
        x0 = math.floor((rect.left() - self._reach) / CELL)
        y0 = math.floor((rect.top() - self._reach) / CELL)
        x1, y1 = math.floor(rect.right() / CELL), math.floor(rect.bottom() / CELL)
        spanned = (x1 - x0 + 1) * (y1 - y0 + 1)
        return spanned > MANY_CELLS or spanned * 4 >= len(self._cells)

    def _near(self, rect: QRectF) -> Iterator[tuple[int, int]]:
        x0 = math.floor((rect.left() - self._reach) / CELL)
        y0 = math.floor((rect.top() - self._reach) / CELL)
        x1, y1 = math.floor(rect.right() / CELL), math.floor(rect.bottom() / CELL)
        if (x1 - x0 + 1) * (y1 - y0 + 1) > len(self._cells):
            yield from (c for c in self._cells if x0 <= c[0] <= x1 and y0 <= c[1] <= y1)
            return
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                if (x, y) in self._cells:
                    yield x, y

    def count_in(self, rect: QRectF, stop_at: int) -> int:
        """How many notes intersect ``rect``, counting no further than ``stop_at``."""
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        count = 0
        for cell in self._near(rect):
            for filed in self._cells[cell].values():
                x0, y0, x1, y1 = filed[1]
                if x0 < right and x1 > left and y0 < bottom and y1 > top:
                    count += 1
                    if count >= stop_at:
                        return count
        return count

    def ids_in(self, rect: QRectF) -> list[int]:
        """Ids of the notes that intersect ``rect``."""
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        return [
            note_id
            for cell in self._near(rect)
            for note_id, filed in self._cells[cell].items()
            if filed[1][0] < right
            and filed[1][2] > left
            and filed[1][1] < bottom
            and filed[1][3] > top
        ]

    def batches_in(self, rect: QRectF, order: list[int]) -> Iterator[tuple[int, list[QRectF]]]:
        """(colour key, rectangles) of the notes near ``rect``, colours in ``order``."""
        found = [self._cell_batches(cell) for cell in self._near(rect)]
        for key in order:
            for batches in found:
                rects = batches.get(key)
                if rects:
                    yield key, rects

    def merged_near(
        self, rects: list[QRectF], order: list[int]
    ) -> list[tuple[int, list[QRectF]]] | None:
        """(colour key, rectangles) of the notes near any of ``rects``, one list a colour,
        colours in ``order``: the cells' batches joined (a list extended per cell and colour),
        for a few long calls where ``rects`` reach over many cells. None when they reach
        every cell (every note is near)."""
        cells: dict[tuple[int, int], None] = {}
        for rect in rects:
            cells.update(dict.fromkeys(self._near(rect)))
        if len(cells) == len(self._cells):
            return None
        merged: dict[int, list[QRectF]] = {}
        for cell in cells:
            for key, found in self._cell_batches(cell).items():
                joined = merged.get(key)
                if joined is None:
                    merged[key] = list(found)
                else:
                    joined.extend(found)
        return [(key, merged[key]) for key in order if key in merged]

    def _cell_batches(self, cell: tuple[int, int]) -> dict[int, list[QRectF]]:
        batches = self._batches.get(cell)
        if batches is None:
            batches = self._batches[cell] = {}
            for filed in self._cells[cell].values():
                if len(filed) > 3:  # the far cache's own rectangle (see FarCache._entries)
                    batches.setdefault(filed[0], []).append(filed[3])
                    continue
                key, (x0, y0, x1, y1) = filed[0], filed[1]
                batches.setdefault(key, []).append(QRectF(x0, y0, x1 - x0, y1 - y0))
        return batches
