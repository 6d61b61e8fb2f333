"""Where the time of each bulk step goes: ``python -m benchmarks.bulk_profile [--projector]
[--cprofile STEP,...] [--notes N]``.

Builds a workshop board (:mod:`benchmarks.workshopgen`), opens it in the real window and runs
the steps of :func:`benchmarks.window_bulk._operations` (select all, drag all, undo, delete
all, undo, duplicate all, undo) by real keys and mouse. For each step it prints the CPU time
spent in the parts of the path (inclusive, outermost call only): the model (operations and
their SQL), the scene (following the change, the far view's blocks, the selection), each
view's paint (the projector's too, with ``--projector``) and the docks. With ``--cprofile``
the named steps are also profiled function by function. Figures for reading, not a benchmark:
the profiler and the wrappers add their own cost.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.parts import CALLS, SPENT, WALL, wrap

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PARTS = (
    "models.notes:NoteStore.add",
    "models.notes:NoteStore.add_copies",
    "models.notes:NoteStore.update",
    "models.notes:NoteStore.remove",
    "models.notes:NoteStore.restore",
    "models.notes:NoteStore.many",
    "models.note_sql:insert_rows",
    "models.note_sql:delete_ids",
    "models.note_sql:delete_returning",
    "models.note_sql:update_rows",
    "models.note_sql:read_columns",
    "models.frames:FrameStore.zones_after",
    "canvas.commands:settle",
    "models.notes:settled",
    "canvas.duplicate_place:duplicate_places",
    "canvas.note_actions:NoteActions._notes",
    "canvas.scene_items:SceneItems._add",
    "models.written_notes:WrittenNotes.keep",
    "models.document:BoardDocument._notify",
    "canvas.scene:BoardScene._follow_notes",
    "canvas.scene:BoardScene.select_notes",
    "canvas.scene:BoardScene.selection_outlines",
    "canvas.far_view:FarCache.put_many",
    "canvas.far_view:FarCache.drop_many",
    "canvas.gestures:MoveGesture.command",
    "canvas.view_paint:PaintingView.paintEvent",
    "canvas.projector_view:ProjectorView.viewportEvent",
    "canvas.far_backdrop:FarBackdrop._draw",
    "ui.stops_panel:StopsPanel.refresh_preview",
    "ui.stops_panel:StopsPanel.refresh",
    "ui.quick_entry:QuickEntry._selection_settled",
    "ui.room:Room._on_changes",
    "ui.presenter_control:PresenterControl._on_changes",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bulk_profile")
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--projector", action="store_true", help="with the projector open (F5)")
    parser.add_argument("--cprofile", default="", help="steps to profile, e.g. duplicate,delete")
    parser.add_argument("--sort", default="tottime", help="cProfile order (tottime, cumulative)")
    parser.add_argument("--lines", type=int, default=30, help="cProfile lines per step")
    args = parser.parse_args(argv)

    from benchmarks import window, window_bulk
    from benchmarks.qtframes import application
    from benchmarks.workshopgen import build_workshop_board

    for spec in PARTS:
        wrap(spec)
    profiled = {name for name in args.cprofile.split(",") if name}
    app = application()
    board = Path(tempfile.mkdtemp()) / "tyopaja.pajalauta"
    build_workshop_board(board, args.notes)
    win, *_ = window.open_in_window(app, board, {})
    if args.projector:
        window.open_projector_on_board(app, win)
    plain = window_bulk._timed

    def timed(app: Any, action: Callable[[], None], name: str = "") -> float:
        if not name:
            return plain(app, action, name)
        SPENT.clear()
        WALL.clear()
        CALLS.clear()
        profile = cProfile.Profile() if name in profiled else None
        if profile is not None:
            profile.enable()
        wall = plain(app, action, name)
        if profile is not None:
            profile.disable()
        print(f"== {name}: wall {wall} ms, CPU {window_bulk.CPU_MS[name]} ms")
        for label, spent in sorted(SPENT.items(), key=lambda item: -item[1]):
            if spent >= 1.0:
                print(f"   {spent:7.1f} ms  (wall {WALL[label]:7.1f})  x{CALLS[label]:<5} {label}")
        if profile is not None:
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats(args.sort).print_stats(args.lines)
            print(out.getvalue())
        return wall

    window_bulk._timed = timed  # type: ignore[assignment]
    window_bulk._operations(app, win)
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
