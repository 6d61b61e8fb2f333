"""CSV and JSON files of a board: writing them safely and importing them whole or not at all.

The model layer does the (de)serialisation (``models.board_json``, ``models.board_csv``);
this module adds the file handling: UTF-8 with BOM for spreadsheets, atomic replacement of the
target, and an import that reads and checks the file before a board is even opened, so a bad
file never creates or changes a board.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from exports.atomic import ExportError, replacing
from models import board_csv, board_json, temporaries
from models.board_csv_import import import_rows
from models.board_validate import ExchangeError
from models.document import BoardDocument
from models.errors import BoardError, Phrase, os_reason
from models.snapshot import BoardSnapshot, take_snapshot

Kind = Literal["json", "csv"]
MAX_INPUT_BYTES = board_json.MAX_FILE_BYTES


class InputFileError(BoardError):
    """The file to import is missing, unreadable or not a board/notes file."""


def _snapshot(source: BoardDocument | BoardSnapshot) -> BoardSnapshot:
    return source if isinstance(source, BoardSnapshot) else take_snapshot(source)


def write_csv(
    source: BoardDocument | BoardSnapshot, out_path: Path | str, delimiter: str = ","
) -> int:
    """All notes as CSV (UTF-8 with BOM, CRLF, quoted where needed); returns the note count.
    Use ``delimiter=";"`` for a spreadsheet set to Finnish, which expects semicolons."""
    snapshot = _snapshot(source)
    target = Path(out_path)
    with (
        replacing(target) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        return board_csv.write_csv(snapshot, stream, delimiter)


def write_json(source: BoardDocument | BoardSnapshot, out_path: Path | str) -> int:
    """The whole board as JSON (see exports/JSON_SCHEMA.md); returns the note count."""
    snapshot = _snapshot(source)
    target = Path(out_path)
    with (
        replacing(target) as temporary,
        temporary.open("w", encoding="utf-8", newline="\n") as stream,
    ):
        board_json.dump(snapshot, stream)
    return len(snapshot.notes)


def kind_of(path: Path, data: bytes) -> Kind:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    return "json" if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"


def read_input(path: Path | str) -> bytes:
    path = Path(path)
    if not path.exists():
        raise InputFileError("“{name}” does not exist.", name=str(path))
    if path.is_dir():
        raise InputFileError("“{name}” is a folder, not a file.", name=str(path))
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise InputFileError("“{name}” is too large to import.", name=path.name)
        return path.read_bytes()
    except OSError as exc:
        raise InputFileError(
            "Cannot read “{name}”: {reason}.", name=str(path), reason=os_reason(exc)
        ) from None


@dataclass(frozen=True)
class ImportReport:
    kind: Kind
    board: Path
    created_board: bool
    notes: int
    frames: int


def import_file(source: Path | str, board: Path | str, frame_id: int | None = None) -> ImportReport:
    """Import a board JSON or a notes CSV into ``board`` (created when it does not exist).

    The file is read and checked completely first; :class:`InputFileError` (or
    :class:`~models.board_validate.ExchangeError`) leaves every file as it was.
    """
    source, board = Path(source), Path(board)
    data = read_input(source)
    kind = kind_of(source, data)
    try:
        parsed: board_json.BoardPayload | list[board_csv.CsvNote] = (
            board_json.parse(data) if kind == "json" else board_csv.parse(data)
        )
    except ExchangeError as exc:
        raise InputFileError(
            "“{name}”: {problem}", name=source.name, problem=Phrase.of(exc)
        ) from None
    if not board.exists():
        return _import_into_new(board, source, parsed, kind, frame_id)
    doc = BoardDocument.open(board)
    try:
        if doc.read_only:
            raise ExportError("“{name}” is read-only; nothing was imported.", name=board.name)
        notes, frames = _import(doc, parsed, frame_id)
    finally:
        doc.close()
    return ImportReport(kind, board, False, notes, frames)


def _import(
    doc: BoardDocument,
    parsed: board_json.BoardPayload | list[board_csv.CsvNote],
    frame_id: int | None,
) -> tuple[int, int]:
    if isinstance(parsed, board_json.BoardPayload):
        summary = board_json.import_payload(doc, parsed)
        return len(summary.note_ids), len(summary.frame_ids)
    result = import_rows(doc, parsed, frame_id)
    return len(result.note_ids), len(result.new_frame_ids)


def _import_into_new(
    board: Path,
    source: Path,
    parsed: board_json.BoardPayload | list[board_csv.CsvNote],
    kind: Kind,
    frame_id: int | None,
) -> ImportReport:
    """A new board is built in a hidden temporary beside it and renamed into place only when
    complete: an import killed half-way leaves no board, never half of one."""
    title, language = _new_board_info(source, parsed)
    with temporaries.listed(temporaries.part_path(board)) as part:
        try:
            doc = BoardDocument.create(part, title=title, language=language)
        except BoardError as exc:
            params = {k: (board.name if v == part.name else v) for k, v in exc.params.items()}
            raise ExportError(exc.template, exc.detail, **params) from None
        try:
            notes, frames = _import(doc, parsed, frame_id)
        finally:
            doc.close()
        try:
            os.replace(part, board)
        except OSError as exc:
            raise ExportError(
                "“{name}” could not be written: {reason}.", name=board.name, reason=os_reason(exc)
            ) from None
        temporaries.sync_folder(board.parent)
    return ImportReport(kind, board, True, notes, frames)


def _new_board_info(source: Path, parsed: object) -> tuple[str, str]:
    if isinstance(parsed, board_json.BoardPayload):
        return "", parsed.board.get("language", "fi") or "fi"
    return source.stem, "fi"
