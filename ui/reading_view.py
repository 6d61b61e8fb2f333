"""Paints a :class:`canvas.reading.Page` on the projector: big cards, headings, chips.

It lies over the projector's board view (which stays where the wall is, so stepping back to a
wall stop glides on from there) and takes no input.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from canvas import style
from canvas.frame_style import HEADER_TEXT, LIGHT_TEXT, ZONE_BORDER, is_dark
from canvas.note_item import colour_for
from canvas.reading import Card, Page

HIGH_CONTRAST_BACKGROUND = QColor("#101418")


class ReadingView(QWidget):
    """A reading page, drawn in widget pixels (the sizes in the page are screen pixels)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page: Page | None = None
        self.high_contrast = False
        self.hide_text = False
        self.dot_counts: dict[int, int] = {}
        """Dots per note of the vote on show (drawn as a number on the card's corner)."""

    def show_page(self, page: Page | None) -> None:
        self.page = page
        self.setVisible(page is not None)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(
            self.rect(), HIGH_CONTRAST_BACKGROUND if self.high_contrast else style.BACKGROUND
        )
        page = self.page
        if page is None:
            return
        painter.setPen(QPen(ZONE_BORDER, 1.5))
        for rect, colour in page.boxes:
            painter.setBrush(colour_for(colour))
            painter.drawRect(rect)
        for heading in page.headings:
            fill = colour_for(heading.fill) if heading.fill else QColor("#FFFFFF")
            painter.setPen(LIGHT_TEXT if is_dark(fill) else HEADER_TEXT)
            for run in heading.lines.runs:
                painter.drawGlyphRun(heading.rect.topLeft(), run)
        for card in page.cards:
            self._paint_card(painter, card)
        painter.end()

    def _paint_card(self, painter: QPainter, card: Card) -> None:
        rect = card.rect
        shadow = max(rect.width() * 0.02, 2.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillRect(rect.translated(shadow, shadow), style.SHADOW_COLOUR)
        painter.fillRect(rect, colour_for(card.note.colour))
        if self.high_contrast:
            painter.setPen(QPen(QColor("#FFFFFF"), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        count = self.dot_counts.get(card.note.id, 0)
        if count:
            self._paint_count(painter, count_disc(card), count)
        lines = card.lines
        if lines is None or self.hide_text:
            return
        painter.setPen(style.TEXT_COLOUR)
        origin = text_box(card).topLeft()
        for run in lines.runs:
            painter.drawGlyphRun(origin, run)

    @staticmethod
    def _paint_count(painter: QPainter, disc: QRectF, count: int) -> None:
        """A vote's dots on a card: one disc with the count, in the strip along the card's
        top that the layout keeps free of text (a white ring shows it on any colour)."""
        radius = disc.width() / 2.0
        centre = disc.center()
        painter.setPen(QPen(QColor("#FFFFFF"), 3.0))
        painter.setBrush(QColor("#6A1B9A"))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("#FFFFFF"))
        font = QFont(style.note_font(max(int(radius * 1.1), 18)))  # a copy: fonts are shared
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
            int(Qt.AlignmentFlag.AlignCenter),
            str(count),
        )


def text_box(card: Card) -> QRectF:
    """Where a card's text is drawn (its lines centred in the card's text area)."""
    inner = card.text_rect
    height = card.lines.height if card.lines is not None else 0.0
    top = inner.top() + max((inner.height() - height) / 2.0, 0.0)
    return QRectF(inner.left(), top, inner.width(), height)


def count_disc(card: Card) -> QRectF:
    """Where a card's dot count is drawn: in the strip above its text (a chip: on it)."""
    rect = card.rect
    strip = card.text_rect.top() - rect.top() if card.lines is not None else rect.height() * 0.5
    radius = max(min(strip / 2.0 - 2.0, rect.width() / 4.0), 9.0)
    centre = QPointF(rect.right() - radius - 4.0, rect.top() + min(strip / 2.0, radius + 2))
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
