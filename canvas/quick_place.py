"""Where a quickly typed note goes, and the one undo command that puts it there.

Quick entry adds note after note without the mouse: each lands in the chosen zone at the first
free slot in reading order, by the same rule as a note sent from a phone
(:mod:`models.cell_slots`, read from the board file), so the next note sits beside the last and
never on top of another. Without a zone, notes line up in a block around the middle of the view.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from canvas import undo_text
from canvas.commands import CreateNotesCommand, Reporter
from canvas.note_item import NoteItem
from canvas.scene import BoardScene
from models.cell_slots import caption_room, cell_area, free_slot_in, occupied_in
from models.note_values import DEFAULT_SIZE
from models.placement import Rect, next_free_slot
from models.records import NotePatch
from models.templates.tidy import ZONE_PADDING

BAND_DEPTH = 1.0e7
"""How far below an area its column band reaches (scene units): further than any board."""
LOOSE_COLUMNS = 4
"""Notes per row when there is no zone: a block that stays near the middle of the view."""


def zone_area(scene: BoardScene, zone_id: int) -> tuple[Rect, float] | None:
    """A zone's rectangle and the room kept clear for its caption (for pasting)."""
    zone = scene.document.frames.zone(zone_id)
    if zone is None:
        return None
    return cell_area(zone), caption_room(zone)


def loose_area(centre: QPointF, size: float = DEFAULT_SIZE) -> Rect:
    step = size + ZONE_PADDING
    width = LOOSE_COLUMNS * step + ZONE_PADDING
    return (centre.x() - width / 2, centre.y() - step, width, step)


def occupied(scene: BoardScene, area: Rect | None = None) -> list[Rect]:
    """Notes that can be in the way: with ``area``, only those in its column band (slots
    fill it downwards, past its bottom if they must), found through the scene's index
    rather than by walking every note on the board."""
    if area is None:
        items = list(scene.note_items())
    else:
        x, y, width, _height = area
        band = QRectF(x, y, width, BAND_DEPTH)
        items = [item for item in scene.items(band) if isinstance(item, NoteItem)]
    return [(item.note.x, item.note.y, item.note.width, item.note.height) for item in items]


def slot_for(
    scene: BoardScene, zone_id: int | None, centre: QPointF, size: float = DEFAULT_SIZE
) -> tuple[QPointF, int | None]:
    """The top-left corner for a new note, and the zone it belongs to."""
    document = scene.document
    zone = document.frames.zone(zone_id) if zone_id is not None else None
    if zone is not None:
        x, y = free_slot_in(document, zone, (size, size))
        return QPointF(x, y), zone.id
    area = loose_area(centre, size)
    x, y = next_free_slot(area, occupied_in(document, area), (size, size), ZONE_PADDING)
    return QPointF(x, y), None


def add_quick_note(
    scene: BoardScene,
    text: str,
    zone_id: int | None,
    centre: QPointF,
    colour: str,
    group_id: int | None,
    report: Reporter,
) -> CreateNotesCommand:
    """The command that creates one typed note in its slot (push it on the undo stack)."""
    corner, zone_id = slot_for(scene, zone_id, centre)
    patch: NotePatch = {
        "text": text,
        "x": corner.x(),
        "y": corner.y(),
        "width": DEFAULT_SIZE,
        "height": DEFAULT_SIZE,
        "colour": colour,
        "group_id": group_id,
        "zone_id": zone_id,
    }
    label = undo_text.translate("QuickEntry", "Add note “%1”")
    short = text if len(text) <= 30 else text[:29] + "…"
    return CreateNotesCommand(scene.document, [patch], label.arg(short), report)


def note_rect(scene: BoardScene, note_id: int) -> QRectF | None:
    item = scene.item_for(note_id)
    return item.scene_rect() if item is not None else None
