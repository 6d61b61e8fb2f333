"""Where one edit's time goes in the real window: ``python -m benchmarks.edit_profile
[--notes N] [--edits N] [--cprofile KIND,...] [--board PATH]``.

Builds a workshop board (:mod:`benchmarks.workshopgen`), or takes ``--board``, opens it in the
real window and makes the edits of :func:`benchmarks.window.one_edits` (drag-move, text,
colour, delete + undo), each timed from the gesture to the committed, repainted change. For
each kind it prints wall and CPU p50/p95/max, and for the slowest edits what else happened
during them (cycle collections by generation), so a spike can be told from a steady cost.
With ``--cprofile`` the named kinds are profiled function by function over all their edits.
Figures for reading, not a benchmark: the profiler adds its own cost.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import importlib
import io
import os
import pstats
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.records import NotePatch

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KINDS = ("drag_move", "text", "colour", "delete_undo")
DEFERRED = (
    "canvas.view_ahead:TextAhead._work",
    "canvas.layout_queue:LayoutQueue._work",
    "canvas.frame_warmup:HeaderWarmup._work",
    "canvas.item_builder:ItemBuilder._slice",
    "canvas.view_glide:GlidingView._prepare_overview",
    "canvas.view_glide:GlidingView._rested",
    "ui.stop_prefetch:StopPrefetch._turn",
)
"""Work the window does in idle turns of the event loop: any of it that lands inside an edit's
``processEvents`` is counted in that edit, as a person would wait for it."""
DEFERRED_MS: dict[str, float] = {}


def _wrap_deferred(spec: str) -> None:
    module_name, qualified = spec.split(":")
    owner: Any = importlib.import_module(module_name)
    class_name, name = qualified.split(".")
    owner = getattr(owner, class_name)
    function = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            DEFERRED_MS[qualified] = (
                DEFERRED_MS.get(qualified, 0.0) + (time.process_time() - started) * 1000
            )

    setattr(owner, name, timed)


class Collections:
    """Cycle collections by generation while it listens (``gc.callbacks``)."""

    def __init__(self) -> None:
        self.counts = [0, 0, 0]
        self.ms = [0.0, 0.0, 0.0]
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            generation = int(info["generation"])
            self.counts[generation] += 1
            self.ms[generation] += (time.perf_counter() - self._started) * 1000

    def reset(self) -> None:
        self.counts = [0, 0, 0]
        self.ms = [0.0, 0.0, 0.0]


def _figures(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]
    return f"p50 {ordered[len(ordered) // 2]:6.2f}  p95 {p95:6.2f}  max {ordered[-1]:6.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.edit_profile")
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--board", type=Path, default=None, help="a board to copy and use")
    parser.add_argument("--cprofile", default="", help="kinds to profile, e.g. drag_move,text")
    parser.add_argument("--top", type=int, default=35, help="functions listed per profile")
    parser.add_argument(
        "--pause", type=float, default=0.0, help="seconds to wait before the edits (to attach perf)"
    )
    parser.add_argument(
        "--after-frames", action="store_true", help="pan and zoom first, as benchmarks.window does"
    )
    parser.add_argument("--kinds", default=",".join(KINDS), help="which edits to make")
    parser.add_argument("--dump", type=Path, default=None, help="folder for the .prof files")
    args = parser.parse_args(argv)
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from benchmarks import window
    from benchmarks.qtframes import application
    from benchmarks.workshopgen import build_workshop_board
    from canvas.commands import PatchNotesCommand

    for spec in DEFERRED:
        _wrap_deferred(spec)
    app = application()
    board = args.board
    if board is None:
        board = Path(tempfile.mkdtemp()) / f"tyopaja-{args.notes}.pajalauta"
        build_workshop_board(board, args.notes)
    win, opened, _cpu, _painted = window.open_in_window(app, window.working_copy(board), {})
    print(f"opened in {opened:.0f} ms; load {os.getloadavg()[0]:.2f}")
    view, doc, stack, scene = win.view, win.document, win.undo_stack, win.scene
    assert view is not None and doc is not None and stack is not None and scene is not None
    if args.after_frames:
        window.laptop_frames(app, win, 3)
        window.notes_inside(win)
    view.zoom_reset()
    view.centerOn(window.centre_of_first_cells(win))
    if not args.after_frames:
        for _ in range(20):
            app.processEvents()
    else:
        app.processEvents()  # as one_edits: the edits start at once
    ids = window._visible_ids(win)
    heap = getattr(win, "board_heap", None)
    if heap is not None:
        heap.freeze()  # as a second after the board was shown (ui.board_heap)
    if args.pause:
        print(f"pid {os.getpid()}: edits in {args.pause} s", flush=True)
        time.sleep(args.pause)
    viewport = view.viewport()
    rng = random.Random(window.EDIT_SEED)
    profiled = {name for name in args.cprofile.split(",") if name}
    profiles = {name: cProfile.Profile() for name in profiled}
    collections = Collections()
    gc.callbacks.append(collections)
    wall: dict[str, list[float]] = {kind: [] for kind in KINDS}
    cpu: dict[str, list[float]] = {kind: [] for kind in KINDS}
    notes: dict[str, list[tuple[float, str]]] = {kind: [] for kind in KINDS}
    deferred: dict[str, list[float]] = {kind: [] for kind in KINDS}

    chosen = set(args.kinds.split(","))

    def timed(kind: str, action: Callable[[], None]) -> None:
        if kind not in chosen:
            return
        collections.reset()
        DEFERRED_MS.clear()
        profile = profiles.get(kind)
        if profile is not None:
            profile.enable()
        started, cpu_started = time.perf_counter(), time.process_time()
        action()
        app.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        cpu[kind].append((time.process_time() - cpu_started) * 1000)
        if profile is not None:
            profile.disable()
        wall[kind].append(elapsed)
        gcs = ", ".join(
            f"gen{g} x{n} {collections.ms[g]:.1f} ms" for g, n in enumerate(collections.counts) if n
        )
        idle = sum(DEFERRED_MS.values())
        deferred[kind].append(idle)
        if idle >= 0.05:
            gcs += " | deferred " + ", ".join(f"{k} {v:.1f} ms" for k, v in DEFERRED_MS.items())
        notes[kind].append((elapsed, gcs))

    for index in range(args.edits):
        note_id = rng.choice(ids)
        item = scene.item_for(note_id)
        if item is None:
            continue
        start = view.mapFromScene(item.scene_rect().center())

        def drag(start: QPoint = start) -> None:
            QTest.mousePress(
                viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
            )
            for step in (4, 8, 12):
                QTest.mouseMove(viewport, start + QPoint(step, step // 2))
            QTest.mouseRelease(
                viewport,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                start + QPoint(12, 6),
            )

        timed("drag_move", drag)
        QTest.qWait(1)
        patch: dict[int, NotePatch] = {note_id: {"text": f"muokattu {index}"}}

        def edit_text(patch: dict[int, NotePatch] = patch) -> None:
            stack.push(PatchNotesCommand(doc, patch, "Edit text", win.room.status))

        timed("text", edit_text)
        scene.select_notes([note_id])
        app.processEvents()
        colour = window.COLOURS[index % len(window.COLOURS)]

        def edit_colour(colour: str = colour) -> None:
            view.set_colour_of_selected(colour)

        timed("colour", edit_colour)

        def delete_undo() -> None:
            QTest.keyClick(view, Qt.Key.Key_Delete)
            QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

        timed("delete_undo", delete_undo)
    gc.callbacks.remove(collections)
    print(f"load after {os.getloadavg()[0]:.2f}")
    for kind in KINDS:
        if not wall[kind]:
            continue
        print(f"== {kind}: wall {_figures(wall[kind])} | CPU {_figures(cpu[kind])}")
        landed = [ms for ms in deferred[kind] if ms >= 0.05]
        print(f"   deferred work in {len(landed)} of {len(wall[kind])} edits: {sum(landed):.1f} ms")
        slowest = sorted(notes[kind], key=lambda entry: -entry[0])[:4]
        for elapsed, gcs in slowest:
            print(f"   slow: {elapsed:6.2f} ms  {gcs}")
        profile = profiles.get(kind)
        if profile is not None and args.dump is not None:
            args.dump.mkdir(parents=True, exist_ok=True)
            profile.dump_stats(str(args.dump / f"{kind}.prof"))
        if profile is not None:
            for order in ("tottime", "cumulative"):
                out = io.StringIO()
                pstats.Stats(profile, stream=out).sort_stats(order).print_stats(args.top)
                print(out.getvalue())
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
