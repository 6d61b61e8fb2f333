"""Where a note sent into a cell goes: the cell's first free slot, read from the file.

The laptop's quick entry looks at scene items; a phone's note is placed by the model, so the
same rule (:func:`models.placement.next_free_slot`) runs on the notes that overlap the cell,
found with one indexed query instead of a walk over every note on the board.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from models.frame_types import FrameLayoutError, is_cell
from models.placement import Rect, next_free_slot
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
    area = (zone.x, zone.y, zone.width, zone.height)
    caption = ZONE_CAPTION if zone.title else 0.0
    return next_free_slot(area, occupied_in(document, area), size, ZONE_PADDING, caption)
