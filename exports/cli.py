"""The headless command line: ``pajalauta export …`` and ``pajalauta import …``.

Runs without a display (the PNG export paints offscreen). Every failure ends with one line on
stderr and an exit code a script can test:

* 0 — done;
* 2 — wrong usage (unknown option, no output chosen, bad page size);
* 3 — the board or the file to import is missing, unreadable or not what it should be;
* 4 — an output cannot be written (folder missing, no permission, disk full, read-only board).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from models.errors import BoardError, ReadOnlyBoardError, StorageError

OK, USAGE, BAD_INPUT, CANNOT_WRITE = 0, 2, 3, 4


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and an exception, not ``exit(2)``."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def _export_parser() -> _Parser:
    parser = _Parser(prog="pajalauta export",
                     description="Write a board's handout and data files without a window.")
    parser.add_argument("board", type=Path, help="the .pajalauta board to export")
    parser.add_argument("--pdf", type=Path, help="write the PDF handout here")
    parser.add_argument("--csv", type=Path, help="write all notes as CSV (UTF-8) here")
    parser.add_argument("--json", type=Path, help="write the whole board as JSON here")
    parser.add_argument("--png", type=Path, help="write a picture of the board here")
    parser.add_argument("--page-size", default="A4", help="A4 (default) or Letter")
    parser.add_argument("--sections", help="handout sections, comma separated (default all: "
                        "overview,templates,outside,followup,images)")
    parser.add_argument("--frame", type=int, help="PNG of this frame (id) only")
    parser.add_argument("--png-width", type=int, default=2400,
                        help="PNG width in pixels (default 2400)")
    parser.add_argument("--csv-delimiter", default=",", choices=[",", ";", "tab"],
                        help="CSV separator; ';' suits a spreadsheet set to Finnish")
    return parser


def _import_parser() -> _Parser:
    parser = _Parser(prog="pajalauta import",
                     description="Add a board JSON or a notes CSV to a board (created when "
                     "it does not exist). A bad file changes nothing.")
    parser.add_argument("file", type=Path, help="a .json board export or a .csv of notes")
    parser.add_argument("--board", type=Path, required=True, help="the board to import into")
    parser.add_argument("--frame", type=int, help="put CSV notes into this frame (id)")
    return parser


def _fail(code: int, message: str) -> int:
    print(" ".join(message.split()), file=sys.stderr)
    return code


def _open_board(path: Path) -> object:
    """Open normally (a read-only open leaves empty -wal/-shm files beside the board);
    a board open in a window is read without the lock instead."""
    from models.document import BoardDocument
    from models.errors import BoardInUseError

    if not path.exists():
        raise FileNotFoundError(f"The board “{path}” does not exist.")
    try:
        return BoardDocument.open(path)
    except BoardInUseError:
        return BoardDocument.open(path, read_only=True)


def run_export(argv: Sequence[str]) -> int:
    options = _export_parser().parse_args(list(argv))
    outputs = [options.pdf, options.csv, options.json, options.png]
    if not any(outputs):
        raise UsageError("pajalauta export: choose at least one of --pdf, --csv, --json, --png")
    from exports.handout import SECTIONS, page_size_of

    try:
        page_size_of(options.page_size)
    except ValueError as exc:
        raise UsageError(f"pajalauta export: {exc}") from None
    sections = None
    if options.sections:
        sections = [part.strip() for part in options.sections.split(",") if part.strip()]
        unknown = sorted(set(sections) - set(SECTIONS))
        if unknown:
            raise UsageError(f"pajalauta export: unknown section {unknown[0]!r}; choose from "
                             + ",".join(SECTIONS))
    from models.document import BoardDocument
    from models.snapshot import take_snapshot

    doc = _open_board(options.board)
    assert isinstance(doc, BoardDocument)
    try:
        snapshot = take_snapshot(doc)
        for repaired in doc.checks.take_repairs():  # said, not fatal: the export goes on
            print(f"pajalauta: {repaired}", file=sys.stderr)
    finally:
        doc.close()
    if options.frame is not None and options.frame not in snapshot.frame_by_id:
        raise UsageError(f"pajalauta export: the board has no frame {options.frame}")
    if options.pdf:
        from exports.handout import write_handout

        result = write_handout(snapshot, options.pdf, page_size=options.page_size,
                               sections=sections)
        print(f"{options.pdf}: {result.pages} pages")
    if options.csv:
        from exports.exchange import write_csv

        delimiter = "\t" if options.csv_delimiter == "tab" else options.csv_delimiter
        print(f"{options.csv}: {write_csv(snapshot, options.csv, delimiter)} notes")
    if options.json:
        from exports.exchange import write_json

        print(f"{options.json}: {write_json(snapshot, options.json)} notes")
    if options.png:
        if not 16 <= options.png_width <= 16_000:
            raise UsageError("pajalauta export: --png-width must be 16 to 16000")
        os.environ["QT_QPA_PLATFORM"] = os.environ.get("PAJALAUTA_QPA", "offscreen")
        from exports.png import write_png

        try:
            picture = write_png(snapshot, options.png, frame_id=options.frame,
                                width=options.png_width)
        except ValueError as exc:
            raise UsageError(f"pajalauta export: {exc}") from None
        print(f"{options.png}: {picture.width} × {picture.height} px")
    return OK


def run_import(argv: Sequence[str]) -> int:
    options = _import_parser().parse_args(list(argv))
    from exports.exchange import import_file

    report = import_file(options.file, options.board, options.frame)
    made = " (new board)" if report.created_board else ""
    print(f"{options.board}{made}: imported {report.notes} notes from {options.file.name}")
    return OK


def main(argv: Sequence[str]) -> int:
    """``argv`` starts with the sub-command word ("export" or "import")."""
    from exports.atomic import ExportError
    from exports.exchange import InputFileError
    from models.board_validate import ExchangeError

    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    try:
        if command == "export":
            return run_export(rest)
        if command == "import":
            return run_import(rest)
        raise UsageError("pajalauta: the headless commands are 'export' and 'import'")
    except UsageError as exc:
        return _fail(USAGE, str(exc))
    except (ExportError, ReadOnlyBoardError, StorageError) as exc:
        return _fail(CANNOT_WRITE, exc.message)
    except (InputFileError, ExchangeError, FileNotFoundError) as exc:
        return _fail(BAD_INPUT, getattr(exc, "message", str(exc)))
    except BoardError as exc:
        return _fail(BAD_INPUT, exc.message)
    except OSError as exc:
        return _fail(CANNOT_WRITE, f"{exc.filename or ''}: {exc.strerror or exc}")
    except SystemExit as exc:  # --help
        return int(exc.code or 0) if isinstance(exc.code, int) else OK
