"""Where a note sent into a cell goes: the cell's first free slot, read from the file.

One rule for the laptop's quick entry and for phones: :func:`models.placement.next_free_slot`
inside the cell (clear of its caption), on the notes that overlap the cell's column band,
found with one query instead of a walk over every note or scene item.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select

from models.frame_types import FrameLayoutError, is_cell
from models.placement import Rect, Slots
from models.records import ZoneData
from models.schema import NoteRow
from models.templates.tidy import ZONE_CAPTION, ZONE_PADDING

if TYPE_CHECKING:
    from models.document import BoardDocument

SPILL = 1000.0
"""How far below a cell's own height its notes are read at first (scene units)."""
MAX_REACH = 100_000.0
"""Beyond this depth below the cell, everything below is read."""


_BAND = select(NoteRow.x, NoteRow.y, NoteRow.width, NoteRow.height).where(
    NoteRow.x < bindparam("right"),
    NoteRow.x + NoteRow.width > bindparam("left"),
    NoteRow.y + NoteRow.height > bindparam("top"),
)
_BAND_TO = _BAND.where(NoteRow.y < bindparam("reach"))
"""Built once: SQLAlchemy then reuses the compiled statement (a query built per call costs
several times what SQLite takes to run it)."""


def occupied_in(document: BoardDocument, area: Rect, reach: float = math.inf) -> list[Rect]:
    """Rectangles of the notes that overlap ``area`` and the rows spilling below it, down to
    ``reach`` (a y coordinate; everything below by default)."""
    x, y, width, _height = area
    values = {"left": x, "right": x + width, "top": y, "reach": reach}
    query = _BAND_TO if math.isfinite(reach) else _BAND
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
    the cell is full, rows continue below it. Only the notes from the cell's top to a little
    below it are read (a column band reaches every frame below the cell); a slot found beyond
    what was read reads four times as deep, and so on. :meth:`take` places note after note, each one
    counted for the next, without reading again."""

    def __init__(self, document: BoardDocument, zone: ZoneData, size: tuple[float, float]):
        self._document, self._zone, self._size = document, zone, size
        self._reach = zone.y + 2 * zone.height + SPILL
        self._slots = self._read(self._reach)

    def _read(self, reach: float) -> Slots:
        zone = self._zone
        taken = occupied_in(self._document, cell_area(zone), reach)
        return Slots(cell_area(zone), taken, self._size, ZONE_PADDING, caption_room(zone))

    def first_free(self) -> tuple[float, float]:
        x, y = self._slots.first_free()
        while y + self._size[1] > self._reach:
            depth = self._reach - self._zone.y
            self._reach = self._zone.y + 4 * depth if depth < MAX_REACH else math.inf
            self._slots = self._read(self._reach)
            x, y = self._slots.first_free()
        return x, y

    def take(self) -> tuple[float, float]:
        x, y = self.first_free()
        self.add((x, y, *self._size))
        return x, y

    def add(self, rect: Rect) -> None:
        """Something else now lies here (placed in the same transaction)."""
        self._slots.add(rect)
