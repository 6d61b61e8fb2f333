"""Where "Tidy up" puts the notes of one zone: a grid in reading order, inside the zone.

Tidying must never change which zone a note belongs to, so every note's centre stays inside
the zone even when the notes do not fit side by side: then rows overlap like a fanned stack
of cards instead of spilling into the next cell.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from models.records import NoteData, ZoneData

ZONE_PADDING: Final = 16.0
"""Space between a zone's edge and its notes, and between neighbouring notes."""
ZONE_CAPTION: Final = 100.0
"""Room kept clear at the top of a zone that shows its own title (a free zone's theme)."""


def reading_order(notes: Sequence[NoteData]) -> list[NoteData]:
    """Top to bottom in rows, left to right within a row; a note belongs to a row when its
    centre is within half a note height of the row's first note."""
    remaining = sorted(notes, key=lambda n: (n.y + n.height / 2, n.x, n.id))
    ordered: list[NoteData] = []
    while remaining:
        first = remaining[0]
        line = first.y + first.height / 2
        row = [n for n in remaining if n.y + n.height / 2 - line <= first.height / 2]
        ordered.extend(sorted(row, key=lambda n: (n.x, n.id)))
        remaining = [n for n in remaining if n not in row]
    return ordered


def _steps(count: int, room: float, size: float, gap: float) -> float:
    """Distance between neighbours: note size plus gap, squeezed when ``count`` do not fit."""
    if count <= 1:
        return size + gap
    natural = size + gap
    if (count - 1) * natural + size <= room:
        return natural
    return max((room - size) / (count - 1), 0.0)


def tidy_positions(zone: ZoneData, notes: Sequence[NoteData]) -> dict[int, tuple[float, float]]:
    """New top-left corners for ``notes``, laid out in ``zone``."""
    if not notes:
        return {}
    caption = ZONE_CAPTION if zone.title else 0.0
    left = zone.x + ZONE_PADDING
    top = zone.y + ZONE_PADDING + caption
    room_w = max(zone.width - 2 * ZONE_PADDING, 1.0)
    room_h = max(zone.height - 2 * ZONE_PADDING - caption, 1.0)
    note_w = max(note.width for note in notes)
    note_h = max(note.height for note in notes)
    columns = max(1, min(len(notes), math.floor((room_w + ZONE_PADDING) / (note_w + ZONE_PADDING))))
    rows = math.ceil(len(notes) / columns)
    step_x = _steps(columns, room_w, note_w, ZONE_PADDING)
    step_y = _steps(rows, room_h, note_h, ZONE_PADDING)
    places: dict[int, tuple[float, float]] = {}
    for index, note in enumerate(reading_order(notes)):
        x = left + (index % columns) * step_x
        y = top + (index // columns) * step_y
        # Keep the centre inside the zone whatever the sizes: membership must not change.
        x = min(max(x, zone.x - note.width / 2 + 1), zone.x + zone.width - note.width / 2 - 1)
        y = min(max(y, zone.y - note.height / 2 + 1), zone.y + zone.height - note.height / 2 - 1)
        places[note.id] = (x, y)
    return places
