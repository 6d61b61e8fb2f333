"""Bulk operations, paste, the handout and the exchange formats, in the real window.

Select-all, drag, delete, undo and duplicate are real keys and mouse events on the laptop
view, each timed from the event until the change is committed and every shown view (the laptop,
and the projector when open) has painted it; the board settles before each. The handout
stands beside a plain ReportLab document of the same texts; CSV and JSON exports beside the
standard library writing the same rows.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.qtframes import PaintCounter
from benchmarks.texts import note_text
from benchmarks.timing import ms_since

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PASTE_LINES = 500
DRAG_STEPS = 10


CPU_MS: dict[str, float] = {}
"""This process's CPU time of the last timing of each kind (see :func:`_cpu`)."""

PAINT_WAIT_S = 2.0
"""How long a timing waits for each shown view to paint the change, at most."""


def _timed(app: QApplication, action: object, name: str = "") -> float:
    """Wall time until the change is committed and painted in every shown view (the laptop
    and, when open, the projector): Qt paints a window when the platform asks for its next
    frame, so one turn of the event loop after the change often returns before anything
    was painted. With a ``name``, this process's CPU time for the same span goes under
    ``name`` in :data:`CPU_MS` (the machine may be shared: the wall clock also counts
    waiting for a core)."""
    counters = _watch_views(app)
    started, cpu_started = time.perf_counter(), time.process_time()
    action()  # type: ignore[operator]
    app.processEvents()
    deadline = time.perf_counter() + PAINT_WAIT_S
    while any(c.count == 0 for _, c in counters) and time.perf_counter() < deadline:
        time.sleep(0.0005)  # waiting for the next frame is not this process's work
        app.processEvents()
    elapsed = ms_since(started)
    if name:
        CPU_MS[name] = round((time.process_time() - cpu_started) * 1000, 2)
    for viewport, counter in counters:
        viewport.removeEventFilter(counter)
    return round(elapsed, 2)


def _watch_views(app: QApplication) -> list[tuple[QWidget, PaintCounter]]:
    """A paint counter on the viewport of every shown board view."""
    from canvas.view import BoardView

    counters = []
    for widget in app.allWidgets():
        if isinstance(widget, BoardView) and widget.isVisible():
            counter = PaintCounter()
            widget.viewport().installEventFilter(counter)
            counters.append((widget.viewport(), counter))
    return counters


def _cpu(result: dict[str, Any]) -> dict[str, Any]:
    """``result`` with each timed step's CPU time beside it (``…_cpu_ms``)."""
    result.update({f"{name}_cpu_ms": value for name, value in CPU_MS.items()})
    CPU_MS.clear()
    return result


def _key(
    view: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(view, key, modifier)


def bulk(app: QApplication, window: MainWindow) -> dict[str, Any]:
    """Select all, drag all, undo, delete all, undo, duplicate all, undo, first with the
    projector closed (under ``projector_closed``), then open as the window had it; paste 500
    lines."""
    opener = window.room.presenter.open
    was_open = opener.isChecked()
    opener.setChecked(False)
    app.processEvents()
    closed = _operations(app, window)
    opener.setChecked(was_open)
    app.processEvents()
    result = _operations(app, window)
    result["projector_open"] = was_open
    result["projector_closed"] = closed
    result.update(_paste(app, window))
    return result


def _operations(app: QApplication, window: MainWindow) -> dict[str, Any]:
    view, scene, doc = window.view, window.scene, window.document
    assert view is not None and scene is not None and doc is not None
    ctrl = Qt.KeyboardModifier.ControlModifier
    view.zoom_to_fit()
    view.setFocus()
    _settle(app)
    result: dict[str, Any] = {}
    CPU_MS.clear()
    result["select_all_ms"] = _timed(app, lambda: _key(view, Qt.Key.Key_A, ctrl), "select_all")
    result["selected"] = len(scene.selected_note_ids())
    result.update(_drag_all(app, window))
    _settle(app)
    result["undo_drag_ms"] = _timed(app, lambda: _key(view, Qt.Key.Key_Z, ctrl), "undo_drag")
    before = doc.notes.count()
    _key(view, Qt.Key.Key_A, ctrl)
    _settle(app)
    result["delete_ms"] = _timed(app, lambda: _key(view, Qt.Key.Key_Delete), "delete")
    result["deleted"] = before - doc.notes.count()
    _settle(app)
    result["undo_delete_ms"] = _timed(app, lambda: _key(view, Qt.Key.Key_Z, ctrl), "undo_delete")
    result["restored"] = doc.notes.count() == before
    _key(view, Qt.Key.Key_A, ctrl)
    _settle(app)
    result["duplicate_ms"] = _timed(app, lambda: _key(view, Qt.Key.Key_D, ctrl), "duplicate")
    result["duplicated"] = doc.notes.count() - before
    _settle(app)
    result["undo_duplicate_ms"] = _timed(
        app, lambda: _key(view, Qt.Key.Key_Z, ctrl), "undo_duplicate"
    )
    _settle(app)
    return _cpu(result)


def _settle(app: QApplication) -> None:
    """Let timers a change started (the stop list 150 ms later) run before the next part."""
    deadline = time.perf_counter() + 0.4
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _drag_all(app: QApplication, window: MainWindow) -> dict[str, Any]:
    """Drag the whole selection by one of its notes: mean time per mouse step (the preview)
    and the time from release to the committed move."""
    view, scene = window.view, window.scene
    assert view is not None and scene is not None
    viewport = view.viewport()
    area = viewport.rect().adjusted(100, 100, -100, -100)
    grip = next(
        (
            item
            for item in scene.selected_items_by_z()
            if area.contains(view.mapFromScene(item.scene_rect().center()))
        ),
        None,
    )
    if grip is None:
        return {"drag_step_ms": None, "drag_commit_ms": None}
    start = view.mapFromScene(grip.scene_rect().center())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    _settle(app)
    steps = []
    for step in range(1, DRAG_STEPS + 1):
        steps.append(
            _timed(app, lambda s=step: QTest.mouseMove(viewport, start + QPoint(3 * s, 2 * s)))
        )
    _settle(app)
    commit = _timed(
        app,
        lambda: QTest.mouseRelease(
            viewport,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            start + QPoint(3 * DRAG_STEPS, 2 * DRAG_STEPS),
        ),
        "drag_commit",
    )
    return {"drag_step_ms": round(sum(steps) / len(steps), 2), "drag_commit_ms": commit}


def _paste(app: QApplication, window: MainWindow) -> dict[str, Any]:
    import random

    view, doc = window.view, window.document
    assert view is not None and doc is not None
    rng = random.Random(3)
    lines = (" ".join(note_text(rng).split()) for _ in range(PASTE_LINES))
    QApplication.clipboard().setText("\n".join(lines))
    view.zoom_reset()
    view.setFocus()
    app.processEvents()
    before = doc.notes.count()
    CPU_MS.clear()
    elapsed = _timed(app, window.acts.paste.trigger, "paste_500_lines")  # what Ctrl+V does
    return _cpu({"paste_500_lines_ms": elapsed, "pasted": doc.notes.count() - before})


def exchange(window: MainWindow, board: Path) -> dict[str, Any]:
    """The handout, CSV and JSON exports of the open board, and importing both back into a
    new board, each beside its floor."""
    from benchmarks.handout import handout_texts, textbook_ms
    from exports.exchange import import_file, write_csv, write_json
    from exports.handout import write_handout
    from models.snapshot import take_snapshot

    doc = window.document
    assert doc is not None
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        started = time.perf_counter()
        snapshot = take_snapshot(doc)
        result["snapshot_ms"] = round(ms_since(started), 1)
        started = time.perf_counter()
        pages = write_handout(snapshot, out / "handout.pdf").pages
        result["handout_ms"] = round(ms_since(started), 1)
        result["handout_pages"] = pages
        texts = handout_texts(snapshot)  # the cards' words too, as the handout prints them
        result["handout_floor_reportlab_ms"] = round(textbook_ms(texts), 1)
        result["csv_export_ms"] = _ms(lambda: write_csv(snapshot, out / "notes.csv"))
        result["json_export_ms"] = _ms(lambda: write_json(snapshot, out / "board.json"))
        rows = [(n.id, n.text, n.colour, n.x, n.y) for n in snapshot.notes]
        result["csv_floor_ms"] = _ms(lambda: csv.writer(io.StringIO()).writerows(rows))
        result["json_floor_ms"] = _ms(lambda: json.dumps([list(r) for r in rows]))
        _try_ms(
            result, "csv_import_ms", lambda: import_file(out / "notes.csv", out / "c.pajalauta")
        )
        _try_ms(
            result, "json_import_ms", lambda: import_file(out / "board.json", out / "j.pajalauta")
        )
    del board
    return result


def _try_ms(result: dict[str, Any], key: str, action: object) -> None:
    """An import larger than one import may hold is refused: its reason goes beside it."""
    try:
        result[key] = _ms(action)
    except Exception as exc:
        result[key] = None
        result[key.replace("_ms", "_reason")] = f"{type(exc).__name__}: {exc}"


def _ms(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return round(ms_since(started), 1)
