"""A note's dots copied from a pixmap (:mod:`canvas.dot_sprites`) are the dots drawn."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from canvas.look import draw_dots, paint_dots

RECT = QRectF(0.0, 0.0, 200.0, 200.0)
BLUE, GREEN, GOLD = QColor("#9FD3F5"), QColor("#A8E28A"), QColor("#FFE66D")


def shown(scale: float, colours: Sequence[QColor], copied: bool) -> QImage:
    """The note's top-left 200 × 200 device pixels: its colour, then its dots."""
    image = QImage(260, 260, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#E8ECEF"))
    painter = QPainter(image)
    painter.translate(30.0, 30.0)  # a whole pixel: the copy lands where the drawing did
    painter.scale(scale, scale)
    painter.fillRect(RECT, QColor("#FFB3C7"))
    (paint_dots if copied else draw_dots)(painter, RECT, colours, scale)
    painter.end()
    return image


def differing(a: QImage, b: QImage) -> int:
    """Pixels whose colour differs by more than antialiasing's rounding."""
    one, two = bytes(a.constBits()), bytes(b.constBits())
    return sum(
        1 for i in range(0, len(one), 4) if max(abs(one[i + k] - two[i + k]) for k in range(3)) > 48
    )


@pytest.mark.parametrize("scale", [1.0, 0.5, 0.287])
def test_copied_dots_are_the_drawn_dots_for_every_count_and_zoom(scale: float) -> None:
    for colours in ([BLUE], [BLUE, GREEN, GOLD], [GOLD] * 3 + [BLUE] * 9):
        drawn = shown(scale, colours, copied=False)
        copied = shown(scale, colours, copied=True)
        assert differing(drawn, shown(scale, [], copied=False)) > 20, "there are dots"
        assert differing(drawn, copied) <= 12, f"{len(colours)} dots at {scale}"
        assert differing(copied, shown(scale, colours, copied=True)) == 0, "copied again"


def test_other_dots_on_a_note_of_the_same_size_are_not_taken_for_these() -> None:
    shown(0.5, [BLUE, GREEN], copied=True)
    other = shown(0.5, [GREEN, BLUE], copied=True)
    assert differing(other, shown(0.5, [GREEN, BLUE], copied=False)) <= 12
    assert differing(other, shown(0.5, [BLUE, GREEN], copied=False)) > 20
