"""How a frame is timed, the same way for every view: a synchronous full repaint.

``viewport().repaint()`` on a shown window paints into the window's backing store right away,
through the view's real ``paintEvent`` (level of detail, caches and all), without the pixmap
allocation ``grab()`` adds. An event filter counts paint events so a repaint that silently did
nothing cannot pass for a fast frame.

The very first frame of a freshly shown window is different: it comes from the event loop
(show → expose → paint), so :func:`show_first_frame` spins the loop until the paint arrives.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF
from PySide6.QtGui import QImage, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from ui.qt_import_hook import use_plain_import

use_plain_import()  # as ui.app does at start: the window's modules are imported plainly

from benchmarks.timing import summary, timed_ms  # noqa: E402

VIEWPORT_W = 1920
VIEWPORT_H = 1080
MID_SCALE = 0.35
HALF_SCALE = 0.5
INK_LEVEL = 96
"""Grey level (0–255) below which a pixel counts as ink: text, not note colour or background."""
QUIET_TURNS = 10
"""Event-loop turns without a paint (1 ms apart) after which a view counts as settled."""
ZOOMS = ("one_to_one", "fit", "mid", "half")
"""1:1 centred on the notes; zoom-to-fit (every note visible); two middle zooms, centred: 0.35
(where a canvas may drop text) and 0.5 (an overview with readable text)."""
SCALES = {"one_to_one": 1.0, "mid": MID_SCALE, "half": HALF_SCALE}


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication(["pajalauta-benchmark"])


class PaintCounter(QObject):
    """Counts paint events reaching a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def show_first_frame(
    app: QApplication, view: QGraphicsView, counter: PaintCounter, timeout_s: float = 10.0
) -> bool:
    """Show the view and run the event loop until its viewport has painted once, as a
    freshly opened window does; returns False if no frame came within ``timeout_s``."""
    view.show()
    deadline = time.perf_counter() + timeout_s
    while counter.count == 0 and time.perf_counter() < deadline:
        app.processEvents()
    return counter.count > 0


def size_viewport(view: QGraphicsView, app: QApplication) -> None:
    """Make the *viewport* (not the window) 1920 × 1080, whatever frame or scroll bars the
    view has, so every variant paints the same number of pixels."""
    view.resize(VIEWPORT_W, VIEWPORT_H)
    view.show()
    app.processEvents()
    viewport = view.viewport()
    extra_w = view.width() - viewport.width()
    extra_h = view.height() - viewport.height()
    if extra_w or extra_h:
        view.resize(VIEWPORT_W + extra_w, VIEWPORT_H + extra_h)
        app.processEvents()


def scale_about(scale: float, centre: QPointF) -> QTransform:
    """The scene-to-viewport transform of a view at ``scale`` centred on ``centre``."""
    transform = QTransform()
    transform.translate(VIEWPORT_W / 2, VIEWPORT_H / 2)
    transform.scale(scale, scale)
    transform.translate(-centre.x(), -centre.y())
    return transform


def fit_scale(bounds: QRectF) -> float:
    """The scale at which ``bounds`` just fits the viewport, as ``fitInView`` would choose."""
    return min(VIEWPORT_W / bounds.width(), VIEWPORT_H / bounds.height())


def set_zoom(view: QGraphicsView, zoom: str, centre: QPointF, fit: Callable[[], None]) -> None:
    if zoom == "fit":
        fit()
        return
    scale = SCALES[zoom]
    view.setTransform(QTransform.fromScale(scale, scale))
    view.centerOn(centre)


def visible_area(view: QGraphicsView) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def count_visible(rects: Iterable[QRectF], area: QRectF) -> dict[str, int]:
    """Notes touching the visible area, and notes wholly inside it."""
    touching = inside = 0
    for rect in rects:
        if rect.intersects(area):
            touching += 1
            if area.contains(rect):
                inside += 1
    return {"notes_touching": touching, "notes_inside": inside}


def settle(app: QApplication, counter: PaintCounter, timeout_s: float = 10.0) -> dict[str, Any]:
    """Run the event loop until the view stops repainting itself.

    A view may finish work after a frame (text laid out in slices, caches filled) and repaint
    as it goes; a user sees the board "settle". Returns how long that took, how many paints
    it made and the longest event-loop turn that contained a paint (the worst hitch).
    """
    started = time.perf_counter()
    deadline = started + timeout_s
    paints_before = counter.count
    quiet = 0
    longest = 0.0
    last_paint = started
    while quiet < QUIET_TURNS and time.perf_counter() < deadline:
        before = counter.count
        turn = timed_ms(app.processEvents)
        if counter.count > before:
            quiet = 0
            longest = max(longest, turn)
            last_paint = time.perf_counter()
        else:
            quiet += 1
            time.sleep(0.001)
    return {
        "settle_ms": round((last_paint - started) * 1000, 2),
        "settle_paints": counter.count - paints_before,
        "settle_longest_turn_ms": round(longest, 3),
        "settled": quiet >= QUIET_TURNS,
    }


def ink_share(image: QImage) -> float:
    """Share of dark pixels in a frame: text shows up here, coloured blocks do not. Says
    whether a frame drew text, whatever a view's level-of-detail rules decided."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())[: grey.bytesPerLine() * grey.height()]
    dark = sum(data.count(level) for level in range(INK_LEVEL))
    return round(dark / max(1, grey.width() * grey.height()), 5)


def timed_repaint(viewport: QWidget, counter: PaintCounter) -> float | None:
    """One synchronous full repaint, or None if no paint event reached the viewport."""
    before = counter.count
    elapsed = timed_ms(viewport.repaint)
    return elapsed if counter.count > before else None


def measure_frames(
    app: QApplication,
    view: QGraphicsView,
    centre: QPointF,
    fit: Callable[[], None],
    repeat: int,
    note_rects: list[QRectF],
    snapshot_prefix: Path | None = None,
) -> dict[str, Any]:
    """Per zoom level: the first frame right after the zoom change (nothing cached or laid
    out for it yet: what a user sees while zooming), the settling that follows, then
    ``repeat`` frames of the settled view (median, p95, max)."""
    counter = PaintCounter()
    viewport = view.viewport()
    viewport.installEventFilter(counter)
    results: dict[str, Any] = {}
    try:
        for zoom in ZOOMS:
            settle(app, counter)
            set_zoom(view, zoom, centre, fit)
            first = timed_repaint(viewport, counter)
            settling = settle(app, counter)
            times: list[float] = []
            missed = 0
            for _ in range(repeat):
                app.processEvents()
                elapsed = timed_repaint(viewport, counter)
                if elapsed is None:
                    missed += 1
                else:
                    times.append(elapsed)
            area = visible_area(view)
            results[zoom] = {
                "scale": round(view.transform().m11(), 5),
                "first_ms": None if first is None else round(first, 3),
                **settling,
                **summary(times),
                "missed_paints": missed + (first is None),
                "viewport": [viewport.width(), viewport.height()],
                **count_visible(note_rects, area),
            }
            picture = viewport.grab()
            results[zoom]["ink_share"] = ink_share(picture.toImage())
            if snapshot_prefix is not None:
                picture.save(f"{snapshot_prefix}-{zoom}.png")
    finally:
        viewport.removeEventFilter(counter)
    return results


def empty_frames() -> dict[str, None]:
    """The frame keys with no figures, for a variant that could not run."""
    return dict.fromkeys(ZOOMS)
