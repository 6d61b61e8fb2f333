"""A whole board read at one instant, as immutable values: what exports and reports work from.

Exports run for seconds (a handout of thousands of notes) and may run on a worker thread, while
the board keeps changing in the window. Reading everything once, in one read transaction, gives
them a consistent picture that needs no database connection afterwards, so the slow part never
touches SQLite from another thread and never sees half of an edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import select

from models.frame_rows import FRAME_COLUMNS, ZONE_COLUMNS, ZONE_ORDER, frame_from_row, zone_from_row
from models.note_rows import SELECT_NOTES, note_from_row
from models.records import (
    BoardInfo,
    DotData,
    FrameData,
    GroupData,
    NoteData,
    VoteData,
    ZoneData,
)
from models.schema import (
    DotRow,
    FrameRow,
    GroupRow,
    ImageRow,
    NoteRow,
    VoteRow,
)
from models.votes import DOT_COLUMNS, VOTE_COLUMNS

if TYPE_CHECKING:
    from models.document import BoardDocument

HEADER = -1
"""``row`` of a column header zone and ``col`` of a row header zone (see templates' plan)."""


@dataclass(frozen=True, slots=True)
class ImageData:
    """An embedded image: its bytes are kept as stored and never decoded by the model."""

    id: int
    mime: str
    sha256: str
    caption: str
    created_at: str
    data: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def united(self, other: Rect) -> Rect:
        left, top = min(self.x, other.x), min(self.y, other.y)
        return Rect(
            left, top, max(self.right, other.right) - left, max(self.bottom, other.bottom) - top
        )


def bounds(rects: Iterable[Rect]) -> Rect | None:
    """The smallest rectangle around ``rects``, or ``None`` when there are none."""
    result: Rect | None = None
    for rect in rects:
        result = rect if result is None else result.united(rect)
    return result


def note_rect(note: NoteData) -> Rect:
    return Rect(note.x, note.y, note.width, note.height)


def frame_rect(frame: FrameData) -> Rect:
    return Rect(frame.x, frame.y, frame.width, frame.height)


def zone_rect(zone: ZoneData) -> Rect:
    return Rect(zone.x, zone.y, zone.width, zone.height)


@dataclass(frozen=True)
class BoardSnapshot:
    """Every row of a board. Lists are in a stable, meaningful order (see :func:`take_snapshot`);
    the derived maps below are computed on first use."""

    info: BoardInfo
    groups: tuple[GroupData, ...]
    frames: tuple[FrameData, ...]
    zones: tuple[ZoneData, ...]
    notes: tuple[NoteData, ...]
    images: tuple[ImageData, ...]
    votes: tuple[VoteData, ...]
    dots: tuple[DotData, ...]
    name: str = ""
    """The board file's name without suffix, for a handout of an untitled board."""

    @property
    def language(self) -> str:
        return self.info.language if self.info.language in ("sv", "en") else "fi"

    @property
    def title(self) -> str:
        return self.info.title.strip() or self.name

    # --- lookups --------------------------------------------------------------------------
    @cached_property
    def group_by_id(self) -> dict[int, GroupData]:
        return {group.id: group for group in self.groups}

    @cached_property
    def frame_by_id(self) -> dict[int, FrameData]:
        return {frame.id: frame for frame in self.frames}

    @cached_property
    def zone_by_id(self) -> dict[int, ZoneData]:
        return {zone.id: zone for zone in self.zones}

    @cached_property
    def image_by_id(self) -> dict[int, ImageData]:
        return {image.id: image for image in self.images}

    @cached_property
    def zones_by_frame(self) -> dict[int, list[ZoneData]]:
        found: dict[int, list[ZoneData]] = {frame.id: [] for frame in self.frames}
        for zone in self.zones:
            found.setdefault(zone.frame_id, []).append(zone)
        return found

    @cached_property
    def dot_counts(self) -> dict[int, int]:
        """Dots each note received, over every voting round."""
        counts: dict[int, int] = {}
        for dot in self.dots:
            counts[dot.note_id] = counts.get(dot.note_id, 0) + 1
        return counts

    def votes_for(self, note_id: int) -> int:
        return self.dot_counts.get(note_id, 0)

    @cached_property
    def note_frame(self) -> dict[int, int | None]:
        """The frame each note belongs to: its zone's frame, else the topmost frame under its
        centre (a note dropped on a plain frame has no zone), else ``None``."""
        ordered = sorted(self.frames, key=lambda frame: (frame.z, frame.id), reverse=True)
        placed: dict[int, int | None] = {}
        for note in self.notes:
            zone = self.zone_by_id.get(note.zone_id) if note.zone_id is not None else None
            if zone is not None:
                placed[note.id] = zone.frame_id
                continue
            cx, cy = note.x + note.width / 2, note.y + note.height / 2
            placed[note.id] = next(
                (frame.id for frame in ordered if frame_rect(frame).contains(cx, cy)), None
            )
        return placed

    @cached_property
    def notes_by_zone(self) -> dict[int, list[NoteData]]:
        """Notes of each zone in reading order (top to bottom, then left to right)."""
        found: dict[int, list[NoteData]] = {}
        for note in self.notes:
            if note.zone_id is not None and note.zone_id in self.zone_by_id:
                found.setdefault(note.zone_id, []).append(note)
        for notes in found.values():
            notes.sort(key=reading_order)
        return found

    def notes_in_zone(self, zone_id: int) -> list[NoteData]:
        return self.notes_by_zone.get(zone_id, [])

    @cached_property
    def notes_by_frame(self) -> dict[int | None, list[NoteData]]:
        """Notes of each frame (``None``: outside every frame), in drawing order."""
        found: dict[int | None, list[NoteData]] = {}
        placed = self.note_frame
        for note in self.notes:
            found.setdefault(placed.get(note.id), []).append(note)
        return found

    def notes_in_frame(self, frame_id: int | None) -> list[NoteData]:
        """Notes of a frame (``None``: outside every frame), in drawing order."""
        return list(self.notes_by_frame.get(frame_id, ()))

    def loose_notes(self, frame_id: int | None) -> list[NoteData]:
        """Notes of a frame that sit in none of its zones, in reading order."""
        return sorted(
            (
                note
                for note in self.notes_in_frame(frame_id)
                if note.zone_id is None or note.zone_id not in self.zone_by_id
            ),
            key=reading_order,
        )

    def cells(self, frame_id: int) -> list[ZoneData]:
        """A frame's zones that hold notes (not row or column headers), by row then column."""
        return sorted(
            (
                zone
                for zone in self.zones_by_frame.get(frame_id, [])
                if zone.row != HEADER and zone.col != HEADER
            ),
            key=lambda zone: (zone.row, zone.col, zone.id),
        )

    def column_headers(self, frame_id: int) -> list[ZoneData]:
        return sorted(
            (zone for zone in self.zones_by_frame.get(frame_id, []) if zone.row == HEADER),
            key=lambda zone: (zone.col, zone.id),
        )

    def row_headers(self, frame_id: int) -> list[ZoneData]:
        return sorted(
            (zone for zone in self.zones_by_frame.get(frame_id, []) if zone.col == HEADER),
            key=lambda zone: (zone.row, zone.id),
        )

    def zone_label(self, zone: ZoneData) -> str:
        """What a reader calls a zone: its title, else "row header / column header"."""
        if zone.title.strip():
            return zone.title.strip()
        parts: list[str] = []
        for header in (*self.row_headers(zone.frame_id), *self.column_headers(zone.frame_id)):
            is_row = header.col == HEADER and header.row == zone.row
            is_col = header.row == HEADER and header.col == zone.col
            if (is_row or is_col) and header.title.strip():
                parts.append(header.title.strip())
        return " / ".join(parts) or zone.key

    def content_bounds(self) -> Rect | None:
        """Everything drawn on the board: frames and notes."""
        return bounds([*map(frame_rect, self.frames), *map(note_rect, self.notes)])


def reading_order(note: NoteData) -> tuple[float, float, int]:
    """Top to bottom in bands of half a default note, then left to right: how people read a
    wall of notes that are not perfectly aligned."""
    return (round(note.y / 100.0), note.x, note.id)


def take_snapshot(doc: BoardDocument) -> BoardSnapshot:
    """Read the whole board in one read transaction (call on the thread that owns ``doc``)."""
    check = doc.checks
    with doc.read() as conn:
        info = doc.info()  # joins this read transaction, so the info and the rows agree
        groups = tuple(
            check.group(GroupData(*row))
            for row in conn.execute(
                select(
                    GroupRow.c.id, GroupRow.c.name, GroupRow.c.colour, GroupRow.c.position
                ).order_by(GroupRow.c.position, GroupRow.c.id)
            )
        )
        frames = tuple(
            check.frame(frame_from_row(row))
            for row in conn.execute(
                select(*FRAME_COLUMNS).order_by(
                    FrameRow.c.position, FrameRow.c.y, FrameRow.c.x, FrameRow.c.id
                )
            )
        )
        zones = tuple(
            check.zone(zone_from_row(row))
            for row in conn.execute(select(*ZONE_COLUMNS).order_by(*ZONE_ORDER))
        )
        notes = tuple(
            check.note(note_from_row(row))
            for row in conn.execute(SELECT_NOTES.order_by(NoteRow.c.z, NoteRow.c.id))
        )
        images = tuple(
            ImageData(*row)
            for row in conn.execute(
                select(
                    ImageRow.c.id,
                    ImageRow.c.mime,
                    ImageRow.c.sha256,
                    ImageRow.c.caption,
                    ImageRow.c.created_at,
                    ImageRow.c.data,
                ).order_by(ImageRow.c.id)
            )
        )
        votes = tuple(
            VoteData(*row) for row in conn.execute(select(*VOTE_COLUMNS).order_by(VoteRow.c.id))
        )
        dots = tuple(
            DotData(*row) for row in conn.execute(select(*DOT_COLUMNS).order_by(DotRow.c.id))
        )
    return BoardSnapshot(
        info, groups, frames, zones, notes, images, votes, dots, name=doc.path.stem
    )
