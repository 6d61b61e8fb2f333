"""Each template instance written out as text: tables per customer segment, the journey map
as stages × lanes with its emotion curve, idea lists ranked by votes, zones as lists.

The presentation follows the frame's stored structure (row headers, column headers, cells),
not the template's name, so a fifth template prints sensibly without new code here; only the
journey map's emotion curve and bottleneck lane are recognised by their stored marks.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Final

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from exports.handout_context import Context
from exports.overview import display_text
from exports.pdf_styles import (
    BOTTLENECK_FILL,
    BOTTLENECK_HEX,
    BOTTLENECK_INK,
    HEADER_FILL,
    INK,
    MUTED,
    RULE,
    markup,
    paragraph,
)
from exports.pdf_text import colour
from exports.typefaces import register
from models.experiment import EXPERIMENT_KIND
from models.records import FrameData, ZoneData

BOTTLENECK_KEYS: Final = ("bottlenecks",)
MOOD_LANE: Final = "mood_lane"
MOOD: Final = "mood"


def is_journey(ctx: Context, frame: FrameData) -> bool:
    rows = ctx.snapshot.row_headers(frame.id)
    return frame.template_key == "journey_map" or any(zone.data.get(MOOD_LANE) for zone in rows)


def wants_landscape(ctx: Context, frame: FrameData) -> bool:
    """A journey map's table needs the width of a landscape page."""
    return is_journey(ctx, frame) and bool(ctx.snapshot.column_headers(frame.id))


def _cells_by_position(ctx: Context, frame: FrameData) -> dict[tuple[int, int], ZoneData]:
    return {(zone.row, zone.col): zone for zone in ctx.snapshot.cells(frame.id)}


def _cell_flowables(ctx: Context, zone: ZoneData | None) -> list[Flowable]:
    notes = ctx.snapshot.notes_in_zone(zone.id) if zone is not None else []
    found = ctx.note_cell(notes)
    return found or [paragraph("–", ctx.styles.small)]


def _cell_height(ctx: Context, zone: ZoneData | None, width: float) -> float:
    """About how tall a table cell of this zone's notes would be: a cheap estimate with the
    cached word widths, to keep huge cells out of tables (splitting them is very slow)."""
    if zone is None:
        return 0.0
    room = max(20.0, width - 18.0)
    height = 8.0
    for note in ctx.snapshot.notes_in_zone(zone.id):
        if note.kind == EXPERIMENT_KIND:
            continue
        for line in display_text(note, ctx.language).split("\n"):
            height += max(1, math.ceil(ctx.regular.width(line, 8.5) / room)) * 10.8
        height += 3.0
    return height


def _label(ctx: Context, zone: ZoneData, bottleneck: bool = False) -> Paragraph:
    title = markup(ctx.snapshot.zone_label(zone))
    if bottleneck:
        title = f'<font color="{BOTTLENECK_HEX}">\u26a0 {title}</font>'
    return paragraph(title, ctx.styles.h3)


def _header(ctx: Context, zone: ZoneData, bold: bool = True) -> Paragraph:
    style = ctx.styles.cell_bold if bold else ctx.styles.cell
    return paragraph(markup(ctx.snapshot.zone_label(zone)), style)


def _base_style() -> list[tuple[Any, ...]]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), register()[0]),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]


# --- rows × columns: one table per row (customer dream / fear) -------------------------------
def segment_tables(ctx: Context, frame: FrameData, width: float, height: float) -> list[Flowable]:
    """A table per row (customer segment); a row too long for a page becomes lists."""
    snapshot = ctx.snapshot
    columns = snapshot.column_headers(frame.id)
    cells = _cells_by_position(ctx, frame)
    story: list[Flowable] = []
    col_width = width / max(1, len(columns))
    for row in snapshot.row_headers(frame.id):
        story.append(ctx.heading(snapshot.zone_label(row)))
        if row.prompt.strip():
            story.append(ctx.muted(row.prompt))
        zones = [cells.get((row.row, column.col)) for column in columns]
        if max((_cell_height(ctx, z, col_width) for z in zones), default=0) > height * 0.6:
            for column, zone in zip(columns, zones, strict=True):
                story.append(_label(ctx, column))
                notes = snapshot.notes_in_zone(zone.id) if zone is not None else []
                story += ctx.note_list(notes) or [ctx.muted(ctx.t("no_notes"))]
            continue
        header = [_header(ctx, column) for column in columns]
        body = [_cell_flowables(ctx, cells.get((row.row, column.col))) for column in columns]
        table = Table(
            [header, body], colWidths=[col_width] * len(columns), repeatRows=1, splitInRow=1
        )
        style = _base_style()
        for index, column in enumerate(columns):
            style.append(("BACKGROUND", (index, 0), (index, 0), colour(column.colour)))
            cell = cells.get((row.row, column.col))
            if cell is not None:
                style.append(("BACKGROUND", (index, 1), (index, 1), colour(cell.colour)))
        table.setStyle(TableStyle(style))
        story += [table, Spacer(1, 6)]
    return story


# --- the journey map: stages × lanes with the emotion curve ----------------------------------
class MoodCurve(Flowable):
    """The journey map's feelings (−2…+2 per stage) drawn across the table's stage columns."""

    def __init__(self, ctx: Context, widths: Sequence[float], moods: Sequence[int | None]) -> None:
        super().__init__()
        self.ctx = ctx
        self.widths = list(widths)
        self.moods = list(moods)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = sum(self.widths), 74.0
        return self.width, self.height

    def _y(self, mood: float) -> float:
        return 10 + (mood + 2) / 4 * (self.height - 20)

    def draw(self) -> None:
        canvas, ctx = self.canv, self.ctx
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        label_width = self.widths[0]
        canvas.setFont(ctx.bold.font, 8.5)
        canvas.setFillColor(INK)
        canvas.drawString(5, self.height - 13, ctx.t("emotion_curve"))
        canvas.setFont(ctx.regular.font, 7)
        canvas.setFillColor(MUTED)
        for mood, label in ((2, "+2"), (0, "0"), (-2, "\u22122")):
            canvas.drawRightString(label_width - 4, self._y(mood) - 2.5, label)
        canvas.setDash(1, 2)
        canvas.line(label_width, self._y(0), self.width, self._y(0))
        canvas.setDash()
        points: list[tuple[float, float, int]] = []
        left = label_width
        for width, value in zip(self.widths[1:], self.moods, strict=False):
            if value is not None:
                points.append((left + width / 2, self._y(value), value))
            left += width
        if not points:
            canvas.drawString(label_width + 6, self._y(0) + 4, ctx.t("no_marks"))
        ink = HexColor("#B5462F")
        canvas.setStrokeColor(ink)
        canvas.setFillColor(ink)
        canvas.setLineWidth(1.6)
        if len(points) > 1:
            path = canvas.beginPath()
            path.moveTo(points[0][0], points[0][1])
            for x, y, _ in points[1:]:
                path.lineTo(x, y)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.setFont(ctx.bold.font, 7)
        for x, y, mood in points:
            canvas.circle(x, y, 3, stroke=0, fill=1)
            canvas.drawCentredString(x, y + 5, f"{mood:+d}".replace("-", "\u2212") if mood else "0")
        canvas.restoreState()


def _mood(zone: ZoneData | None) -> int | None:
    value = zone.data.get(MOOD) if zone is not None else None
    if isinstance(value, int) and not isinstance(value, bool) and -2 <= value <= 2:
        return value
    return None


def _mood_curve(ctx: Context, frame: FrameData, widths: list[float]) -> list[Flowable]:
    snapshot = ctx.snapshot
    cells = _cells_by_position(ctx, frame)
    lane = next((z for z in snapshot.row_headers(frame.id) if z.data.get(MOOD_LANE)), None)
    if lane is None:
        return []
    moods = [_mood(cells.get((lane.row, stage.col))) for stage in snapshot.column_headers(frame.id)]
    return [MoodCurve(ctx, widths, moods)]


def journey_lists(ctx: Context, frame: FrameData, widths: list[float]) -> list[Flowable]:
    """Stage by stage, lane by lane: for a journey map too full for one table."""
    snapshot = ctx.snapshot
    cells = _cells_by_position(ctx, frame)
    story: list[Flowable] = [*_mood_curve(ctx, frame, widths), Spacer(1, 6)]
    for stage in snapshot.column_headers(frame.id):
        story.append(ctx.heading(snapshot.zone_label(stage)))
        for lane in snapshot.row_headers(frame.id):
            zone = cells.get((lane.row, stage.col))
            notes = snapshot.notes_in_zone(zone.id) if zone is not None else []
            if notes:
                story.append(_label(ctx, lane, lane.key in BOTTLENECK_KEYS))
                story += ctx.note_list(notes)
    return story


def journey_table(ctx: Context, frame: FrameData, width: float, height: float) -> list[Flowable]:
    snapshot = ctx.snapshot
    stages = snapshot.column_headers(frame.id)
    lanes = snapshot.row_headers(frame.id)
    cells = _cells_by_position(ctx, frame)
    lane_width = min(110.0, width * 0.16)
    stage_width = (width - lane_width) / max(1, len(stages))
    widths = [lane_width] + [stage_width] * len(stages)
    tallest = max((_cell_height(ctx, zone, stage_width) for zone in cells.values()), default=0)
    if tallest > height * 0.45:
        return journey_lists(ctx, frame, widths)
    header: list[Flowable | str] = [paragraph(markup(ctx.t("stage")), ctx.styles.label)]
    header += [_header(ctx, stage) for stage in stages]
    data: list[list[Flowable | str | list[Flowable]]] = [list(header)]
    style = [*_base_style(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
    for index, lane in enumerate(lanes, start=1):
        bottleneck = lane.key in BOTTLENECK_KEYS
        title = markup(snapshot.zone_label(lane))
        if bottleneck:
            title = f'<font color="{BOTTLENECK_HEX}">\u26a0 {title}</font>'
        row: list[Flowable | str | list[Flowable]] = [paragraph(title, ctx.styles.cell_bold)]
        row += [_cell_flowables(ctx, cells.get((lane.row, stage.col))) for stage in stages]
        data.append(row)
        if bottleneck:
            style += [
                ("BACKGROUND", (0, index), (-1, index), BOTTLENECK_FILL),
                ("LINEBEFORE", (0, index), (0, index), 3, BOTTLENECK_INK),
            ]
        else:
            style.append(("BACKGROUND", (0, index), (0, index), HEADER_FILL))
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(style))
    return [table, Spacer(1, 8), *_mood_curve(ctx, frame, widths)]


# --- columns only: idea lists ranked by votes ------------------------------------------------
def ranked_columns(ctx: Context, frame: FrameData) -> list[Flowable]:
    snapshot = ctx.snapshot
    cells = _cells_by_position(ctx, frame)
    story: list[Flowable] = []
    for column in snapshot.column_headers(frame.id):
        zones = [zone for (row, col), zone in sorted(cells.items()) if col == column.col]
        notes = [note for zone in zones for note in snapshot.notes_in_zone(zone.id)]
        story.append(ctx.heading(snapshot.zone_label(column)))
        if ctx.has_votes:
            story.append(ctx.muted(ctx.t("ranked")))
        listed = ctx.note_list(ctx.ranked(notes), numbered=True)
        story += listed or [ctx.muted(ctx.t("no_notes"))]
    return story


# --- anything else: each zone as a list ------------------------------------------------------
def zone_lists(ctx: Context, frame: FrameData) -> list[Flowable]:
    snapshot = ctx.snapshot
    story: list[Flowable] = []
    for zone in snapshot.cells(frame.id):
        notes = [n for n in snapshot.notes_in_zone(zone.id) if n.kind != EXPERIMENT_KIND]
        if not notes:
            continue
        story.append(ctx.heading(snapshot.zone_label(zone)))
        story += ctx.note_list(ctx.ranked(notes), numbered=ctx.has_votes, show_group=True)
    return story


def frame_text(ctx: Context, frame: FrameData, width: float, height: float) -> list[Flowable]:
    """The text section of one frame (without its experiment cards)."""
    snapshot = ctx.snapshot
    rows, columns = snapshot.row_headers(frame.id), snapshot.column_headers(frame.id)
    if rows and columns:
        if is_journey(ctx, frame):
            return journey_table(ctx, frame, width, height)
        return segment_tables(ctx, frame, width, height)
    if columns:
        return ranked_columns(ctx, frame)
    if snapshot.cells(frame.id):
        return zone_lists(ctx, frame)
    notes = snapshot.loose_notes(frame.id)
    return ctx.note_list(ctx.ranked(notes), numbered=ctx.has_votes, show_group=True)


def frame_is_empty(ctx: Context, frame: FrameData) -> bool:
    return not ctx.snapshot.notes_in_frame(frame.id)
