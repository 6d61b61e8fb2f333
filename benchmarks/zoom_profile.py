"""Where the time of each wheel-zoom step goes: ``python -m benchmarks.zoom_profile
[--notes N] [--projector] [--pan] [--cprofile pan|out|in] [--steps N] [--rest] [--shots DIR]``.

Builds a workshop board (:mod:`benchmarks.workshopgen`), opens it in the real window at
1920 × 1080, zooms to 100 % on the first frame's cells (as :mod:`benchmarks.window` does) and
sends real Ctrl+wheel notches out, then back in, each timed from the event to the laptop's
painted frame; with ``--pan``, plain wheel pan steps at 100 % before them, timed the same
way (the benchmark's pan steps). For each step it prints the wall and CPU time, how many
paint events each view got (the projector's too, with ``--projector``) and the CPU time of
the parts of the path (inclusive, outermost call only). With ``--cprofile`` one direction is
profiled function by function. With ``--shots`` a picture of the screen is saved mid-zoom
and at rest. Figures for reading, not a benchmark: the wrappers and the profiler add their
own cost.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import os
import pstats
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.parts import CALLS, SPENT, wrap

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PARTS = (
    "canvas.view_glide:GlidingView._paint_glide",
    "canvas.view_glide:GlidingView._seed_glide",
    "canvas.view_glide:GlidingView._draw_strips",
    "canvas.view_paint:PaintingView._paint_blocks",
    "canvas.frame_layer:FrameLayer._even_out",
    "canvas.frame_layer:FrameLayer.far_state",
    "canvas.frame_far:paint_far",
    "canvas.zoom:set_scale",
    "canvas.view_ahead:TextAhead.painted",
    "canvas.far_overview:FarOverview.build",
    "canvas.far_overview:FarOverview.paint",
    "canvas.note_item:NoteItem.ensure_fit",
    "canvas.layout_queue:LayoutQueue._work",
)


def _wrap_paint() -> None:
    """Each view's paintEvent timed under its own class name (laptop and projector)."""
    from canvas.view_paint import PaintingView

    function = PaintingView.paintEvent

    @functools.wraps(function)
    def timed(self: Any, event: Any) -> None:
        started = time.process_time()
        try:
            function(self, event)
        finally:
            label = f"paint {type(self).__name__}"
            SPENT[label] += (time.process_time() - started) * 1000
            CALLS[label] += 1

    PaintingView.paintEvent = timed  # type: ignore[method-assign]


def _wrap_updates() -> None:
    """Python-level ``update()`` calls of frame, zone and note items, counted by class: each
    one repaints every view that shows the item."""
    from canvas.frame_items import FrameItem, ZoneItem
    from canvas.note_item import NoteItem

    for kind in (FrameItem, ZoneItem, NoteItem):
        plain = kind.update

        def counted(self: Any, *args: Any, _plain: Any = plain) -> None:
            CALLS[f"update {type(self).__name__}"] += 1
            _plain(self, *args)

        kind.update = counted  # type: ignore[method-assign, assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.zoom_profile")
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--projector", action="store_true", help="with the projector open (F5)")
    parser.add_argument("--cprofile", default="", help="a direction to profile: pan, out or in")
    parser.add_argument(
        "--idle", type=float, default=0.0, help="seconds idle before zooming (work ahead)"
    )
    parser.add_argument(
        "--pan",
        action="store_true",
        help="wheel pan steps first, as the benchmark does, timed like the zoom's",
    )
    parser.add_argument(
        "--pause-ms", type=float, default=0.0, help="a pause after each step (a hand's pace)"
    )
    parser.add_argument(
        "--rest", action="store_true", help="let each direction's zoom rest (its exact frame)"
    )
    parser.add_argument("--shots", default="", help="a folder for pictures mid-zoom and at rest")
    args = parser.parse_args(argv)
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from benchmarks import window
    from benchmarks.qtframes import PaintCounter, application, settle
    from benchmarks.timing import load_average
    from benchmarks.workshopgen import build_workshop_board

    for spec in PARTS:
        wrap(spec)
    _wrap_paint()
    _wrap_updates()
    app = application()
    board = Path(tempfile.mkdtemp()) / "tyopaja.pajalauta"
    build_workshop_board(board, args.notes)
    win, *_ = window.open_in_window(app, board, {})
    view = win.view
    assert view is not None
    projector_counter = PaintCounter()
    if args.projector:
        QTest.keyClick(view, Qt.Key.Key_F5)
        app.processEvents()
        control = win.room.presenter
        projector = control.projector_view()
        assert projector is not None
        stops = control.stops()
        frame_stop = next((stop for stop in stops if stop.kind == "frame"), None)
        if frame_stop is not None:  # as the benchmark does: a frame stop, then the board
            control.go_to(frame_stop, animate=False)
            projector.viewport().repaint()
        whole = next((stop for stop in stops if stop.kind == "board"), None)
        if whole is not None:
            control.go_to(whole, animate=False)
        projector.viewport().installEventFilter(projector_counter)
    viewport = view.viewport()
    counter = PaintCounter()
    viewport.installEventFilter(counter)
    view.zoom_reset()
    view.centerOn(window.centre_of_first_cells(win))
    settle(app, counter)
    CALLS.clear()
    projector_before = projector_counter.count
    deadline = time.perf_counter() + args.idle
    while time.perf_counter() < deadline:  # the board's work ahead, done while idle
        app.processEvents()
    idle = {label: count for label, count in CALLS.items() if label.startswith("update")}
    print(
        f"{args.idle} s idle: projector paints {projector_counter.count - projector_before}, {idle}"
    )
    shots = Path(args.shots) if args.shots else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    print(f"load {load_average()}  notes {args.notes}  projector {args.projector}")
    # The pan's steps first (as the benchmark does, at 100 %), timed like the zoom's.
    directions = (("pan", -120), ("out", -120), ("in", 120))
    for direction, dy in directions if args.pan else directions[1:]:
        settle(app, counter)
        profile = cProfile.Profile() if args.cprofile == direction else None
        walls, cpus = [], []
        for step in range(args.steps):
            SPENT.clear()
            CALLS.clear()
            before, projector_before = counter.count, projector_counter.count
            event = _wheel(viewport, QPoint(0, dy), direction != "pan")
            started, cpu_started = time.perf_counter(), time.process_time()
            own_started = time.thread_time()
            if profile is not None:
                profile.enable()
            QGuiApplication.sendEvent(viewport, event)
            window.wait_for_paint(app, counter, before, 5.0)
            if profile is not None:
                profile.disable()
            wall = (time.perf_counter() - started) * 1000
            cpu = (time.process_time() - cpu_started) * 1000
            own = (time.thread_time() - own_started) * 1000
            paused = time.perf_counter() + args.pause_ms / 1000
            while time.perf_counter() < paused:
                app.processEvents()
            walls.append(wall)
            cpus.append(cpu)
            parts = "  ".join(
                f"{label.split('.')[-1]} {spent:.1f}/{CALLS[label]}"
                for label, spent in sorted(SPENT.items(), key=lambda item: -item[1])
                if spent >= 0.3
            )
            parts += "  " + " ".join(
                f"{label}x{count}" for label, count in CALLS.items() if label.startswith("update")
            )
            print(
                f"{direction} {step:2d} scale {view.scale_factor():.3f} wall {wall:5.1f} "
                f"cpu {cpu:5.1f} gui {own:5.1f} paints {counter.count - before}/"
                f"{projector_counter.count - projector_before}  {parts}"
            )
            if shots is not None and step in (args.steps // 2, args.steps * 3 // 4):
                _shot(win, shots / f"mid-{direction}-{step}.png")
        ordered = sorted(walls)
        print(
            f"== {direction}: wall median {ordered[len(ordered) // 2]:.1f} p95 "
            f"{ordered[-2]:.1f}; cpu median {sorted(cpus)[len(cpus) // 2]:.1f} p95 "
            f"{sorted(cpus)[-2]:.1f}"
        )
        projector_before = projector_counter.count
        SPENT.clear()
        CALLS.clear()
        settle(app, counter)
        deadline = time.perf_counter() + (5.0 if args.rest else 0.0)
        while view.zooming and time.perf_counter() < deadline:
            app.processEvents()  # the zoom rests: its frame drawn whole and exact
        settle(app, counter)
        rest = "  ".join(
            f"{label} {SPENT[label]:.1f}/{CALLS[label]}"
            for label in ("paint BoardView", "paint ProjectorView")
            if CALLS[label]
        )
        print(
            f"   settling: projector paints {projector_counter.count - projector_before}"
            f"  (CPU ms/paints: {rest})"
        )
        if shots is not None:  # once the zoom has rested and its exact frame is drawn
            deadline = time.perf_counter() + 5.0
            while view.zooming and time.perf_counter() < deadline:
                app.processEvents()
            settle(app, counter)
            _shot(win, shots / f"rest-{direction}.png")
        if profile is not None:
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(45)
            print(out.getvalue())
    win.close()
    return 0


def _shot(win: Any, path: Path) -> None:
    """What the screen shows (a real display's pixels; the window drawn anew offscreen)."""
    screen = win.screen()
    picture = screen.grabWindow(0) if screen is not None else None
    if picture is None or picture.isNull():
        picture = win.grab()
    picture.save(str(path))


def _wheel(viewport: Any, delta: Any, zoom: bool = True) -> Any:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    return QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(),
        delta,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier if zoom else Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


if __name__ == "__main__":
    raise SystemExit(main())
