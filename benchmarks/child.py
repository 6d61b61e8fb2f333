"""One measurement in a fresh process: ``python -m benchmarks.child VARIANT SPEC RESULT``.

A fresh interpreter per variant and size keeps peak RSS and open time honest: nothing another
variant allocated, cached or imported counts against this one. The result goes to a JSON file
(not stdout, which Qt and libraries may write warnings to). A variant that fails still writes
its full set of keys, with ``available: false`` and the reason.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"

VARIANTS = ("ours", "textbook", "floor", "sqlite", "window", "coldstart")


def blank(variant: str) -> dict[str, Any]:
    """The full key set of a variant's result with no figures."""
    if variant == "ours":
        from benchmarks import ours

        return ours.blank()
    if variant == "textbook":
        from benchmarks import textbook

        return textbook.blank()
    if variant == "floor":
        from benchmarks import floor

        return floor.blank()
    if variant == "window":
        from benchmarks import window

        return window.blank()
    if variant == "coldstart":
        from benchmarks import coldstart

        return coldstart.blank()
    from benchmarks import edits

    return edits.blank()


def measure(
    variant: str, board: dict[str, Any], repeat: int, edits_count: int, snapshots: Path | None
) -> dict[str, Any]:
    if variant == "ours":
        from benchmarks import ours

        return ours.run(board, repeat, edits_count, snapshots)
    if variant == "textbook":
        from benchmarks import textbook

        return textbook.run(board, repeat, snapshots)
    if variant == "floor":
        from benchmarks import floor

        return floor.run(board, repeat, snapshots)
    if variant == "window":
        from benchmarks import window

        return window.run(board, repeat, edits_count)
    if variant == "coldstart":
        from benchmarks import coldstart

        return coldstart.measure(board, min(coldstart.RUNS, repeat))
    from benchmarks import edits

    return edits.run(board, edits_count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.child")
    parser.add_argument("variant", choices=VARIANTS)
    parser.add_argument("spec", type=Path, help="JSON file describing the board")
    parser.add_argument("result", type=Path, help="where to write this variant's JSON")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--snapshots", type=Path, default=None)
    args = parser.parse_args(argv)
    board = json.loads(args.spec.read_text(encoding="utf-8"))
    try:
        result = measure(args.variant, board, args.repeat, args.edits, args.snapshots)
    except Exception as exc:
        traceback.print_exc()
        result = blank(args.variant)
        result["reason"] = f"{type(exc).__name__}: {exc}"
    from benchmarks.timing import load_average

    result["load_average_after"] = load_average()
    args.result.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
