"""The bulk steps many times over in one window: ``python -m benchmarks.bulk_repeat
[--notes N] [--runs R] [--projector] [--board PATH]``.

Builds a workshop board (:mod:`benchmarks.workshopgen`) or copies ``--board``, opens it in the
real window and runs :func:`benchmarks.window_bulk._operations` (select all, drag all, undo,
delete all, undo, duplicate all, undo) ``--runs`` times; prints, per step, the median and the
least CPU time of this process over the runs (JSON). On a machine shared with others one run
of the benchmark is one sample of a noisy figure: to compare two versions, start this in
both at the same moment, each on its own copy of the board. Figures for comparing, not a
benchmark of their own.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STEPS = (
    "select_all",
    "drag_commit",
    "undo_drag",
    "delete",
    "undo_delete",
    "duplicate",
    "undo_duplicate",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bulk_repeat")
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--projector", action="store_true", help="with the projector open (F5)")
    parser.add_argument("--board", default="", help="a board to copy instead of building one")
    args = parser.parse_args(argv)

    from benchmarks import window, window_bulk
    from benchmarks.qtframes import application
    from benchmarks.workshopgen import build_workshop_board

    app = application()
    board = Path(tempfile.mkdtemp()) / "tyopaja.pajalauta"
    if args.board:
        shutil.copy(args.board, board)
    else:
        build_workshop_board(board, args.notes)
    win, *_ = window.open_in_window(app, board, {})
    if args.projector:
        window.open_projector_on_board(app, win)
    runs = [window_bulk._operations(app, win) for _ in range(args.runs)]
    result = {
        "projector": args.projector,
        "runs": args.runs,
        "load_average": os.getloadavg(),
        **{
            step: {
                "cpu_median_ms": round(statistics.median(r[f"{step}_cpu_ms"] for r in runs), 1),
                "cpu_least_ms": round(min(r[f"{step}_cpu_ms"] for r in runs), 1),
                "wall_median_ms": round(statistics.median(r[f"{step}_ms"] for r in runs), 1),
            }
            for step in STEPS
        },
    }
    print(json.dumps(result, indent=1))
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
