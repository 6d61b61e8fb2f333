"""Grid arithmetic on a stored frame: where rows and columns are, and where they go.

A stored grid carries no layout record of its own; its shape is read back from its header
zones (see :mod:`models.templates.plan` for the numbering). That keeps a board file the single
truth: whatever a facilitator did to a frame, the zones say what it looks like now.

Adding, removing and reordering rows or columns are all one operation here: lay out a new
list of slots (each an existing row/column or a new one) from the same origin, and report for
every existing zone its new index and rectangle. Cells and notes then move by the difference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.records import FrameData, ZoneData
from models.templates.plan import HEADER


@dataclass(frozen=True, slots=True)
class Track:
    """One column (x, width) or one row (y, height) as laid out now."""

    start: float
    size: float


@dataclass(frozen=True, slots=True)
class GridShape:
    frame: FrameData
    columns: tuple[Track, ...]
    rows: tuple[Track, ...]
    row_headers: bool
    """``False``: a single row without a header (group idea lists)."""
    header_width: float
    """Width of the row headers (0 without them)."""


@dataclass(frozen=True, slots=True)
class Slot:
    """A row or column in a new layout: an existing one (by its current index) or a new one."""

    source: int | None
    size: float


@dataclass(frozen=True, slots=True)
class Rect:
    row: int
    col: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Regrid:
    moved: dict[int, Rect]
    """New place of every kept zone, by zone id."""
    removed: tuple[int, ...]
    """Zones of removed rows and columns."""
    created: tuple[Rect, ...]
    """Places that need a new zone: headers and cells of new rows and columns."""
    width: float
    height: float
    """The frame's new size."""


def is_grid(zones: Sequence[ZoneData]) -> bool:
    """A frame is a grid exactly when it has column headers; a free frame has none."""
    return any(zone.row == HEADER for zone in zones)


def shape_of(frame: FrameData, zones: Sequence[ZoneData]) -> GridShape:
    """Read the current rows and columns of a grid frame from its zones."""
    headers = sorted((z for z in zones if z.row == HEADER), key=lambda z: z.col)
    if not headers:
        raise ValueError(f"frame {frame.id} is not a grid")
    columns = tuple(Track(zone.x, zone.width) for zone in headers)
    row_headers = sorted((z for z in zones if z.col == HEADER), key=lambda z: z.row)
    if row_headers:
        rows = tuple(Track(zone.y, zone.height) for zone in row_headers)
        header_width = row_headers[0].width
    else:
        first = [z for z in zones if z.row == 0 and z.col >= 0]
        if not first:
            raise ValueError(f"frame {frame.id} has no cells")
        rows = (Track(first[0].y, first[0].height),)
        header_width = 0.0
    return GridShape(frame, columns, rows, bool(row_headers), header_width)


def _lay(origin: float, slots: Sequence[Slot]) -> list[Track]:
    tracks = []
    cursor = origin
    for slot in slots:
        tracks.append(Track(cursor, slot.size))
        cursor += slot.size
    return tracks


def regrid(
    shape: GridShape, zones: Sequence[ZoneData], columns: Sequence[Slot], rows: Sequence[Slot]
) -> Regrid:
    """Lay ``columns`` and ``rows`` out from the grid's current origin.

    Every existing row/column index must appear at most once among the slots; one that does not
    appear is removed with its header and cells.
    """
    if not columns or not rows:
        raise ValueError("a grid keeps at least one row and one column")
    if not shape.row_headers and len(rows) != 1:
        raise ValueError("a grid without row headers has exactly one row")
    for slots, count in ((columns, len(shape.columns)), (rows, len(shape.rows))):
        sources = [slot.source for slot in slots if slot.source is not None]
        if len(set(sources)) != len(sources) or any(not 0 <= s < count for s in sources):
            raise ValueError(f"bad slot sources {sources} for {count} tracks")
    left = shape.columns[0].start
    top = shape.rows[0].start
    header_top = min(z.y for z in zones if z.row == HEADER)
    col_tracks = _lay(left, columns)
    row_tracks = _lay(top, rows)
    col_index = {s.source: i for i, s in enumerate(columns) if s.source is not None}
    row_index = {s.source: i for i, s in enumerate(rows) if s.source is not None}

    moved: dict[int, Rect] = {}
    removed: list[int] = []
    for zone in zones:
        if zone.row == HEADER:
            col = col_index.get(zone.col)
            if col is None:
                removed.append(zone.id)
                continue
            track = col_tracks[col]
            moved[zone.id] = Rect(HEADER, col, track.start, header_top, track.size, zone.height)
        elif zone.col == HEADER:
            row = row_index.get(zone.row)
            if row is None:
                removed.append(zone.id)
                continue
            track = row_tracks[row]
            moved[zone.id] = Rect(row, HEADER, zone.x, track.start, zone.width, track.size)
        else:
            row, col = row_index.get(zone.row), col_index.get(zone.col)
            if row is None or col is None:
                removed.append(zone.id)
                continue
            c, r = col_tracks[col], row_tracks[row]
            moved[zone.id] = Rect(row, col, c.start, r.start, c.size, r.size)

    created: list[Rect] = []
    for col, slot in enumerate(columns):
        if slot.source is None:
            c = col_tracks[col]
            created.append(Rect(HEADER, col, c.start, header_top, c.size, top - header_top))
    for row, slot in enumerate(rows):
        if slot.source is None and shape.row_headers:
            r = row_tracks[row]
            created.append(Rect(row, HEADER, shape.frame.x, r.start, shape.header_width, r.size))
    for row, row_slot in enumerate(rows):
        for col, col_slot in enumerate(columns):
            if row_slot.source is None or col_slot.source is None:
                c, r = col_tracks[col], row_tracks[row]
                created.append(Rect(row, col, c.start, r.start, c.size, r.size))

    right = col_tracks[-1].start + col_tracks[-1].size
    bottom = row_tracks[-1].start + row_tracks[-1].size
    return Regrid(
        moved, tuple(removed), tuple(created), right - shape.frame.x, bottom - shape.frame.y
    )


def current_slots(tracks: Sequence[Track]) -> list[Slot]:
    """The layout as it is: the starting point for every add/remove/reorder."""
    return [Slot(index, track.size) for index, track in enumerate(tracks)]
