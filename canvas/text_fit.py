"""Fitting a note's text into its box: the biggest font that fits, wrapped, centred.

A note's text is laid out once (QTextLayout, in note coordinates) and the layout is reused for
every paint at every zoom, so painting costs no text shaping. The fit prefers whole words: a
size where a long Finnish compound ("erityisruokavaliot") would be split is rejected while a
smaller size keeps it whole, unless keeping it whole shrinks the text below about two thirds of
the note's base size: then the words too wide for a line break between syllables of the
board's language with a hyphen, at the biggest size that fits so ("asiakastyytyväisyyskysely"
alone: 32 px in three lines, not 13 px in one). At the minimum size a word may still break
anywhere when no syllable break fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGlyphRun, QTextLayout, QTextOption

from canvas import style
from models.hyphenation import with_soft_hyphens

LINE_SEPARATOR = "\u2028"


@dataclass(slots=True)
class FittedText:
    """A finished layout and what the note needs to know about it."""

    runs: list[QGlyphRun]
    """Shaped glyphs of the lines that fit, ready to draw; empty for an empty note."""
    pixel_size: int
    origin: QPointF
    """Where to draw the runs so the text block is centred in the note."""
    overflow: bool
    """True when even the minimum size could not show all of the text."""
    size: QSizeF
    """Width and height of the drawn text block."""


@dataclass(slots=True)
class Wrapped:
    """A wrapped layout and what of it fits: see :func:`wrap_lines`."""

    layout: QTextLayout
    shown_lines: int
    shown_chars: int
    height: float
    widest: float
    total_width: float
    line_height: float


@dataclass
class _Trial:
    layout: QTextLayout
    shown_lines: int
    shown_chars: int
    height: float
    widest: float
    complete: bool
    total_width: float
    line_height: float


_warm = False


def warm_up_fonts() -> None:
    """Load the note font once per process (~10 ms of font matching) while a board opens,
    instead of in the middle of its first frame."""
    global _warm
    if not _warm:
        _lay_out("Åå", style.BASE_FONT_PX, 100.0, 100.0, False)
        _warm = True


def _font_sizes(base: int) -> list[int]:
    """Candidate sizes from ``base`` down to the minimum, about 8 % apart."""
    sizes: list[int] = []
    size = float(base)
    while size > style.MIN_FONT_PX:
        sizes.append(round(size))
        size /= 1.08
    sizes.append(style.MIN_FONT_PX)
    return sorted(set(sizes), reverse=True)


def wrap_lines(
    text: str,
    font: QFont,
    width: float,
    max_height: float,
    centre: bool = True,
    anywhere: bool = False,
) -> Wrapped:
    """Wrap ``text`` at ``width`` and count the leading lines that fit ``max_height`` (the first
    line always counts). Shared by note text and frame headers."""
    layout = QTextLayout(text, font)
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if anywhere
        else QTextOption.WrapMode.WordWrap
    )
    layout.setTextOption(option)
    layout.beginLayout()
    y = height = widest = total_width = line_height = 0.0
    shown_lines = shown_chars = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, y))
        if shown_lines == line.lineNumber() and (y + line.height() <= max_height or y == 0.0):
            shown_lines += 1
            shown_chars = line.textStart() + line.textLength()
            widest = max(widest, line.naturalTextWidth())
            height = y + line.height()
        line_height = line.height()
        total_width += line.naturalTextWidth()
        y += line_height
    layout.endLayout()
    return Wrapped(layout, shown_lines, shown_chars, height, widest, total_width, line_height)


def _lay_out(
    text: str, pixel_size: int, width: float, max_height: float, wrap_anywhere: bool
) -> _Trial:
    """Lay out all lines and count how many fit in ``max_height``."""
    w = wrap_lines(text, style.note_font(pixel_size), width, max_height, True, wrap_anywhere)
    complete = w.shown_lines == w.layout.lineCount() and w.height <= max_height
    return _Trial(
        w.layout,
        w.shown_lines,
        w.shown_chars,
        w.height,
        w.widest,
        complete,
        w.total_width,
        w.line_height,
    )


_METRICS: dict[int, QFontMetricsF] = {}
_WIDTHS: dict[tuple[int, str], float] = {}
"""Words' widths at a size, for :func:`_estimate`: a board's notes share most of their words
("ja", "asiakas" …), and measuring one costs about as much as wrapping it at every size."""
MAX_WIDTHS = 20_000


def _width(pixel_size: int, word: str) -> float:
    key = (pixel_size, word)
    found = _WIDTHS.get(key)
    if found is None:
        metrics = _METRICS.get(pixel_size)
        if metrics is None:
            metrics = _METRICS[pixel_size] = QFontMetricsF(style.note_font(pixel_size))
        if len(_WIDTHS) >= MAX_WIDTHS:
            _WIDTHS.clear()
        found = _WIDTHS[key] = metrics.horizontalAdvance(word)
    return found


def _estimate(text: str, sizes: list[int], inner_w: float, inner_h: float) -> int:
    """Index of the largest of ``sizes`` the words' widths say fits: each word measured
    once at the largest size (no hinting: widths scale with the size) and wrapped greedily
    at each size in turn. A guess only (a layout breaks lines by Unicode's rules, not at
    spaces alone); it spares the layouts of sizes far from the answer."""
    base = sizes[0]
    paragraphs = [
        [_width(base, word) for word in part.split()] for part in text.split(LINE_SEPARATOR)
    ]
    space, line_height = _width(base, " "), _METRICS[base].height()
    widest = max((width for words in paragraphs for width in words), default=0.0)
    for index, size in enumerate(sizes):
        ratio = size / sizes[0]
        limit = inner_w / ratio
        if widest > limit:
            continue
        lines = 0
        for words in paragraphs:
            lines += 1
            x = -space
            for width in words:
                x += space + width
                if x > limit:
                    lines += 1
                    x = width
        if lines * line_height * ratio <= inner_h:
            return index
    return len(sizes) - 1


def fit_text(text: str, width: float, height: float, language: str = "") -> FittedText:
    """The largest font size at which ``text`` fits a note of ``width`` × ``height``.

    When nothing fits, the minimum size is used with as many lines as fit and ``overflow`` set;
    words too long for the line then break between syllables of ``language`` with a hyphen
    (see :mod:`models.hyphenation`) before anywhere else.
    """
    pad = style.padding_for(width, height)
    inner_w = max(width - 2 * pad, 1.0)
    inner_h = max(height - 2 * pad, 1.0)
    text = text.strip("\n").replace("\n", LINE_SEPARATOR)
    base = style.base_font_px(width, height)
    if not text.strip():
        return FittedText([], base, QPointF(pad, pad), False, QSizeF())
    sizes = _font_sizes(base)

    def fits(trial: _Trial) -> bool:
        return trial.complete and trial.widest <= inner_w + 0.5

    best: tuple[int, _Trial] | None = None
    # From the words' guess, walk up while a bigger size fits, or down until one does:
    # usually two layouts (the guess and the size above it).
    index = _estimate(text, sizes, inner_w, inner_h)
    trial = _lay_out(text, sizes[index], inner_w, inner_h, False)
    if fits(trial):
        best = (sizes[index], trial)
        while index > 0:
            trial = _lay_out(text, sizes[index - 1], inner_w, inner_h, False)
            if not fits(trial):
                break
            index -= 1
            best = (sizes[index], trial)
    else:
        while index < len(sizes) - 1:
            index += 1
            trial = _lay_out(text, sizes[index], inner_w, inner_h, False)
            if fits(trial):
                best = (sizes[index], trial)
                break
    if language and (best is None or best[0] < sizes[0] * HYPHEN_BELOW):
        best = _hyphenated(text, sizes, best, inner_w, inner_h, language) or best
    overflow = False
    if best is None:
        if language:
            text = with_soft_hyphens(text, language)
        trial = _lay_out(text, style.MIN_FONT_PX, inner_w, inner_h, True)
        overflow = not trial.complete
        if overflow:
            # Leave the bottom strip free for the "more text" marker and the grow button.
            reserve = height * style.MORE_STRIP_RATIO
            trial = _lay_out(text, style.MIN_FONT_PX, inner_w, max(inner_h - reserve, 1.0), True)
        best = (style.MIN_FONT_PX, trial)
    size, trial = best
    runs = trial.layout.glyphRuns(0, trial.shown_chars) if trial.shown_chars else []
    top = pad if overflow else pad + max((inner_h - trial.height) / 2.0, 0.0)
    return FittedText(list(runs), size, QPointF(pad, top), overflow, QSizeF(inner_w, trial.height))


HYPHEN_BELOW = 0.65
"""A long word shrinks the text below this share of the note's base size (13 px for
"asiakastyytyväisyyskysely" on a 200-unit note): it breaks between syllables instead, when
that reads at least :data:`HYPHEN_GAIN` bigger. Above it, words stay whole."""
HYPHEN_GAIN = 1.15


def _hyphenated(
    text: str,
    sizes: list[int],
    plain: tuple[int, _Trial] | None,
    inner_w: float,
    inner_h: float,
    language: str,
) -> tuple[int, _Trial] | None:
    """The biggest size at which ``text`` fits once its words too wide for a line break
    between syllables with a hyphen, found by halving the sizes above the plain fit's; None
    when that gains too little."""
    least = plain[0] * HYPHEN_GAIN if plain is not None else 0.0
    low, high = 0, len(sizes) if plain is None else sizes.index(plain[0])
    if (
        0 < high < len(sizes)
        and _hyphen_long_words(text, sizes[high - 1], inner_w, language) == text
    ):
        return None  # the plain fit was held by the note's height, not by a long word
    found: tuple[int, _Trial] | None = None
    while low < high:
        middle = (low + high) // 2
        size = sizes[middle]
        if size < least:
            high = middle
            continue
        marked = _hyphen_long_words(text, size, inner_w, language)
        if marked == text:
            break  # every word fits a line here and below: only the plain layout, which failed
        trial = _lay_out(marked, size, inner_w, inner_h, False)
        if trial.complete and trial.widest <= inner_w + 0.5:
            found, high = (size, trial), middle
        else:
            low = middle + 1
    return found


def _hyphen_long_words(text: str, pixel_size: int, inner_w: float, language: str) -> str:
    """``text`` with soft hyphens in the words wider than a line at ``pixel_size``."""

    def marked(match: re.Match[str]) -> str:
        word = match.group(0)
        too_wide = _width(pixel_size, word) > inner_w
        return _syllables(word, language) if too_wide else word

    return _WORD.sub(marked, text)


@lru_cache(maxsize=8192)
def _syllables(word: str, language: str) -> str:
    """A board's long words come back at every size and in many notes."""
    return with_soft_hyphens(word, language)


_WORD = re.compile(r"\S+")


def text_height(text: str, pixel_size: int, width: float) -> float:
    """Height the whole text needs at ``pixel_size`` in a note ``width`` wide (for growing),
    padding included."""
    pad = style.padding_for(width, width)
    trial = _lay_out(
        text.strip("\n").replace("\n", LINE_SEPARATOR),
        pixel_size,
        max(width - 2 * pad, 1.0),
        float("inf"),
        True,
    )
    return trial.height + 2 * pad
