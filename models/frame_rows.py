"""The columns a frame or a zone is read with, and the records made from them.

Shared by :class:`models.frames.FrameStore` and anything else that reads frames or zones in
bulk, so the column order and the record built from it are defined once.
"""

from __future__ import annotations

from collections.abc import Sequence
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
