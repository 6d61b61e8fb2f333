"""Frames and zones on the canvas: the template's wall drawn below the notes.

A :class:`FrameItem` draws a frame's background and its title bar (the handle a frame is
dragged by); its zones are :class:`ZoneItem` children, so a frame's preview during a drag moves
everything at once. Items are views of the model's rows, like notes: the frame layer hands them
fresh :class:`~models.records.FrameData` / :class:`~models.records.ZoneData` after each commit.

Frames take no mouse buttons themselves: a press on a cell still starts a rubber band, and the
view decides what a press on a title bar or a header means (see :mod:`canvas.frame_input`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas.frame_style import (
    ACCENT,
    FAR_TITLE_SCREEN_PX,
    FRAME_FILL,
    FRAME_PEN,
    FRAME_Z_BASE,
    HEADER_TEXT,
    HIGHLIGHT_PEN,
    HIGHLIGHT_TINT,
    LIGHT_PROMPT,
    LIGHT_TEXT,
    MIN_SCREEN_PX,
    NO_PEN,
    PROMPT_TEXT,
    TITLE_BAR,
    TITLE_TEXT,
    ZONE_PEN,
    bucket,
    far_px,
    is_dark,
    paint_far_title,
    smallest_screen_px,
    zone_kind,
)
from canvas.frame_text import Lines, TextBox, fit_box
from canvas.note_item import colour_for
from canvas.zone_header import HeaderText
from canvas.zone_text import paint_mood_scale
from models.frame_types import is_cell
from models.records import FrameData, ZoneData


class FarKey:
    """A hashable description with its hash worked out once (it is looked up every zoom)."""

    __slots__ = ("_hash", "value")

    def __init__(self, value: tuple[object, ...]) -> None:
        self.value = value
        self._hash = hash(value)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FarKey) and (self is other or self.value == other.value)


_ZONE_GEOMETRY: dict[tuple[float, float], tuple[QRectF, QRectF]] = {}
"""(rect, bounding rect) per zone size, shared by every zone of that size (never changed in
place): a workshop board repeats its templates, so its 7,000 zones have a few dozen sizes."""


def _zone_geometry(width: float, height: float) -> tuple[QRectF, QRectF]:
    found = _ZONE_GEOMETRY.get((width, height))
    if found is None:
        if len(_ZONE_GEOMETRY) >= 1024:  # resizing frames makes many sizes; keep it small
            _ZONE_GEOMETRY.clear()
        rect = QRectF(0.0, 0.0, width, height)
        found = _ZONE_GEOMETRY[(width, height)] = (rect, rect.adjusted(-4.0, -4.0, 4.0, 4.0))
    return found


class FrameItem(QGraphicsItem):
    """A frame's white background, border and dark title bar with the frame's title."""

    Type: int = 65536 + 10
    moves = 0
    """Frame items placed since the program started, any frame of any board: what is worked
    out from every frame's place (the far view's plans) is kept while this and the frame
    layer's revision stay the same. Frames move only through :meth:`setPos` from Python (a
    sync, a frame drag): Qt never moves them itself (they take no mouse buttons)."""

    def __init__(self, frame: FrameData, title_height: float) -> None:
        super().__init__()
        self.frame = frame
        self.title_height = title_height
        self._text: TextBox | None = None
        self._far_caps: dict[tuple[str, float, float], int | None] = {}
        self.even_out: Callable[[], None] | None = None
        """Gives the headers their shared sizes (the frame layer's), run when a header's text
        is first wanted: laying out every header of a big board waits for it to be seen."""
        self._far_key: FarKey | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._geometry()
        self.setPos(frame.x, frame.y)
        self.setZValue(FRAME_Z_BASE + frame.z)

    def type(self) -> int:
        return FrameItem.Type

    def setPos(self, *args: Any) -> None:
        FrameItem.moves += 1
        super().setPos(*args)

    @property
    def frame_id(self) -> int:
        return self.frame.id

    def _geometry(self) -> None:
        self._rect = QRectF(0.0, 0.0, self.frame.width, self.frame.height)
        self._bounds = self._rect.adjusted(-3.0, -3.0, 3.0, 3.0)

    def apply(self, frame: FrameData, title_height: float) -> None:
        old = self.frame
        self.frame = frame
        if (old.width, old.height) != (
            frame.width,
            frame.height,
        ) or title_height != self.title_height:
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

    zone_rows: Sequence[ZoneData] | None = None
    """The rows its zone items show (set by the frame layer at each sync): the far key is
    worked out from them without asking Qt for every zone item's place."""

    def forget_far_sizes(self) -> None:
        self._far_caps.clear()
        self._far_key = None

    def far_key(self) -> FarKey:
        """All the far view's drawing of this frame depends on, wherever the frame is: frames
        of one template with the same texts and colours share one far plan per zoom."""
        if self._far_key is None:
            frame = self.frame
            if self.zone_rows is not None:  # what its zone items were made from, in order
                fx, fy = frame.x, frame.y
                zones = tuple(
                    (z.x - fx, z.y - fy, z.width, z.height, z.colour, z.title, zone_kind(z))
                    for z in self.zone_rows
                )
            else:
                zones = tuple(
                    (z.pos().x(), z.pos().y(), z.zone.width, z.zone.height, *z.far_look())
                    for z in self.childItems()
                    if isinstance(z, ZoneItem)
                )
            look = (frame.width, frame.height, self.title_height, frame.title)
            self._far_key = FarKey((*look, zones))
        return self._far_key

    def far_size(self, kind: str, lod: float) -> int | None:
        """One far title size for all headers of a kind in this frame: the smallest any of
        them needs, so zoomed out the headers still look like one set."""
        key = (kind, bucket(MIN_SCREEN_PX / max(lod, 1e-6)), smallest_screen_px())
        if key not in self._far_caps:
            sizes = [
                far_px(z.zone.title, z.text_rect(True), lod, MIN_SCREEN_PX, kind == "column")
                for z in self.childItems()
                if isinstance(z, ZoneItem) and z.kind == kind and z.zone.title.strip()
            ]
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

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(FRAME_PEN)
        painter.setBrush(FRAME_FILL)
        painter.drawRect(self._rect)
        bar = self.title_rect()
        if bar.height() <= 0:
            return
        painter.setPen(NO_PEN)
        painter.fillRect(bar, TITLE_BAR)
        lod = painter.worldTransform().m11()
        box = self.text_box()
        if box.title is not None and box.title.pixel_size * lod >= max(
            MIN_SCREEN_PX, smallest_screen_px()
        ):
            box.paint(painter, TITLE_TEXT, TITLE_TEXT)
        else:
            bar = self.title_rect()
            paint_far_title(
                painter,
                self.frame.title,
                bar.adjusted(bar.height() * 0.25, 0, 0, 0).adjusted(
                    0, bar.height() * 0.1, 0, -bar.height() * 0.1
                ),
                lod,
                TITLE_TEXT,
                FAR_TITLE_SCREEN_PX,
                middle=True,
            )


class ZoneItem(HeaderText):
    """A header (column or row), a cell, or a free zone, as a child of its frame item; its
    title and prompt are laid out by :class:`~canvas.zone_header.HeaderText`."""

    Type: int = 65536 + 11

    highlighted = False
    accent: QColor | None = None
    _text: TextBox | None = None
    _natural: Lines | None = None
    _cap: int | None = None
    _prompt_cap: int | None = None
    """Defaults on the class, set on an item only once they differ: a workshop board of
    20,000 notes has 7,000 zones, and six attributes in each one's dictionary cost 2.6 MB."""

    def __init__(self, zone: ZoneData, parent: FrameItem) -> None:
        super().__init__(parent)
        self.zone = zone
        self._kind = zone_kind(zone)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._place(parent)

    def type(self) -> int:
        return ZoneItem.Type

    @property
    def zone_id(self) -> int:
        return self.zone.id

    def far_look(self) -> tuple[str, str, str]:
        """Colour, title and kind: what the far view draws of a zone besides its place."""
        return self.zone.colour, self.zone.title, self._kind

    @property
    def is_cell(self) -> bool:
        """Notes can belong here (a cell or a free zone), not to a header."""
        return is_cell(self.zone)

    def _place(self, parent: FrameItem) -> None:
        self._rect, self._bounds = _zone_geometry(self.zone.width, self.zone.height)
        frame = parent.frame
        self.setPos(self.zone.x - frame.x, self.zone.y - frame.y)

    def apply(self, zone: ZoneData, parent: FrameItem) -> None:
        old = self.zone
        self.zone = zone
        self._kind = zone_kind(zone)
        if (old.width, old.height) != (zone.width, zone.height):
            self.prepareGeometryChange()
            self._text = self._natural = None
        if (old.title, old.prompt, old.data, old.row, old.col) != (
            zone.title,
            zone.prompt,
            zone.data,
            zone.row,
            zone.col,
        ):
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

    # --- painting -------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        fill = colour_for(self.zone.colour)
        painter.setPen(ZONE_PEN)
        painter.setBrush(fill)
        painter.drawRect(self._rect)
        if self.accent is not None:
            painter.fillRect(self.accent_rect(), self.accent)
        lod = painter.worldTransform().m11()
        kind = self.kind
        if kind != "cell" and (self.zone.title or self.zone.prompt):
            dark = is_dark(fill)
            title_colour = LIGHT_TEXT if dark else HEADER_TEXT
            box = self.text_box_now()
            size = box.title.pixel_size if box is not None and box.title is not None else 20
            if box is None:
                pass  # a zoom step: its text once the zoom rests (see text_box_now)
            elif size * lod >= max(MIN_SCREEN_PX, smallest_screen_px()):
                box.paint(painter, title_colour, LIGHT_PROMPT if dark else PROMPT_TEXT)
                self.text_shown = True
            else:
                parent = self.parentItem()
                px = parent.far_size(kind, lod) if isinstance(parent, FrameItem) else None
                paint_far_title(
                    painter,
                    self.zone.title,
                    self.text_rect(True),
                    lod,
                    title_colour,
                    MIN_SCREEN_PX,
                    kind == "column",
                    px=px,
                )
        if kind == "row" and self.is_mood_lane and lod >= 0.25:
            paint_mood_scale(painter, self._rect)
        if self.highlighted:
            painter.setPen(HIGHLIGHT_PEN)
            painter.setBrush(HIGHLIGHT_TINT)
            painter.drawRect(self._rect.adjusted(4.0, 4.0, -4.0, -4.0))
