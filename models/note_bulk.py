"""Notes made or read many at once by a bulk change: the copies a duplicate of 5,000 notes
inserts, and the rows a delete of 5,000 notes read back in the statement that deleted them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from models.records import NoteData


def copies(
    notes: Sequence[NoteData],
    places: Sequence[tuple[float, float]],
    first_id: int,
    below: float,
    stamp: str,
) -> list[NoteData]:
    """Copies of ``notes`` (as read from the board) with their top-left corners at ``places``,
    ids from ``first_id`` and layers above ``below`` in order: every column but id, place,
    layer, phone and times as the original has it. The originals' values were checked when
    they were written, so only the places are: a duplicate of 5,000 notes does not clean
    65,000 values again."""
    made: list[NoteData] = []
    note_id, z = first_id, below
    for note, (x, y) in zip(notes, places, strict=True):
        x, y = float(x), float(y)
        if x - x != 0.0 or y - y != 0.0:  # inf - inf and nan - nan are nan
            raise ValueError("a copy's place must be finite")
        z += 1.0
        made.append(
            NoteData(
                note_id,
                note.text,
                note.colour,
                x,
                y,
                note.width,
                note.height,
                z,
                note.zone_id,
                note.group_id,
                note.author,
                note.kind,
                dict(note.fields) if note.fields else {},
                note.image_id,
                stamp,
                stamp,
                note.hidden,  # a private phone note's copy stays private
            )
        )
        note_id += 1
    return made


def in_order(
    rows: Sequence[Sequence[Any]],
    wanted: Sequence[int],
    read: Callable[[Sequence[Any]], NoteData],
) -> list[NoteData]:
    """Notes made by ``read`` from rows, in the order of ``wanted``."""
    notes = [read(row) for row in rows]
    order = {note_id: index for index, note_id in enumerate(wanted)}
    notes.sort(key=lambda note: order[note.id])
    return notes
