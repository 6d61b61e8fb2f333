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
    FrameRow.id,
    FrameRow.template_key,
    FrameRow.title,
    FrameRow.x,
    FrameRow.y,
    FrameRow.width,
    FrameRow.height,
    FrameRow.z,
    FrameRow.position,
)
ZONE_COLUMNS = (
    ZoneRow.id,
    ZoneRow.frame_id,
    ZoneRow.key,
    ZoneRow.title,
    ZoneRow.prompt,
    ZoneRow.row,
    ZoneRow.col,
    ZoneRow.x,
    ZoneRow.y,
    ZoneRow.width,
    ZoneRow.height,
    ZoneRow.colour,
    type_coerce(ZoneRow.data, Text),
)
ZONE_ORDER = (ZoneRow.frame_id, ZoneRow.row, ZoneRow.col, ZoneRow.id)


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
