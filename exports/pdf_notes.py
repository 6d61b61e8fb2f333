"""Fast flowables for listed notes: bullet or rank number, wrapped words, coloured extras.

ReportLab's Paragraph parses markup and measures every word anew each time it is wrapped; a
handout lists every note of the board, so for thousands of notes that was most of the export
time. These flowables take plain text, wrap it with the cached word widths of
:class:`~exports.textfit.Measurer`, write each line with one text operator, and split between
lines when a page ends. The text stays real, searchable text.

:class:`NoteItem` is one note; :class:`NoteList` is a run of notes laid out exactly as the same
notes one :class:`NoteItem` each would be (same lines, same page breaks), but handed to
ReportLab as one flowable per page rather than one per note: the document machinery's cost per
flowable was as large as the note's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from reportlab.platypus import Flowable

from exports.pdf_text import TextOps, encoder
from exports.textfit import Measurer, _break_word
from exports.typefaces import printable

Piece = tuple[str, str]
"""(word, colour) — extras such as "● 3 votes" are coloured words after the text."""
Lines = list[list[Piece]]
FUZZ: Final = 1e-6
"""ReportLab's frames let a flowable overshoot by this much."""


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


def layout(
    measure: Measurer, text: str, extras: list[Piece], style: ListStyle, width: float
) -> Lines:
    """The lines of one listed note in ``width`` (the bullet's indent taken off)."""
    room = max(10.0, width - style.indent)
    limit = room * 1000.0 / style.size
    lines: Lines = []
    paragraphs = printable(text).split("\n")
    for paragraph_index, paragraph in enumerate(paragraphs):
        pieces = _words(paragraph, style.ink)
        if paragraph_index == len(paragraphs) - 1:
            pieces += extras
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
    return lines or [[]]


def write_note(text: TextOps, style: ListStyle, top: float, bullet: str, lines: Lines) -> None:
    """One note's bullet and lines, the note's box starting at ``top``."""
    first = top - style.space_after - style.size * 0.93
    if bullet:
        text.colour(style.ink)  # the note before may have ended in a red vote count
        text.line(style.bullet_indent, first, bullet)
    leading, indent, ink = style.leading, style.indent, style.ink
    plain: list[tuple[float, float, str]] = []  # lines of words in the ink already set
    for index, pieces in enumerate(lines):
        if pieces and text.ink == ink and all(piece[1] == ink for piece in pieces):
            plain.append((indent, first - leading * index, " ".join(w for w, _ in pieces)))
            continue
        if plain:
            text.lines(plain)
            plain = []
        text.move(indent, first - leading * index)
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
    if plain:
        text.lines(plain)


class NoteItem(Flowable):
    def __init__(
        self,
        measure: Measurer,
        text: str,
        bullet: str,
        extras: list[Piece],
        style: ListStyle,
        lines: Lines | None = None,
    ) -> None:
        super().__init__()
        self.measure = measure
        self.text = text
        self.bullet = bullet
        self.extras = extras
        self.style = style
        self.lines = lines
        self._width_for = -1.0

    def _layout(self, width: float) -> Lines:
        if self.lines is not None and self._width_for < 0:
            return self.lines
        if self._width_for == width and self.lines is not None:
            return self.lines
        self.lines = layout(self.measure, self.text, self.extras, self.style, width)
        self._width_for = width
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
        text = TextOps(encoder(self.canv, self.measure.font), self.style.size, self.style.ink)
        write_note(text, self.style, self.height, self.bullet, self.lines or [[]])
        self.canv.addLiteral(text.finish())


@dataclass(slots=True)
class Entry:
    """One note of a :class:`NoteList`: its words, or (a piece of a split note) its lines."""

    bullet: str
    text: str
    extras: list[Piece]
    fixed: Lines | None = None


class NoteList(Flowable):
    """Notes one after another, each exactly as a :class:`NoteItem` of it would be placed."""

    def __init__(
        self,
        measure: Measurer,
        style: ListStyle,
        entries: list[Entry],
        laid: tuple[float, list[Lines]] | None = None,
    ) -> None:
        super().__init__()
        self.measure = measure
        self.style = style
        self.entries = entries
        self._laid = laid

    def _lines(self, width: float) -> list[Lines]:
        laid = self._laid
        if laid is not None and laid[0] == width:
            return laid[1]
        found = [
            entry.fixed
            if entry.fixed is not None
            else layout(self.measure, entry.text, entry.extras, self.style, width)
            for entry in self.entries
        ]
        self._laid = (width, found)
        return found

    def _height(self, lines: Lines) -> float:
        return len(lines) * self.style.leading + self.style.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = sum(self._height(lines) for lines in self._lines(availWidth))
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The notes that fit, the next one cut between its lines when at least one line
        fits (as :meth:`NoteItem.split`), and the rest."""
        laid = self._lines(availWidth)
        used, count = 0.0, 0
        for lines in laid:
            height = self._height(lines)
            if used + height > availHeight + FUZZ:
                break
            used += height
            count += 1
        if count == len(laid):  # it fits after all (frames sum heights in another order)
            count -= 1
            used -= self._height(laid[-1])
        style, entry, lines = self.style, self.entries[count], laid[count]
        fit = int((availHeight - used - style.space_after) // style.leading)
        head_entries, head_lines = self.entries[:count], laid[:count]
        tail_entries, tail_lines = self.entries[count:], laid[count:]
        if 1 <= fit < len(lines):
            head_entries = [*head_entries, Entry(entry.bullet, "", [], lines[:fit])]
            head_lines = [*head_lines, lines[:fit]]
            tail_entries = [Entry("", "", [], lines[fit:]), *self.entries[count + 1 :]]
            tail_lines = [lines[fit:], *laid[count + 1 :]]
        if not head_entries:
            return []
        return [
            NoteList(self.measure, style, head_entries, (availWidth, head_lines)),
            NoteList(self.measure, style, tail_entries, (availWidth, tail_lines)),
        ]

    def draw(self) -> None:
        style = self.style
        text = TextOps(encoder(self.canv, self.measure.font), style.size, style.ink)
        top = self.height
        for entry, lines in zip(self.entries, self._lines(self.width), strict=True):
            write_note(text, style, top, entry.bullet, lines)
            top -= self._height(lines)
        self.canv.addLiteral(text.finish())


class CellList(NoteList):
    """A table cell's notes as one flowable: wrapped, drawn and split between pages exactly
    as ReportLab's table treats a cell of one :class:`NoteItem` per note, at a fraction of the
    cost (the table measures, splits and draws one flowable instead of one per note)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """What ``Table._splitCell`` makes of one item per note: the whole notes that fit
        (as last wrapped), then the next note cut between its lines as
        :meth:`NoteItem.split` cuts it (laid out at the width the table passes here, which
        is the column's, paddings included), the rest after it."""
        laid = self._lines(self.width)
        used, count = 0.0, 0
        for lines in laid:
            height = self._height(lines)
            if used + height > availHeight:
                break
            used += height
            count += 1
        if count == len(laid):
            return []
        style, entry = self.style, self.entries[count]
        head_entries, head_lines = self.entries[:count], laid[:count]
        tail_entries = list(self.entries[count:])
        cut = entry.fixed
        if cut is None:
            cut = layout(self.measure, entry.text, entry.extras, style, availWidth)
        fit = int((availHeight - used - style.space_after) // style.leading)
        if 1 <= fit < len(cut):
            head_entries = [*head_entries, Entry(entry.bullet, "", [], cut[:fit])]
            head_lines = [*head_lines, cut[:fit]]
            tail_entries = [Entry("", "", [], cut[fit:]), *self.entries[count + 1 :]]
        if not head_entries:
            return []
        return [
            CellList(self.measure, style, head_entries, (self.width, head_lines)),
            CellList(self.measure, style, tail_entries),
        ]
