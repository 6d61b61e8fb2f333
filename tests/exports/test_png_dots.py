"""Vote dots in the PNG picture look as on screen and in the handout: in a strip along the
note's top that the text keeps clear of, each dot deeper than its group's pastel, with a dark
edge inside a white ring, so it shows on a note of the voting group's own colour."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from exports.overview import DOT_SIZE, build_overview
from exports.pdf_overview import deepened
from exports.png import write_png
from models.snapshot import take_snapshot
from tests.exports.test_pdf_dots import _board

SCALE = 2.0


def test_a_png_dot_is_ringed_and_sits_in_the_strip_above_the_text(tmp_path: Path) -> None:
    doc = _board(tmp_path / "pisteet.pajalauta")
    try:
        snapshot = take_snapshot(doc)
        overview = build_overview(snapshot, "board")
        assert overview is not None
        note = next(shape for shape in overview.notes if shape.dots)
        yellow = snapshot.groups[0].colour
        region = overview.region
        result = write_png(snapshot, tmp_path / "pisteet.png", width=round(region.width * SCALE))
    finally:
        doc.close()
    image = QImage(str(result.path))
    scale = image.width() / region.width

    def pixel(x: float, y: float) -> QColor:
        return image.pixelColor(round((x - region.x) * scale), round((y - region.y) * scale))

    radius = DOT_SIZE / 2
    rect = note.rect
    cx, cy = rect.right - radius * 1.6, rect.y + radius * 1.6
    fill, group = pixel(cx, cy), QColor(deepened(yellow))
    assert _close(fill, group), (fill.name(), group.name(), "the dot is the deeper yellow")
    assert not _close(fill, QColor(yellow)), "not the note's own pastel"
    for angle in range(0, 360, 30):  # the first dot, at the note's right
        dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        edge = pixel(cx + dx * radius, cy + dy * radius)
        ring = pixel(cx + dx * radius * 1.22, cy + dy * radius * 1.22)
        outside = pixel(cx + dx * radius * 1.5, cy + dy * radius * 1.5)
        assert edge.lightness() < 70, (angle, edge.name(), "a dark edge")
        if 90 < angle < 270:
            continue  # the next dot sits there, over its part of the ring
        assert ring.lightness() > 240, (angle, ring.name(), "inside a white ring")
        assert _close(outside, QColor(yellow)), (angle, outside.name(), "on the yellow note")
    # The text starts below the dots' strip: nothing dark in the strip left of the dots.
    strip = DOT_SIZE * 1.35
    left = rect.x + 4.0
    right = cx - len(note.dots) * radius * 2.2 - radius
    dark = [
        (x, y)
        for y in range(math.ceil(rect.y + 3.0), math.floor(rect.y + strip))
        for x in range(math.ceil(left), math.floor(right), 2)
        if pixel(x, y).lightness() < 120
    ]
    assert not dark, dark[:5]
    below = [
        (x, y)
        for y in range(math.ceil(rect.y + strip), math.floor(rect.bottom))
        for x in range(math.ceil(rect.x), math.floor(rect.right), 2)
        if pixel(x, y).lightness() < 120
    ]
    assert below, "the note's text is drawn below the strip"


def _close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= (
        tolerance
    )
