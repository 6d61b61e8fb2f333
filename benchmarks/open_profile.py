"""Where the time of File › Open goes until the first painted frame:
``python -m benchmarks.open_profile [--notes N] [--runs R] [--cprofile]``.

Builds a workshop board (:mod:`benchmarks.workshopgen`) once, then for each run starts a fresh
process that shows an empty main window at 1920 × 1080, lets it idle a moment, opens a copy of
the board with ``MainWindow.open_path`` (as :func:`benchmarks.window.open_in_window` does) and
prints the wall and CPU milliseconds until the view has painted. On a shared machine the CPU
time (and its minimum over runs) is the figure to compare; with ``--cprofile`` the single run
is profiled function by function (the profiler adds its own cost). Figures for reading, not a
benchmark.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = """
import cProfile, pstats, sys, time
from pathlib import Path
from benchmarks.qtframes import PaintCounter, application
from benchmarks.window import WINDOW_H, WINDOW_W, wait_for_paint, working_copy
app = application()
from ui.main_window import MainWindow
window = MainWindow()
window.resize(WINDOW_W, WINDOW_H)
window.show()
for _ in range(5):
    app.processEvents()
board = working_copy(Path(sys.argv[1]))
profile = cProfile.Profile() if sys.argv[2] == "1" else None
counter = PaintCounter()
started, cpu = time.perf_counter(), time.process_time()
if profile is not None:
    profile.enable()
window.open_path(board)
window.view.viewport().installEventFilter(counter)
wait_for_paint(app, counter, 0)
if profile is not None:
    profile.disable()
wall, cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
if profile is not None:
    pstats.Stats(profile, stream=sys.stderr).sort_stats("cumulative").print_stats(60)
print(f"{wall:.1f} {cpu:.1f}")
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.open_profile")
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cprofile", action="store_true", help="profile one run")
    args = parser.parse_args(argv)
    from benchmarks.workshopgen import build_workshop_board

    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory(prefix="pajalauta-open-") as folder:
        board = Path(folder) / f"workshop-{args.notes}.pajalauta"
        build_workshop_board(board, args.notes)
        walls, cpus = [], []
        for _ in range(1 if args.cprofile else args.runs):
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(board), "1" if args.cprofile else "0"],
                capture_output=True,
                text=True,
                check=True,
                cwd=root,
            )
            if args.cprofile:
                print(done.stderr)
            wall, cpu = (float(value) for value in done.stdout.split()[-2:])
            walls.append(wall)
            cpus.append(cpu)
            load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
            print(f"open → first frame: {wall:7.1f} ms wall, {cpu:7.1f} ms CPU (load {load})")
    if len(cpus) > 1:
        print(
            f"{args.notes} notes, {len(cpus)} runs: CPU min {min(cpus):.1f} median "
            f"{statistics.median(cpus):.1f} ms; wall min {min(walls):.1f} median "
            f"{statistics.median(walls):.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
