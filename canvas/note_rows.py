"""What a scene works out from note rows alone, before (or without) their items: the far
view's blocks and the rectangle around the notes. A big board's first frame is drawn from
these while its items are still being made (:mod:`canvas.item_builder`)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from canvas.note_item import colour_for
from models.note_slices import Block as NoteBlock
from models.records import NoteData


class Block:
    """What the far view's blocks read of a note (``note`` and ``colour``, as an item has)."""

    __slots__ = ("colour", "note")

    def __init__(self, note: NoteData, colour: QColor) -> None:
        self.note = note
        self.colour = colour


def blocks(notes: Iterable[NoteData]) -> Iterator[Block]:
    """A block per note, each colour made once."""
    colours: dict[str, QColor] = {}
    for note in notes:
        colour = colours.get(note.colour)
        if colour is None:
            colour = colours[note.colour] = colour_for(note.colour)
        yield Block(note, colour)


def notes_rect(notes: Sequence[NoteData]) -> QRectF | None:
    """The rectangle around ``notes``, or None for none (one pass: 50,000 notes when a board
    opens)."""
    if not notes:
        return None
    first = notes[0]
    left, top = first.x, first.y
    right, bottom = left + first.width, top + first.height
    for note in notes:
        x, y = note.x, note.y
        if x < left:
            left = x
        if y < top:
            top = y
        x += note.width
        y += note.height
        if x > right:
            right = x
        if y > bottom:
            bottom = y
    return QRectF(left, top, right - left, bottom - top)


def rows_rect(rows: Sequence[NoteBlock]) -> QRectF | None:
    """:func:`notes_rect` of stored block values."""
    if not rows:
        return None
    left = top = math.inf
    right = bottom = -math.inf
    for _, _, x, y, width, height, _, _ in rows:
        if x < left:
            left = x
        if y < top:
            top = y
        if x + width > right:
            right = x + width
        if y + height > bottom:
            bottom = y + height
    return QRectF(left, top, right - left, bottom - top)


SCENE_MARGIN = 4000.0
"""Room beyond the outermost notes that the scroll bars always reach (two screens at 100 %)."""


def with_margin(notes: QRectF | None, current: QRectF) -> QRectF:
    """``current`` grown to hold ``notes`` (their rectangle) with :data:`SCENE_MARGIN` around.

    The rect only grows: shrinking it while the user scrolls would make the view jump."""
    if notes is None:
        return QRectF(current)
    margin = SCENE_MARGIN
    return current.united(notes.adjusted(-margin, -margin, margin, margin))
