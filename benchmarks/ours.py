"""Pajalauta's own canvas: open a board, paint it, zoom it, edit it.

Open-to-first-frame is what a user waits for after choosing a file: ``BoardDocument.open`` →
``BoardScene`` → ``BoardView`` at 1920 × 1080 → the first painted frame. The application and
its modules are already loaded (they are when a user opens a board from the File menu).
Edits run with the scene listening, so their time includes the items updating themselves; a
last figure pairs an edit with the all-visible frame that shows it (the projector case).
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from benchmarks.edits import edit_texts, time_edits
from benchmarks.qtframes import (
    PaintCounter,
    application,
    empty_frames,
    measure_frames,
    settle,
    show_first_frame,
    size_viewport,
    timed_repaint,
)
from benchmarks.timing import edit_summary, peak_rss_mb, summary
from models.document import BoardDocument

if TYPE_CHECKING:
    from canvas.view import BoardView

AFTER_EDIT_SEED = 11


def blank(reason: str | None = None) -> dict[str, Any]:
    return {
        "available": False,
        "reason": reason,
        "open_to_first_frame_ms": None,
        "phases_ms": {"open": None, "scene": None, "view": None, "first_frame": None},
        "first_frame_painted": None,
        "open_to_settled_ms": None,
        "frames": empty_frames(),
        "edit": edit_summary([]),
        "fit_frame_after_edit": {**summary([]), "missed_paints": 0},
        "base_rss_mb": None,
        "peak_rss_mb": None,
    }


def canvas_missing() -> str | None:
    """Why the canvas cannot be measured, or None when it can."""
    try:
        from canvas.scene import BoardScene  # noqa: F401
        from canvas.view import BoardView  # noqa: F401
    except Exception as exc:  # an unfinished canvas may fail in any way
        return f"canvas not ready: {type(exc).__name__}: {exc}"
    return None


def fit_frames_after_edits(
    app: QApplication, view: BoardView, doc: BoardDocument, ids: list[int], count: int
) -> dict[str, Any]:
    """The projector shows the whole board while a group types on the laptop: one committed
    edit, then the all-visible frame that shows it. Any cache of the far view that an edit
    throws away is paid for here, once per edit."""
    counter = PaintCounter()
    viewport = view.viewport()
    viewport.installEventFilter(counter)
    rng = random.Random(AFTER_EDIT_SEED)
    times: list[float] = []
    missed = 0
    try:
        view.zoom_to_fit()
        settle(app, counter)
        for index, text in enumerate(edit_texts(count)):
            doc.notes.update({rng.choice(ids): {"text": f"{text} [{index}]"}})
            elapsed = timed_repaint(viewport, counter)
            if elapsed is None:
                missed += 1
            else:
                times.append(elapsed)
            settle(app, counter)
    finally:
        viewport.removeEventFilter(counter)
    return {**summary(times), "missed_paints": missed}


def run(board: dict[str, Any], repeat: int, edits: int, snapshots: Path | None) -> dict[str, Any]:
    reason = canvas_missing()
    if reason is not None:
        return blank(reason)
    from canvas.scene import BoardScene
    from canvas.view import BoardView

    app = application()
    result = blank()
    result["base_rss_mb"] = peak_rss_mb()

    started = time.perf_counter()
    doc = BoardDocument.open(Path(board["path"]))
    opened = time.perf_counter()
    scene = BoardScene(doc)
    scened = time.perf_counter()
    undo_stack = QUndoStack()
    view = BoardView(scene, undo_stack)
    view.resize(1920, 1080)
    viewed = time.perf_counter()
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    first_painted = show_first_frame(app, view, counter)
    painted = time.perf_counter()
    result["open_to_first_frame_ms"] = round((painted - started) * 1000, 2)
    result["phases_ms"] = {
        "open": round((opened - started) * 1000, 2),
        "scene": round((scened - opened) * 1000, 2),
        "view": round((viewed - scened) * 1000, 2),
        "first_frame": round((painted - viewed) * 1000, 2),
    }
    result["first_frame_painted"] = first_painted
    settling = settle(app, counter)
    result["open_to_settled_ms"] = round(
        result["open_to_first_frame_ms"] + settling["settle_ms"], 2
    )
    view.viewport().removeEventFilter(counter)

    size_viewport(view, app)
    notes = doc.notes.all()
    rects = [QRectF(n.x, n.y, n.width, n.height) for n in notes]
    centre = QPointF((board["left"] + board["right"]) / 2, (board["top"] + board["bottom"]) / 2)
    prefix = snapshots / f"ours-{board['notes']}" if snapshots else None
    result["frames"] = measure_frames(app, view, centre, view.zoom_to_fit, repeat, rects, prefix)

    ids = [note.id for note in notes]
    result["edit"] = edit_summary(
        time_edits(
            ids,
            edit_texts(edits),
            lambda nid, text: doc.notes.update({nid: {"text": text}}),
            between=app.processEvents,
        )
    )
    result["fit_frame_after_edit"] = fit_frames_after_edits(app, view, doc, ids, repeat)
    result["peak_rss_mb"] = peak_rss_mb()
    result["available"] = True
    view.close()
    undo_stack.clear()
    doc.close()
    return result
