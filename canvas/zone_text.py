"""The text of a header or free zone: which sizes its title and prompt try, how they are
fitted into the zone's text area, and the −2…+2 scale beside a feelings lane.

A prompt (the question under a header's title) first tries the size that reads on the
laptop when its frame fills the window (:func:`canvas.frame_style.readable_prompt_px`): at
that size it wraps onto more lines rather than shrinking, and the title gives way down to
it. Only where the header has no room for that does the prompt shrink as before.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from canvas.frame_style import MOOD_SCALE_WIDTH, PROMPT_TEXT, mood_y
from canvas.frame_text import TextBox, fit_box, frame_font

Sizes = tuple[int, int]
"""(largest, smallest) scene px."""


def header_sizes(kind: str) -> tuple[Sizes, Sizes]:
    """Title and prompt sizes of a 'column' or 'row' header, or a free zone."""
    if kind == "column":
        return (38, 18), (24, 16)
    if kind == "row":
        return (34, 18), (23, 16)
    return (40, 20), (24, 14)


def fit_header(
    title: str,
    prompt: str,
    rect: QRectF,
    kind: str,
    readable: int,
    cap: int | None = None,
    prompt_cap: int | None = None,
    language: str = "",
) -> TextBox:
    """Title and prompt in ``rect``; ``cap`` and ``prompt_cap`` are the sizes the frame's
    other headers of this kind settled on (a frame's headers read as one set)."""
    title_px, prompt_px = header_sizes(kind)
    centre = kind == "column"
    size = max(readable, prompt_px[1])
    if prompt_cap is not None:
        size = min(size, prompt_cap)
    largest = max(title_px[0], readable)  # a title at least as big as its prompt, if it fits
    top = largest if cap is None else max(min(largest, cap), title_px[1])
    if size > prompt_px[0] and prompt.strip():
        # The title may end up smaller than the prompt rather than break a long word.
        box = fit_box(title, prompt, rect, (top, title_px[1]), (size, size), centre, 6.0, language)
        if box.prompt is not None and box.prompt.complete:
            return box
    if prompt_cap is not None:
        prompt_px = (max(min(prompt_px[0], prompt_cap), prompt_px[1]), prompt_px[1])
    return fit_box(title, prompt, rect, (top, title_px[1]), prompt_px, centre, 6.0, language)


def centre_vertically(box: TextBox, rect: QRectF) -> None:
    extra = max(rect.height() - box.height - (6.0 if box.title and box.prompt else 0.0), 0.0)
    shift = extra / 2.0
    box.title_at = QPointF(box.title_at.x(), box.title_at.y() + shift)
    box.prompt_at = QPointF(box.prompt_at.x(), box.prompt_at.y() + shift)


def paint_mood_scale(painter: QPainter, rect: QRectF) -> None:
    """+2 … −2 beside a feelings lane (``rect`` its header), level with the marks in its
    cells."""
    painter.setFont(frame_font(20, True))
    painter.setPen(PROMPT_TEXT)
    right = rect.right() - 10.0
    for mood in (2, 1, 0, -1, -2):
        y = mood_y(rect, mood)
        label = f"{mood:+d}".replace("-", "−") if mood else "0"
        painter.drawText(
            QRectF(right - MOOD_SCALE_WIDTH, y - 14.0, MOOD_SCALE_WIDTH, 28.0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
