"""The whole board's picture for zoom-outs (canvas.far_overview) keeps to its size: its longer
side, margins included, is at most MAX_SIDE pixels, whatever the board's shape."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from canvas.far_overview import MAX_SIDE, FarOverview


@pytest.mark.parametrize("content", [QRectF(0, 0, 40000, 28000), QRectF(-500, 0, 9000, 30000)])
def test_the_board_picture_is_at_most_max_side_pixels_across(qapp: object, content: QRectF) -> None:
    drawn: list[QRectF] = []

    def steps(area: QRectF) -> list[Callable[[QPainter], None]]:
        drawn.append(QRectF(area))
        return [lambda painter: painter.fillRect(area, QColor("#FFE66D"))]

    overview = FarOverview()
    overview.prepare(content, "state", steps)
    assert overview.fresh("state") and not overview.fresh("other")
    image = overview._image
    assert image is not None
    assert max(image.width(), image.height()) <= MAX_SIDE + 1
    assert max(image.width(), image.height()) >= MAX_SIDE - 2
    assert drawn and drawn[0].contains(content), "the whole board, with its margins"
