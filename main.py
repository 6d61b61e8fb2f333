"""Pajalauta entry point: ``pajalauta [BOARD]`` opens the window; sub-commands run headless.

The GUI imports are deferred so that headless commands (exports, imports) and the platform
check run without Qt's window system libraries.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HEADLESS_COMMANDS = ("export", "import")


def build_parser(language: str = "en") -> argparse.ArgumentParser:
    from exports.cli_texts import help_text

    parser = argparse.ArgumentParser(
        prog="pajalauta",
        description=help_text("gui_description", language),
        epilog=help_text("gui_epilog", language),
    )
    parser.add_argument("board", nargs="?", type=Path, help=help_text("gui_board", language))
    parser.add_argument(
        "--read-only", action="store_true", help=help_text("gui_read_only", language)
    )
    parser.add_argument("--demo", action="store_true", help=help_text("gui_demo", language))
    return parser


def plain_options(args: list[str]) -> argparse.Namespace | None:
    """What :func:`build_parser` makes of ``pajalauta`` or ``pajalauta BOARD`` (no option,
    nothing argparse would read as one), without building the parser and its translated
    help; ``None`` for anything else, which the parser reads."""
    if len(args) > 1 or (args and (not args[0] or args[0].startswith("-"))):
        return None
    board = Path(args[0]) if args else None
    return argparse.Namespace(board=board, read_only=False, demo=False)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in HEADLESS_COMMANDS:
        from exports.cli import main as cli_main

        return cli_main(args)
    from ui import start_collector

    start_collector.hold()  # until the first board is shown: see ui.start_collector
    try:
        return _start_gui(args)
    finally:
        # Any way out before the board was shown (--help, a usage error, a missing
        # library, a failed start) gives the collector back as it was; after the first
        # frame this does nothing.
        start_collector.release(freeze=False)


def _start_gui(args: list[str]) -> int:
    options = plain_options(args)
    if options is None:
        from exports.cli import argparse_speaks
        from models.wording import language_of_environment

        language = language_of_environment()
        with argparse_speaks(language):
            options = build_parser(language).parse_args(args)
    from ui.platform_check import startup_problem

    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 3
    from ui.app import run_gui

    return run_gui(options.board, read_only=options.read_only, demo=options.demo)


if __name__ == "__main__":
    raise SystemExit(main())
