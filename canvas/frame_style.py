"""How frames look: colours, sizes and the small rules that pick them (dark fills get white
text, pale columns get a stronger edge, titles far away keep a readable size).

Kept apart from the items so the far view, the items and tests agree on one look.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGlyphRun, QPainter, QPen

from canvas import look, style, zoom
from canvas.frame_text import far_lines
from canvas.note_item import colour_for
from models.records import ZoneData
from models.templates.plan import HEADER

FRAME_Z_BASE = -1.0e9
"""Frames stack far below every note (send-to-back gives notes small negative z values)."""
FRAME_FILL = QColor("#FFFFFF")
FRAME_BORDER = QColor("#8F99A6")
TITLE_BAR = QColor("#2E3A48")
TITLE_TEXT = QColor("#FFFFFF")
ZONE_BORDER = QColor("#BFC6CF")
HEADER_TEXT = QColor("#1B1B1B")
PROMPT_TEXT = QColor("#4A525C")
LIGHT_TEXT = QColor("#FFFFFF")
LIGHT_PROMPT = QColor("#E8ECF0")
HIGHLIGHT = QColor(style.SELECTION_COLOUR)
HIGHLIGHT_TINT = QColor(26, 95, 208, 28)

TEXT_PAD = 18.0
ACCENT = 10.0
"""Width of the coloured edge of a header (bottom of a column's, left of a row's)."""
MIN_SCREEN_PX = 11.0
"""On-screen size below which a header's full text is swapped for its title on one line."""
FAR_TITLE_SCREEN_PX = 14.0
FAR_STEP = 1.1
FAR_MIN_SCREEN_PX = 8.0
"""A far title shrinks this far before a long word is cut with "…"."""
PROMPT_SCREEN_PX = 14.0
"""A header's prompt is at least this big on the laptop's screen when its frame fills the
window (wrapping onto more lines rather than shrinking), where the header has room for it."""
WORK_VIEWPORT = (1904.0, 843.0)
"""The board's viewport in a 1920×1080 laptop window (menus, toolbar, room bars, status bar
take the rest): where "a frame fills the window" is measured."""
MOOD_SCALE_WIDTH = 46.0
"""Room at the right of a feelings lane header for the −2…+2 scale."""

NO_PEN = QPen(Qt.PenStyle.NoPen)


def pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


FRAME_PEN = pen(FRAME_BORDER, 3.0)
ZONE_PEN = pen(ZONE_BORDER, 2.0)
HIGHLIGHT_PEN = pen(HIGHLIGHT, 8.0)


def readable_prompt_px(frame_width: float, frame_height: float) -> int:
    """Scene px a prompt needs to be :data:`PROMPT_SCREEN_PX` on screen when a frame of this
    size is zoomed to fit the laptop's window (as "zoom to frame" does)."""
    margin = 2 * zoom.FIT_MARGIN_PX
    width, height = WORK_VIEWPORT[0] - margin, WORK_VIEWPORT[1] - margin
    scale = min(width / max(frame_width, 1.0), height / max(frame_height, 1.0), zoom.MAX_FIT_SCALE)
    return math.ceil(PROMPT_SCREEN_PX / scale - 1e-6)


def is_dark(colour: QColor) -> bool:
    """Dark fills (a strong group colour) get white text."""
    red, green, blue = colour.redF(), colour.greenF(), colour.blueF()
    return 0.299 * red + 0.587 * green + 0.114 * blue < 0.55


def accent_for(header: ZoneData, cell_colour: str | None) -> QColor | None:
    """A stronger shade of a column's or row's cell colour for its header's edge, so a pale
    "Dreams" column still reads green from the back of the room. None for neutral cells and
    for headers that already carry a strong colour (a group's)."""
    if cell_colour is None:
        return None
    cell = colour_for(cell_colour)
    if cell.hslSaturationF() < 0.12 or colour_for(header.colour).lightnessF() < 0.85:
        return None
    return QColor.fromHslF(cell.hslHueF(), max(cell.hslSaturationF(), 0.5), 0.62)


def zone_kind(zone: ZoneData) -> str:
    """'column' header, 'row' header, 'cell' of a grid, or 'free' zone (has its own title)."""
    if zone.row == HEADER:
        return "column"
    if zone.col == HEADER:
        return "row"
    return "free" if zone.title or zone.prompt else "cell"


def mood_y(zone: ZoneData | QRectF, mood: int) -> float:
    """Scene y of an emotion mark; the same scale as the handout's curve."""
    top, height = (zone.y(), zone.height()) if isinstance(zone, QRectF) else (zone.y, zone.height)
    return top + height * (0.5 - mood * 0.2)


def bucket(px: float) -> float:
    """Far sizes in steps of 10 %, so zooming reuses cached layouts."""
    return float(FAR_STEP ** round(math.log(max(px, 1.0), FAR_STEP)))


def smallest_screen_px() -> float:
    """The smallest header text the view being painted shows (the projector's is 18 px)."""
    return max(FAR_MIN_SCREEN_PX, look.current.min_text_px)


def far_px(
    text: str, rect: QRectF, lod: float, screen_px: float, centre: bool = False
) -> int | None:
    """The size a far title takes alone: ``screen_px`` on screen, smaller for a long word,
    never taller than its box; None when it would be too small to draw."""
    lod = max(lod, 1e-6)
    least = smallest_screen_px()
    screen_px = max(screen_px, least)
    smallest = max(math.ceil(least / lod - 1e-6), 8)
    px = int(min(max(bucket(screen_px / lod), float(smallest)), rect.height() * 0.8))
    if px * lod < max(4.0, least - 1e-6) or rect.width() <= 0 or not text.strip():
        return None
    width, height = round(rect.width(), 1), round(rect.height(), 1)
    while px > smallest and not far_lines(text, px, width, height, centre).complete:
        px = max(int(px / FAR_STEP), smallest)
    return px


def paint_far_title(
    painter: QPainter,
    text: str,
    rect: QRectF,
    lod: float,
    colour: QColor,
    screen_px: float,
    centre: bool = False,
    middle: bool = False,
    px: int | None = None,
) -> None:
    """Bold text at least ``screen_px`` high on screen (or ``px`` scene units), wrapped into
    ``rect`` and cut with "…" if it must be: how titles stay legible when the whole board is
    in view."""
    glyphs = far_title_glyphs(text, rect, lod, colour, screen_px, centre, middle, px)
    if glyphs is not None:
        paint_glyphs(painter, glyphs)


FarGlyphs = tuple[QColor, QPointF, list[QGlyphRun]]
"""What :func:`paint_far_title` draws, worked out once: colour, origin and glyph runs."""


def far_title_glyphs(
    text: str,
    rect: QRectF,
    lod: float,
    colour: QColor,
    screen_px: float,
    centre: bool = False,
    middle: bool = False,
    px: int | None = None,
    language: str = "",
) -> FarGlyphs | None:
    """The glyphs :func:`paint_far_title` draws, or None when it draws nothing (the far
    view keeps them between frames). ``language``: a long word breaks between its syllables
    with a hyphen before anywhere."""
    if px is None:
        px = far_px(text, rect, lod, screen_px, centre)
    if px is None or not text.strip():
        return None
    lines = far_lines(text, px, round(rect.width(), 1), round(rect.height(), 1), centre)
    if not lines.complete:
        # Wrap a long word rather than cut it ("Loppu|asiakas", not "Loppu…"); a title that
        # does not fit even so is left out: the cell colours and the frame's title still say
        # where we are, and no half word is shown.
        width, height = round(rect.width(), 1), round(rect.height(), 1)
        lines = far_lines(text, px, width, height, centre, True, language)
        if not lines.complete:
            return None
    top = rect.top() + ((rect.height() - lines.height) / 2.0 if centre or middle else 0.0)
    return colour, QPointF(rect.left(), top), lines.runs


def paint_glyphs(painter: QPainter, glyphs: FarGlyphs) -> None:
    colour, origin, runs = glyphs
    painter.setPen(colour)
    for run in runs:
        painter.drawGlyphRun(origin, run)
