"""Frames and zones on the canvas: the template's wall drawn below the notes.

A :class:`FrameItem` draws a frame's background and its title bar (the handle a frame is
dragged by); its zones are :class:`ZoneItem` children, so a frame's preview during a drag moves
everything at once. Items are views of the model's rows, like notes: the frame layer hands them
fresh :class:`~models.records.FrameData` / :class:`~models.records.ZoneData` after each commit.

Frames take no mouse buttons themselves: a press on a cell still starts a rubber band, and the
view decides what a press on a title bar or a header means (see :mod:`canvas.frame_input`).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas import style
from canvas.frame_text import Lines, TextBox, far_lines, fit_box, frame_font
from canvas.note_item import colour_for
from models.frame_types import is_cell
from models.records import FrameData, ZoneData
from models.templates.plan import HEADER, MOOD_LANE
from models.templates.tidy import ZONE_CAPTION

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
MOOD_SCALE_WIDTH = 46.0
"""Room at the right of a feelings lane header for the −2…+2 scale."""

_NO_PEN = QPen(Qt.PenStyle.NoPen)


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


_FRAME_PEN = _pen(FRAME_BORDER, 3.0)
_ZONE_PEN = _pen(ZONE_BORDER, 2.0)
_HIGHLIGHT_PEN = _pen(HIGHLIGHT, 8.0)


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
    top, height = (zone.y(), zone.height()) if isinstance(zone, QRectF) else (zone.y,
                                                                               zone.height)
    return top + height * (0.5 - mood * 0.2)


class FrameItem(QGraphicsItem):
    """A frame's white background, border and dark title bar with the frame's title."""

    Type: int = 65536 + 10

    def __init__(self, frame: FrameData, title_height: float) -> None:
        super().__init__()
        self.frame = frame
        self.title_height = title_height
        self._text: TextBox | None = None
        self._far_caps: dict[tuple[str, float], int | None] = {}
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._geometry()
        self.setPos(frame.x, frame.y)
        self.setZValue(FRAME_Z_BASE + frame.z)

    def type(self) -> int:
        return FrameItem.Type

    @property
    def frame_id(self) -> int:
        return self.frame.id

    def _geometry(self) -> None:
        self._rect = QRectF(0.0, 0.0, self.frame.width, self.frame.height)
        self._bounds = self._rect.adjusted(-3.0, -3.0, 3.0, 3.0)

    def apply(self, frame: FrameData, title_height: float) -> None:
        old = self.frame
        self.frame = frame
        if (old.width, old.height) != (frame.width, frame.height) or \
                title_height != self.title_height:
            self.prepareGeometryChange()
            self._geometry()
            self._text = None
        self.title_height = title_height
        if old.title != frame.title:
            self._text = None
        if self.pos() != QPointF(frame.x, frame.y):
            self.setPos(frame.x, frame.y)
        self.setZValue(FRAME_Z_BASE + frame.z)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def rect(self) -> QRectF:
        return self._rect

    def scene_rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def forget_far_sizes(self) -> None:
        self._far_caps.clear()

    def far_size(self, kind: str, lod: float) -> int | None:
        """One far title size for all headers of a kind in this frame: the smallest any of
        them needs, so zoomed out the headers still look like one set."""
        key = (kind, _bucket(MIN_SCREEN_PX / max(lod, 1e-6)))
        if key not in self._far_caps:
            sizes = [far_px(z.zone.title, z.text_rect(True), lod, MIN_SCREEN_PX,
                            kind == "column")
                     for z in self.childItems() if isinstance(z, ZoneItem) and z.kind == kind
                     and z.zone.title.strip()]
            found = [size for size in sizes if size is not None]
            self._far_caps[key] = min(found) if found else None
        return self._far_caps[key]

    def title_rect(self) -> QRectF:
        """The title bar in item coordinates: where a frame is dragged and renamed."""
        return QRectF(0.0, 0.0, self._rect.width(), max(self.title_height, 0.0))

    def title_text_rect(self) -> QRectF:
        bar = self.title_rect()
        pad = min(24.0, bar.height() * 0.22)
        return bar.adjusted(pad * 1.4, pad, -pad * 1.4, -pad)

    def text_box(self) -> TextBox:
        if self._text is None:
            rect = self.title_text_rect()
            largest = int(max(min(rect.height() * 0.95, 56.0), 16.0))
            self._text = fit_box(self.frame.title, "", rect, (largest, 16), (14, 14))
            if self._text.title is not None:
                top = rect.top() + (rect.height() - self._text.title.height) / 2.0
                self._text.title_at = QPointF(rect.left(), top)
        return self._text

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(_FRAME_PEN)
        painter.setBrush(FRAME_FILL)
        painter.drawRect(self._rect)
        bar = self.title_rect()
        if bar.height() <= 0:
            return
        painter.setPen(_NO_PEN)
        painter.fillRect(bar, TITLE_BAR)
        lod = painter.worldTransform().m11()
        box = self.text_box()
        if box.title is not None and box.title.pixel_size * lod >= MIN_SCREEN_PX:
            box.paint(painter, TITLE_TEXT, TITLE_TEXT)
        else:
            bar = self.title_rect()
            paint_far_title(painter, self.frame.title, bar.adjusted(bar.height() * 0.25, 0, 0, 0)
                            .adjusted(0, bar.height() * 0.1, 0, -bar.height() * 0.1), lod,
                            TITLE_TEXT, FAR_TITLE_SCREEN_PX, middle=True)


def _bucket(px: float) -> float:
    """Far sizes in steps of 10 %, so zooming reuses cached layouts."""
    return float(FAR_STEP ** round(math.log(max(px, 1.0), FAR_STEP)))


def far_px(text: str, rect: QRectF, lod: float, screen_px: float,
           centre: bool = False) -> int | None:
    """The size a far title takes alone: ``screen_px`` on screen, smaller for a long word,
    never taller than its box; None when it would be too small to draw."""
    lod = max(lod, 1e-6)
    px = int(min(max(_bucket(screen_px / lod), 8.0), rect.height() * 0.8))
    if px * lod < 4.0 or rect.width() <= 0 or not text.strip():
        return None
    width, height = round(rect.width(), 1), round(rect.height(), 1)
    smallest = max(int(FAR_MIN_SCREEN_PX / lod), 8)
    while px > smallest and not far_lines(text, px, width, height, centre).complete:
        px = max(int(px / FAR_STEP), smallest)
    return px


def paint_far_title(painter: QPainter, text: str, rect: QRectF, lod: float, colour: QColor,
                    screen_px: float, centre: bool = False, middle: bool = False,
                    px: int | None = None) -> None:
    """Bold text at least ``screen_px`` high on screen (or ``px`` scene units), wrapped into
    ``rect`` and cut with "…" if it must be: how titles stay legible when the whole board is
    in view."""
    if px is None:
        px = far_px(text, rect, lod, screen_px, centre)
    if px is None or not text.strip():
        return
    lines = far_lines(text, px, round(rect.width(), 1), round(rect.height(), 1), centre)
    top = rect.top() + ((rect.height() - lines.height) / 2.0 if centre or middle else 0.0)
    painter.setPen(colour)
    origin = QPointF(rect.left(), top)
    for run in lines.runs:
        painter.drawGlyphRun(origin, run)


class ZoneItem(QGraphicsItem):
    """A header (column or row), a cell, or a free zone, as a child of its frame item."""

    Type: int = 65536 + 11

    def __init__(self, zone: ZoneData, parent: FrameItem) -> None:
        super().__init__(parent)
        self.zone = zone
        self.highlighted = False
        self.accent: QColor | None = None
        self._text: TextBox | None = None
        self._natural: Lines | None = None
        self._cap: int | None = None
        self._prompt_cap: int | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._place(parent)

    def type(self) -> int:
        return ZoneItem.Type

    @property
    def zone_id(self) -> int:
        return self.zone.id

    @property
    def kind(self) -> str:
        return zone_kind(self.zone)

    @property
    def is_cell(self) -> bool:
        """Notes can belong here (a cell or a free zone), not to a header."""
        return is_cell(self.zone)

    @property
    def is_mood_lane(self) -> bool:
        return bool(self.zone.data.get(MOOD_LANE))

    def _place(self, parent: FrameItem) -> None:
        self._rect = QRectF(0.0, 0.0, self.zone.width, self.zone.height)
        self._bounds = self._rect.adjusted(-4.0, -4.0, 4.0, 4.0)
        frame = parent.frame
        self.setPos(self.zone.x - frame.x, self.zone.y - frame.y)

    def apply(self, zone: ZoneData, parent: FrameItem) -> None:
        old = self.zone
        self.zone = zone
        if (old.width, old.height) != (zone.width, zone.height):
            self.prepareGeometryChange()
            self._text = self._natural = None
        if (old.title, old.prompt, old.data, old.row, old.col) != (
                zone.title, zone.prompt, zone.data, zone.row, zone.col):
            self._text = self._natural = None
        self._place(parent)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def rect(self) -> QRectF:
        return self._rect

    def scene_rect(self) -> QRectF:
        return self.mapRectToScene(self._rect)

    def set_accent(self, accent: QColor | None) -> None:
        if accent != self.accent:
            self.accent = accent
            self.update()

    def accent_rect(self) -> QRectF:
        if self.kind == "column":
            return QRectF(0.0, self._rect.height() - ACCENT, self._rect.width(), ACCENT)
        return QRectF(0.0, 0.0, ACCENT, self._rect.height())

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    # --- text -----------------------------------------------------------------------------
    def text_rect(self, far: bool = False) -> QRectF:
        """Where the title and prompt go, in item coordinates (``far``: the title alone,
        when the whole board is in view and the feelings scale is not drawn)."""
        pad = TEXT_PAD * (0.5 if far else 1.0)
        rect = self._rect.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)
        kind = self.kind
        if kind == "row" and self.is_mood_lane and not far:
            rect.setRight(rect.right() - MOOD_SCALE_WIDTH)
        elif kind in ("free", "cell"):
            rect.setHeight(min(rect.height(), ZONE_CAPTION - TEXT_PAD))
        return rect

    def _sizes(self) -> tuple[tuple[int, int], tuple[int, int]]:
        kind = self.kind
        if kind == "column":
            return (38, 18), (24, 16)
        if kind == "row":
            return (34, 18), (23, 16)
        return (40, 20), (24, 14)

    def natural_title_px(self) -> int | None:
        """The title size this header would choose alone (before a frame evens them out)."""
        if self._natural is None:
            title, prompt = self._sizes()
            self._natural = fit_box(self.zone.title, self.zone.prompt, self.text_rect(), title,
                                    prompt, self.kind == "column").title
        return self._natural.pixel_size if self._natural is not None else None

    def set_title_cap(self, cap: int | None) -> None:
        """Headers of one kind in a frame share one title size: the smallest that fits all."""
        if cap != self._cap:
            self._cap = cap
            self._text = None
            self.update()

    def set_prompt_cap(self, cap: int | None) -> None:
        """Prompts of one kind in a frame share one size too."""
        if cap != self._prompt_cap:
            self._prompt_cap = cap
            self._text = None
            self.update()

    def prompt_px(self) -> int | None:
        prompt = self.text_box().prompt
        return prompt.pixel_size if prompt is not None else None

    def text_box(self) -> TextBox:
        if self._text is None:
            title, prompt = self._sizes()
            if self._cap is not None:
                title = (max(min(title[0], self._cap), title[1]), title[1])
            if self._prompt_cap is not None:
                prompt = (max(min(prompt[0], self._prompt_cap), prompt[1]), prompt[1])
            rect = self.text_rect()
            box = fit_box(self.zone.title, self.zone.prompt, rect, title, prompt,
                          self.kind == "column")
            if self.kind == "column":
                _centre_vertically(box, rect)
            self._text = box
        return self._text

    def title_hit(self, local: QPointF) -> str | None:
        """'title' or 'prompt' when ``local`` lies on that text (or its empty place)."""
        if self.kind == "cell":
            return None
        rect = self.text_rect()
        if not rect.contains(local):
            return None
        box = self.text_box()
        if box.prompt is not None and local.y() >= box.prompt_at.y() - 3.0:
            return "prompt"
        if box.title is not None and box.prompt is None and self.zone.prompt == "" and \
                local.y() > box.title_at.y() + box.title.height + 6.0:
            return "prompt"
        return "title"

    # --- painting -------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        fill = colour_for(self.zone.colour)
        painter.setPen(_ZONE_PEN)
        painter.setBrush(fill)
        painter.drawRect(self._rect)
        if self.accent is not None:
            painter.fillRect(self.accent_rect(), self.accent)
        lod = painter.worldTransform().m11()
        kind = self.kind
        if kind != "cell" and (self.zone.title or self.zone.prompt):
            dark = is_dark(fill)
            title_colour = LIGHT_TEXT if dark else HEADER_TEXT
            box = self.text_box()
            size = box.title.pixel_size if box.title is not None else 20
            if size * lod >= MIN_SCREEN_PX:
                box.paint(painter, title_colour, LIGHT_PROMPT if dark else PROMPT_TEXT)
            else:
                parent = self.parentItem()
                px = parent.far_size(kind, lod) if isinstance(parent, FrameItem) else None
                paint_far_title(painter, self.zone.title, self.text_rect(True), lod,
                                title_colour, MIN_SCREEN_PX, kind == "column", px=px)
        if kind == "row" and self.is_mood_lane and lod >= 0.25:
            self._paint_mood_scale(painter)
        if self.highlighted:
            painter.setPen(_HIGHLIGHT_PEN)
            painter.setBrush(HIGHLIGHT_TINT)
            painter.drawRect(self._rect.adjusted(4.0, 4.0, -4.0, -4.0))

    def _paint_mood_scale(self, painter: QPainter) -> None:
        """+2 … −2 beside the feelings lane, level with the marks in its cells."""
        painter.setFont(frame_font(20, True))
        painter.setPen(PROMPT_TEXT)
        right = self._rect.right() - 10.0
        for mood in (2, 1, 0, -1, -2):
            y = mood_y(self._rect, mood)
            label = f"{mood:+d}".replace("-", "−") if mood else "0"
            painter.drawText(QRectF(right - MOOD_SCALE_WIDTH, y - 14.0, MOOD_SCALE_WIDTH, 28.0),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             label)


def _centre_vertically(box: TextBox, rect: QRectF) -> None:
    extra = max(rect.height() - box.height - (6.0 if box.title and box.prompt else 0.0), 0.0)
    shift = extra / 2.0
    box.title_at = QPointF(box.title_at.x(), box.title_at.y() + shift)
    box.prompt_at = QPointF(box.prompt_at.x(), box.prompt_at.y() + shift)
