"""The columns a frame or a zone is read with, and the records made from them.

Shared by :class:`models.frames.FrameStore` and anything else that reads frames or zones in
bulk, so the column order and the record built from it are defined once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Text, type_coerce

from models.records import FrameData, ZoneData
from models.schema import FrameRow, ZoneRow
from models.value_checks import parse_json_object

FRAME_COLUMNS = (
    FrameRow.c.id,
    FrameRow.c.template_key,
    FrameRow.c.title,
    FrameRow.c.x,
    FrameRow.c.y,
    FrameRow.c.width,
    FrameRow.c.height,
    FrameRow.c.z,
    FrameRow.c.position,
)
ZONE_COLUMNS = (
    ZoneRow.c.id,
    ZoneRow.c.frame_id,
    ZoneRow.c.key,
    ZoneRow.c.title,
    ZoneRow.c.prompt,
    ZoneRow.c.row,
    ZoneRow.c.col,
    ZoneRow.c.x,
    ZoneRow.c.y,
    ZoneRow.c.width,
    ZoneRow.c.height,
    ZoneRow.c.colour,
    type_coerce(ZoneRow.c.data, Text),
)
ZONE_ORDER = (ZoneRow.c.frame_id, ZoneRow.c.row, ZoneRow.c.col, ZoneRow.c.id)


def frame_from_row(row: Sequence[Any]) -> FrameData:
    """A frame from the columns of :data:`FRAME_COLUMNS`, in that order."""
    return FrameData(*row)


def zone_from_row(row: Sequence[Any]) -> ZoneData:
    """A zone from the columns of :data:`ZONE_COLUMNS`, in that order."""
    (zone_id, frame_id, key, title, prompt, row_index, col, x, y, width, height, colour, data) = row
    return ZoneData(
        zone_id,
        frame_id,
        key,
        title,
        prompt,
        row_index,
        col,
        x,
        y,
        width,
        height,
        colour,
        parse_json_object(data),
    )


def zone_reader() -> Callable[[Sequence[Any]], ZoneData]:
    """:func:`zone_from_row` for the rows of one read of many zones, with the values zones
    have in common kept as one object each: a workshop board repeats its templates, so its
    7,000 zones share a few dozen keys, titles, prompts, colours and sizes (2.4 MB a read at
    20,000 notes, and the scene and the projector's stops each keep one). Each column has its
    own table, so equal values of different types never stand for each other."""
    frames: dict[Any, Any] = {}
    texts: dict[Any, Any] = {}
    sizes: dict[Any, Any] = {}
    colours: dict[Any, Any] = {}
    frame, text, size, colour = (
        frames.setdefault,
        texts.setdefault,
        sizes.setdefault,
        colours.setdefault,
    )

    def read(row: Sequence[Any]) -> ZoneData:
        (zone_id, frame_id, key, title, prompt, row_index, col, x, y, width, height, hue, data) = (
            row
        )
        return ZoneData(
            zone_id,
            frame(frame_id, frame_id),
            text(key, key),
            text(title, title),
            text(prompt, prompt),
            row_index,
            col,
            x,
            y,
            size(width, width),
            size(height, height),
            colour(hue, hue),
            parse_json_object(data),
        )

    return read
