"""Every cell of a board in words, from one read of the zones table.

``FrameStore.label`` answers for one cell with three queries; a list of every cell (the
quick-note target) needs all of them at once, so this builds the same words for all cells
from the rows already read: O(zones), no query per cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.records import FrameData, ZoneData
from models.templates.plan import HEADER


@dataclass(frozen=True, slots=True)
class CellEntry:
    zone_id: int
    label: str


@dataclass(frozen=True, slots=True)
class FrameCells:
    frame_id: int
    title: str
    cells: tuple[CellEntry, ...]


def cell_labels(zones: Sequence[ZoneData]) -> dict[int, str]:
    """``zone id → "row · column · title"`` for every cell (as :meth:`FrameStore.label`)."""
    row_titles: dict[tuple[int, int], str] = {}
    col_titles: dict[tuple[int, int], str] = {}
    for zone in zones:
        if zone.col == HEADER and zone.row != HEADER:
            row_titles.setdefault((zone.frame_id, zone.row), zone.title)
        elif zone.row == HEADER and zone.col != HEADER:
            col_titles.setdefault((zone.frame_id, zone.col), zone.title)
    labels: dict[int, str] = {}
    for zone in zones:
        if zone.row == HEADER or zone.col == HEADER:
            continue
        parts = (
            row_titles.get((zone.frame_id, zone.row), ""),
            col_titles.get((zone.frame_id, zone.col), ""),
            zone.title,
        )
        labels[zone.id] = " · ".join(part for part in parts if part)
    return labels


def cells_by_frame(frames: Sequence[FrameData], zones: Sequence[ZoneData]) -> list[FrameCells]:
    """The cells of each frame in board order (frames as given, cells row by row)."""
    labels = cell_labels(zones)
    grouped: dict[int, list[CellEntry]] = {frame.id: [] for frame in frames}
    for zone in zones:
        entries = grouped.get(zone.frame_id)
        if entries is not None and zone.id in labels:
            entries.append(CellEntry(zone.id, labels[zone.id] or zone.title))
    return [FrameCells(frame.id, frame.title, tuple(grouped[frame.id])) for frame in frames]
