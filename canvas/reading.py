"""The projector's reading layout: a stop's notes big, in reading order, when the wall's own
layout cannot show them at a size the back row reads.

On a 1280×720 projector a whole frame of the wall puts a 200-unit note at ~60 px and its text
at 7–12 px. Zooming in until the text is 18 px shows one cell at most, and a note with a long
text (fitted at 12 units on the wall) would need the cell at 150 %. So the projector keeps the
wall as it is and, where it cannot reach :data:`MIN_PX`, lays the same notes out again for the
screen it has:

* a **cell** (or a one-cell frame): its notes as big cards in reading order (the wall's order:
  top to bottom, left to right), as many per page as keep every text ≥ :data:`MIN_PX`; a cell
  with more notes is split into pages (each page is a stop of its own);
* a **frame**: its structure as headings, each cell's notes in place (see
  :mod:`canvas.reading_frame`).

Everything here is geometry in screen pixels; :mod:`ui.reading_view` paints it.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QRectF, QSizeF

from canvas.frame_text import Lines, frame_font, lay_out
from canvas.text_fit import wrap_lines
from models.experiment import EXPERIMENT_KIND, card_lines
from models.records import NoteData

MIN_PX = 18
"""Smallest text the projector shows: readable from the back of a room on 1280×720."""
LARGEST_PX = 44
HEADING_PX = (26, MIN_PX)
GAP = 14.0
KEPT_FITS = 4096
"""Fitted card texts kept (see :func:`fit_readable`); a few kB each."""
CHIP_PX = (34.0, 12.0)
"""A chip's side (largest, smallest): a note's colour in a structure view."""


@dataclass(slots=True)
class Card:
    rect: QRectF
    note: NoteData
    lines: Lines | None
    """The note's text laid out for this card; None for a chip (colour only)."""
    text_rect: QRectF = field(default_factory=QRectF)
    """Where the lines were wrapped (they are centred in its width)."""


@dataclass(slots=True)
class Heading:
    rect: QRectF
    lines: Lines
    kind: str = "header"
    """"column", "row", "zone" (a free zone's title) or "header"."""
    fill: str = ""
    """The header's own colour, to paint behind it ("" for none)."""
    lines_text: str = ""


@dataclass(slots=True)
class Page:
    cards: list[Card] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    boxes: list[tuple[QRectF, str]] = field(default_factory=list)
    """Cell backgrounds of a structure view: (rect, colour)."""

    def note_px(self) -> list[int]:
        return [card.lines.pixel_size for card in self.cards if card.lines is not None]

    def heading_px(self) -> list[int]:
        return [heading.lines.pixel_size for heading in self.headings]

    def rects(self) -> list[QRectF]:
        """Everything with text or a note on it, for overlap checks."""
        return [c.rect for c in self.cards] + [h.rect for h in self.headings]


def reading_order(notes: Sequence[NoteData]) -> list[NoteData]:
    """As the wall is read: by rows of notes (a note whose top is within half a note of the
    row's first counts as in that row), each row left to right."""
    ordered = sorted(notes, key=lambda n: (n.y, n.x))
    rows: list[list[NoteData]] = []
    for note in ordered:
        if rows and abs(note.y - rows[-1][0].y) < rows[-1][0].height / 2.0:
            rows[-1].append(note)
        else:
            rows.append([note])
    return [note for row in rows for note in sorted(row, key=lambda n: n.x)]


def is_card(note: NoteData) -> bool:
    return note.kind == EXPERIMENT_KIND


def note_text(note: NoteData, language: str) -> str:
    """What a card says: a note's text; an experiment card's filled fields, one a line;
    nothing while it is hidden (written privately from a phone, not yet revealed)."""
    if note.hidden:
        return ""
    if note.kind == EXPERIMENT_KIND:
        fields = {key: str(value) for key, value in note.fields.items()}
        return "\n".join(f"{label}: {value}" for label, value in card_lines(fields, language))
    return note.text


def fit_readable(
    text: str,
    width: float,
    height: float,
    largest: int = LARGEST_PX,
    smallest: int = MIN_PX,
    bold: bool = False,
    centre: bool = True,
) -> Lines | None:
    """The biggest size from ``largest`` down to ``smallest`` at which all of ``text`` fits;
    None when even ``smallest`` does not. Kept for the last texts asked: after an edit the
    projector's stops are planned again, and most cards come back with the same text in the
    same box (a drag of many notes re-plans every cell they left or joined)."""
    return _fit_readable(text, width, height, largest, smallest, bold, centre)


@functools.lru_cache(maxsize=64)
def _sizes(largest: int, smallest: int) -> tuple[int, ...]:
    """The sizes tried, biggest first: each a tenth smaller, down to ``smallest``."""
    found: list[int] = []
    size = float(largest)
    while True:
        px = max(round(size), smallest)
        if not found or found[-1] != px:
            found.append(px)
        if px <= smallest:
            return tuple(found)
        size /= 1.1


@functools.lru_cache(maxsize=KEPT_FITS)
def _fit_readable(
    text: str, width: float, height: float, largest: int, smallest: int, bold: bool, centre: bool
) -> Lines | None:
    """The biggest size first (most notes fit at once), then halving the sizes left: a
    smaller size never needs more room, so four layouts find what eleven tried in turn did."""
    sizes = _sizes(largest, smallest)
    flat = text.strip().replace("\n", "\u2028")

    def fitted(px: int) -> Lines | None:
        return _whole(flat, px, bold, width, height, centre)

    best = fitted(sizes[0])
    if best is not None:
        return best
    low, high = 1, len(sizes) - 1  # the first size that fits lies in sizes[low..high]
    while low <= high:
        middle = (low + high) // 2
        lines = fitted(sizes[middle])
        if lines is not None:
            best, high = lines, middle - 1
        else:
            low = middle + 1
    return best


def _whole(
    text: str, px: int, bold: bool, width: float, height: float, centre: bool
) -> Lines | None:
    """All of ``text`` at ``px`` as :func:`canvas.frame_text.lay_out` lays it out, or None
    where it does not fit: without the cut copy (and its glyphs) lay_out makes of a text
    that does not fit, which a size tried and refused never shows."""
    wrapped = wrap_lines(text, frame_font(px, bold), width, height, centre, False)
    layout, shown = wrapped.layout, wrapped.shown_lines
    if shown != layout.lineCount() or wrapped.widest > width + 0.5:
        return None
    total = sum(layout.lineAt(i).height() for i in range(shown))
    if total > height:
        return None
    chars = wrapped.shown_chars
    return Lines(list(layout.glyphRuns(0, chars)) if chars else [], total, px, True)


def _pad(width: float, height: float) -> float:
    return min(max(min(width, height) * 0.07, 8.0), 20.0)


def _grid(
    count: int, area: QSizeF, gap: float = GAP, capped: bool = True
) -> tuple[int, int, float, float]:
    """Columns, rows and card size that give ``count`` cards the biggest note-like cards."""
    best = (1, count, 0.0, 0.0)
    best_score = -1.0
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        width = (area.width() - gap * (cols - 1)) / cols
        height = (area.height() - gap * (rows - 1)) / rows
        if capped and area.width() > 600.0:  # a few notes: big cards, not walls of colour
            height = min(height, area.height() * 0.62)
            width = min(width, area.width() * 0.48)
        width = min(width, height * 1.6)
        height = min(height, width * 0.9)
        score = min(width, height * 1.4)
        if score > best_score:
            best, best_score = (cols, rows, width, height), score
    return best


def try_cards(
    notes: Sequence[NoteData],
    texts: Sequence[str],
    area: QRectF,
    min_px: int,
    gap: float = GAP,
    largest: int = 0,
    capped: bool = True,
    strip: float = 0.0,
) -> list[Card] | None:
    """Cards for ``notes`` in ``area`` with every text ≥ ``min_px``, else None. ``strip``
    keeps the top of each card free of text (a vote's dot count goes there)."""
    cols, rows, width, height = _grid(len(notes), area.size(), gap, capped)
    if width < 40.0 or height < 30.0:
        return None
    used_w = cols * width + gap * (cols - 1)
    used_h = rows * height + gap * (rows - 1)
    left = area.left() + (area.width() - used_w) / 2.0
    top = area.top() + (area.height() - used_h) / 2.0
    pad = _pad(width, height)
    largest = largest or max(LARGEST_PX, round(area.height() / 14))
    cards = []
    for index, (note, text) in enumerate(zip(notes, texts, strict=True)):
        row, col = divmod(index, cols)
        rect = QRectF(left + col * (width + gap), top + row * (height + gap), width, height)
        lines = None
        inner = rect.adjusted(pad, max(pad, min(strip, height * 0.3)), -pad, -pad)
        if text.strip():
            lines = fit_readable(
                text,
                inner.width(),
                inner.height(),
                largest=largest,
                smallest=min_px,
                centre=not is_card(note),
            )
            if lines is None:
                return None
        cards.append(Card(rect, note, lines, inner))
    return cards


Result = TypeVar("Result")
Steps = Generator[None, None, Result]
"""Work done a step at a time: each ``next`` does one step, the result ends the steps."""


def drain(steps: Steps[Result]) -> Result:
    """Every step at once: the result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


def cell_pages(
    notes: Sequence[NoteData],
    area: QRectF,
    language: str = "fi",
    min_px: int = MIN_PX,
    strip: float = 0.0,
) -> list[Page]:
    """The notes of one cell as cards, split into as few pages as keep every text ≥ ``min_px``
    (a text too long for a whole page is shown alone, cut at ``min_px``)."""
    return drain(cell_page_steps(notes, area, language, min_px, strip))


def cell_page_steps(
    notes: Sequence[NoteData],
    area: QRectF,
    language: str = "fi",
    min_px: int = MIN_PX,
    strip: float = 0.0,
) -> Steps[list[Page]]:
    """:func:`cell_pages` a page tried at a time (a cell of sixty long notes tries dozens),
    so idle-time layouts give way to a key press between two."""
    ordered = reading_order(notes)
    texts = [note_text(note, language) for note in ordered]
    if not ordered:
        return [Page()]
    for pages in range(1, len(ordered) + 1):
        per_page = math.ceil(len(ordered) / pages)  # even pages: 5+5, not 9+1
        laid: list[Page] = []
        for start in range(0, len(ordered), per_page):
            cards = _best_cards(
                ordered[start : start + per_page],
                texts[start : start + per_page],
                area,
                min_px,
                strip,
            )
            yield
            if cards is None:
                break
            laid.append(Page(cards))
        else:
            return laid
    return [
        Page([_cut_card(note, text, area, min_px)])
        for note, text in zip(ordered, texts, strict=True)
    ]


def _best_cards(
    notes: Sequence[NoteData], texts: Sequence[str], area: QRectF, min_px: int, strip: float = 0.0
) -> list[Card] | None:
    """Note-like cards; where that leaves a long text (an experiment card) small, the
    whole area instead, whichever shows the smallest text bigger."""
    capped = try_cards(notes, texts, area, min_px, strip=strip)
    smallest = min((c.lines.pixel_size for c in capped or [] if c.lines), default=0)
    if capped is not None and smallest >= min_px + 10:
        return capped
    free = try_cards(notes, texts, area, min_px, capped=False, strip=strip)
    if free is None:
        return capped
    if capped is None or min((c.lines.pixel_size for c in free if c.lines), default=0) > smallest:
        return free
    return capped


def _cut_card(note: NoteData, text: str, area: QRectF, min_px: int) -> Card:
    pad = _pad(area.width(), area.height())
    inner = area.adjusted(pad, pad, -pad, -pad)
    lines = lay_out(text, min_px, False, inner.width(), inner.height(), True)
    return Card(QRectF(area), note, lines, inner)
