"""Baseline (b): the cost floor, QPainter straight onto a 1920 × 1080 image.

No scene, no items, no index: the visible notes are found before the clock starts and only the
painting is timed. Three floors per zoom level:

* ``rects``: one ``fillRect`` per visible note (what the brief asks for at zoom-to-fit);
* ``rects_text``: the same plus each note's text from a prepared ``QStaticText`` (cached layout,
  the cheapest honest way to draw wrapped text);
* ``batched_rects``: one ``drawRects`` call per palette colour, showing how far batching the far
  view can go below one Python call per note.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QStaticText, QTextOption, QTransform

from benchmarks.qtframes import (
    SCALES,
    VIEWPORT_H,
    VIEWPORT_W,
    ZOOMS,
    application,
    count_visible,
    empty_frames,
    fit_scale,
    scale_about,
)
from benchmarks.textbook import NOTE_FONT_PX, PADDING
from benchmarks.timing import ms_since, peak_rss_mb, summary
from models.document import BoardDocument

MODES = ("rects", "rects_text", "batched_rects")
BACKGROUND = QColor("#F4F4F0")
LINE_SEPARATOR = "\u2028"
"""QStaticText drops plain newlines; Unicode's line separator breaks the line as intended."""


def blank() -> dict[str, Any]:
    return {
        "available": False,
        "reason": None,
        "modes": list(MODES),
        "frames": empty_frames(),
        "peak_rss_mb": None,
    }


class _Note:
    __slots__ = ("colour", "rect", "text", "text_at")

    def __init__(self, rect: QRectF, colour: QColor, text: QStaticText) -> None:
        self.rect = rect
        self.colour = colour
        self.text = text
        self.text_at = QPointF(rect.x() + PADDING, rect.y() + PADDING)


def _painter_for(image: QImage) -> QPainter:
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return painter


def _frame_maker(
    image: QImage, mode: str, transform: QTransform, notes: list[_Note], font: QFont
) -> Callable[[], None]:
    by_colour: dict[str, list[QRectF]] = defaultdict(list)
    for note in notes:
        by_colour[note.colour.name()].append(note.rect)
    batches = [(QColor(name), rects) for name, rects in by_colour.items()]

    def rects_only() -> None:
        painter = _painter_for(image)
        painter.setTransform(transform)
        for note in notes:
            painter.fillRect(note.rect, note.colour)
        painter.end()

    def rects_text() -> None:
        painter = _painter_for(image)
        painter.setTransform(transform)
        painter.setFont(font)
        for note in notes:
            painter.fillRect(note.rect, note.colour)
            painter.drawStaticText(note.text_at, note.text)
        painter.end()

    def batched() -> None:
        painter = _painter_for(image)
        painter.setTransform(transform)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in batches:
            painter.setBrush(colour)
            painter.drawRects(rects)
        painter.end()

    return {"rects": rects_only, "rects_text": rects_text, "batched_rects": batched}[mode]


def _warm_up(image: QImage, font: QFont) -> None:
    """Load the font and start the raster engine once, so no zoom's first frame pays for the
    whole process's start (the views pay it in their open-to-first-frame time)."""
    painter = _painter_for(image)
    painter.setFont(font)
    painter.drawText(QPointF(10, 40), "Lämmittely: äö ÅÄÖ")
    painter.end()


def run(board: dict[str, Any], repeat: int, snapshots: Path | None) -> dict[str, Any]:
    application()
    result = blank()
    doc = BoardDocument.open(Path(board["path"]))
    try:
        rows = doc.notes.all()
    finally:
        doc.close()
    font = QFont()
    font.setPixelSize(NOTE_FONT_PX)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    notes: list[_Note] = []
    for row in rows:
        static = QStaticText(row.text.replace("\n", LINE_SEPARATOR))
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.setTextWidth(row.width - 2 * PADDING)
        static.setTextOption(option)
        notes.append(_Note(QRectF(row.x, row.y, row.width, row.height), QColor(row.colour), static))

    bounds = QRectF(
        board["left"], board["top"], board["right"] - board["left"], board["bottom"] - board["top"]
    )
    centre = bounds.center()
    scales = {**SCALES, "fit": fit_scale(bounds)}
    image = QImage(VIEWPORT_W, VIEWPORT_H, QImage.Format.Format_ARGB32_Premultiplied)
    _warm_up(image, font)
    frames: dict[str, Any] = {}
    for zoom in ZOOMS:
        transform = scale_about(scales[zoom], centre)
        inverse, _ok = transform.inverted()
        area = inverse.mapRect(QRectF(0, 0, VIEWPORT_W, VIEWPORT_H))
        visible = [note for note in notes if note.rect.intersects(area)]
        entry: dict[str, Any] = {
            "scale": round(scales[zoom], 5),
            **count_visible((note.rect for note in notes), area),
        }
        for mode in MODES:
            frame = _frame_maker(image, mode, transform, visible, font)
            started = time.perf_counter()
            frame()
            first = ms_since(started)
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                frame()
                times.append(ms_since(started))
            entry[mode] = {"first_ms": round(first, 3), **summary(times)}
            if snapshots is not None:
                image.save(str(snapshots / f"floor-{board['notes']}-{zoom}-{mode}.png"))
        frames[zoom] = entry
    result["frames"] = frames
    result["peak_rss_mb"] = peak_rss_mb()
    result["available"] = True
    return result
