"""The headless command line: ``pajalauta export …`` and ``pajalauta import …``.

Runs without a display (the PNG export paints offscreen). Every failure ends with one line on
stderr and an exit code a script can test:

* 0 — done;
* 2 — wrong usage (unknown option, no output chosen, bad page size);
* 3 — the board or the file to import is missing, unreadable or not what it should be;
* 4 — an output cannot be written (folder missing, no permission, disk full, read-only board).

Everything it says is in the terminal's language (Finnish, Swedish or English; see
:mod:`exports.cli_texts`).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NoReturn

from exports.cli_texts import argparse_wording, help_text, say
from models.errors import (
    BoardError,
    FieldValueError,
    ReadOnlyBoardError,
    StorageError,
    format_value,
    os_reason,
)
from models.wording import describe, language_of_environment

OK, USAGE, BAD_INPUT, CANNOT_WRITE = 0, 2, 3, 4


class UsageError(Exception):
    """Wrong use of the command line; the text is already in the user's language."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and an exception, not ``exit(2)``."""

    language = "en"

    def error(self, message: str) -> NoReturn:
        raise UsageError(say("usage", self.language, prog=self.prog, message=message))


@contextlib.contextmanager
def argparse_speaks(language: str) -> Iterator[None]:
    """argparse's own sentences ("usage:", "unrecognized arguments") in ``language``."""
    wording = argparse_wording(language)
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: wording.get(text) or original(text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def _export_parser(language: str) -> _Parser:
    def h(key: str) -> str:
        return help_text(key, language)

    parser = _Parser(prog="pajalauta export", description=say("export_description", language))
    parser.language = language
    parser.add_argument("board", type=Path, help=h("board"))
    parser.add_argument("--pdf", type=Path, help=h("pdf"))
    parser.add_argument("--csv", type=Path, help=h("csv"))
    parser.add_argument("--json", type=Path, help=h("json"))
    parser.add_argument("--png", type=Path, help=h("png"))
    parser.add_argument("--page-size", default="A4", help=h("page_size"))
    parser.add_argument("--sections", help=h("sections"))
    parser.add_argument("--frame", type=int, help=h("frame"))
    parser.add_argument("--png-width", type=int, default=2400, help=h("png_width"))
    parser.add_argument(
        "--csv-delimiter", default=",", choices=[",", ";", "tab"], help=h("csv_delimiter")
    )
    return parser


def _import_parser(language: str) -> _Parser:
    parser = _Parser(prog="pajalauta import", description=say("import_description", language))
    parser.language = language
    parser.add_argument("file", type=Path, help=help_text("file", language))
    parser.add_argument("--board", type=Path, required=True, help=help_text("into", language))
    parser.add_argument("--frame", type=int, help=help_text("import_frame", language))
    return parser


def _fail(code: int, message: str) -> int:
    print(" ".join(message.split()), file=sys.stderr)
    return code


def _open_board(path: Path, language: str) -> object:
    """Open normally (a read-only open leaves empty -wal/-shm files beside the board);
    a board open in a window is read without the lock instead."""
    from models.document import BoardDocument
    from models.errors import BoardInUseError

    if not path.exists():
        raise FileNotFoundError(say("no_board", language, path=str(path)))
    try:
        return BoardDocument.open(path)
    except BoardInUseError:
        return BoardDocument.open(path, read_only=True)


def run_export(argv: Sequence[str], language: str = "en") -> int:
    options = _export_parser(language).parse_args(list(argv))
    outputs = [options.pdf, options.csv, options.json, options.png]
    if not any(outputs):
        raise UsageError(say("no_output", language))
    from exports.handout import SECTIONS, page_size_of

    sections = None
    try:
        page_size_of(options.page_size)
        if options.sections:
            sections = [part.strip() for part in options.sections.split(",") if part.strip()]
            unknown = sorted(set(sections) - set(SECTIONS))
            if unknown:
                raise FieldValueError(
                    "Unknown handout sections: {names}; choose from {choices}.",
                    names=", ".join(unknown),
                    choices=", ".join(SECTIONS),
                )
    except FieldValueError as exc:
        raise UsageError(say("export_problem", language, problem=describe(exc, language))) from None
    from models.document import BoardDocument
    from models.snapshot import take_snapshot

    doc = _open_board(options.board, language)
    assert isinstance(doc, BoardDocument)
    try:
        snapshot = take_snapshot(doc)
        for repaired in doc.checks.take_repairs():  # said, not fatal: the export goes on
            print(
                say("repaired", language, sentence=format_value(repaired, language)),
                file=sys.stderr,
            )
    finally:
        doc.close()
    if options.frame is not None and options.frame not in snapshot.frame_by_id:
        raise UsageError(say("no_frame", language, id=options.frame))
    if options.pdf:
        from exports.handout import write_handout

        result = write_handout(
            snapshot, options.pdf, page_size=options.page_size, sections=sections
        )
        print(say("pages", language, path=str(options.pdf), n=result.pages))
    if options.csv:
        from exports.exchange import write_csv

        delimiter = "\t" if options.csv_delimiter == "tab" else options.csv_delimiter
        count = write_csv(snapshot, options.csv, delimiter)
        print(say("notes_written", language, path=str(options.csv), n=count))
    if options.json:
        from exports.exchange import write_json

        count = write_json(snapshot, options.json)
        print(say("notes_written", language, path=str(options.json), n=count))
    if options.png:
        if not 16 <= options.png_width <= 16_000:
            raise UsageError(say("png_width", language))
        os.environ["QT_QPA_PLATFORM"] = os.environ.get("PAJALAUTA_QPA", "offscreen")
        from exports.png import write_png

        try:
            picture = write_png(
                snapshot, options.png, frame_id=options.frame, width=options.png_width
            )
        except FieldValueError as exc:
            raise UsageError(
                say("export_problem", language, problem=describe(exc, language))
            ) from None
        print(
            say(
                "picture",
                language,
                path=str(options.png),
                width=picture.width,
                height=picture.height,
            )
        )
    return OK


def run_import(argv: Sequence[str], language: str = "en") -> int:
    options = _import_parser(language).parse_args(list(argv))
    from exports.exchange import import_file

    report = import_file(options.file, options.board, options.frame)
    key = "imported_new" if report.created_board else "imported"
    print(say(key, language, board=str(options.board), n=report.notes, source=options.file.name))
    return OK


def main(argv: Sequence[str], language: str | None = None) -> int:
    """``argv`` starts with the sub-command word ("export" or "import"); ``language`` defaults
    to the terminal's (:func:`models.wording.language_of_environment`)."""
    from exports.atomic import ExportError
    from exports.exchange import InputFileError
    from models.board_validate import ExchangeError

    language = language or language_of_environment()
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    try:
        with argparse_speaks(language):
            if command == "export":
                return run_export(rest, language)
            if command == "import":
                return run_import(rest, language)
        raise UsageError(say("commands", language))
    except UsageError as exc:
        return _fail(USAGE, str(exc))
    except (ExportError, ReadOnlyBoardError, StorageError) as exc:
        return _fail(CANNOT_WRITE, describe(exc, language))
    except (InputFileError, ExchangeError) as exc:
        return _fail(BAD_INPUT, describe(exc, language))
    except FileNotFoundError as exc:
        return _fail(BAD_INPUT, str(exc))
    except BoardError as exc:
        return _fail(BAD_INPUT, describe(exc, language))
    except OSError as exc:
        reason = format_value(os_reason(exc), language)
        return _fail(
            CANNOT_WRITE, say("os_error", language, path=exc.filename or "", reason=reason)
        )
    except SystemExit as exc:  # --help
        return int(exc.code or 0) if isinstance(exc.code, int) else OK
