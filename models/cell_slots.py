"""Where a note sent into a cell goes: the cell's first free slot, read from the file.

One rule for the laptop's quick entry and for phones: :func:`models.placement.next_free_slot`
inside the cell (clear of its caption), on the notes that overlap the cell's column band,
found with one query instead of a walk over every note or scene item.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select

from models.frame_types import FrameLayoutError, is_cell
from models.placement import Rect, Slots
from models.records import ZoneData
from models.schema import NoteRow
from models.templates.tidy import ZONE_CAPTION, ZONE_PADDING

if TYPE_CHECKING:
    from models.document import BoardDocument


def occupied_in(document: BoardDocument, area: Rect) -> list[Rect]:
    """Rectangles of the notes that overlap ``area`` (and the rows spilling below it)."""
    x, y, width, _height = area
    query = select(NoteRow.x, NoteRow.y, NoteRow.width, NoteRow.height).where(
        NoteRow.x < x + width, NoteRow.x + NoteRow.width > x, NoteRow.y + NoteRow.height > y
    )
    with document.read() as conn:
        return [(float(a), float(b), float(c), float(d)) for a, b, c, d in conn.execute(query)]


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
    return slot_among(zone, occupied_in(document, cell_area(zone)), size)


def cell_area(zone: ZoneData) -> Rect:
    return (zone.x, zone.y, zone.width, zone.height)


def cell_slots(zone: ZoneData, occupied: Iterable[Rect], size: tuple[float, float]) -> Slots:
    """The rule itself: reading order inside the cell, clear of its caption and padding, of
    ``occupied`` (the rectangles :func:`occupied_in` finds)."""
    caption = ZONE_CAPTION if zone.title else 0.0
    return Slots(cell_area(zone), occupied, size, ZONE_PADDING, caption)


def slot_among(
    zone: ZoneData, occupied: Iterable[Rect], size: tuple[float, float]
) -> tuple[float, float]:
    return cell_slots(zone, occupied, size).first_free()
