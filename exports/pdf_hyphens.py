"""Hyphenation of the handout's paragraphs: only a word wider than its whole line is broken,
between syllables of the board's language and with a hyphen, never anywhere.

ReportLab calls a style's ``hyphenationLang`` when it is a callable; it asks for the ways to
split a word that overflows the line's end, longest head first, and takes the first that fits.
A report reads best with words kept whole, so :class:`WordBreaker` answers only for words no
line could hold; the rest move to the next line as before.

The hyphen at such a break is drawn as the font's hyphen shape, not written as text: copying,
searching or extracting the handout's text finds the word as it was written on the note.
Broken pieces end in :data:`BREAK` (a soft hyphen, which no board text contains: it is a
format character and :func:`exports.typefaces.printable` drops those), as wide as the hyphen.
"""

from __future__ import annotations

import math
from typing import Final

from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.typefaces import BOLD, REGULAR
from models.hyphenation import hyphen_points

BREAK: Final = "\u00ad"
HYPHEN_SHAPES: Final = {
    REGULAR: (100 / 2048, 479 / 2048, 539 / 2048, 164 / 2048),
    BOLD: (111 / 2048, 444 / 2048, 628 / 2048, 291 / 2048),
}
"""The hyphen glyph's box in DejaVu Sans and Sans Bold (x, y from the pen position and the
baseline, width, height; in em), read from the fonts' glyf tables."""


def dash_box(font: str, size: float, x: float, y: float) -> tuple[float, float, float, float]:
    """Where a hyphen after text ending at ``x`` on baseline ``y`` is filled (points)."""
    left, bottom, width, height = HYPHEN_SHAPES.get(font, HYPHEN_SHAPES[REGULAR])
    return x + left * size, y + bottom * size, width * size, height * size


class WordBreaker:
    """The hyphenator of one paragraph style; :class:`exports.pdf_styles.SharedParagraph`
    tells it the font, size and line width of the paragraph being broken into lines."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.font = ""
        self.size = 0.0
        self.width = math.inf

    def measure_for(self, font: str, size: float, width: float) -> None:
        self.font, self.size, self.width = font, size, width

    def __call__(self, word: str) -> list[tuple[str, str]]:
        if not self.font or stringWidth(word, self.font, self.size) <= self.width:
            return []
        return [
            (word[:point], word[point:]) for point in reversed(hyphen_points(word, self.language))
        ]
