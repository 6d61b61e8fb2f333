"""Where a note sent into a cell goes: the cell's first free slot, read from the file.

One rule for the laptop's quick entry and for phones: :func:`models.placement.next_free_slot`
inside the cell (clear of its caption), on the notes that lie in the cell, found with one
query instead of a walk over every note or scene item. A full cell keeps its notes: further
notes are stacked on its slots, each a little right of and below the one it covers, so the
top of every note stays readable and the note still belongs to the cell it was sent to (rows
continuing below the cell would put it in the cell below, by the membership rule). The
facilitator makes room when the writing is done (Tidy Up Cell, or a larger frame).
"""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING, Any

from models.frame_types import FrameLayoutError, is_cell
from models.lazy_sql import sa, tables
from models.placement import Rect, Slots
from models.records import ZoneData
from models.templates.tidy import ZONE_CAPTION, ZONE_PADDING

if TYPE_CHECKING:
    from models.document import BoardDocument

STACK_STEP = 32.0
"""How far right and down a note stacked in a full cell lies from the one it covers: the top
line of the note under it stays in view."""
STACK_LAYERS = 3
"""Notes stacked on one slot before the next ones lie exactly on those (a cell that full
needs the facilitator anyway)."""


@cache
def _band() -> Any:
    return sa.select(
        tables.NoteRow.c.x, tables.NoteRow.c.y, tables.NoteRow.c.width, tables.NoteRow.c.height
    ).where(
        tables.NoteRow.c.x < sa.bindparam("right"),
        tables.NoteRow.c.x + tables.NoteRow.c.width > sa.bindparam("left"),
        tables.NoteRow.c.y + tables.NoteRow.c.height > sa.bindparam("top"),
    )


@cache
def _band_to() -> Any:
    """Built once: SQLAlchemy then reuses the compiled statement (a query built per call costs
    several times what SQLite takes to run it)."""
    return _band().where(tables.NoteRow.c.y < sa.bindparam("reach"))


def occupied_in(document: BoardDocument, area: Rect, reach: float = math.inf) -> list[Rect]:
    """Rectangles of the notes that overlap ``area`` and the rows spilling below it, down to
    ``reach`` (a y coordinate; everything below by default)."""
    x, y, width, _height = area
    values = {"left": x, "right": x + width, "top": y, "reach": reach}
    query = _band_to() if math.isfinite(reach) else _band()
    with document.read() as conn:
        return [
            (float(a), float(b), float(c), float(d)) for a, b, c, d in conn.execute(query, values)
        ]


def free_slot(
    document: BoardDocument, zone_id: int, size: tuple[float, float]
) -> tuple[float, float]:
    """Top-left corner of the first free slot of a cell, in reading order."""
    zone = document.frames.zone(zone_id)
    if zone is None or not is_cell(zone):
        raise FrameLayoutError("That part of the frame is no longer on the board.")
    return free_slot_in(document, zone, size)


def free_slot_in(
    document: BoardDocument, zone: ZoneData, size: tuple[float, float]
) -> tuple[float, float]:
    """:func:`free_slot` for a cell the caller has already read."""
    return CellSlots(document, zone, size).first_free()


def cell_area(zone: ZoneData) -> Rect:
    return (zone.x, zone.y, zone.width, zone.height)


def caption_room(zone: ZoneData) -> float:
    """How much of the cell's top its caption keeps free of notes."""
    return ZONE_CAPTION if zone.title else 0.0


class CellSlots:
    """The rule itself: reading order inside the cell, clear of its caption and padding; when
    every slot is taken, notes are stacked on the slots in the same order (the first layer
    a step right of and below the slots, the next two steps, …). Only the notes that reach
    into the cell are read, once; :meth:`take` places note after note, each one counted for
    the next, without reading again."""

    def __init__(self, document: BoardDocument, zone: ZoneData, size: tuple[float, float]):
        self._zone, self._size = zone, size
        area = cell_area(zone)
        taken = occupied_in(document, area, zone.y + zone.height)
        self._slots = Slots(area, taken, size, ZONE_PADDING, caption_room(zone))
        width, height = size
        step_x, step_y = width + ZONE_PADDING, height + ZONE_PADDING
        self._left = zone.x + ZONE_PADDING
        self._top = zone.y + caption_room(zone) + ZONE_PADDING
        self._right = zone.x + zone.width - width
        self._bottom = zone.y + zone.height - height
        self._columns = max(1, int((zone.width - ZONE_PADDING) // step_x))
        self._rows = max(1, int((self._bottom - self._top) // step_y) + 1)
        self._step = (step_x, step_y)
        self._inside = sum(1 for rect in taken if self._holds(rect))

    def _holds(self, rect: Rect) -> bool:
        """Whether a note lies in this cell (its centre inside, as membership has it)."""
        x, y, w, h = rect
        zone = self._zone
        cx, cy = x + w / 2, y + h / 2
        return zone.x <= cx < zone.x + zone.width and zone.y <= cy < zone.y + zone.height

    def first_free(self) -> tuple[float, float]:
        x, y = self._slots.first_free()
        if y <= self._bottom:
            return x, y
        return self._stacked(max(0, self._inside - self._columns * self._rows))

    def _stacked(self, index: int) -> tuple[float, float]:
        """The place of the ``index``-th note beyond the cell's slots."""
        slots = self._columns * self._rows
        slot, layer = index % slots, (index // slots) % STACK_LAYERS + 1
        row, column = divmod(slot, self._columns)
        x = self._left + column * self._step[0] + layer * STACK_STEP
        y = self._top + row * self._step[1] + layer * STACK_STEP
        return max(self._zone.x, min(x, self._right)), max(self._zone.y, min(y, self._bottom))

    def take(self) -> tuple[float, float]:
        x, y = self.first_free()
        self.add((x, y, *self._size))
        return x, y

    def add(self, rect: Rect) -> None:
        """Something else now lies here (placed in the same transaction)."""
        self._slots.add(rect)
        if self._holds(rect):
            self._inside += 1
