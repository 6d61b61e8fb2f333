"""The template format: plain frozen data that describes a frame and its zones.

A template is a description, never a class with behaviour: the four starter templates and any
later one are values of :class:`Template`. Everything that turns a template into rows of a
board (geometry, language, options) lives in :mod:`models.templates.plan`, so a new template
needs a new value and nothing else.

Two layouts exist. A :class:`GridLayout` is rows × columns with a header for each row and each
column (customer segments × dreams/goal/fear, lanes × stages); a grid with no rows is a single
row of columns without row headers (group idea lists). A :class:`FreeLayout` places named zones
anywhere inside the frame (the experiment wall's themes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.palette import is_valid_colour

LANGUAGES = ("fi", "sv", "en")
"""Languages every label carries; any other board language shows the Finnish text."""


@dataclass(frozen=True, slots=True)
class Label:
    """One user-facing text in Finnish and English; Swedish comes from
    :data:`models.templates.swedish.SWEDISH` (by the English text)."""

    fi: str
    en: str

    def text(self, language: str) -> str:
        """The text for a board in ``language``; Finnish first, as the workshops are."""
        if language == "sv":
            from models.templates.swedish import SWEDISH

            return SWEDISH.get(self.en) or self.fi
        return self.en if language == "en" else self.fi


NO_LABEL = Label("", "")


@dataclass(frozen=True, slots=True)
class Band:
    """One row or one column of a grid: a customer segment, a lane, a stage, a group."""

    key: str
    title: Label
    prompt: Label = NO_LABEL
    size: float | None = None
    """Width of a column or height of a row; ``None`` takes the layout's default."""
    colour: str | None = None
    """Fill of the band's cells; ``None`` takes the template's cell colour."""
    header_colour: str | None = None
    """Fill of the band's header; ``None`` takes the template's header colour."""
    option: str | None = None
    """The band exists only when this instantiation option is on (see :class:`Option`)."""
    mood: bool = False
    """Each cell of this row keeps an emotion mark (−2…+2) drawn as a curve across columns."""
    per_group: bool = False
    """A stand-in for the board's groups: when the board has groups, all ``per_group`` bands
    are replaced by one band per group, in the groups' order."""


@dataclass(frozen=True, slots=True)
class GridLayout:
    rows: tuple[Band, ...]
    columns: tuple[Band, ...]
    cell_width: float = 480.0
    cell_height: float = 480.0
    row_header_width: float = 280.0
    """Width of the row headers; ignored when ``rows`` is empty (no row headers then)."""
    column_header_height: float = 130.0


@dataclass(frozen=True, slots=True)
class FreeZone:
    """A zone placed freely; ``x``/``y`` are measured from the frame's content origin (the
    top-left corner below the title bar)."""

    key: str
    title: Label
    prompt: Label = NO_LABEL
    x: float = 0.0
    y: float = 0.0
    width: float = 480.0
    height: float = 480.0
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class FreeLayout:
    zones: tuple[FreeZone, ...]
    width: float
    height: float
    """Size of the content area below the title bar."""


@dataclass(frozen=True, slots=True)
class Option:
    """A choice offered when the template is inserted (a check box in the dialog)."""

    key: str
    label: Label
    default: bool = False


@dataclass(frozen=True, slots=True)
class Template:
    key: str
    name: Label
    description: Label
    layout: GridLayout | FreeLayout
    title_height: float = 90.0
    header_colour: str = "#EEF2F7"
    cell_colour: str = "#FFFFFF"
    options: tuple[Option, ...] = ()
    card_kind: str = "note"
    """The kind of item a new item inside this frame should be ('note', 'experiment')."""
    examples: tuple[Label, ...] = field(default=())
    """A few sample texts for the preview, from real sessions."""

    def __post_init__(self) -> None:
        check_template(self)


def _check_colour(colour: str | None, where: str) -> None:
    if colour is not None and not is_valid_colour(colour):
        raise ValueError(f"{where}: not a colour: {colour!r}")


def _check_keys(keys: list[str], where: str) -> None:
    if any(not key or "/" in key for key in keys):
        raise ValueError(f"{where}: keys must be non-empty and must not contain '/'")
    if len(set(keys)) != len(keys):
        raise ValueError(f"{where}: keys must be unique, got {keys}")


def check_template(template: Template) -> None:
    """Refuse a malformed template when it is defined, not when a facilitator inserts it."""
    where = f"template {template.key!r}"
    _check_keys([template.key], where)
    _check_colour(template.header_colour, where)
    _check_colour(template.cell_colour, where)
    _check_keys([option.key for option in template.options], where)
    if template.title_height < 0:
        raise ValueError(f"{where}: title_height must not be negative")
    layout = template.layout
    if isinstance(layout, GridLayout):
        if not layout.columns:
            raise ValueError(f"{where}: a grid needs at least one column")
        option_keys = {option.key for option in template.options}
        for bands, name in ((layout.rows, "rows"), (layout.columns, "columns")):
            _check_keys([band.key for band in bands], f"{where} {name}")
            for band in bands:
                _check_colour(band.colour, f"{where} {band.key}")
                _check_colour(band.header_colour, f"{where} {band.key}")
                if band.size is not None and band.size <= 0:
                    raise ValueError(f"{where} {band.key}: size must be positive")
                if band.option is not None and band.option not in option_keys:
                    raise ValueError(f"{where} {band.key}: unknown option {band.option!r}")
        if any(band.mood for band in layout.columns):
            raise ValueError(f"{where}: only rows can hold emotion marks")
        if any(band.per_group for band in layout.rows):
            raise ValueError(f"{where}: only columns can stand for groups")
        sizes = (layout.cell_width, layout.cell_height, layout.column_header_height)
        if min(sizes) <= 0 or layout.row_header_width < 0:
            raise ValueError(f"{where}: sizes must be positive")
    else:
        if not layout.zones:
            raise ValueError(f"{where}: a free layout needs at least one zone")
        _check_keys([zone.key for zone in layout.zones], where)
        for zone in layout.zones:
            _check_colour(zone.colour, f"{where} {zone.key}")
            if zone.width <= 0 or zone.height <= 0:
                raise ValueError(f"{where} {zone.key}: size must be positive")
            inside = (
                zone.x >= 0
                and zone.x + zone.width <= layout.width
                and zone.y >= 0
                and zone.y + zone.height <= layout.height
            )
            if not inside:
                raise ValueError(f"{where} {zone.key}: the zone lies outside the frame")
