"""Values and errors of frame operations, shared by :mod:`models.frames` and
:mod:`models.frame_grid` (import them from ``models.frames``).

Undo is built on whole-frame states: a structural operation returns a :class:`FrameEdit`
with the frame, its zones and the affected notes before and after. ``apply(edit.before)``
undoes it and ``apply(edit.after)`` redoes it, writing absolute values, so a frame comes back
with the same ids and the same numbers however many steps are undone and redone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from models.errors import BoardError
from models.records import FrameData, NoteData, ZoneData
from models.templates.plan import HEADER

NotesPolicy = Literal["refuse", "release", "delete"]
"""What removing a non-empty row, column or zone does with its notes: ``refuse`` (raise
:class:`ZoneNotEmptyError` so the UI can ask), ``release`` (the notes stay on the board just
below the frame, in the same arrangement, belonging to no zone) or ``delete``."""


class ZoneNotEmptyError(BoardError):
    """A row, column or zone still holds notes; the UI asks before removing it."""

    def __init__(self, message: str, note_ids: Sequence[int], **params: object) -> None:
        super().__init__(message, "", **params)
        self.note_ids = tuple(note_ids)


class FrameLayoutError(BoardError):
    """The operation does not fit this frame (no rows to edit, its last column, …)."""


@dataclass(frozen=True, slots=True)
class FrameState:
    """A frame, its zones and the notes an operation touched, as they were at one moment."""

    frame_id: int
    frame: FrameData | None
    """``None``: in this state the frame does not exist."""
    created_at: str
    zones: tuple[ZoneData, ...]
    notes: tuple[NoteData, ...]
    """Notes whose position and zone this state fixes (members, released or deleted notes)."""
    absent_notes: tuple[int, ...] = ()
    """Notes that do not exist in this state (deleted along with a column, say)."""
    vote_ids: tuple[int, ...] = ()
    """Voting rounds that were limited to this frame."""


@dataclass(frozen=True, slots=True)
class FrameEdit:
    before: FrameState
    after: FrameState


def is_cell(zone: ZoneData) -> bool:
    """Notes belong to cells and free zones, never to headers."""
    return zone.row != HEADER and zone.col != HEADER


@dataclass(frozen=True, slots=True)
class FrameGrid:
    """A frame read as a table, for drawing and for the handout."""

    frame: FrameData
    columns: tuple[ZoneData, ...]
    """Column headers (stages, dreams/goal/fear, groups) in order; empty for a free frame."""
    rows: tuple[ZoneData, ...]
    """Row headers (segments, lanes) in order; empty for a free frame or a single-row grid."""
    cells: tuple[ZoneData, ...]
    """Every zone notes can belong to, in row/column order."""

    def cell(self, row: int, col: int) -> ZoneData | None:
        return next((z for z in self.cells if z.row == row and z.col == col), None)

    @property
    def is_grid(self) -> bool:
        return bool(self.columns)

    @property
    def title_height(self) -> float:
        """Height of the title bar above the headers (or above the zones of a free frame)."""
        tops = [zone.y for zone in (*self.columns, *self.cells)]
        return (min(tops) - self.frame.y) if tops else 0.0
