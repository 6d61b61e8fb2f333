"""PDF drawing operators written straight into a page, for the handout's many small things.

ReportLab's canvas and text object are general: every ``setFillColor`` also writes an alpha
state, every ``textOut`` re-encodes its string character by character for the embedded font's
subsets. A 5,000-note handout draws tens of thousands of note boxes and text lines, and those
general paths were most of its time. This module writes the same operators (``rg``, ``re B``,
``Tf``, ``Tm``, ``Tj``) with the encoding of each word done once per document, through the
font's own ``splitString`` (so ReportLab still embeds the subsets and their ToUnicode maps: the
text stays real, searchable text).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from math import cos, pi, sin
from typing import Final, cast
from weakref import WeakKeyDictionary, ref

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from exports.pdf_hyphens import BREAK, dash_box

Chunks = tuple[tuple[int, str], ...]
"""(subset, escaped bytes as PDF string text) runs of one encoded string."""

_ENCODERS: WeakKeyDictionary[object, dict[str, FontEncoder]] = WeakKeyDictionary()


@cache
def colour(value: str) -> Color:
    """A board colour ("#RRGGBB" or "#RRGGBBAA"); grey for anything unreadable."""
    try:
        return HexColor(value, hasAlpha=len(value) == 9)
    except (ValueError, TypeError):
        return HexColor("#DADADA")


@cache
def fill_op(value: str) -> str:
    """The ``rg`` operator of a colour (its alpha is the caller's business)."""
    found: Color = colour(value)
    return f"{fp_str(found.red, found.green, found.blue)} rg"


@cache
def stroke_op(value: str) -> str:
    """The ``RG`` operator of a colour (its alpha is the caller's business)."""
    found: Color = colour(value)
    return f"{fp_str(found.red, found.green, found.blue)} RG"


def _arc_terms() -> tuple[tuple[float, ...], ...]:
    """The cosine and sine terms of ``bezierArc``'s four quarters of a full circle, which
    depend on the angles alone: (x term, y term) for each of a quarter's four points."""
    fragment = 90.0
    half = fragment * pi / 360.0
    kappa = abs(4.0 / 3.0 * (1.0 - cos(half)) / sin(half))
    terms: list[tuple[float, ...]] = []
    for index in range(4):
        theta0 = (0 + index * fragment) * pi / 180.0
        theta1 = (0 + (index + 1) * fragment) * pi / 180.0
        terms.append(
            (
                cos(theta0),
                sin(theta0),
                cos(theta0) - kappa * sin(theta0),
                sin(theta0) + kappa * cos(theta0),
                cos(theta1) + kappa * sin(theta1),
                sin(theta1) - kappa * cos(theta1),
                cos(theta1),
                sin(theta1),
            )
        )
    return tuple(terms)


_ARC_TERMS: Final = _arc_terms()


def circle_path(x: float, y: float, radius: float) -> str:
    """The path ``Canvas.circle`` writes (four Bézier quarters), without its painting op.

    The points are ``bezierArc(x - r, y - r, x + r, y + r, 0, 360)``'s, computed the same way
    to the bit, with its angle terms worked out once rather than for every dot."""
    x1, y1, x2, y2 = x - radius, y + radius, x + radius, y - radius  # as bezierArc orders them
    x_cen, y_cen = (x1 + x2) / 2.0, (y1 + y2) / 2.0
    rx, ry = (x2 - x1) / 2.0, (y2 - y1) / 2.0
    parts: list[str] = []
    for c0, s0, c1, s1, c2, s2, c3, s3 in _ARC_TERMS:
        if not parts:
            parts.append(f"n {fp_str(x_cen + rx * c0, y_cen - ry * s0)} m")
        numbers = (x_cen + rx * c1, y_cen - ry * s1, x_cen + rx * c2, y_cen - ry * s2)
        parts.append(f"{fp_str(*numbers, x_cen + rx * c3, y_cen - ry * s3)} c")
    return " ".join(parts)


@cache
def alpha_of(value: str) -> float:
    found = colour(value)
    alpha = getattr(found, "alpha", None)
    return 1.0 if alpha is None else float(alpha)


ELSEWHERE = "\uffff"
"""Stands, in a translated line, for a character outside the font's first subset."""


class _Codes(dict[int, str]):
    """A ``str.translate`` table: each character's escaped code in the first subset, looked
    up (and assigned) once; :data:`ELSEWHERE` for a character of a later subset."""

    def __init__(self, encoder: FontEncoder) -> None:
        super().__init__()
        self._encoder = encoder

    def __missing__(self, code: int) -> str:
        found = self._encoder._encode(chr(code))
        value = found if isinstance(found, str) and code != ord(ELSEWHERE) else ELSEWHERE
        self[code] = value
        return value


class FontEncoder:
    """Encodes strings of one embedded TrueType font for one PDF document."""

    def __init__(self, font_name: str, doc: object) -> None:
        self.font = cast(TTFont, pdfmetrics.getFont(font_name))  # embedded() checked it
        # Weakly: the encoder is the value of a weak-keyed table whose key is the document.
        self._doc = ref(doc)
        self._words: dict[str, str | Chunks] = {}
        self._names: dict[int, str] = {}
        self._codes = _Codes(self)
        self.space = self._encode(" ")

    def _encode(self, word: str) -> str | Chunks:
        """A word's encoding: plain text when it is all in subset 0 (nearly every word)."""
        chunks = tuple(
            (subset, escapePDF(data)) for subset, data in self.font.splitString(word, self._doc())
        )
        if not chunks:
            return ""
        if len(chunks) == 1 and chunks[0][0] == 0:
            return str(chunks[0][1])
        return chunks

    def name(self, subset: int) -> str:
        found = self._names.get(subset)
        if found is None:
            found = self._names[subset] = self.font.getSubsetInternalName(subset, self._doc())
        return found

    def chunks(self, line: str) -> Chunks:
        """``line`` (words separated by single spaces) as runs of one subset each."""
        encoded = line.translate(self._codes)  # nearly always: all of it in the first subset
        if ELSEWHERE not in encoded:
            return ((0, encoded),)
        words = self._words
        parts: list[str | Chunks] = []
        simple = True
        for word in line.split(" "):
            found = words.get(word)
            if found is None:
                found = words[word] = self._encode(word)
            if found.__class__ is not str:
                simple = False
            parts.append(found)
        if simple and self.space.__class__ is str:
            return ((0, " ".join(parts)),)  # type: ignore[arg-type]
        runs: list[tuple[int, str]] = []
        for index, part in enumerate(parts):
            pieces: list[str | Chunks] = [self.space, part] if index else [part]
            for piece in pieces:
                for subset, text in ((0, piece),) if isinstance(piece, str) else piece:
                    if not text:
                        continue
                    if runs and runs[-1][0] == subset:
                        runs[-1] = (subset, runs[-1][1] + text)
                    else:
                        runs.append((subset, text))
        return tuple(runs)


def embedded(font_name: str) -> bool:
    """True for the embedded TrueType fonts this module can encode for."""
    return bool(getattr(pdfmetrics.getFont(font_name), "_dynamicFont", False))


def encoder(canvas: Canvas, font_name: str) -> FontEncoder:
    """The encoder of ``font_name`` for the document ``canvas`` writes."""
    doc = canvas._doc  # type: ignore[attr-defined]  # the canvas's document, not in the stubs
    fonts = _ENCODERS.get(doc)
    if fonts is None:
        fonts = _ENCODERS[doc] = {}
    found = fonts.get(font_name)
    if found is None:
        found = fonts[font_name] = FontEncoder(font_name, doc)
    return found


class TextOps:
    """Builds one ``BT … ET`` block: lines of text placed with ``Tm`` in one font and size."""

    def __init__(self, font: FontEncoder, size: float, ink: str, fill: str = "") -> None:
        """``ink``: the text's colour; ``fill``: its ``rg`` operator when already known."""
        self.font = font
        self.points = size
        self.size = fp_str(size)
        self.code: list[str] = ["BT", fill or fill_op(ink)]
        self.subset = -1
        self.ink = ink
        self._at = (0.0, 0.0)
        self._shown: list[str] = []
        self._dashes: list[str] = []

    def colour(self, ink: str) -> None:
        if ink != self.ink:
            self.code.append(fill_op(ink))
            self.ink = ink

    def move(self, x: float, y: float) -> None:
        self.code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        self._at = (x, y)
        self._shown.clear()

    def show(self, line: str) -> None:
        """Show ``line`` where the last one ended; a trailing :data:`BREAK` (a word broken
        between syllables) is drawn as a hyphen after it, as a shape rather than text, so the
        page's text reads the word whole."""
        if line.endswith(BREAK):
            line = line[: -len(BREAK)]
            x, y = self._at
            end = x + self.font.font.stringWidth("".join(self._shown) + line, self.points)
            box = dash_box(self.font.font.fontName, self.points, end, y)
            self._dashes.append(f"{fill_op(self.ink)} {fp_str(*box)} re f")
        self._shown.append(line)
        code = self.code
        for subset, text in self.font.chunks(line):
            if subset != self.subset:
                code.append(f"{self.font.name(subset)} {self.size} Tf")
                self.subset = subset
            code.append(f"({text}) Tj")

    def line(self, x: float, y: float, line: str) -> None:
        self.move(x, y)
        self.show(line)

    def lines(self, placed: Iterable[tuple[float, float, str]]) -> None:
        """:meth:`line` for each (x, y, line), the same operators written in one loop: the
        common line (all of it in the first subset, no broken word) without the calls."""
        code, font = self.code, self.font
        codes = font._codes
        for x, y, line in placed:
            if line.endswith(BREAK):
                self.line(x, y, line)
                continue
            code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
            encoded = line.translate(codes)
            if ELSEWHERE in encoded:
                self._at = (x, y)
                self._shown.clear()
                self.show(line)
                continue
            if self.subset != 0:
                code.append(f"{font.name(0)} {self.size} Tf")
                self.subset = 0
            code.append(f"({encoded}) Tj")
            self._at = (x, y)
            self._shown[:] = (line,)

    def finish(self) -> str:
        self.code.append("ET")
        return " ".join(self.code + self._dashes)
