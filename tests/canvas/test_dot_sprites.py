"""A vote's dot copied from a pixmap (:mod:`canvas.dot_sprites`) looks like the dot drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from canvas.dot_sprites import paint_ellipse


def drawn(scale: float, centre: QPointF, copied: bool) -> QImage:
    image = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFE66D"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    ring = QPen(QColor("#FFFFFF"), 4.0)
    disc = QPen(QColor("#111111"), 2.5)
    fill = QColor("#1E7BD0")
    if copied:
        paint_ellipse(painter, centre, 24.0, ring, None, scale)
        paint_ellipse(painter, centre, 20.0, disc, fill, scale)
    else:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, 24.0, 24.0)
        painter.setPen(disc)
        painter.setBrush(fill)
        painter.drawEllipse(centre, 20.0, 20.0)
    painter.end()
    return image


def differing(a: QImage, b: QImage) -> int:
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            one, two = a.pixelColor(x, y), b.pixelColor(x, y)
            if (
                max(
                    abs(one.red() - two.red()),
                    abs(one.green() - two.green()),
                    abs(one.blue() - two.blue()),
                )
                > 48
            ):
                count += 1
    return count


@pytest.mark.parametrize("scale", [1.0, 0.5, 0.287, 2.0])
def test_a_copied_dot_is_the_drawn_dot(scale: float) -> None:
    centre = QPointF(60.0 / scale, 60.0 / scale)  # a whole device pixel: no rounding between
    copied = drawn(scale, centre, copied=True)
    assert differing(drawn(scale, centre, copied=False), copied) <= 24, "edges may round"
    again = drawn(scale, centre, copied=True)  # from the kept pixmap this time
    assert differing(copied, again) == 0
    middle = copied.pixelColor(60, 60)
    assert middle.name().upper() == "#1E7BD0", "the disc's colour in its middle"
    assert copied.pixelColor(0, 0).name().upper() == "#FFE66D", "nothing around it"
