"""Turn a template into absolute frame and zone geometry, without touching a board.

The plan is pure data, so the same code serves inserting a template (``doc.frames``), the
preview in the "Insert template…" dialog and tests. How zones are numbered on a board:

* a cell, lane cell or free zone has ``row >= 0`` and ``col >= 0``; notes belong only to these;
* a column header (a stage, a dream/goal/fear heading, a group) has ``row == HEADER``;
* a row header (a customer segment, a lane) has ``col == HEADER``.

A cell's key is ``"<row key>/<column key>"`` (just the column key in a grid without rows), so
the handout and the canvas can find "the end customer's dreams" by meaning, not by position.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final

from models.records import GroupData
from models.templates.format import Band, FreeLayout, GridLayout, Label, Template

HEADER: Final = -1
"""``row`` of a column header and ``col`` of a row header."""

MOOD_LANE: Final = "mood_lane"
"""Zone data key on a row header whose cells keep emotion marks."""
MOOD: Final = "mood"
"""Zone data key on a cell holding its emotion mark (−2…+2) or ``None`` while unmarked."""
MOOD_RANGE: Final = (-2, 2)


@dataclass(frozen=True, slots=True)
class ZonePlan:
    key: str
    title: str
    prompt: str
    row: int
    col: int
    x: float
    y: float
    width: float
    height: float
    colour: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FramePlan:
    template_key: str
    title: str
    x: float
    y: float
    width: float
    height: float
    zones: tuple[ZonePlan, ...]


def cell_key(row_key: str | None, col_key: str) -> str:
    return col_key if row_key is None else f"{row_key}/{col_key}"


def tint(colour: str, amount: float = 0.22) -> str:
    """``colour`` mixed into white: a group's strong note colour becomes a readable cell fill."""
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - value) * amount) for value in channels]
    return "#" + "".join(f"{value:02X}" for value in mixed)


def resolve_options(template: Template, options: Mapping[str, bool] | None) -> dict[str, bool]:
    """The template's defaults overridden by ``options``; unknown option names are refused."""
    chosen = {option.key: option.default for option in template.options}
    for key, value in (options or {}).items():
        if key not in chosen:
            raise ValueError(f"template {template.key!r} has no option {key!r}")
        chosen[key] = bool(value)
    return chosen


def group_bands(bands: Sequence[Band], groups: Sequence[GroupData]) -> tuple[Band, ...]:
    """Replace the ``per_group`` stand-ins by one band per board group (if there are groups)."""
    stand_ins = [band for band in bands if band.per_group]
    if not stand_ins or not groups:
        return tuple(bands)
    model = stand_ins[0]
    ordered = sorted(groups, key=lambda group: (group.position, group.id))
    made = [
        replace(
            model,
            key=f"group-{group.id}",
            title=Label(group.name, group.name),
            colour=tint(group.colour),
            header_colour=group.colour,
            per_group=False,
        )
        for group in ordered
    ]
    first = bands.index(model)
    kept = [band for band in bands if not band.per_group]
    return (*kept[:first], *made, *kept[first:])


def plan_frame(
    template: Template,
    x: float,
    y: float,
    language: str = "fi",
    options: Mapping[str, bool] | None = None,
    groups: Sequence[GroupData] = (),
) -> FramePlan:
    """Where every zone of ``template`` goes when its frame's top-left corner is at (x, y)."""
    chosen = resolve_options(template, options)
    title = template.name.text(language)
    layout = template.layout
    if isinstance(layout, FreeLayout):
        return _plan_free(template, layout, x, y, title, language)
    return _plan_grid(template, layout, x, y, title, language, chosen, groups)


def _plan_free(
    template: Template, layout: FreeLayout, x: float, y: float, title: str, language: str
) -> FramePlan:
    top = y + template.title_height
    zones = tuple(
        ZonePlan(
            zone.key,
            zone.title.text(language),
            zone.prompt.text(language),
            index,
            0,
            x + zone.x,
            top + zone.y,
            zone.width,
            zone.height,
            zone.colour or template.cell_colour,
        )
        for index, zone in enumerate(layout.zones)
    )
    return FramePlan(
        template.key, title, x, y, layout.width, template.title_height + layout.height, zones
    )


def _plan_grid(
    template: Template,
    layout: GridLayout,
    x: float,
    y: float,
    title: str,
    language: str,
    chosen: Mapping[str, bool],
    groups: Sequence[GroupData],
) -> FramePlan:
    def wanted(band: Band) -> bool:
        return band.option is None or chosen[band.option]

    rows = [band for band in layout.rows if wanted(band)]
    columns = [band for band in group_bands(layout.columns, groups) if wanted(band)]
    header_width = layout.row_header_width if rows else 0.0
    left = x + header_width
    header_top = y + template.title_height
    top = header_top + layout.column_header_height
    zones: list[ZonePlan] = []

    col_x: list[tuple[float, float]] = []
    cursor = left
    for index, band in enumerate(columns):
        width = band.size or layout.cell_width
        col_x.append((cursor, width))
        zones.append(
            ZonePlan(
                band.key,
                band.title.text(language),
                band.prompt.text(language),
                HEADER,
                index,
                cursor,
                header_top,
                width,
                layout.column_header_height,
                band.header_colour or template.header_colour,
            )
        )
        cursor += width

    row_y: list[tuple[Band | None, float, float]] = []
    cursor = top
    for index, band in enumerate(rows):
        height = band.size or layout.cell_height
        row_y.append((band, cursor, height))
        zones.append(
            ZonePlan(
                band.key,
                band.title.text(language),
                band.prompt.text(language),
                index,
                HEADER,
                x,
                cursor,
                header_width,
                height,
                band.header_colour or template.header_colour,
                {MOOD_LANE: True} if band.mood else {},
            )
        )
        cursor += height
    if not rows:
        row_y.append((None, top, layout.cell_height))
        cursor = top + layout.cell_height

    for row_index, (row_band, row_top, height) in enumerate(row_y):
        for col_index, col_band in enumerate(columns):
            col_left, width = col_x[col_index]
            colour = (
                (row_band.colour if row_band else None) or col_band.colour or template.cell_colour
            )
            zones.append(
                ZonePlan(
                    cell_key(row_band.key if row_band else None, col_band.key),
                    "",
                    "",
                    row_index,
                    col_index,
                    col_left,
                    row_top,
                    width,
                    height,
                    colour,
                    {MOOD: None} if row_band and row_band.mood else {},
                )
            )

    width = header_width + sum(width for _, width in col_x)
    return FramePlan(template.key, title, x, y, width, cursor - y, tuple(zones))
