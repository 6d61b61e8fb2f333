"""Pajalauta entry point: ``pajalauta [BOARD]`` opens the window; sub-commands run headless.

The GUI imports are deferred so that headless commands (exports, imports) and the platform
check run without Qt's window system libraries.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HEADLESS_COMMANDS = ("export", "import")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pajalauta",
        description="A whiteboard for live workshops. With no BOARD, reopens the last board "
        "or creates the demo board.",
        epilog="Headless commands: 'pajalauta export BOARD …', 'pajalauta import FILE --board "
        "BOARD' (see 'pajalauta export --help').",
    )
    parser.add_argument("board", nargs="?", type=Path, help="a .pajalauta board file to open")
    parser.add_argument("--read-only", action="store_true", help="open the board read-only")
    parser.add_argument("--demo", action="store_true", help="open the demo board")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in HEADLESS_COMMANDS:
        from exports.cli import main as cli_main

        return cli_main(args)
    options = build_parser().parse_args(args)
    from ui.platform_check import startup_problem

    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 3
    from ui.app import run_gui

    return run_gui(options.board, read_only=options.read_only, demo=options.demo)


if __name__ == "__main__":
    raise SystemExit(main())
