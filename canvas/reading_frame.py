"""A frame stop's reading layout: the frame's structure as headings, its notes in place.

Column headers across, row headers down (a free frame keeps the shape of its zones), and in
each cell its notes as cards whose text reaches :data:`canvas.reading.MIN_PX`, or, where they
do not fit so, as colour chips: the room sees what is where, and reads a full cell at the
cell's own stop that follows. Geometry in screen pixels, like :mod:`canvas.reading`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF

from canvas.frame_text import lay_out
from canvas.reading import (
    CHIP_PX,
    HEADING_PX,
    MIN_PX,
    Card,
    Heading,
    Page,
    fit_readable,
    note_text,
    reading_order,
    try_cards,
)
from models.frame_types import FrameGrid
from models.records import NoteData, ZoneData


def _heading(
    text: str,
    rect: QRectF,
    kind: str,
    fill: str = "",
    centre: bool = False,
    largest: int = HEADING_PX[0],
) -> Heading | None:
    if not text.strip():
        return None
    inner = rect.adjusted(8.0, 4.0, -8.0, -4.0)
    lines = fit_readable(
        text, inner.width(), inner.height(), largest, HEADING_PX[1], bold=True, centre=centre
    )
    if lines is None:
        lines = lay_out(text, HEADING_PX[1], True, inner.width(), inner.height(), centre)
    top = inner.top() + (inner.height() - lines.height) / 2.0
    return Heading(QRectF(inner.left(), top, inner.width(), lines.height), lines, kind, fill, text)


def _needed(texts: Sequence[str], width: float) -> float:
    """Height the tallest of ``texts`` needs at the smallest heading size in ``width``."""
    tallest = 0.0
    for text in texts:
        if text.strip():
            lines = lay_out(text, HEADING_PX[1], True, width - 16.0, 10_000.0, False)
            tallest = max(tallest, lines.height)
    return tallest + 12.0


def structure_page(
    grid: FrameGrid,
    zones: Sequence[ZoneData],
    notes_by_zone: dict[int, list[NoteData]],
    area: QRectF,
    language: str = "fi",
    min_px: int = MIN_PX,
    strip: float = 0.0,
) -> Page:
    """A frame as a table of headings filling ``area``; in each cell its notes as cards
    whose text reaches ``min_px``, or, where they do not fit so, as colour chips (read at
    the cell's own stop)."""
    page = Page()
    cells = [zone for zone in zones if zone.row >= 0 and zone.col >= 0]
    cols = sorted({zone.col for zone in cells})
    rows = sorted({zone.row for zone in cells})
    if not cells:
        return page
    if not grid.rows and not grid.columns:
        boxes = _free_boxes(cells, area)
        for zone in cells:
            _fill_cell(
                page, zone, boxes[zone.id], notes_by_zone, language, min_px, HEADING_PX[0], strip
            )
        return page
    row_titles = {zone.row: zone for zone in grid.rows}
    col_titles = {zone.col: zone for zone in grid.columns}
    label_w = 0.0
    if row_titles:
        label_w = min(max(area.width() * 0.2, 160.0), area.width() * 0.3)
    col_w = (area.width() - label_w) / max(len(cols), 1)
    head_h = 0.0
    if col_titles:
        head_h = min(_needed([z.title for z in col_titles.values()], col_w), area.height() * 0.3)
    row_h = (area.height() - head_h) / max(len(rows), 1)
    largest = max(HEADING_PX[0], round(area.height() / 26))
    for index, col in enumerate(cols):
        header = col_titles.get(col)
        if header is not None:
            rect = QRectF(area.left() + label_w + index * col_w, area.top(), col_w, head_h)
            page.boxes.append((rect, header.colour))
            heading = _heading(
                header.title, rect, "column", header.colour, centre=True, largest=largest
            )
            if heading is not None:
                page.headings.append(heading)
    for index, row in enumerate(rows):
        side = row_titles.get(row)
        if side is not None:
            rect = QRectF(area.left(), area.top() + head_h + index * row_h, label_w, row_h)
            page.boxes.append((rect, side.colour))
            heading = _heading(side.title, rect, "row", side.colour, largest=largest)
            if heading is not None:
                page.headings.append(heading)
    _even_out(page.headings)
    for zone in cells:
        rect = QRectF(
            area.left() + label_w + cols.index(zone.col) * col_w,
            area.top() + head_h + rows.index(zone.row) * row_h,
            col_w,
            row_h,
        )
        _fill_cell(page, zone, rect, notes_by_zone, language, min_px, largest, strip)
    return page


def _free_boxes(cells: Sequence[ZoneData], area: QRectF) -> dict[int, QRectF]:
    """A free frame's zones where the wall has them, scaled to fill ``area``."""
    left = min(z.x for z in cells)
    top = min(z.y for z in cells)
    width = max(z.x + z.width for z in cells) - left
    height = max(z.y + z.height for z in cells) - top
    scale = min(area.width() / max(width, 1.0), area.height() / max(height, 1.0))
    x0 = area.left() + (area.width() - width * scale) / 2.0
    y0 = area.top() + (area.height() - height * scale) / 2.0
    return {
        z.id: QRectF(
            x0 + (z.x - left) * scale, y0 + (z.y - top) * scale, z.width * scale, z.height * scale
        )
        for z in cells
    }


def _fill_cell(
    page: Page,
    zone: ZoneData,
    rect: QRectF,
    notes_by_zone: dict[int, list[NoteData]],
    language: str,
    min_px: int,
    largest: int,
    strip: float = 0.0,
) -> None:
    page.boxes.append((rect, zone.colour))
    inner = rect.adjusted(6.0, 6.0, -6.0, -6.0)
    if zone.title.strip():
        title_h = min(_needed([zone.title], inner.width()), inner.height() * 0.5)
        heading = _heading(
            zone.title,
            QRectF(inner.left(), inner.top(), inner.width(), title_h),
            "zone",
            largest=largest,
        )
        if heading is not None:
            page.headings.append(heading)
        inner.setTop(inner.top() + title_h)
    notes = reading_order(notes_by_zone.get(zone.id, []))
    cards = (
        try_cards(
            notes,
            [note_text(n, language) for n in notes],
            inner,
            min_px,
            gap=6.0,
            largest=min_px + 8,
            strip=strip,
        )
        if notes
        else None
    )
    page.cards.extend(cards if cards is not None else _chips(notes, inner))


def _even_out(headings: list[Heading]) -> None:
    """Headers of one kind share one size (the smallest any of them needed): a frame's
    headers read as one set."""
    for kind in ("column", "row"):
        same = [h for h in headings if h.kind == kind]
        if not same:
            continue
        px = min(h.lines.pixel_size for h in same)
        for heading in same:
            if heading.lines.pixel_size != px:
                box = heading.rect
                centre = kind == "column"
                lines = lay_out(heading.lines_text, px, True, box.width(), 10_000.0, centre)
                heading.rect = QRectF(
                    box.left(), box.center().y() - lines.height / 2.0, box.width(), lines.height
                )
                heading.lines = lines


def _chips(notes: Sequence[NoteData], area: QRectF) -> list[Card]:
    if not notes or area.width() <= 0 or area.height() <= 0:
        return []
    side = CHIP_PX[0]
    while side > CHIP_PX[1]:
        per_row = max(int((area.width() + 4.0) // (side + 4.0)), 1)
        if math.ceil(len(notes) / per_row) * (side + 4.0) <= area.height() + 4.0:
            break
        side -= 2.0
    per_row = max(int((area.width() + 4.0) // (side + 4.0)), 1)
    chips = []
    for index, note in enumerate(reading_order(notes)):
        row, col = divmod(index, per_row)
        rect = QRectF(area.left() + col * (side + 4.0), area.top() + row * (side + 4.0), side, side)
        if rect.bottom() > area.bottom() + 0.5:
            break
        chips.append(Card(rect, note, None))
    return chips
