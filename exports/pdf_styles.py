"""Paragraph styles and page geometry of the handout: one calm look, A4 or Letter.

Sizes are chosen for a printout read at a table: 10 pt body text, headings that separate the
templates clearly, tables with 8.5 pt cells so a six-stage journey map fits a landscape page.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from functools import cache
from typing import Any, Final, cast
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import ParaLines, cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from exports.pdf_hyphens import BREAK, WordBreaker
from exports.pdf_text import TextOps, embedded, encoder
from exports.typefaces import forget_printable, printable, register
from models.errors import FieldValueError

PAGE_SIZES: Final = {"A4": A4, "LETTER": LETTER}
MARGIN: Final = 16 * mm
TOP: Final = 20 * mm
BOTTOM: Final = 17 * mm

INK: Final = HexColor("#1F2328")
MUTED: Final = HexColor("#5C6370")
ACCENT: Final = HexColor("#1F5FA8")
RULE: Final = HexColor("#C9CED6")
HEADER_FILL: Final = HexColor("#EEF2F7")
BOTTLENECK_FILL: Final = HexColor("#FBE3E1")
BOTTLENECK_HEX: Final = "#9B1C1C"
BOTTLENECK_INK: Final = HexColor(BOTTLENECK_HEX)
VOTE_INK: Final = "#C62828"


def page_size(name: str) -> tuple[float, float]:
    """A4 or Letter (any case); anything else is refused with the choices."""
    try:
        return PAGE_SIZES[name.strip().upper()]
    except KeyError:
        raise FieldValueError(
            "The page size must be A4 or Letter, not “{value}”.", value=name
        ) from None


@dataclass(frozen=True)
class Styles:
    cover_title: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_line: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_note: ParagraphStyle
    label: ParagraphStyle
    card_value: ParagraphStyle
    toc: ParagraphStyle


@cache
def styles(language: str = "") -> Styles:
    """The handout's styles; with a language, words too wide for their line are hyphenated
    in it (see :mod:`exports.pdf_hyphens`)."""
    regular, bold = register()
    hyphens: dict[str, Any] = {"hyphenationLang": WordBreaker(language)} if language else {}

    def style(
        name: str, size: float, leading: float, font: str = regular, **extra: Any
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading,
            bulletFontName=regular,
            bulletFontSize=size,
            textColor=extra.pop("textColor", INK),
            alignment=TA_LEFT,
            **hyphens,
            **extra,
        )

    return Styles(
        cover_title=style("cover_title", 27, 33, bold, spaceAfter=10),
        cover_kicker=style("cover_kicker", 11, 14, bold, textColor=ACCENT, spaceAfter=6),
        cover_line=style("cover_line", 11, 15, spaceAfter=2),
        h1=style("h1", 17, 21, bold, spaceAfter=8, textColor=ACCENT),
        h2=style("h2", 12.5, 16, bold, spaceBefore=10, spaceAfter=5),
        h3=style("h3", 10.5, 13.5, bold, spaceBefore=6, spaceAfter=3),
        body=style("body", 9.5, 13, spaceAfter=5),
        small=style("small", 8, 10.5, textColor=MUTED, spaceAfter=4),
        note=style("note", 9.5, 12.5, leftIndent=14, bulletIndent=2, spaceAfter=2.5),
        cell=style("cell", 8.5, 10.8, spaceAfter=2.5),
        cell_bold=style("cell_bold", 8.5, 10.8, bold),
        cell_note=style("cell_note", 8.5, 10.8, leftIndent=8, bulletIndent=0, spaceAfter=3),
        label=style("label", 8, 10, bold, textColor=MUTED),
        card_value=style("card_value", 10.5, 14),
        toc=style("toc", 10.5, 15),
    )


def markup(text: str) -> str:
    """Board text as safe Paragraph markup: printable, escaped, line breaks kept."""
    return escape(printable(text).strip()).replace("\n", "<br/>")


SYLLABLE_HEAD: Final[type[str]] = rl_paragraph._SplitWordH  # type: ignore[attr-defined]
"""ReportLab's class of the first piece of a word it hyphenated (private, hence named here)."""

_PARSED: dict[tuple[str, int], tuple[ParagraphStyle, list[ParaFrag]]] = {}
_PARSED_MAX: Final = 4096


def parsed(text: str, style: ParagraphStyle) -> list[ParaFrag] | None:
    """The parsed fragments of Paragraph markup, parsed once and shared: a handout repeats the
    same few hundred headings and labels thousands of times, and parsing was the slow part.
    ``None`` (parse it yourself) for markup whose parse changes the style."""
    key = (text, id(style))
    hit = _PARSED.get(key)
    if hit is not None and hit[0] is style:
        return hit[1]
    if getattr(style, "textTransform", None):
        return None
    cleaned = cleanBlockQuotedText(text)
    frags = _plain(cleaned, style) if cleaned and not _MARKUP.intersection(cleaned) else None
    if frags is None:
        parser = ParaParser()
        parser.caseSensitive = 1
        found_style, frags, bullet = parser.parse(cleaned, style)  # type: ignore[no-untyped-call]
        if frags is None or bullet or found_style is not style:
            return None
    if len(_PARSED) >= _PARSED_MAX:
        _PARSED.clear()
    _PARSED[key] = (style, frags)
    return cast(list[ParaFrag], frags)


_MARKUP: Final = frozenset("<&")
_PLAIN: dict[int, tuple[ParagraphStyle, ParaFrag | None]] = {}


def _plain(text: str, style: ParagraphStyle) -> list[ParaFrag] | None:
    """Text without markup (no tag, no entity) parsed as ReportLab's parser parses it: one
    fragment of the style, a copy of the one it makes of a one-letter text with the words
    put in (checked over every such text of the 60-, 300- and 1,000-note handouts, and by a
    test); the HTML parser took most of the time of a handout's paragraphs."""
    hit = _PLAIN.get(id(style))
    if hit is None or hit[0] is not style:
        parser = ParaParser()
        parser.caseSensitive = 1
        found_style, frags, bullet = parser.parse("x", style)  # type: ignore[no-untyped-call]
        one = (
            frags[0] if frags and len(frags) == 1 and not bullet and found_style is style else None
        )
        hit = _PLAIN[id(style)] = (style, one)
    if hit[1] is None:
        return None
    frag = copy(hit[1])
    frag.text = text
    return [frag]


_BROKEN: dict[tuple[int, object], tuple[list[ParaFrag], ParaLines | ParaFrag, float]] = {}


def forget_shared() -> None:
    """Empty the shared parses and line breaks (and the printable forms of texts): each
    handout starts from nothing, so one export never runs on what the last one left, and the
    memory they hold is one export's at most."""
    _PARSED.clear()
    _PLAIN.clear()
    _BROKEN.clear()
    forget_printable()


class SharedParagraph(Paragraph):
    """A Paragraph whose parsed markup (see :func:`parsed`) and, for one-style text, line
    breaks at a width are shared with every paragraph of the same markup and style."""

    blPara: ParaLines  # set by ReportLab's wrap(); not in its stubs
    _memo: tuple[Any, ...] | None = None
    """The last wrap: (width, frags, its answers); a table wraps each cell two or three times
    at the same width, and a paragraph of several styles is slow to break into lines."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._memo
        # A table draws a cell at the width its column positions give, which may differ from
        # the width it measured the cell at in the last bits of the float: the same width.
        if memo is not None and abs(memo[0] - availWidth) < 1e-7 and memo[1] is self.frags:
            self.height, self.blPara, self._width_max, self._wrapWidths = memo[3:]
            self.width = availWidth
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= 1e-8 and not self._splitLongWordCount and not self._hyphenations:
            self._memo = (
                availWidth,
                self.frags,
                self.width,
                self.height,
                self.blPara,
                self._width_max,
                self._wrapWidths,
            )
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._memo = None  # splitting may change the lines in place
        found: list[Flowable] = super().split(availWidth, availHeight)
        return found

    def breakLines(self, width: float | list[float] | tuple[float, ...]) -> ParaLines | ParaFrag:
        breaker = getattr(self.style, "hyphenationLang", None)
        if isinstance(breaker, WordBreaker):
            widest = max(width) if isinstance(width, list | tuple) else width
            breaker.measure_for(self.style.fontName, self.style.fontSize, widest)
        frags = self.frags
        hit = _PARSED.get((self.text, id(self.style)))
        if hit is None or hit[1] is not frags:
            return super().breakLines(width)
        key = (id(frags), tuple(width) if isinstance(width, list) else width)
        found = _BROKEN.get(key)
        if found is not None and found[0] is frags:
            self._width_max = found[2]
            self._splitLongWordCount = self._hyphenations = 0
            return found[1]
        lines = super().breakLines(width)
        # Lines of several fragments are changed in place when a paragraph is split: only
        # the one-fragment kind (plain words, read only) is shared.
        if lines.kind == 0 and not self._splitLongWordCount and not self._hyphenations:
            if len(_BROKEN) >= _PARSED_MAX:
                _BROKEN.clear()
            _BROKEN[key] = (frags, lines, self._width_max)
        return lines

    def draw(self) -> None:
        if not self._draw_plain():
            super().draw()

    def _draw_plain(self) -> bool:
        """Draw one-style, left-aligned lines as :class:`~exports.pdf_text.TextOps` (the
        operators ReportLab writes for them, without its per-character encoding); False
        for anything else, which ReportLab draws."""
        lines, style = self.blPara, self.style
        if (
            lines.kind != 0
            or self.bulletText
            or style.alignment != TA_LEFT
            or style.backColor
            or (style.borderColor and style.borderWidth)
            or style.firstLineIndent
            or style.wordWrap
            or getattr(style, "autoLeading", "") not in ("", "off", None)
            or getattr(self, "_offsets", None)
            or getattr(lines, "us_lines", None)
            or getattr(lines, "link", None)
            or not embedded(lines.fontName)
            or type(lines.textColor) is not Color
            or any(space <= -1e-8 for space, _ in lines.lines)
        ):
            return False
        ink = lines.textColor
        text = TextOps(
            encoder(self.canv, lines.fontName),
            lines.fontSize,
            "",
            f"{fp_str(ink.red, ink.green, ink.blue)} rg",
        )
        top = self.height - (
            lines.fontSize
            if rl_config.paraFontSizeHeightOffset
            else getattr(lines, "ascent", lines.fontSize)
        )
        placed: list[tuple[float, float, str]] = []
        for index, (_, words) in enumerate(lines.lines):
            line = " ".join(words)
            if words and isinstance(words[-1], SYLLABLE_HEAD) and line[-1] in ("-", BREAK):
                line = line[:-1] + BREAK  # a syllable break: its hyphen drawn, not written
            placed.append((style.leftIndent, top - style.leading * index, line))
        text.lines(placed)
        self.canv.addLiteral(text.finish())
        return True


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """``Paragraph(text, style)``, with the markup parsed (and plain lines broken) once per
    distinct text, style and width."""
    return SharedParagraph(text, style, frags=parsed(text, style))
