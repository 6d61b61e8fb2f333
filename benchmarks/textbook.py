"""Baseline (a): the scene a Qt tutorial would build, one text item per note.

A ``QGraphicsRectItem`` with a word-wrapped ``QGraphicsTextItem`` child per note in a plain
``QGraphicsView``: what Pajalauta's custom items must beat. Measured exactly like ours (same
board, same viewport, same zoom levels, same repaint), so the difference is the design.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
)

from benchmarks.qtframes import (
    PaintCounter,
    application,
    empty_frames,
    measure_frames,
    settle,
    show_first_frame,
    size_viewport,
)
from benchmarks.timing import ms_since, peak_rss_mb
from models.document import BoardDocument
from models.records import NoteData

NOTE_FONT_PX = 18
PADDING = 10.0
BORDER = "#00000033"


def blank() -> dict[str, Any]:
    return {
        "available": False,
        "reason": None,
        "read_ms": None,
        "build_ms": None,
        "open_to_first_frame_ms": None,
        "first_frame_painted": None,
        "open_to_settled_ms": None,
        "frames": empty_frames(),
        "base_rss_mb": None,
        "peak_rss_mb": None,
    }


def build_scene(notes: list[NoteData]) -> QGraphicsScene:
    """One rectangle and one wrapped text item per note, as the textbook does it.

    The text item is parented with ``setParentItem``: PySide6 6.11 does not hand a
    ``QGraphicsTextItem(text, parent)`` to its parent, so the item dies with its Python name.
    """
    scene = QGraphicsScene()
    font = QFont()
    font.setPixelSize(NOTE_FONT_PX)
    pen = QPen(QColor(BORDER))
    for note in notes:
        rect = QGraphicsRectItem(0.0, 0.0, note.width, note.height)
        rect.setPos(note.x, note.y)
        rect.setZValue(note.z)
        rect.setBrush(QColor(note.colour))
        rect.setPen(pen)
        text = QGraphicsTextItem(note.text)
        text.setParentItem(rect)
        text.setFont(font)
        text.setTextWidth(note.width - 2 * PADDING)
        text.setPos(PADDING, PADDING)
        scene.addItem(rect)
    return scene


def run(board: dict[str, Any], repeat: int, snapshots: Path | None) -> dict[str, Any]:
    app = application()
    result = blank()
    result["base_rss_mb"] = peak_rss_mb()

    started = time.perf_counter()
    doc = BoardDocument.open(Path(board["path"]))
    notes = doc.notes.all()
    result["read_ms"] = round(ms_since(started), 2)
    build_started = time.perf_counter()
    scene = build_scene(notes)
    result["build_ms"] = round(ms_since(build_started), 2)
    view = QGraphicsView(scene)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    view.resize(1920, 1080)
    first_painted = show_first_frame(app, view, counter)
    result["open_to_first_frame_ms"] = round(ms_since(started), 2)
    result["first_frame_painted"] = first_painted
    settling = settle(app, counter)
    result["open_to_settled_ms"] = round(
        result["open_to_first_frame_ms"] + settling["settle_ms"], 2
    )
    view.viewport().removeEventFilter(counter)

    size_viewport(view, app)
    bounds = QRectF(
        board["left"], board["top"], board["right"] - board["left"], board["bottom"] - board["top"]
    )
    rects = [QRectF(n.x, n.y, n.width, n.height) for n in notes]
    prefix = snapshots / f"textbook-{board['notes']}" if snapshots else None
    result["frames"] = measure_frames(
        app,
        view,
        QPointF(bounds.center()),
        lambda: view.fitInView(bounds, Qt.AspectRatioMode.KeepAspectRatio),
        repeat,
        rects,
        prefix,
    )
    result["peak_rss_mb"] = peak_rss_mb()
    result["available"] = True
    view.close()
    doc.close()
    return result
