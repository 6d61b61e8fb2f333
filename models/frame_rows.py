"""The columns a frame or a zone is read with, and the records made from them.

Shared by :class:`models.frames.FrameStore` and anything else that reads frames or zones in
bulk, so the column order and the record built from it are defined once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from models.lazy_sql import sa, tables
from models.records import FrameData, ZoneData
from models.value_checks import parse_json_object


@cache
def frame_columns() -> Any:
    return (
        tables.FrameRow.c.id,
        tables.FrameRow.c.template_key,
        tables.FrameRow.c.title,
        tables.FrameRow.c.x,
        tables.FrameRow.c.y,
        tables.FrameRow.c.width,
        tables.FrameRow.c.height,
        tables.FrameRow.c.z,
        tables.FrameRow.c.position,
    )


@cache
def zone_columns() -> Any:
    return (
        tables.ZoneRow.c.id,
        tables.ZoneRow.c.frame_id,
        tables.ZoneRow.c.key,
        tables.ZoneRow.c.title,
        tables.ZoneRow.c.prompt,
        tables.ZoneRow.c.row,
        tables.ZoneRow.c.col,
        tables.ZoneRow.c.x,
        tables.ZoneRow.c.y,
        tables.ZoneRow.c.width,
        tables.ZoneRow.c.height,
        tables.ZoneRow.c.colour,
        sa.type_coerce(tables.ZoneRow.c.data, sa.Text),
    )


@cache
def zone_order() -> Any:
    return (
        tables.ZoneRow.c.frame_id,
        tables.ZoneRow.c.row,
        tables.ZoneRow.c.col,
        tables.ZoneRow.c.id,
    )


ALL_FRAMES = (
    "SELECT id, template_key, title, x, y, width, height, z, position FROM frames"
    " ORDER BY position, id"
)
"""Every frame, the columns of :func:`frame_columns`, in SQL text (as :data:`ALL_ZONES`)."""
ALL_ZONES = (
    'SELECT id, frame_id, "key", title, prompt, "row", col, x, y, width, height, colour, data'
    ' FROM zones ORDER BY frame_id, "row", col, id'
)
"""Every zone, the columns of :func:`zone_columns` in :func:`zone_order`, in SQL text: a board
opens before SQLAlchemy is imported (see :mod:`models.lazy_sql`)."""


def frame_from_row(row: Sequence[Any]) -> FrameData:
    """A frame from the columns of :func:`frame_columns`, in that order."""
    return FrameData(*row)


def zone_from_row(row: Sequence[Any]) -> ZoneData:
    """A zone from the columns of :func:`zone_columns`, in that order."""
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


def __getattr__(name: str) -> Any:
    """The statement parts other modules import as constants, built when first asked for
    (see :mod:`models.lazy_sql`)."""
    built = {
        "FRAME_COLUMNS": frame_columns,
        "ZONE_COLUMNS": zone_columns,
        "ZONE_ORDER": zone_order,
    }.get(name)
    if built is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return built()
