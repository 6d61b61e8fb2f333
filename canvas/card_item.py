"""The experiment card: a note of kind "experiment" drawn as a structured form.

It is a :class:`~canvas.note_item.NoteItem` in every other way (selection, drag, resize,
delete, undo), so all note commands work on cards. What differs is the face: a title strip,
theme and owner, the "before" half (problem, what I try, what I expect, dates) and the
"afterwards" half (what happened, solved?, learned, next step), each half with a status mark so
the next session sees at a glance whose results are missing. The afterwards half stays grey
until something is written in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas import look, note_cache, style
from canvas.card_marks import paint_status
from canvas.frame_text import Lines, lay_out, single_line
from canvas.layout_queue import LayoutQueue
from canvas.note_item import NoteItem
from models.experiment import (
    HALF_TITLES,
    Half,
    card_field,
    choice_label,
    half_status,
    iso_date,
)
from models.records import NoteData

STRIP = QColor("#2E3A48")
STRIP_TEXT = QColor("#FFFFFF")
LABEL = QColor("#5A626C")
VALUE = QColor("#1B1B1B")
EMPTY_VALUE = QColor("#9AA1A9")
SECTION = QColor("#E3E8EE")
GREY_HALF = QColor("#ECEEF1")
DIVIDER = QColor("#C9CED6")
NOT_UNDERSTOOD = QColor("#B00020")
"""A value kept as written although it does not fit its field (a date that is not one)."""

_SLOTS: tuple[tuple[str, float], ...] = (
    ("title", 0.085),
    ("owner", 0.06),
    ("before", 0.05),
    ("problem", 0.12),
    ("try", 0.12),
    ("expect", 0.12),
    ("dates", 0.085),
    ("after", 0.05),
    ("happened", 0.105),
    ("learned", 0.105),
    ("choices", 0.085),
)
"""Rows of the card face and their share of its height; the title strip shows the theme."""
PAIRS = {"dates": ("start_date", "review_date"), "choices": ("solved", "next")}
TEXT_FIELDS = ("problem", "try", "expect", "happened", "learned")


def show_date(value: str) -> str:
    """``2026-03-06`` → ``6.3.2026`` (how dates are written on the wall)."""
    parts = value.split("-")
    if len(parts) == 3 and all(part.isdigit() for part in parts):
        return f"{int(parts[2])}.{int(parts[1])}.{parts[0]}"
    return value


@dataclass(slots=True)
class _Face:
    """Everything text on the card, laid out for one size."""

    width: float
    height: float
    rows: dict[str, QRectF]
    lines: list[tuple[QPointF, Lines, QColor]]
    texts: list[tuple[QRectF, str, int, bool, QColor, int]]
    """(rect, text, pixel size, bold, colour, alignment) drawn with drawText."""
    marks: list[QRectF]
    """Fields whose value is kept as written but not understood: underlined in red."""
    runs: list[tuple[QPointF, Lines, QColor]] = field(default_factory=list)
    """:attr:`texts` laid out once, as glyph runs (``drawText`` lays out on every paint)."""


class CardItem(NoteItem):
    """An experiment card. ``language`` picks the field labels (the board's language)."""

    Type: int = 65536 + 2
    language = "fi"
    drawn_selected = False
    """Whether the card was drawn selected the last time (into some view's pixels)."""

    def __init__(self, note: NoteData, queue: LayoutQueue | None = None) -> None:
        self._hidden = False
        super().__init__(note, queue)
        self._face: _Face | None = None
        self._rows: tuple[tuple[float, float], dict[str, QRectF]] | None = None
        # A card's face depends on its own fields, the zoom and its view's look (blank cards,
        # no handle on the projector), so each view keeps it as pixels until one of them
        # changes (canvas.note_cache lets them go for a new look).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        note_cache.keep_card(self)

    def update(self, *args: Any) -> None:
        """Repaint in every view: each view's kept pixels of the card go first (Qt's own
        invalidation reaches only the first view that repaints)."""
        note_cache.purge(self)
        super().update(*args)

    @property
    def text_hidden(self) -> bool:
        return self._hidden

    @text_hidden.setter
    def text_hidden(self, hidden: bool) -> None:
        if hidden != self._hidden:
            self._hidden = hidden
            self.update()  # the kept pixels show the text or not

    def type(self) -> int:
        return CardItem.Type

    def apply(self, note: NoteData) -> None:
        if note.fields != self.note.fields or (note.width, note.height) != (
            self.note.width,
            self.note.height,
        ):
            self._face = None
        super().apply(note)

    def preview_size(self, width: float, height: float) -> None:
        self._face = None
        super().preview_size(width, height)

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self._face = None
            self.update()

    @property
    def overflows(self) -> bool:
        return False

    def fields(self) -> dict[str, str]:
        return {key: str(value) for key, value in self.note.fields.items()}

    # --- geometry ---------------------------------------------------------------------------
    def _scale(self) -> float:
        width, height = self.size()
        return max(min(width / 320.0, height / 400.0), 0.3)

    def row_rects(self) -> dict[str, QRectF]:
        width, height = self.size()
        kept = self._rows
        if kept is not None and kept[0] == (width, height):
            return kept[1]
        pad = 12.0 * self._scale()
        usable = height - pad * 0.5
        rows: dict[str, QRectF] = {}
        y = 0.0
        for name, share in _SLOTS:
            h = usable * share / sum(s for _, s in _SLOTS)
            left = 0.0 if name in ("title", "before", "after") else pad
            rows[name] = QRectF(left, y, width - 2 * left, h)
            y += h
        self._rows = ((width, height), rows)
        return rows

    def field_at(self, local: QPointF) -> str | None:
        """The field under a point in item coordinates; 'title' for the title strip."""
        for name, rect in self.row_rects().items():
            if not rect.adjusted(-12.0, 0, 12.0, 0).contains(local):
                continue
            if name in PAIRS:
                first, second = PAIRS[name]
                return first if local.x() < rect.center().x() else second
            if name in ("before", "after"):
                return None
            return name
        return None

    def field_rect(self, key: str) -> QRectF:
        """Where a field's value is shown (the in-place editor goes there)."""
        rows = self.row_rects()
        for name, (first, second) in PAIRS.items():
            if key in (first, second):
                rect = rows[name]
                half = rect.width() / 2.0
                return QRectF(
                    rect.left() + (0 if key == first else half), rect.top(), half, rect.height()
                )
        return rows[key]

    def value_rect(self, key: str) -> QRectF:
        """A field's value below its small label: where its in-place editor goes."""
        rect = self.field_rect(key)
        if key in ("title", "owner"):
            return rect
        s = self._scale()
        label = max(round(11 * s), 6) * 1.45 + 3 * s
        return rect.adjusted(0.0, label, 0.0, 0.0)

    def half_rect(self, half: Half) -> QRectF:
        rows = self.row_rects()
        names = ("before", "dates") if half == "before" else ("after", "choices")
        top, bottom = rows[names[0]].top(), rows[names[1]].bottom()
        if half == "after":
            bottom = self.size()[1]
        return QRectF(0.0, top, self.size()[0], bottom - top)

    # --- the face -------------------------------------------------------------------------
    def _label(self, key: str) -> str:
        return card_field(key).label.text(self.language)

    def face(self) -> _Face:
        width, height = self.size()
        if self._face is not None and (self._face.width, self._face.height) == (width, height):
            return self._face
        s = self._scale()
        label_px, value_px = max(round(11 * s), 6), max(round(14 * s), 7)
        rows = self.row_rects()
        fields = self.fields()
        lines: list[tuple[QPointF, Lines, QColor]] = []
        texts: list[tuple[QRectF, str, int, bool, QColor, int]] = []
        left_mid = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        strip = rows["title"].adjusted(12.0 * s, 0, -12.0 * s, 0)
        theme = fields.get("theme", "").strip()
        size = round(16 * s)
        texts.append(
            (
                strip,
                single_line(theme or self._label("theme"), size, True, strip.width()),
                size,
                True,
                STRIP_TEXT if theme else EMPTY_VALUE,
                left_mid,
            )
        )
        owner = fields.get("owner", "").strip()
        rect = rows["owner"]
        text = f"{self._label('owner')}: {owner}" if owner else self._label("owner")
        texts.append(
            (
                rect,
                single_line(text, value_px, False, rect.width()),
                value_px,
                False,
                VALUE if owner else EMPTY_VALUE,
                left_mid,
            )
        )
        for half in ("before", "after"):
            rect = rows[half].adjusted(12.0 * s, 0, -40.0 * s, 0)
            title = HALF_TITLES[half].text(self.language)
            texts.append(
                (
                    rect,
                    single_line(title, label_px + 1, True, rect.width()),
                    label_px + 1,
                    True,
                    VALUE,
                    left_mid,
                )
            )
        for key in TEXT_FIELDS:
            self._stack(lines, key, rows[key], fields, label_px, value_px, s)
        marks: list[QRectF] = []
        for name, (first, second) in PAIRS.items():
            for key in (first, second):
                value = fields.get(key, "").strip()
                shown = (
                    show_date(value) if name == "dates" else choice_label(key, value, self.language)
                )
                rect = self.field_rect(key).adjusted(0, 0, -6 * s, 0)
                wrong = name == "dates" and iso_date(value) is None
                if wrong:
                    marks.append(rect.adjusted(0, 0, 0, -2 * s))
                self._stack(
                    lines,
                    key,
                    rect,
                    {key: shown},
                    label_px,
                    value_px,
                    s,
                    bold=name == "choices",
                    colour=NOT_UNDERSTOOD if wrong else VALUE,
                )
        runs = []
        for rect, text, px, bold, colour, _ in texts:
            if text:
                line = lay_out(text, px, bold, 1e6, 1e6)
                top = rect.top() + (rect.height() - line.height) / 2.0
                runs.append((QPointF(rect.left(), top), line, colour))
        self._face = _Face(width, height, rows, lines, texts, marks, runs)
        return self._face

    def _stack(
        self,
        lines: list[tuple[QPointF, Lines, QColor]],
        key: str,
        rect: QRectF,
        fields: dict[str, str],
        label_px: int,
        value_px: int,
        s: float,
        bold: bool = False,
        colour: QColor = VALUE,
    ) -> None:
        """A field's label in small grey letters and its value below it; a long value gets
        a little smaller before it is cut with "…"."""
        label = lay_out(self._label(key), label_px, True, rect.width(), label_px * 1.5)
        lines.append((QPointF(rect.left(), rect.top() + 2 * s), label, LABEL))
        value = fields.get(key, "").strip()
        if not value:
            return
        room = max(rect.height() - label.height - 4 * s, 1.0)
        smallest = max(round(value_px * 0.78), 6)
        size = value_px
        body = lay_out(value, size, bold, rect.width(), room, anywhere=True)
        while not body.complete and size > smallest:
            size -= 1
            body = lay_out(value, size, bold, rect.width(), room, anywhere=True)
        lines.append((QPointF(rect.left(), rect.top() + label.height + 3 * s), body, colour))

    # --- painting -------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = painter.worldTransform().m11()
        rect = self.rect()
        fields = self.fields()
        after = half_status(fields, "after")
        rows = self.row_rects()
        if lod >= style.SHADOW_LOD:
            painter.fillRect(
                QRectF(rect.right(), style.SHADOW_OFFSET, style.SHADOW_OFFSET, rect.height()),
                style.SHADOW_COLOUR,
            )
            painter.fillRect(
                QRectF(
                    style.SHADOW_OFFSET,
                    rect.bottom(),
                    rect.width() - style.SHADOW_OFFSET,
                    style.SHADOW_OFFSET,
                ),
                style.SHADOW_COLOUR,
            )
        painter.fillRect(rect, self.colour)
        if after != "filled":
            painter.fillRect(self.half_rect("after"), GREY_HALF)
        painter.fillRect(rows["title"], STRIP)
        view_look = look.current
        text_ok = lod >= style.TEXT_LOD and not (
            self.text_hidden or self.note.hidden or view_look.hide_text
        )
        if text_ok:
            painter.fillRect(rows["before"], SECTION)
            painter.fillRect(rows["after"], SECTION)
            self._paint_face(painter)
            scale = self._scale()
            paint_status(painter, rows["before"], half_status(fields, "before"), scale)
            paint_status(painter, rows["after"], after, scale)
        pen = QPen(DIVIDER, 1.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        selected = self.isSelected()
        if selected != self.drawn_selected:  # Qt's own repaint of a selection: the first view
            self.drawn_selected = selected
            note_cache.after_paint(self)  # then the other views' pixels go
        if selected:
            self._paint_selection(painter, lod)
            if text_ok and view_look.handles:
                self._paint_handle(painter, lod)

    def _paint_face(self, painter: QPainter) -> None:
        face = self.face()
        for origin, lines, colour in (*face.lines, *face.runs):
            painter.setPen(colour)
            for run in lines.runs:
                painter.drawGlyphRun(origin, run)
        if face.marks:
            pen = QPen(NOT_UNDERSTOOD, max(2.0 * self._scale(), 1.0), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for rect in face.marks:
                painter.drawLine(rect.bottomLeft(), rect.bottomRight())


def relabel_cards(items: Iterable[NoteItem], language: str) -> None:
    """The cards among ``items`` label their fields in ``language``."""
    for item in items:
        if isinstance(item, CardItem):
            item.set_language(language)
