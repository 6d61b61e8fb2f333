"""Text on frames, headers and cards: titles and prompts wrapped and fitted into a box.

A header is read from the back of a room, so its title starts big and shrinks only as far as
needed to fit its box; a long title wraps at word boundaries (a long Finnish compound breaks
anywhere only at the smallest size), and what still does not fit ends in an ellipsis rather
than spilling into the next header. Layouts are made once per text and size, and painted as
glyph runs at every zoom, like the notes' text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGlyphRun,
    QPainter,
    QTextLayout,
    QTextOption,
)

from canvas import style
from canvas.text_fit import wrap_lines
from models.hyphenation import with_soft_hyphens

ELLIPSIS = "…"


@cache
def frame_font(pixel_size: int, bold: bool = False) -> QFont:
    """Shared fonts for frame text (see :func:`canvas.style.note_font` for why shared)."""
    font = QFont(style.note_font(pixel_size))
    font.setBold(bold)
    return font


@dataclass(slots=True)
class Lines:
    """Wrapped lines of one text at one size, positioned from (0, 0)."""

    runs: list[QGlyphRun]
    height: float
    pixel_size: int
    complete: bool
    """False when the text was cut (the last shown line ends in an ellipsis)."""


@dataclass(slots=True)
class TextBox:
    """A title and a prompt laid out together inside one box."""

    title: Lines | None
    prompt: Lines | None
    title_at: QPointF = field(default_factory=QPointF)
    prompt_at: QPointF = field(default_factory=QPointF)

    def paint(self, painter: QPainter, title_colour: QColor, prompt_colour: QColor) -> None:
        if self.title is not None:
            painter.setPen(title_colour)
            for run in self.title.runs:
                painter.drawGlyphRun(self.title_at, run)
        if self.prompt is not None:
            painter.setPen(prompt_colour)
            for run in self.prompt.runs:
                painter.drawGlyphRun(self.prompt_at, run)

    @property
    def height(self) -> float:
        return (self.title.height if self.title else 0.0) + (
            self.prompt.height if self.prompt else 0.0
        )


def lay_out(
    text: str,
    pixel_size: int,
    bold: bool,
    width: float,
    max_height: float,
    centre: bool = False,
    anywhere: bool = False,
    language: str = "",
) -> Lines:
    """Wrap ``text`` at ``width``; keep the lines that fit ``max_height`` (at least one).

    ``anywhere``: a word too long for the line may break; between its syllables in
    ``language`` first, with a hyphen ("Loppuasi-|akas"), and only then anywhere."""
    font = frame_font(pixel_size, bold)
    text = text.strip().replace("\n", "\u2028")
    if anywhere and language:
        hyphened = _hyphen_long_words(text, font, width, language)
        if hyphened != text:
            syllables = lay_out(hyphened, pixel_size, bold, width, max_height, centre)
            if syllables.complete:
                return syllables
            text = hyphened
    wrapped = wrap_lines(text, font, width, max_height, centre, anywhere)
    layout, shown, chars = wrapped.layout, wrapped.shown_lines, wrapped.shown_chars
    total, widest = layout.lineCount(), wrapped.widest
    complete = shown == total and widest <= width + 0.5
    if not complete:
        return _elided(text, font, layout, shown, width, centre)
    height = sum(layout.lineAt(i).height() for i in range(shown))
    runs = list(layout.glyphRuns(0, chars)) if chars else []
    return Lines(runs, height, pixel_size, True)


def _hyphen_long_words(text: str, font: QFont, width: float, language: str) -> str:
    """``text`` with soft hyphens in the words too wide for a line of their own (a word that
    fits stays whole: "as customer", not "as cus-|tomer")."""
    metrics = QFontMetricsF(font)

    def marked(match: re.Match[str]) -> str:
        word = match.group(0)
        too_wide = metrics.horizontalAdvance(word) > width
        return with_soft_hyphens(word, language) if too_wide else word

    return _WORD.sub(marked, text)


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _elided(
    text: str, font: QFont, layout: QTextLayout, shown: int, width: float, centre: bool
) -> Lines:
    """The first ``shown`` lines, the last one cut with an ellipsis."""
    metrics = QFontMetricsF(font)
    lines = [
        text[
            layout.lineAt(i).textStart() : layout.lineAt(i).textStart()
            + layout.lineAt(i).textLength()
        ].rstrip()
        for i in range(shown)
    ]
    if not lines:
        lines = [""]
    last = lines[-1].rstrip(" ,.;:–-") + ELLIPSIS
    if metrics.horizontalAdvance(last) > width:
        last = metrics.elidedText(lines[-1] + ELLIPSIS * 2, Qt.TextElideMode.ElideRight, width)
    lines[-1] = last
    elided = QTextLayout("\u2028".join(lines), font)
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    elided.setTextOption(option)
    elided.beginLayout()
    y = 0.0
    while True:
        line = elided.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, y))
        y += line.height()
    elided.endLayout()
    return Lines(list(elided.glyphRuns()), y, font.pixelSize(), False)


def _sizes(largest: int, smallest: int) -> list[int]:
    sizes = []
    size = float(largest)
    while size > smallest:
        sizes.append(round(size))
        size /= 1.1
    sizes.append(smallest)
    return sorted(set(sizes), reverse=True)


def fit_box(
    title: str,
    prompt: str,
    rect: QRectF,
    title_px: tuple[int, int],
    prompt_px: tuple[int, int],
    centre: bool = False,
    gap: float = 6.0,
    language: str = "",
) -> TextBox:
    """Title (bold) above prompt in ``rect`` (see :func:`_fit_box`), from a cache: a board
    repeats its templates, so the same header text in the same size of box is fitted once,
    not once per frame (an open board fits thousands of headers)."""
    fitted = _fit_at_origin(
        title, prompt, rect.width(), rect.height(), title_px, prompt_px, centre, gap, language
    )
    corner = rect.topLeft()
    return TextBox(fitted.title, fitted.prompt, fitted.title_at + corner, fitted.prompt_at + corner)


@lru_cache(maxsize=4096)
def _fit_at_origin(
    title: str,
    prompt: str,
    width: float,
    height: float,
    title_px: tuple[int, int],
    prompt_px: tuple[int, int],
    centre: bool,
    gap: float,
    language: str,
) -> TextBox:
    return _fit_box(
        title, prompt, QRectF(0.0, 0.0, width, height), title_px, prompt_px, centre, gap, language
    )


def _fit_box(
    title: str,
    prompt: str,
    rect: QRectF,
    title_px: tuple[int, int],
    prompt_px: tuple[int, int],
    centre: bool = False,
    gap: float = 6.0,
    language: str = "",
) -> TextBox:
    """Title (bold) above prompt in ``rect``: the title as big as possible, then the prompt.

    ``title_px`` and ``prompt_px`` are (largest, smallest). For each title size the prompt
    tries its sizes first, so a long title keeps its size while its prompt gets smaller; when
    even the smallest sizes do not fit, the prompt gives way, then the title is cut with "…".
    """
    width, height = max(rect.width(), 1.0), max(rect.height(), 1.0)
    has_title, has_prompt = bool(title.strip()), bool(prompt.strip())
    if not (has_title or has_prompt):
        return TextBox(None, None)
    steps = _sizes(title_px[0], title_px[1])
    for index, size in enumerate(steps):
        last = index == len(steps) - 1
        head = (
            lay_out(title, size, True, width, height, centre, last, language) if has_title else None
        )
        if head is not None and not head.complete:
            continue
        if not has_prompt:
            return _placed(head, None, rect, gap)
        room = height - (head.height + gap if head else 0.0)
        largest = min(prompt_px[0], max(round(size * 0.7), prompt_px[1]))
        for small in _sizes(largest, prompt_px[1]) if room > 0 else ():
            body = lay_out(prompt, small, False, width, room, centre)
            if body.complete and body.height <= room:
                return _placed(head, body, rect, gap)
        if last:
            return _placed(head, None, rect, gap)
    head = (
        lay_out(title, title_px[1], True, width, height, centre, True, language)
        if has_title
        else None
    )
    return _placed(head, None, rect, gap)


@lru_cache(maxsize=2048)
def far_lines(
    text: str,
    pixel_size: int,
    width: float,
    height: float,
    centre: bool,
    anywhere: bool = False,
    language: str = "",
) -> Lines:
    """A title wrapped for the far view, cached: the far view redraws it every frame."""
    return lay_out(text, pixel_size, True, width, height, centre, anywhere, language)


def _placed(head: Lines | None, body: Lines | None, rect: QRectF, gap: float) -> TextBox:
    box = TextBox(head, body, QPointF(rect.left(), rect.top()))
    below = rect.top() + (head.height + gap if head is not None else 0.0)
    box.prompt_at = QPointF(rect.left(), below)
    return box


def single_line(text: str, pixel_size: int, bold: bool, width: float) -> str:
    """``text`` on one line, cut with "…" to ``width`` (for the far view)."""
    metrics = QFontMetricsF(frame_font(pixel_size, bold))
    return metrics.elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, width)
