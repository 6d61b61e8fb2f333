"""Bringing many note items up to date with their rows at once (a drag, an undo, a tidy),
and the views that draw the far view repainted when what it shows changed.

``NoteItem.apply`` looks at every part of a row (size, text, colour, place, z) and asks Qt
for the item's own each time: ~10 µs a note, 50 ms for 5,000 notes dragged and committed.
Most rows of a bulk change differ from what their items show only in place and cell (a move,
or its undo), so those take the row and the new place and nothing else; any other row goes
through ``apply`` as before. Before a bulk change the scene asks for one repaint of all its
views, so Qt skips working out 5,000 separate dirty areas.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import attrgetter
from typing import Any, NamedTuple

from PySide6.QtWidgets import QGraphicsScene

from canvas.note_item import NoteItem
from models.records import NoteData, patched_note

BULK_ITEMS = 64
"""From this many items on, a change repaints the views whole."""

_SHOWN = attrgetter(
    "text",
    "colour",
    "width",
    "height",
    "z",
    "kind",
    "fields",
    "hidden",
    "author",
    "group_id",
    "image_id",
    "phone_session_id",
    "created_at",
)
"""Every column of a row except its place, cell and time of change: what items show or keep
derived from it (text layout, card face, photo size, colour)."""
_PLACE = frozenset(("x", "y", "zone_id", "updated_at"))
"""The columns :data:`_SHOWN` leaves out."""


def apply_rows(
    scene: QGraphicsScene, items: Mapping[int, NoteItem], notes: Iterable[NoteData]
) -> tuple[list[NoteItem], list[NoteData]]:
    """Give each existing item its row; returns (items updated, rows that have no item)."""
    rows = notes if isinstance(notes, list) else list(notes)
    if len(rows) >= BULK_ITEMS:
        scene.update()
    applied: list[NoteItem] = []
    missing: list[NoteData] = []
    for note in rows:
        item = items.get(note.id)
        if item is None:
            missing.append(note)
            continue
        if _SHOWN(item.note) == _SHOWN(note) and item.size() == (note.width, note.height):
            item.note = note
            item.setPos(note.x, note.y)  # Qt repaints a moved item (and ignores a same place)
        else:
            item.apply(note)
        applied.append(item)
    return applied, missing


class Patched(NamedTuple):
    """What :func:`patched_rows` made of a change's values."""

    rows: list[NoteData]
    """The new rows of the notes whose items had rows to patch."""
    unknown: set[int]
    """Notes to be read: no values, or no item."""
    placed: list[NoteItem]
    """Items given their new row and place already: rows that only moved."""
    others: list[NoteData]
    """The rows (of :attr:`rows`) still to be given to their items (:func:`apply_rows`)."""


def patched_rows(
    items: Mapping[int, NoteItem],
    updated: Iterable[int],
    values: Mapping[int, Mapping[str, Any]] | None,
) -> Patched:
    """The rows of ``updated`` notes made from their items' rows and the columns the change
    wrote (:attr:`models.records.Change.values`), instead of reading them back. A row that
    only moved (a new place, cell or time: a drag, its undo) is given to its item at once,
    in the same pass: what the item shows is the same by construction."""
    if not values:
        return Patched([], set(updated), [], [])
    rows: list[NoteData] = []
    unknown: set[int] = set()
    placed: list[NoteItem] = []
    others: list[NoteData] = []
    place_only = _PLACE.issuperset
    for note_id in updated:
        new = values.get(note_id)
        item = items.get(note_id)
        if new is None or item is None:
            unknown.add(note_id)
            continue
        row = patched_note(item.note, new)
        rows.append(row)
        if place_only(new) and item.size() == (row.width, row.height):
            item.note = row
            item.setPos(row.x, row.y)  # Qt repaints a moved item (and ignores a same place)
            placed.append(item)
        else:
            others.append(row)
    return Patched(rows, unknown, placed, others)


def repaint_far_views(scene: QGraphicsScene) -> None:
    """A view drawing the far view paints blocks and outlines itself, so Qt's updates of
    items (a colour, a selection, a drag) never reach it: Qt repaints only where an item was
    painted. Such views repaint whole when a block or the selection changed."""
    for view in scene.views():
        uses_blocks = getattr(view, "uses_blocks", None)
        if uses_blocks is not None and uses_blocks():
            view.viewport().update()


def taken_back(item: NoteItem, note: NoteData) -> bool:
    """Whether the item of a removed note may show ``note`` again (an undo of its removal
    puts back the very row): then it is brought to the row's place and layer, unselected
    (Qt keeps an item's selected state out of a scene, and a note put back comes back
    unselected, as a new item would)."""
    old = item.note
    if item.editing or (old is not note and old != note):  # a delete's rows are the items'
        return False
    if item.size() != (note.width, note.height):
        return False
    if item.isSelected():
        item.setSelected(False)
    item.setPos(note.x, note.y)
    item.setZValue(note.z)
    return True
