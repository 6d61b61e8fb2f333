"""A fast flowable for one listed note: bullet or rank number, wrapped words, coloured extras.

ReportLab's Paragraph parses markup and measures every word anew each time it is wrapped; a
handout lists every note of the board, so for thousands of notes that was most of the export
time. This flowable takes plain text, wraps it with the cached word widths of
:class:`~exports.textfit.Measurer`, draws each line with one text operator, and splits between
lines when a page ends. The text stays real, searchable text.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from exports.pdf_text import TextOps, encoder
from exports.textfit import Measurer, _break_word
from exports.typefaces import printable

Piece = tuple[str, str]
"""(word, colour) — extras such as "● 3 votes" are coloured words after the text."""


@dataclass(frozen=True, slots=True)
class ListStyle:
    size: float = 9.5
    leading: float = 12.5
    indent: float = 14.0
    bullet_indent: float = 2.0
    space_after: float = 2.5
    ink: str = "#1F2328"


def _words(text: str, ink: str) -> list[Piece]:
    return [(word, ink) for word in printable(text).split()]


class NoteItem(Flowable):
    def __init__(
        self,
        measure: Measurer,
        text: str,
        bullet: str,
        extras: list[Piece],
        style: ListStyle,
        lines: list[list[Piece]] | None = None,
    ) -> None:
        super().__init__()
        self.measure = measure
        self.text = text
        self.bullet = bullet
        self.extras = extras
        self.style = style
        self.lines = lines
        self._width_for = -1.0

    def _layout(self, width: float) -> list[list[Piece]]:
        if self.lines is not None and self._width_for < 0:
            return self.lines
        if self._width_for == width and self.lines is not None:
            return self.lines
        style, measure = self.style, self.measure
        room = max(10.0, width - style.indent)
        limit = room * 1000.0 / style.size
        lines: list[list[Piece]] = []
        paragraphs = printable(self.text).split("\n")
        for paragraph_index, paragraph in enumerate(paragraphs):
            pieces = _words(paragraph, style.ink)
            if paragraph_index == len(paragraphs) - 1:
                pieces += self.extras
            current: list[Piece] = []
            used = 0.0
            for word, ink in pieces:
                word_width = measure.unit_width(word)
                if word_width > limit:
                    parts = _break_word(measure, word, limit)
                    if current:
                        lines.append(current)
                    lines += [[(part, ink)] for part in parts[:-1]]
                    current, used = [(parts[-1], ink)], measure.unit_width(parts[-1])
                    continue
                extra = word_width + (measure.space if current else 0.0)
                if current and used + extra > limit:
                    lines.append(current)
                    current, used = [(word, ink)], word_width
                else:
                    current.append((word, ink))
                    used += extra
            lines.append(current)
        self.lines, self._width_for = lines or [[]], width
        return self.lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading + self.style.space_after
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fit = int((availHeight - self.style.space_after) // self.style.leading)
        if fit < 1 or fit >= len(lines):
            return []
        first = NoteItem(self.measure, "", self.bullet, [], self.style, lines[:fit])
        rest = NoteItem(self.measure, "", "", [], self.style, lines[fit:])
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        lines = self.lines or [[]]
        font_size = style.size
        text = TextOps(encoder(self.canv, self.measure.font), font_size, style.ink)
        top = self.height - style.space_after - font_size * 0.93
        if self.bullet:
            text.line(style.bullet_indent, top, self.bullet)
        leading, indent = style.leading, style.indent
        for index, pieces in enumerate(lines):
            text.move(indent, top - leading * index)
            run: list[str] = []
            run_ink = style.ink
            for word, ink in pieces:
                if ink != run_ink and run:
                    text.colour(run_ink)
                    text.show(" ".join(run))
                    run = [""]  # the space between the two runs
                run.append(word)
                run_ink = ink
            if run:
                text.colour(run_ink)
                text.show(" ".join(run))
        self.canv.addLiteral(text.finish())
