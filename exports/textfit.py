"""Wrapping and fitting text into boxes with the embedded font's real metrics.

Used by the vector overview (a note's text in its box, at the biggest size that fits, like the
canvas shows it) and by the fast note lists. Word widths are cached: a 5,000-note handout asks
for the same words again and again, and ReportLab's width lookup is the slow part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.pdf_hyphens import BREAK
from models.hyphenation import hyphen_points

ELLIPSIS: Final = "\u2026"
_SPACES = re.compile(r"[ \u00a0\t]+")
_UNIT: Final = 1000.0
_HYPHENS: Final = "-\u2010"


class Measurer:
    """String widths of one font, cached per word at a unit size, and the language its words
    are hyphenated in when one is too long for its line ("" breaks them without hyphens)."""

    def __init__(self, font: str, language: str = "") -> None:
        self.font = font
        self.language = language
        self._cache: dict[str, float] = {}
        self.space = stringWidth(" ", font, _UNIT)
        self.fitted: dict[tuple[str, float, float, float, float], Fitted] = {}
        """:func:`fit`'s answers: a handout letters the same zone titles in the same boxes on
        every picture of the board."""

    def unit_width(self, word: str) -> float:
        width = self._cache.get(word)
        if width is None:
            width = stringWidth(word, self.font, _UNIT)
            self._cache[word] = width
        return width

    def width(self, text: str, size: float) -> float:
        return self.unit_width(text) * size / _UNIT


def _break_word(measure: Measurer, word: str, limit: float) -> list[str]:
    """Split one over-long word into pieces no wider than ``limit`` (unit widths): after a
    hyphen it has, or between syllables, the piece then ending in :data:`BREAK` (drawn as a
    hyphen; see :mod:`exports.pdf_hyphens`), else anywhere."""
    points = sorted(
        {index + 1 for index, char in enumerate(word[:-1]) if char in _HYPHENS and index}
        | set(hyphen_points(word, measure.language) if measure.language else ())
    )
    pieces: list[str] = []
    start = 0
    while measure.unit_width(word[start:]) > limit:
        piece = ""
        for point in reversed(points):
            if point <= start:
                break
            candidate = word[start:point] + ("" if word[point - 1] in _HYPHENS else BREAK)
            if measure.unit_width(candidate) <= limit:
                piece, start = candidate, point
                break
        if not piece:
            end = start + 1
            while end < len(word) and measure.unit_width(word[start : end + 1]) <= limit:
                end += 1
            piece, start = word[start:end], end
        pieces.append(piece)
    pieces.append(word[start:])
    return pieces


def wrap(
    measure: Measurer, text: str, size: float, width: float, break_words: bool = True
) -> tuple[list[str], bool]:
    """Lines of ``text`` no wider than ``width`` at ``size``; the flag says a word had to be
    broken inside (which the fitting avoids while a smaller size would keep words whole)."""
    limit = width * _UNIT / max(size, 0.01)
    lines: list[str] = []
    broke = False
    for paragraph in text.split("\n"):
        words = [word for word in _SPACES.split(paragraph.strip()) if word]
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            word_width = measure.unit_width(word)
            if word_width > limit:
                broke = True
                if not break_words:
                    return lines, True
                if current:
                    lines.append(" ".join(current))
                pieces = _break_word(measure, word, limit)
                lines.extend(pieces[:-1])
                current, used = [pieces[-1]], measure.unit_width(pieces[-1])
                continue
            extra = word_width + (measure.space if current else 0.0)
            if current and used + extra > limit:
                lines.append(" ".join(current))
                current, used = [word], word_width
            else:
                current.append(word)
                used += extra
        lines.append(" ".join(current))
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines, broke


def shorten(measure: Measurer, line: str, size: float, width: float) -> str:
    """``line`` cut so that it and a trailing "…" fit in ``width``."""
    limit = width * _UNIT / max(size, 0.01) - measure.unit_width(ELLIPSIS)
    text = line.rstrip()
    if measure.unit_width(text) <= limit:
        return text + ELLIPSIS
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure.unit_width(text[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


@dataclass(frozen=True, slots=True)
class Fitted:
    size: float
    lines: tuple[str, ...]
    shortened: bool
    """True when the text did not fit even at the smallest size and ends in "…"."""
    widths: tuple[float, ...] = ()
    """Each line's width at unit size (1000), when the fitting knows it; else empty."""

    @property
    def leading(self) -> float:
        return self.size * LEADING


LEADING: Final = 1.18


def _line_count(paragraphs: list[list[float]], space: float, limit: float) -> int | None:
    """How many lines :func:`wrap` would make of these word widths (unit sizes) within
    ``limit``; ``None`` when a word is wider than a line (it would have to be broken)."""
    count = 0
    for widths in paragraphs:
        used = -1.0
        for width in widths:
            if width > limit:
                return None
            if used < 0.0:
                used = width
                continue
            extra = width + space  # summed in the order wrap() sums, to agree to the bit
            if used + extra > limit:
                count += 1
                used = width
            else:
                used += extra
        count += 1
    return count


def _lines_of(
    words: list[list[str]], paragraphs: list[list[float]], space: float, limit: float
) -> tuple[list[str], list[float]]:
    """The lines :func:`wrap` makes of words none of which is wider than ``limit``, with
    their unit widths."""
    lines: list[str] = []
    widths: list[float] = []
    for names, sizes in zip(words, paragraphs, strict=True):
        current: list[str] = []
        used = 0.0
        for word, width in zip(names, sizes, strict=True):
            extra = width + (space if current else 0.0)
            if current and used + extra > limit:
                lines.append(" ".join(current))
                widths.append(used)
                current, used = [word], width
            else:
                current.append(word)
                used += extra
        lines.append(" ".join(current))
        widths.append(used)
    return lines, widths


def fit(
    measure: Measurer, text: str, width: float, height: float, largest: float, smallest: float
) -> Fitted:
    """The biggest size in [smallest, largest] at which ``text`` fits the box with whole words;
    failing that, the smallest size with the lines that fit, the last one ending in "…"."""
    key = (text, width, height, largest, smallest)
    found = measure.fitted.get(key)
    if found is None:
        found = measure.fitted[key] = _fit(measure, text, width, height, largest, smallest)
    return found


def _fit(
    measure: Measurer, text: str, width: float, height: float, largest: float, smallest: float
) -> Fitted:
    text = text.strip()
    if not text or width <= 0 or height <= 0:
        return Fitted(smallest, (), bool(text))
    # Each size tried is counted from the word widths alone; the lines are made once.
    unit = measure.unit_width
    words = [
        [word for word in _SPACES.split(paragraph.strip()) if word]
        for paragraph in text.split("\n")
    ]
    paragraphs = [[unit(word) for word in names] for names in words]
    # An upper bound from area alone saves trying sizes that cannot fit.
    area_size = (width * height * _UNIT / (stringWidth(text, measure.font, _UNIT) * LEADING)) ** 0.5
    size = max(smallest, min(largest, area_size * 1.1))
    while True:
        limit = width * _UNIT / max(size, 0.01)
        count = _line_count(paragraphs, measure.space, limit)
        if count is not None and count * size * LEADING <= height:
            lines, widths = _lines_of(words, paragraphs, measure.space, limit)
            return Fitted(size, tuple(lines), False, tuple(widths))
        if size <= smallest:
            break
        size = max(smallest, size / 1.1)
    lines, _ = wrap(measure, text, smallest, width)
    room = max(1, int(height // (smallest * LEADING)))
    if len(lines) <= room:
        return Fitted(smallest, tuple(lines), False)
    kept = lines[:room]
    kept[-1] = shorten(measure, kept[-1], smallest, width)
    return Fitted(smallest, tuple(kept), True)
