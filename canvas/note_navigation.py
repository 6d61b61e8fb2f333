"""Tab and Shift+Tab between notes: frame by frame, zone by zone, in reading order.

Without the mouse the keyboard must reach every note; the order is the one a person reads a
wall in (each frame's zones row by row, the notes of a zone in rows; loose notes last).
"""

from __future__ import annotations

from canvas.scene import BoardScene
from models.records import NoteData


def reading_order(notes: list[NoteData]) -> list[NoteData]:
    """Rows top to bottom, left to right in a row; a note joins the row of the first note
    whose centre is within half a note height above its own (the rule tidy-up uses). Sorted
    by centre, each row is a run, so this stays O(n log n) on a big board."""
    remaining = sorted(notes, key=lambda n: (n.y + n.height / 2, n.x, n.id))
    ordered: list[NoteData] = []
    start = 0
    while start < len(remaining):
        first = remaining[start]
        line = first.y + first.height
        end = start + 1
        while end < len(remaining) and remaining[end].y + remaining[end].height / 2 <= line:
            end += 1
        ordered.extend(sorted(remaining[start:end], key=lambda n: (n.x, n.id)))
        start = end
    return ordered


def tab_order(scene: BoardScene) -> list[int]:
    doc = scene.document
    frames = {frame.id: index for index, frame in enumerate(doc.frames.all())}
    zones = {
        zone.id: (frames.get(zone.frame_id, len(frames)), zone.row, zone.col, zone.id)
        for zone in doc.frames.zones()
    }
    by_zone: dict[int | None, list[NoteData]] = {}
    for item in scene.note_items():
        zone_id = item.note.zone_id if item.note.zone_id in zones else None
        by_zone.setdefault(zone_id, []).append(item.note)
    order: list[int] = []
    for zone_id in sorted((z for z in by_zone if z is not None), key=lambda z: zones[z]):
        order.extend(note.id for note in reading_order(by_zone[zone_id]))
    order.extend(note.id for note in reading_order(by_zone.get(None, [])))
    return order


def neighbour(scene: BoardScene, current: int | None, forward: bool) -> int | None:
    """The note after (or before) ``current``; the first (or last) one when none is chosen."""
    order = tab_order(scene)
    if not order:
        return None
    if current not in order:
        return order[0] if forward else order[-1]
    index = order.index(current) + (1 if forward else -1)
    return order[index % len(order)]
