"""``python -m benchmarks``: build boards, measure each variant in a fresh process, print JSON.

Two shapes of board per size: ``workshop`` (the starter templates repeated with notes in their
cells, an experiment wall, idea lists with a finished vote, six groups; see
:mod:`benchmarks.workshopgen`) and ``grid`` (loose notes in a grid, the first benchmark's shape).
The parent never imports the canvas or paints anything; it only writes the board files (through
the model) and collects what the children measured. One JSON document goes to stdout (and to
``--out``); a short table with the targets goes to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks import report
from benchmarks.boardgen import BoardSpec, build_board
from benchmarks.child import VARIANTS
from benchmarks.timing import load_average
from benchmarks.workshopgen import build_workshop_board

ROOT = Path(__file__).resolve().parent.parent
CHILD_TIMEOUT_S = 1800
SHAPES = ("workshop", "grid")
GRID_ONLY = ("textbook",)
"""The QGraphicsTextItem baseline stands beside the bare view on the grid only."""
QUICK = {"sizes": "300", "repeat": 3, "edits": 5}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure open, paint and edit times of Pajalauta boards against baselines.",
    )
    parser.add_argument(
        "--sizes",
        default="1000,5000,20000",
        help="comma-separated note counts (default: 1000,5000,20000)",
    )
    parser.add_argument(
        "--repeat", type=int, default=20, help="timed repaints per zoom level (default: 20)"
    )
    parser.add_argument(
        "--edits", type=int, default=300, help="timed one-note edits per variant (default: 300)"
    )
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    parser.add_argument(
        "--variants",
        default=",".join(VARIANTS),
        help=f"which to run (default: {','.join(VARIANTS)})",
    )
    parser.add_argument(
        "--snapshots",
        type=Path,
        default=None,
        help="save a PNG of every measured view into this folder",
    )
    parser.add_argument(
        "--keep", type=Path, default=None, help="build the boards in this folder and keep them"
    )
    parser.add_argument(
        "--markdown", action="store_true", help="print the table as Markdown (for the README)"
    )
    parser.add_argument(
        "--shapes", default=",".join(SHAPES), help=f"board shapes (default: {','.join(SHAPES)})"
    )
    parser.add_argument(
        "--bulk-up-to",
        type=int,
        default=20000,
        help="bulk operations, paste and exports only up to this many notes (default: 20000)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="one small board per shape, few repeats: a check that all runs",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.repeat, args.edits = QUICK["sizes"], QUICK["repeat"], QUICK["edits"]
    args.shape_list = [part.strip() for part in args.shapes.split(",") if part.strip()]
    if set(args.shape_list) - set(SHAPES) or not args.shape_list:
        parser.error(f"bad --shapes (shapes are {', '.join(SHAPES)})")
    args.size_list = [int(part) for part in args.sizes.split(",") if part.strip()]
    args.variant_list = [part.strip() for part in args.variants.split(",") if part.strip()]
    unknown = set(args.variant_list) - set(VARIANTS)
    if unknown or not args.size_list or min(args.size_list) < 1 or args.repeat < 1:
        parser.error(f"bad --sizes/--variants/--repeat (variants are {', '.join(VARIANTS)})")
    return args


def _git_commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def _uncommitted(paths: tuple[str, ...] = ("canvas", "models")) -> list[str] | None:
    """Measured files that differ from the commit named in the figures."""
    try:
        done = subprocess.run(
            ["git", "status", "--porcelain", "--", *paths],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return [line[3:] for line in done.stdout.splitlines() if line.strip()]


def meta(args: argparse.Namespace, argv: list[str]) -> dict[str, Any]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return {
        "command": "python -m benchmarks " + " ".join(argv),
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "git_commit": _git_commit(),
        "uncommitted_canvas_and_models": _uncommitted(),
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "qt": qVersion(),
        "sqlite": sqlite3.sqlite_version,
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "qpa_platform": "offscreen",
        "viewport": [1920, 1080],
        "repeat": args.repeat,
        "edits": args.edits,
        "load_average_start": load_average(),
        "note": "shared machine: compare ours with the baselines of the same run, not across runs",
    }


def run_child(variant: str, spec_file: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Run one variant in a fresh interpreter and read back its JSON."""
    result_file = spec_file.with_name(f"{spec_file.stem}-{variant}.json")
    command = [
        sys.executable,
        "-m",
        "benchmarks.child",
        variant,
        str(spec_file),
        str(result_file),
        "--repeat",
        str(args.repeat),
        "--edits",
        str(args.edits),
    ]
    if args.snapshots is not None:
        command += ["--snapshots", str(args.snapshots)]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        # The window's settings (recent boards, geometry) go here, not to the user's.
        "XDG_CONFIG_HOME": str(spec_file.parent / "config"),
    }
    load = load_average()
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S
        )
        failure = (
            None
            if done.returncode == 0
            else (f"child exited with {done.returncode}: " + done.stderr.strip()[-600:])
        )
    except subprocess.TimeoutExpired:
        failure = f"child took longer than {CHILD_TIMEOUT_S} s"
    if failure is None and result_file.exists():
        result: dict[str, Any] = json.loads(result_file.read_text(encoding="utf-8"))
    else:
        from benchmarks.child import blank

        result = blank(variant)
        result["reason"] = failure or "child wrote no result"
    result["load_average_before"] = load
    return result


def measure_size(notes: int, workdir: Path, args: argparse.Namespace) -> dict[str, Any]:
    return {shape: measure_shape(notes, shape, workdir, args) for shape in args.shape_list}


def measure_shape(
    notes: int, shape: str, workdir: Path, args: argparse.Namespace
) -> dict[str, Any]:
    board_path = workdir / f"{shape}-{notes}.pajalauta"
    board_path.unlink(missing_ok=True)
    print(f"[{notes} notes, {shape}] building the board…", file=sys.stderr, flush=True)
    build = build_workshop_board if shape == "workshop" else build_board
    spec: BoardSpec = build(board_path, notes)
    spec_file = workdir / f"{shape}-{notes}.json"
    spec_file.write_text(
        json.dumps({**spec.as_json(), "bulk": notes <= args.bulk_up_to}), encoding="utf-8"
    )
    entry: dict[str, Any] = {"board": {**spec.as_json(), "shape": shape}}
    for variant in VARIANTS:
        if variant not in args.variant_list or (shape != "grid" and variant in GRID_ONLY):
            continue
        print(f"[{notes} notes, {shape}] measuring {variant}…", file=sys.stderr, flush=True)
        entry[variant] = run_child(variant, spec_file, args)
        reason = entry[variant].get("reason")
        if not entry[variant].get("available") and reason:
            print(f"[{notes} notes, {shape}] {variant}: not measured: {reason}", file=sys.stderr)
    return entry


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.snapshots is not None:
        args.snapshots.mkdir(parents=True, exist_ok=True)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="pajalauta-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    document: dict[str, Any] = {"meta": meta(args, argv), "targets": report.TARGETS}
    try:
        sizes = {str(n): measure_size(n, workdir, args) for n in args.size_list}
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    document["meta"]["load_average_end"] = load_average()
    document["sizes"] = sizes
    document["checks"] = report.checks(sizes)
    text = json.dumps(document, indent=2, ensure_ascii=False)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    table = report.table_markdown(sizes) if args.markdown else report.table_text(sizes)
    print("\n" + table, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
