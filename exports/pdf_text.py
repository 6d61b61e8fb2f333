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

from functools import cache
from typing import cast
from weakref import WeakKeyDictionary, ref

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pdfgeom import bezierArc

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


def circle_path(x: float, y: float, radius: float) -> str:
    """The path ``Canvas.circle`` writes (four Bézier quarters), without its painting op."""
    points = bezierArc(x - radius, y - radius, x + radius, y + radius, 0, 360)
    return " ".join(
        [f"n {fp_str(points[0][:2])} m", *(f"{fp_str(curve[2:])} c" for curve in points)]
    )


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
        self.size = fp_str(size)
        self.code: list[str] = ["BT", fill or fill_op(ink)]
        self.subset = -1
        self.ink = ink

    def colour(self, ink: str) -> None:
        if ink != self.ink:
            self.code.append(fill_op(ink))
            self.ink = ink

    def move(self, x: float, y: float) -> None:
        self.code.append(f"1 0 0 1 {fp_str(x, y)} Tm")

    def show(self, line: str) -> None:
        code = self.code
        for subset, text in self.font.chunks(line):
            if subset != self.subset:
                code.append(f"{self.font.name(subset)} {self.size} Tf")
                self.subset = subset
            code.append(f"({text}) Tj")

    def line(self, x: float, y: float, line: str) -> None:
        self.move(x, y)
        self.show(line)

    def finish(self) -> str:
        self.code.append("ET")
        return " ".join(self.code)
