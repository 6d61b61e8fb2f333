"""Plain immutable values that leave the model layer.

The canvas, exports and tests receive these, never live ORM objects, so nothing outside
``models/`` can write the database behind the undo stack's back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Literal, TypedDict

NOTE_FIELDS = (
    "text",
    "colour",
    "x",
    "y",
    "width",
    "height",
    "z",
    "zone_id",
    "group_id",
    "author",
    "kind",
    "fields",
    "image_id",
    "hidden",
    "phone_session_id",
)
"""Note columns that operations may change; ``id`` and timestamps are the model's own."""


@dataclass(slots=True)
class NoteData:
    """One note row as read. Treated as a value: code never assigns to its fields (a changed
    note is a new one, ``dataclasses.replace``). Not ``frozen``: a frozen dataclass sets each
    field through ``object.__setattr__``, which made building a note 8× slower, and every
    bulk operation and every open builds thousands."""

    id: int
    text: str
    colour: str
    x: float
    y: float
    width: float
    height: float
    z: float = 0.0
    zone_id: int | None = None
    group_id: int | None = None
    author: str = ""
    kind: str = "note"
    fields: dict[str, Any] = field(default_factory=dict)
    image_id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    hidden: bool = False
    """Written privately from a phone: its text is not shown until the facilitator reveals it
    (schema 5)."""
    phone_session_id: int | None = None
    """The phone session that wrote it (schema 5): that participant may edit it."""


class NotePatch(TypedDict, total=False):
    """The changed columns of one note; also what a new note is made from."""

    text: str
    colour: str
    x: float
    y: float
    width: float
    height: float
    z: float
    zone_id: int | None
    group_id: int | None
    author: str
    kind: str
    fields: dict[str, Any]
    image_id: int | None
    hidden: bool
    phone_session_id: int | None


@dataclass(frozen=True, slots=True)
class BoardInfo:
    title: str
    language: str
    workshop_date: str
    place: str
    facilitators: str
    created_at: str
    updated_at: str


class BoardPatch(TypedDict, total=False):
    title: str
    language: str
    workshop_date: str
    place: str
    facilitators: str


@dataclass(frozen=True, slots=True)
class GroupData:
    id: int
    name: str
    colour: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class FrameData:
    id: int
    template_key: str
    title: str
    x: float
    y: float
    width: float
    height: float
    z: float = 0.0
    position: int = 0


@dataclass(slots=True, unsafe_hash=True)
class ZoneData:
    """One zone row as read; a value like :class:`NoteData` (never assigned to, hashable by
    its values). Not ``frozen`` for the same reason: a workshop board of 20,000 notes has
    7,000 zones, read when it opens and again for the quick-note list, and a frozen
    dataclass's ``__init__`` made each read 30 ms slower."""

    id: int
    frame_id: int
    key: str
    title: str
    prompt: str
    row: int
    col: int
    x: float
    y: float
    width: float
    height: float
    colour: str = "#FFFFFF"
    data: dict[str, Any] = field(default_factory=dict)
    """Zone-level values (schema 3), e.g. ``{"mood": 1}`` on a journey map's feelings cell."""


Entity = Literal["board", "note", "group", "frame", "zone", "image", "vote", "dot"]


@dataclass(frozen=True, slots=True)
class Change:
    """What one committed transaction did to one kind of row; sent to listeners after commit."""

    entity: Entity
    added: frozenset[int] = frozenset()
    updated: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()
    values: Mapping[int, Mapping[str, Any]] | None = field(default=None, compare=False)
    """For notes: of the ``updated`` rows whose every change in the transaction was a change
    of some columns, those columns' new values as stored (``updated_at`` included), so a
    listener that holds the rows as they were (the scene) can bring them up to date without
    reading 5,000 rows back after a drag. Rows not in here are read as before. Read-only."""


NOTE_FIELD_NAMES = tuple(NoteData.__dataclass_fields__)
_NOTE_VALUES = attrgetter(*NOTE_FIELD_NAMES)


def patched_note(note: NoteData, values: Mapping[str, Any]) -> NoteData:
    """``note`` with ``values`` (columns by name, e.g. from :attr:`Change.values`) in place of
    its own: a new note; the old one is left as it was. Several times faster than
    ``dataclasses.replace``, for the 5,000 notes of a drag."""
    new = NoteData(*_NOTE_VALUES(note))
    for name, value in values.items():
        setattr(new, name, value)
    return new


@dataclass(frozen=True, slots=True)
class VoteData:
    id: int
    title: str
    frame_id: int | None
    budget: int
    budget_per: str
    hidden: bool
    started_at: str
    ended_at: str | None = None

    @property
    def running(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True, slots=True)
class DotData:
    id: int
    vote_id: int
    note_id: int
    group_id: int | None
    voter: str
    created_at: str
