"""A vote's result on the projector: the top ideas, big, with their dot counts.

Shown over the board when the facilitator reveals or ends a vote, and left there until they
step on (Page Down, a click on a stop): the room reads the result while it is discussed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from canvas import style
from canvas.frame_text import Lines, lay_out
from canvas.note_item import colour_for
from canvas.reading import MIN_PX, fit_readable

PANEL = QColor("#FFFFFF")
ACCENT = QColor("#6A1B9A")
TOP_ROWS = 5


@dataclass(frozen=True, slots=True)
class RankRow:
    rank: int
    dots: int
    text: str
    colour: str


class RankingView(QWidget):
    """Title, then one row per idea: rank, a dot with the count, the note's text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title = ""
        self.note = ""
        self.rows: list[RankRow] = []
        self.text_px: list[int] = []
        """Sizes the last paint used (for tests and the legibility report)."""

    def show_ranking(self, title: str, rows: list[RankRow] | None, note: str = "") -> None:
        self.setVisible(rows is not None)
        self.title = title
        self.note = note
        self.rows = list(rows or [])[:TOP_ROWS]
        self.update()

    def texts(self) -> list[str]:
        return [self.title] + [f"{row.rank}. {row.dots} {row.text}" for row in self.rows]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        area = QRectF(self.rect())
        painter.setPen(QPen(ACCENT, 4.0))
        painter.setBrush(PANEL)
        painter.drawRoundedRect(area.adjusted(2, 2, -2, -2), 18.0, 18.0)
        pad = max(area.height() * 0.04, 12.0)
        inner = area.adjusted(pad, pad, -pad, -pad)
        self.text_px = []
        title_px = max(int(area.height() / 11), MIN_PX + 6)
        title = lay_out(self.title, title_px, True, inner.width(), title_px * 1.5, False)
        painter.setPen(ACCENT)
        self._draw(painter, title, inner.topLeft())
        self.text_px.append(title.pixel_size)
        top = inner.top() + title.height + pad * 0.6
        if not self.rows:
            body = lay_out(
                self.note,
                max(title_px - 8, MIN_PX),
                False,
                inner.width(),
                inner.bottom() - top,
                False,
            )
            painter.setPen(style.TEXT_COLOUR)
            self._draw(painter, body, QPointF(inner.left(), top))
            self.text_px.append(body.pixel_size)
            painter.end()
            return
        row_h = (inner.bottom() - top) / max(len(self.rows), 3)
        disc = min(row_h * 0.8, 90.0)
        for index, row in enumerate(self.rows):
            box = QRectF(inner.left(), top + index * row_h, inner.width(), row_h - 6.0)
            self._paint_row(painter, box, row, disc)
        painter.end()

    def _paint_row(self, painter: QPainter, box: QRectF, row: RankRow, disc: float) -> None:
        number_px = max(int(disc * 0.45), MIN_PX)
        rank = lay_out(f"{row.rank}.", number_px, True, disc, box.height(), True)
        painter.setPen(style.TEXT_COLOUR)
        self._draw(painter, rank, QPointF(box.left(), box.center().y() - rank.height / 2))
        centre = QPointF(box.left() + disc * 1.6, box.center().y())
        painter.setPen(QPen(QColor("#FFFFFF"), 3.0))
        painter.setBrush(ACCENT)
        painter.drawEllipse(centre, disc / 2, disc / 2)
        count = lay_out(str(row.dots), number_px, True, disc, disc, True)
        painter.setPen(QColor("#FFFFFF"))
        self._draw(painter, count, QPointF(centre.x() - disc / 2, centre.y() - count.height / 2))
        card = QRectF(box.left() + disc * 2.4, box.top(), box.width() - disc * 2.4, box.height())
        painter.fillRect(card, colour_for(row.colour))
        inner = card.adjusted(12.0, 4.0, -12.0, -4.0)
        text = fit_readable(
            row.text or "—",
            inner.width(),
            inner.height(),
            largest=max(int(disc * 0.5), MIN_PX),
            centre=False,
        )
        if text is None:
            text = lay_out(row.text, MIN_PX, False, inner.width(), inner.height(), False)
        painter.setPen(style.TEXT_COLOUR)
        self._draw(painter, text, QPointF(inner.left(), inner.center().y() - text.height / 2))
        self.text_px += [rank.pixel_size, count.pixel_size, text.pixel_size]

    @staticmethod
    def _draw(painter: QPainter, lines: Lines, origin: QPointF) -> None:
        for run in lines.runs:
            painter.drawGlyphRun(origin, run)
