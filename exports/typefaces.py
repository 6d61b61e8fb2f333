"""The handout's fonts: DejaVu Sans shipped with the package, embedded in every PDF.

Shipping the font (rather than trusting the machine's) means a board written in Finnish,
Swedish or Sámi prints the same everywhere, and the PDF stays searchable text. A character the
font cannot draw (an emoji) becomes a visible box instead of vanishing or failing the export.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from models.typeface_files import FONT_DIR as SHIPPED_FONT_DIR

FONT_DIR: Final = SHIPPED_FONT_DIR
"""Kept as a name of its own: the PNG export and older imports use it."""
REGULAR: Final = "PajalautaSans"
BOLD: Final = "PajalautaSans-Bold"
MISSING: Final = "\u25a1"
"""□ stands in for a character no embedded font has."""

_FILES: Final = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_INVISIBLE: Final = frozenset(range(0x1F3FB, 0x1F400)) | {0x200D, 0xFE0E, 0xFE0F}
"""Emoji skin-tone modifiers, the zero-width joiner and variation selectors: dropped, since
the box already shows that something was there."""


@cache
def register() -> tuple[str, str]:
    """Register the fonts with ReportLab once; returns (regular, bold) font names."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return REGULAR, BOLD


class _Replacements(dict[int, str | None]):
    """A ``str.translate`` table filled on demand: each code point is looked up once."""

    def __init__(self, covered: frozenset[int]) -> None:
        super().__init__()
        self._covered = covered

    def __missing__(self, code: int) -> str | None:
        value: str | None
        if code in self._covered or code in (0x0A, 0x09):
            value = chr(code)
        elif code in _INVISIBLE or unicodedata.category(chr(code)) in ("Cc", "Cf", "Mn"):
            value = None
        else:
            value = MISSING
        self[code] = value
        return value


@cache
def _table() -> _Replacements:
    register()
    covered: set[int] | None = None
    for name in _FILES:
        font = pdfmetrics.getFont(name)
        keys = set(font.face.charToGlyph)  # type: ignore[attr-defined]
        covered = keys if covered is None else covered & keys
    return _Replacements(frozenset(covered or ()))


def printable(text: str) -> str:
    """``text`` in NFC with every character the embedded fonts lack replaced by □."""
    if text.isascii() and text.isprintable():
        return text
    return _printable(text)


@lru_cache(maxsize=8192)
def _printable(text: str) -> str:
    """A handout asks for each note's words up to three times (list, frame, board)."""
    return unicodedata.normalize("NFC", text).translate(_table())


def forget_printable() -> None:
    """Drop the remembered printable forms (a handout starts each export from nothing)."""
    _printable.cache_clear()


def covers(text: str) -> bool:
    """True when every character of ``text`` can be drawn as it is."""
    return printable(text) == unicodedata.normalize("NFC", text)
