"""What a person waits for in the real window: ``MainWindow`` at 1920 × 1080, room bars shown,
the undo history docked but closed (as a user has it), the projector closed and then open.

Open → first frame is ``MainWindow.open_path`` (the File › Open path) until the board's view
has painted once. Frames are synchronous full repaints of the laptop's viewport (and of the
projector's, where named); pan and zoom steps are real wheel events timed until the view has
painted them. Edits are real gestures or the commands the gestures push, each committed to the
file before the clock stops. Bulk operations, paste, the handout and the exchange formats are
in :mod:`benchmarks.window_bulk`.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.qtframes import PaintCounter, application, settle, timed_repaint
from benchmarks.timing import edit_summary, ms_since, peak_rss_mb, summary

if TYPE_CHECKING:
    from ui.main_window import MainWindow

WINDOW_W, WINDOW_H = 1920, 1080
STEPS = 20
EDIT_SEED = 5
COLOURS = ("#FFE66D", "#A8E28A", "#9FD3F5", "#F7A8C8")


def blank(reason: str | None = None) -> dict[str, Any]:
    return {
        "available": False,
        "reason": reason,
        "open_to_first_frame_ms": None,
        "open_to_all_items_ms": None,
        "notes_inside_fit": None,
        "notes": None,
        "frames_projector_closed": {},
        "frames_projector_open": {},
        "edits": {},
        "bulk": {},
        "exchange": {},
        "base_rss_mb": None,
        "peak_rss_mb": None,
    }


def wait_for_paint(
    app: QApplication, counter: PaintCounter, before: int, timeout_s: float = 30.0
) -> bool:
    deadline = time.perf_counter() + timeout_s
    while counter.count == before and time.perf_counter() < deadline:
        app.processEvents()
    return counter.count > before


def repaints(app: QApplication, viewport: QWidget, repeat: int) -> dict[str, Any]:
    counter = PaintCounter()
    viewport.installEventFilter(counter)
    try:
        settle(app, counter)
        first = timed_repaint(viewport, counter)
        times, cpu = [], []
        for _ in range(repeat):
            app.processEvents()
            started = time.process_time()
            elapsed = timed_repaint(viewport, counter)
            if elapsed is not None:
                times.append(elapsed)
                cpu.append((time.process_time() - started) * 1000)
    finally:
        viewport.removeEventFilter(counter)
    return {
        "first_ms": None if first is None else round(first, 3),
        **summary(times),
        **cpu_summary(cpu),
    }


def cpu_summary(values: list[float]) -> dict[str, Any]:
    """The same frames in this process's CPU time: on a machine shared with other work the
    wall clock also counts waiting for a core; this counts only our own work."""
    found = summary(values)
    return {"cpu_median_ms": found["median_ms"], "cpu_p95_ms": found["p95_ms"]}


def wheel_steps(
    app: QApplication, viewport: QWidget, delta: QPoint, modifiers: Qt.KeyboardModifier
) -> dict[str, Any]:
    """:data:`STEPS` wheel events, each timed from the event to the painted frame."""
    counter = PaintCounter()
    viewport.installEventFilter(counter)
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    times, cpu = [], []
    try:
        settle(app, counter)
        for _ in range(STEPS):
            event = QWheelEvent(
                centre,
                QPointF(viewport.mapToGlobal(centre.toPoint())),
                QPoint(),
                delta,
                Qt.MouseButton.NoButton,
                modifiers,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            before = counter.count
            started, cpu_started = time.perf_counter(), time.process_time()
            QApplication.sendEvent(viewport, event)
            if wait_for_paint(app, counter, before, 5.0):
                times.append(ms_since(started))
                cpu.append((time.process_time() - cpu_started) * 1000)
    finally:
        viewport.removeEventFilter(counter)
    return {**summary(times), **cpu_summary(cpu)}


def centre_of_first_cells(window: MainWindow) -> QPointF:
    doc = window.document
    assert doc is not None
    frames = doc.frames.all()
    if len(frames) > 1:
        frame = frames[1]
        return QPointF(frame.x + frame.width / 2, frame.y + frame.height / 2)
    notes = doc.notes.all()[:50]
    if not notes:
        return QPointF()
    return QPointF(sum(n.x for n in notes) / len(notes), sum(n.y for n in notes) / len(notes))


def laptop_frames(app: QApplication, window: MainWindow, repeat: int) -> dict[str, Any]:
    view = window.view
    assert view is not None
    viewport = view.viewport()
    result: dict[str, Any] = {}
    view.zoom_reset()
    view.centerOn(centre_of_first_cells(window))
    result["one_to_one"] = repaints(app, viewport, repeat)
    result["pan_steps"] = wheel_steps(
        app, viewport, QPoint(0, -120), Qt.KeyboardModifier.NoModifier
    )
    result["zoom_steps"] = wheel_steps(
        app, viewport, QPoint(0, -120), Qt.KeyboardModifier.ControlModifier
    )
    # And back in, the way a facilitator goes from the whole board to one cell.
    result["zoom_in_steps"] = wheel_steps(
        app, viewport, QPoint(0, 120), Qt.KeyboardModifier.ControlModifier
    )
    view.zoom_to_fit()
    result["fit"] = repaints(app, viewport, repeat)
    result["fit"]["scale"] = round(view.transform().m11(), 5)
    return result


def notes_inside(window: MainWindow) -> int:
    """Notes wholly inside the laptop view now (zoom to fit must show every one)."""
    view, doc = window.view, window.document
    assert view is not None and doc is not None
    area = view.mapToScene(view.viewport().rect()).boundingRect()
    return sum(1 for n in doc.notes.all() if area.contains(QRectF(n.x, n.y, n.width, n.height)))


def projector_frames(app: QApplication, window: MainWindow, repeat: int) -> dict[str, Any]:
    """Open the projector (F5), step it to the first frame stop, time its frames there and
    with the whole board shown."""
    view = window.view
    assert view is not None
    QTest.keyClick(view, Qt.Key.Key_F5)
    app.processEvents()
    control = window.room.presenter
    projector = control.projector_view()
    if projector is None:
        return {"reason": "the projector did not open"}
    stops = control.stops()
    frame_stop = next((stop for stop in stops if stop.kind == "frame"), None)
    result: dict[str, Any] = {}
    if frame_stop is not None:
        control.go_to(frame_stop, animate=False)
        result["projector_frame_stop"] = repaints(app, projector.viewport(), repeat)
    whole = next((stop for stop in stops if stop.kind == "board"), None)
    if whole is not None:
        control.go_to(whole, animate=False)
        result["projector_whole_board"] = repaints(app, projector.viewport(), repeat)
    return result


def _select_only(window: MainWindow, note_id: int) -> None:
    assert window.scene is not None
    window.scene.select_notes([note_id])


def _visible_ids(window: MainWindow) -> list[int]:
    view, scene = window.view, window.scene
    assert view is not None and scene is not None
    area = view.mapToScene(view.viewport().rect().adjusted(60, 60, -60, -60)).boundingRect()
    return [
        item.note_id
        for item in scene.note_items()
        if area.contains(item.scene_rect()) and item.note.kind == "note"
    ]


def one_edits(app: QApplication, window: MainWindow, count: int) -> dict[str, Any]:
    """Each kind of edit ``count`` times at 100 %, timed from the gesture to the committed,
    notified and repainted change; beside each, the same edits in this process's CPU time
    (``cpu_p50_ms``/``cpu_p95_ms``), which leaves out the disk's waits and other work of a
    shared machine."""
    from canvas.commands import PatchNotesCommand

    view, doc, stack = window.view, window.document, window.undo_stack
    assert view is not None and doc is not None and stack is not None
    rng = random.Random(EDIT_SEED)
    view.zoom_reset()
    view.centerOn(centre_of_first_cells(window))
    app.processEvents()
    ids = _visible_ids(window)
    if not ids:
        return {"reason": "no note in sight at 100 %"}
    viewport = view.viewport()
    kinds: dict[str, list[float]] = {"drag_move": [], "text": [], "colour": [], "delete_undo": []}
    cpu: dict[str, list[float]] = {name: [] for name in kinds}
    cpu_started = 0.0

    def cpu_since(kind: str) -> None:
        cpu[kind].append((time.process_time() - cpu_started) * 1000)

    for index in range(count):
        note_id = rng.choice(ids)
        item = window.scene.item_for(note_id) if window.scene else None
        if item is None:
            continue
        start = view.mapFromScene(item.scene_rect().center())
        started, cpu_started = time.perf_counter(), time.process_time()
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        for step in (4, 8, 12):
            QTest.mouseMove(viewport, start + QPoint(step, step // 2))
        QTest.mouseRelease(
            viewport,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            start + QPoint(12, 6),
        )
        app.processEvents()
        kinds["drag_move"].append(ms_since(started))
        cpu_since("drag_move")
        QTest.qWait(1)  # no double click

        started, cpu_started = time.perf_counter(), time.process_time()
        stack.push(
            PatchNotesCommand(
                doc, {note_id: {"text": f"muokattu {index}"}}, "Edit text", window.room.status
            )
        )
        app.processEvents()
        kinds["text"].append(ms_since(started))
        cpu_since("text")

        _select_only(window, note_id)
        app.processEvents()
        started, cpu_started = time.perf_counter(), time.process_time()
        view.set_colour_of_selected(COLOURS[index % len(COLOURS)])
        app.processEvents()
        kinds["colour"].append(ms_since(started))
        cpu_since("colour")

        started, cpu_started = time.perf_counter(), time.process_time()
        QTest.keyClick(view, Qt.Key.Key_Delete)
        QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
        kinds["delete_undo"].append(ms_since(started))
        cpu_since("delete_undo")
    return {name: {**edit_summary(times), **_cpu_edit(cpu[name])} for name, times in kinds.items()}


def _cpu_edit(values: list[float]) -> dict[str, Any]:
    found = edit_summary(values)
    return {"cpu_p50_ms": found["p50_ms"], "cpu_p95_ms": found["p95_ms"]}


def open_in_window(
    app: QApplication, path: Path, after: dict[str, Any] | None = None
) -> tuple[MainWindow, float, float, bool]:
    """A shown, empty main window, then File › Open of ``path`` until the first frame:
    (window, wall ms, CPU ms of this process, painted). ``after`` receives how long, from
    the same start, until a big board had made every note's item in the background
    (``open_to_all_items_ms``), with nothing else asked of the window meanwhile."""
    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(WINDOW_W, WINDOW_H)
    window.show()
    for _ in range(5):
        app.processEvents()
    counter = PaintCounter()
    started, cpu_started = time.perf_counter(), time.process_time()
    window.open_path(path)
    assert window.view is not None
    window.view.viewport().installEventFilter(counter)
    painted = wait_for_paint(app, counter, 0)
    elapsed = ms_since(started)
    cpu = (time.process_time() - cpu_started) * 1000
    window.view.viewport().removeEventFilter(counter)
    if after is not None:
        scene = window.scene
        deadline = time.perf_counter() + 120.0
        while scene is not None and scene.items_pending() and time.perf_counter() < deadline:
            app.processEvents()
        after["open_to_all_items_ms"] = round(ms_since(started), 2)
        after["open_to_all_items_cpu_ms"] = round((time.process_time() - cpu_started) * 1000, 2)
    return window, elapsed, cpu, painted


def open_projector_on_board(app: QApplication, window: MainWindow) -> None:
    """F5 on the laptop's view, then the projector shows the whole board (as the bulk tools
    measure with the projector open)."""
    assert window.view is not None
    QTest.keyClick(window.view, Qt.Key.Key_F5)
    app.processEvents()
    control = window.room.presenter
    whole = next((stop for stop in control.stops() if stop.kind == "board"), None)
    if whole is not None:
        control.go_to(whole, animate=False)
    app.processEvents()


def working_copy(board: Path) -> Path:
    """A copy of the board (SQLite's backup API) for the window to change: the variants
    measured after this one open the board as it was built."""
    target = board.with_name(board.stem + "-window" + board.suffix)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{board}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def run(board: dict[str, Any], repeat: int, edits: int) -> dict[str, Any]:
    from benchmarks import window_bulk

    app = application()
    result = blank()
    result["base_rss_mb"] = peak_rss_mb()
    made: dict[str, Any] = {}
    board_copy = working_copy(Path(board["path"]))
    window, opened, opened_cpu, painted = open_in_window(app, board_copy, made)
    result.update(made)
    result["open_to_first_frame_ms"] = round(opened, 2)
    # This process's CPU time for the same span: the machine is shared.
    result["open_to_first_frame_cpu_ms"] = round(opened_cpu, 2)
    result["first_frame_painted"] = painted
    assert window.document is not None
    result["notes"] = window.document.notes.count()
    result["frames_projector_closed"] = laptop_frames(app, window, repeat)
    result["notes_inside_fit"] = notes_inside(window)
    result["edits"] = one_edits(app, window, edits)
    # F5 first: the laptop's frames below are measured with the projector showing the board.
    projector = projector_frames(app, window, repeat)
    result["frames_projector_open"] = {**laptop_frames(app, window, repeat), **projector}
    if board.get("bulk", True):
        # A part that fails says why in its own entry; the figures measured before it stay.
        parts: list[tuple[str, Callable[[], dict[str, Any]]]] = [
            ("bulk", lambda: window_bulk.bulk(app, window)),
            ("exchange", lambda: window_bulk.exchange(window, Path(board["path"]))),
        ]
        for key, part in parts:
            try:
                result[key] = part()
            except Exception as exc:  # a failed export or import must not lose the frames
                result[key] = {"reason": f"{type(exc).__name__}: {exc}"}
    result["peak_rss_mb"] = peak_rss_mb()
    result["available"] = True
    window.close()
    return result
