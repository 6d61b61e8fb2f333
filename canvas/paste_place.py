"""Where pasted notes land: in free slots, like quick notes, never on other notes or across a
cell's border.

Into a cell (the one under the pointer, or the one selected or targeted when the pointer is not
on the board) the notes take the cell's first free slots in reading order, as quick entry does
(:func:`models.placement.next_free_slot`); when they do not all fit, they are made smaller
(down to the smallest note) rather than spill into the next cell. On the open canvas a copied
group keeps its own arrangement around the pointer if that covers nothing; otherwise each note
takes the next free slot from the pointer on, where no note and no frame is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF

from canvas.quick_place import LOOSE_COLUMNS, occupied, zone_area
from canvas.scene import BoardScene
from models.limits import MIN_NOTE_SIZE
from models.note_values import DEFAULT_SIZE
from models.placement import Rect, Slots, overlaps
from models.records import NotePatch
from models.templates.tidy import ZONE_PADDING


def _size(patch: NotePatch) -> tuple[float, float]:
    return patch.get("width", DEFAULT_SIZE), patch.get("height", DEFAULT_SIZE)


def _reading_order(patches: list[NotePatch]) -> list[NotePatch]:
    return sorted(patches, key=lambda p: (p.get("y", 0.0), p.get("x", 0.0)))


SHRINK_STEPS = (1.0, 0.8, 0.65, 0.5, 0.4, 0.3)
"""Sizes (as shares of their own) that pasted notes try, largest first, to fit in a cell."""


def _fill(
    patches: list[NotePatch], area: Rect, taken: list[Rect], caption: float, zone_id: int | None
) -> list[NotePatch]:
    """Each patch into the first free slot of ``area`` in reading order. What is taken is
    filed once per note size (:class:`~models.placement.Slots`) and each placed note added to
    it, so pasting 500 lines costs the board's notes once, not once per line."""
    finders: dict[tuple[float, float], Slots] = {}
    placed: list[Rect] = []
    for patch in _reading_order(patches):
        size = _size(patch)
        finder = finders.get(size)
        if finder is None:
            finder = Slots(area, [*taken, *placed], size, ZONE_PADDING, caption)
            finders[size] = finder
        x, y = finder.first_free()
        patch["x"], patch["y"], patch["zone_id"] = float(round(x)), float(round(y)), zone_id
        for other in finders.values():
            other.add((x, y, *size))
        placed.append((x, y, *size))
    return patches


def _fits(patches: list[NotePatch], area: Rect) -> bool:
    bottom = area[1] + area[3]
    return all(p.get("y", 0.0) + _size(p)[1] <= bottom for p in patches)


def _into_zone(
    patches: list[NotePatch], area: Rect, taken: list[Rect], caption: float, zone_id: int
) -> list[NotePatch]:
    originals = [_size(p) for p in patches]
    for factor in SHRINK_STEPS:
        for patch, (width, height) in zip(patches, originals, strict=True):
            patch["width"] = float(max(round(width * factor), MIN_NOTE_SIZE))
            patch["height"] = float(max(round(height * factor), MIN_NOTE_SIZE))
        if factor != SHRINK_STEPS[-1] and _slots_at_most(patches, area, caption) < len(patches):
            continue  # cannot fit even in an empty cell: no need to place them to see it
        _fill(patches, area, list(taken), caption, zone_id)
        if _fits(patches, area):
            break
    return patches


def _slots_at_most(patches: list[NotePatch], area: Rect, caption: float) -> int:
    """How many notes of the patches' size an empty ``area`` holds (the slots of
    :class:`~models.placement.Slots` whose note ends inside it); for notes of mixed sizes,
    no limit is known. Pasting 500 lines into a cell then places them once, at the size
    that is tried last, instead of once for every size tried."""
    sizes = {_size(p) for p in patches}
    if len(sizes) != 1:
        return len(patches)
    ((width, height),) = sizes
    _x, top, area_width, area_height = area
    step_x, step_y = width + ZONE_PADDING, height + ZONE_PADDING
    columns = max(1, int((area_width - ZONE_PADDING) // step_x))
    first = top + caption + ZONE_PADDING
    room = top + area_height - height - first
    rows = int(room // step_y) + 1 if room >= 0 else 0
    return columns * rows


def place_pasted(
    scene: BoardScene, patches: list[NotePatch], at: QPointF, zone_id: int | None
) -> list[NotePatch]:
    """Move ``patches`` (already arranged around ``at``) into free places: into ``zone_id``
    when given, else around ``at`` on the open canvas."""
    if not patches:
        return patches
    taken = occupied(scene)
    found = zone_area(scene, zone_id) if zone_id is not None else None
    if found is not None and zone_id is not None:
        area, caption = found
        return _into_zone(patches, area, taken, caption, zone_id)
    frames = [
        (r.x(), r.y(), r.width(), r.height())
        for r in (f.scene_rect() for f in scene.frames.frame_items())
    ]
    blocked = taken + frames
    wanted = [(p.get("x", 0.0), p.get("y", 0.0), *_size(p)) for p in patches]
    if not any(overlaps(box, other) for box in wanted for other in blocked):
        return patches
    width = max(_size(p)[0] for p in patches)
    step = width + ZONE_PADDING
    columns = min(LOOSE_COLUMNS, len(patches))
    area = (at.x() - step * columns / 2.0, at.y() - step / 2.0, step * columns + ZONE_PADDING, step)
    return _fill(patches, area, blocked, 0.0, None)


def paste_spot(
    scene: BoardScene,
    pointer: QPointF | None,
    view_centre: QPointF,
    target: Callable[[], int | None] | None,
) -> tuple[QPointF, int | None]:
    """Where a paste goes and into which cell: at the pointer (into the cell under it, if
    any); with the pointer off the board, into the selected note's cell, else the targeted
    cell, else the cell (or the open space) in the middle of the view."""
    zone_id: int | None = None
    if pointer is not None:
        where = pointer
    else:
        where = view_centre
        selected = scene.selected_items_by_z()
        if selected and selected[-1].note.zone_id is not None:
            zone_id = selected[-1].note.zone_id
        elif target is not None:
            zone_id = target()
    if zone_id is None:
        zone = scene.frames.zone_at(where)
        zone_id = zone.zone_id if zone is not None else None
    return where, zone_id
