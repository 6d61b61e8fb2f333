"""Where a duplicate goes: a step right of and below its original, unless that step would
take it out of the original's cell; then the cell's next free place.

Pressing Ctrl+D again and again on a note in a cell walked the copies diagonally out of the
cell and into the next group's, where the board then filed them. A copy of a note in a cell
stays in that cell (by the rule quick entry and phones place notes with,
:class:`models.cell_slots.CellSlots`); a loose note's copy just steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from models.cell_slots import CellSlots
from models.records import NoteData, ZoneData

if TYPE_CHECKING:
    from canvas.scene import BoardScene

DUPLICATE_OFFSET = 24.0


def duplicate_places(scene: BoardScene, notes: Sequence[NoteData]) -> list[tuple[float, float]]:
    """The top-left corner of each note's copy, in the order of ``notes``."""
    slots: dict[tuple[int, float, float], CellSlots] = {}
    cells: dict[int, ZoneData | None] = {}
    places: list[tuple[float, float]] = []
    for note in notes:
        x, y = note.x + DUPLICATE_OFFSET, note.y + DUPLICATE_OFFSET
        zone_id = note.zone_id
        if zone_id is None:
            places.append((x, y))
            continue
        if zone_id not in cells:
            item = scene.frames.zone_item(zone_id)
            cells[zone_id] = item.zone if item is not None and item.is_cell else None
        zone = cells[zone_id]
        if zone is not None:
            cx, cy = x + note.width / 2, y + note.height / 2
            inside = zone.x <= cx < zone.x + zone.width and zone.y <= cy < zone.y + zone.height
            if not inside:
                key = (zone.id, note.width, note.height)
                cell = slots.get(key)
                if cell is None:
                    cell = slots[key] = CellSlots(scene.document, zone, (note.width, note.height))
                x, y = cell.take()
        places.append((x, y))
    return places
