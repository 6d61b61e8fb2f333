"""Photos as board items: a note of kind ``image`` that shows one stored image.

The caption is the note's text (edited in place and undone like any note text). What the
window measured when the photo was added (its pixels, and the original's size when it was
scaled down) rides in the note's ``fields`` so the handout and the window can say it. Sizes
and the card layout are decided here, once, for the canvas and the exports alike.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from models.lazy_sql import tables
from models.limits import MAX_NOTE_SIZE, MIN_NOTE_SIZE
from models.note_rows import note_from_row, select_notes
from models.records import NoteData, NotePatch

if TYPE_CHECKING:
    from models.document import BoardDocument

PHOTO_KIND: Final = "image"
PHOTO_COLOUR: Final = "#FFFFFF"
"""The card a photo sits on: white, like a print pinned to the wall."""
PHOTO_LONG_SIDE: Final = 360.0
"""Board units of a new photo's longer side (a note is 200): big enough to see from the room."""
MAX_STORED_SIDE: Final = 4_096
"""Pixels kept on a photo's longer side: a full A4 page at 300 dpi needs 3,508."""
PHOTO_GAP: Final = 24.0
ROOM_SHARE: Final = 0.9
"""A photo dropped into a smaller cell is made to fit this share of the cell."""


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float


def card_padding(width: float, height: float) -> float:
    """The white margin around the picture (the same rule the handout uses for notes)."""
    return min(28.0, max(5.0, 0.07 * min(width, height)))


def card_layout(width: float, height: float, has_caption: bool) -> tuple[Box, Box]:
    """Where the picture may go and where the caption goes, in the card's own coordinates."""
    pad = card_padding(width, height)
    inner_w, inner_h = max(width - 2 * pad, 1.0), max(height - 2 * pad, 1.0)
    room = min(inner_h * 0.25, 60.0) if has_caption else 0.0
    return (Box(pad, pad, inner_w, inner_h - room), Box(pad, pad + inner_h - room, inner_w, room))


def fitted(box: Box, pixel_w: int, pixel_h: int) -> Box:
    """The largest rectangle of the picture's shape centred in ``box``."""
    if pixel_w <= 0 or pixel_h <= 0:
        return box
    ratio = min(box.width / pixel_w, box.height / pixel_h)
    w, h = pixel_w * ratio, pixel_h * ratio
    return Box(box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h)


def card_size(
    pixel_w: int, pixel_h: int, long_side: float = PHOTO_LONG_SIDE
) -> tuple[float, float]:
    """A card whose picture area has the photo's shape, ``long_side`` on its longer side."""
    aspect = pixel_w / pixel_h if pixel_w > 0 and pixel_h > 0 else 1.0
    if aspect >= 1.0:
        width = long_side
        pad = card_padding(width, width / aspect)
        height = (width - 2 * pad) / aspect + 2 * pad
    else:
        height = long_side
        pad = card_padding(height * aspect, height)
        width = (height - 2 * pad) * aspect + 2 * pad
    return _clamp(width), _clamp(height)


def _clamp(value: float) -> float:
    return float(round(min(max(value, MIN_NOTE_SIZE), MAX_NOTE_SIZE)))


def scaled_for_storage(
    pixel_w: int, pixel_h: int, limit: int = MAX_STORED_SIDE
) -> tuple[int, int] | None:
    """The size a photo is stored at when it is larger than print needs, else ``None``."""
    longest = max(pixel_w, pixel_h)
    if longest <= limit:
        return None
    ratio = limit / longest
    return max(1, round(pixel_w * ratio)), max(1, round(pixel_h * ratio))


@dataclass(frozen=True, slots=True)
class PhotoFacts:
    """What the window learned about a photo while preparing it (never image bytes)."""

    pixel_w: int
    pixel_h: int
    original_w: int
    original_h: int
    original_bytes: int
    name: str = ""

    @property
    def scaled(self) -> bool:
        return (self.original_w, self.original_h) != (self.pixel_w, self.pixel_h)

    def fields(self) -> dict[str, str]:
        fields = {"pixels": f"{self.pixel_w}×{self.pixel_h}"}
        if self.scaled:
            fields["original"] = (
                f"{self.original_w}×{self.original_h}, {self.original_bytes / 1_048_576:.1f} MB"
            )
        if self.name:
            fields["file"] = self.name
        return fields


def photo_patches(
    facts: Sequence[PhotoFacts],
    centre: tuple[float, float],
    room: tuple[float, float] | None = None,
    caption: str = "",
) -> list[NotePatch]:
    """Cards for photos added together, side by side in rows of up to four, centred on
    ``centre``; in a cell (``room`` its width and height) each fits the cell."""
    sizes = []
    for fact in facts:
        long_side = PHOTO_LONG_SIDE
        if room is not None:
            w, h = card_size(fact.pixel_w, fact.pixel_h, 100.0)
            fit = min(room[0] * ROOM_SHARE / w, room[1] * ROOM_SHARE / h) * 100.0
            long_side = max(min(long_side, fit), MIN_NOTE_SIZE)
        sizes.append(card_size(fact.pixel_w, fact.pixel_h, long_side))
    columns = min(len(sizes), 4) or 1
    rows = [sizes[start : start + columns] for start in range(0, len(sizes), columns)]
    total_h = sum(max(h for _, h in row) for row in rows) + PHOTO_GAP * (len(rows) - 1)
    patches: list[NotePatch] = []
    top = centre[1] - total_h / 2
    index = 0
    for row in rows:
        row_w = sum(w for w, _ in row) + PHOTO_GAP * (len(row) - 1)
        left = centre[0] - row_w / 2
        for width, height in row:
            fact = facts[index]
            patches.append(
                {
                    "kind": PHOTO_KIND,
                    "colour": PHOTO_COLOUR,
                    "text": caption,
                    "x": float(math.floor(left)),
                    "y": float(math.floor(top)),
                    "width": width,
                    "height": height,
                    "fields": fact.fields(),
                }
            )
            left += width + PHOTO_GAP
            index += 1
        top += max(h for _, h in row) + PHOTO_GAP
    return patches


def photo_notes(document: BoardDocument) -> list[NoteData]:
    """The board's photos (not its notes): what the projector offers as photo stops."""
    query = select_notes().where(tables.NoteRow.c.kind == PHOTO_KIND).order_by(tables.NoteRow.c.id)
    with document.read() as conn:
        return [note_from_row(row) for row in conn.execute(query).all()]
