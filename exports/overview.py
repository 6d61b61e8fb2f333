"""What a picture of a frame (or the whole board) shows, in board units, for any painter.

The PDF overview (ReportLab) and the PNG export (QPainter) draw the same list of shapes, so
the two cannot drift apart. Text is not fitted here: whether a note's text is drawn at all
depends on the final scale (below a few points it would be unreadable dust), so each painter
fits only the notes it will actually letter.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final, Literal

from models.experiment import EXPERIMENT_KIND
from models.records import FrameData, NoteData, ZoneData
from models.snapshot import (
    HEADER,
    BoardSnapshot,
    ImageData,
    Rect,
    frame_rect,
    note_rect,
    zone_rect,
)

Scope = Literal["board", "outside"] | int
"""What to draw: the whole board, the notes outside every frame, or one frame (its id)."""

MARGIN: Final = 40.0
FRAME_TITLE_SIZE: Final = 44.0
ZONE_TITLE_SIZE: Final = 30.0
NOTE_TEXT_MAX: Final = 96.0
NOTE_TEXT_MIN: Final = 12.0
NOTE_TEXT_BASE: Final = 32.0
"""The canvas's sizes (scene units): a default 200-unit note starts at 32 and stops at 12."""
DOT_SIZE: Final = 26.0
MAX_DOTS: Final = 8
DOT_COLOUR: Final = "#C62828"
TEXT_COLOUR: Final = "#1B1B1B"
MOOD_COLOUR: Final = "#B5462F"


# The shapes are not frozen: a frozen dataclass's __init__ costs four times a plain one's, and
# a handout makes a shape per note; nothing changes them after build_overview.
@dataclass(slots=True)
class NoteShape:
    note: NoteData
    rect: Rect
    text: str
    dots: tuple[str, ...]
    """One colour per vote dot (the voting group's colour, else red)."""
    image: ImageData | None
    image_missing: bool


@dataclass(slots=True)
class ZoneShape:
    zone: ZoneData
    rect: Rect
    title: str
    prompt: str
    header: bool


@dataclass(frozen=True, slots=True)
class FrameShape:
    frame: FrameData
    rect: Rect
    title: str
    title_height: float


@dataclass(frozen=True, slots=True)
class Overview:
    region: Rect
    frames: tuple[FrameShape, ...]
    zones: tuple[ZoneShape, ...]
    notes: tuple[NoteShape, ...]
    curves: tuple[tuple[tuple[float, float], ...], ...]
    """Emotion curves: points in board units, one polyline per journey map."""


def display_text(note: NoteData, language: str) -> str:
    """The words a note shows: its text; for an experiment card what is tried and by whom;
    for an image its caption."""
    if note.kind == EXPERIMENT_KIND:
        fields = note.fields
        main = (
            fields.get("try") or fields.get("problem") or fields.get("theme") or note.text or ""
        ).strip()
        owner = (fields.get("owner") or note.author or "").strip()
        return f"{main}\n– {owner}" if owner else main
    return note.text


def note_text_sizes(rect: Rect) -> tuple[float, float]:
    """(largest, smallest) text size for a note of this size, as the canvas chooses them."""
    scale = min(rect.width, rect.height) / 200.0
    largest = min(NOTE_TEXT_MAX, max(NOTE_TEXT_MIN, NOTE_TEXT_BASE * scale))
    return largest, NOTE_TEXT_MIN


def note_padding(rect: Rect) -> float:
    return min(28.0, max(5.0, 0.07 * min(rect.width, rect.height)))


def _frame_title_height(snapshot: BoardSnapshot, frame: FrameData) -> float:
    zones = snapshot.zones_by_frame.get(frame.id, [])
    top = min((zone.y for zone in zones), default=frame.y + 90.0)
    return max(0.0, min(top - frame.y, frame.height))


def _mood_curve(snapshot: BoardSnapshot, frame_id: int) -> tuple[tuple[float, float], ...]:
    points: list[tuple[float, float]] = []
    for zone in snapshot.cells(frame_id):
        mood = zone.data.get("mood")
        if isinstance(mood, int) and not isinstance(mood, bool) and -2 <= mood <= 2:
            points.append((zone.x + zone.width / 2, zone.y + zone.height * (0.5 - mood * 0.2)))
    return tuple(sorted(points))


def _notes(snapshot: BoardSnapshot, scope: Scope) -> Iterator[NoteData]:
    if scope == "board":
        yield from snapshot.notes
    elif scope == "outside":
        yield from snapshot.notes_in_frame(None)
    else:
        yield from snapshot.notes_in_frame(scope)


def note_shape(
    snapshot: BoardSnapshot, note: NoteData, dot_colours: dict[int, list[str]]
) -> NoteShape:
    image = snapshot.image_by_id.get(note.image_id) if note.image_id is not None else None
    missing = note.kind == "image" and image is None
    return NoteShape(
        note,
        note_rect(note),
        display_text(note, snapshot.language),
        tuple(dot_colours.get(note.id, ())),
        image,
        missing,
    )


def dot_colours(snapshot: BoardSnapshot) -> dict[int, list[str]]:
    colours: dict[int, list[str]] = {}
    for dot in snapshot.dots:
        group = snapshot.group_by_id.get(dot.group_id) if dot.group_id is not None else None
        colours.setdefault(dot.note_id, []).append(group.colour if group else DOT_COLOUR)
    return colours


def build_overview(
    snapshot: BoardSnapshot,
    scope: Scope,
    colours: dict[int, list[str]] | None = None,
    shapes: dict[int, NoteShape] | None = None,
) -> Overview | None:
    """The shapes of ``scope``, or ``None`` when there is nothing to draw. ``colours``: the
    board's :func:`dot_colours`, and ``shapes``: each note's shape by id, kept and reused,
    when the caller draws many overviews of one board (a note is on the board's and its
    frame's)."""
    if scope == "board":
        frames = list(snapshot.frames)
    elif scope == "outside":
        frames = []
    else:
        frames = [snapshot.frame_by_id[scope]] if scope in snapshot.frame_by_id else []
    frames.sort(key=lambda frame: (frame.z, frame.id))
    notes = list(_notes(snapshot, scope))
    boxes = [(f.x, f.y, f.x + f.width, f.y + f.height) for f in frames]
    boxes += [(n.x, n.y, n.x + n.width, n.y + n.height) for n in notes]
    if not boxes:
        return None
    left, top = min(box[0] for box in boxes), min(box[1] for box in boxes)
    right, bottom = max(box[2] for box in boxes), max(box[3] for box in boxes)
    region = Rect(left - MARGIN, top - MARGIN, right - left + 2 * MARGIN, bottom - top + 2 * MARGIN)
    frame_shapes = tuple(
        FrameShape(frame, frame_rect(frame), frame.title, _frame_title_height(snapshot, frame))
        for frame in frames
    )
    zone_shapes = tuple(
        ZoneShape(
            zone, zone_rect(zone), zone.title, zone.prompt, zone.row == HEADER or zone.col == HEADER
        )
        for frame in frames
        for zone in snapshot.zones_by_frame.get(frame.id, [])
    )
    if colours is None:
        colours = dot_colours(snapshot)
    if shapes is None:
        note_shapes = tuple(note_shape(snapshot, note, colours) for note in notes)
    else:
        found: list[NoteShape] = []
        for note in notes:
            shape = shapes.get(note.id)
            if shape is None:
                shape = shapes[note.id] = note_shape(snapshot, note, colours)
            found.append(shape)
        note_shapes = tuple(found)
    curves = tuple(curve for frame in frames if len(curve := _mood_curve(snapshot, frame.id)) >= 1)
    return Overview(region, frame_shapes, zone_shapes, note_shapes, curves)
