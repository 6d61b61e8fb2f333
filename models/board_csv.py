"""Notes as CSV, and notes from CSV: for spreadsheets, web forms and quick lists.

Export writes one row per note — text, frame, zone, group, colour, votes, author, created — in
the order a reader meets them (frame by frame, cell by cell, top to bottom), without the notes
written privately from phones that were not revealed. Import reads the
same columns (only ``text`` is required; Finnish or English headers; comma, semicolon or tab)
and checks every row before anything is written (see :mod:`models.board_csv_import`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Final, TextIO

from models.board_validate import ExchangeError
from models.errors import Phrase
from models.experiment import EXPERIMENT_KIND, card_lines
from models.limits import MAX_NOTE_TEXT
from models.note_values import clean_text
from models.palette import COLOUR_NAMES_FI, COLOUR_NAMES_SV, PALETTE, is_valid_colour
from models.private_notes import revealed
from models.records import NoteData
from models.snapshot import BoardSnapshot

COLUMNS: Final = ("text", "frame", "zone", "group", "colour", "votes", "author", "created")
HEADERS: Final[dict[str, tuple[str, ...]]] = {
    "en": COLUMNS,
    "fi": ("teksti", "kehys", "alue", "ryhmä", "väri", "äänet", "kirjoittaja", "luotu"),
    "sv": ("text", "ram", "ruta", "grupp", "färg", "röster", "skribent", "skapad"),
}
_ALIASES: Final[dict[str, str]] = {
    **{name: key for names in HEADERS.values() for name, key in zip(names, COLUMNS, strict=True)},
    "color": "colour",
    "note": "text",
    "lappu": "text",
    "kuvaus": "text",
    "ryhma": "group",
    "vari": "colour",
    "aanet": "votes",
    "template": "frame",
    "pohja": "frame",
    "cell": "zone",
    "lokero": "zone",
    "created_at": "created",
}
MAX_ROWS: Final = 20_000
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is a formula to Excel, LibreOffice and Sheets."""


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs: a leading apostrophe before a formula
    start (and before an apostrophe that precedes one, so the import can undo it exactly)."""
    if cell.startswith(FORMULA_STARTS) or (
        cell[:1] == "'" and cell[1:].startswith((*FORMULA_STARTS, "'"))
    ):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """Undo :func:`neutralise` on a cell read back from one of our files."""
    if cell[:1] == "'" and (cell[1:].startswith(FORMULA_STARTS) or cell[1:2] == "'"):
        return cell[1:]
    return cell


def colour_name(colour: str, language: str) -> str:
    """A palette colour by name (in the board's language), any other as #RRGGBB."""
    for key, value in PALETTE.items():
        if value.upper() == colour.upper():
            names = {"fi": COLOUR_NAMES_FI, "sv": COLOUR_NAMES_SV}.get(language)
            return names[key] if names else key
    return colour.upper()


def colour_value(name: str) -> str | None:
    """#RRGGBB for a palette name (English or Finnish, any case) or a #RRGGBB value."""
    wanted = name.strip().casefold()
    if is_valid_colour(name.strip()):
        return name.strip().upper()
    for key, value in PALETTE.items():
        if wanted in (key, COLOUR_NAMES_FI[key].casefold(), COLOUR_NAMES_SV[key].casefold()):
            return value
    return None


# --- export -------------------------------------------------------------------------------
IMAGE_LABEL: Final = {"fi": "[Kuva]", "sv": "[Bild]", "en": "[Image]"}


def note_text(note: NoteData, language: str) -> str:
    """A note's words; an experiment card as "label: value" lines; a photo as "[Kuva]" and
    its caption, so a spreadsheet tells photos from notes."""
    if note.kind == "image":
        label = IMAGE_LABEL.get(language, IMAGE_LABEL["fi"])
        return f"{label} {note.text.strip()}" if note.text.strip() else label
    if note.kind == EXPERIMENT_KIND:
        lines = card_lines({k: str(v) for k, v in note.fields.items()}, language)
        return "\n".join(f"{label}: {value}" for label, value in lines) or note.text
    return note.text


def ordered_notes(snapshot: BoardSnapshot) -> Iterator[tuple[str, str, NoteData]]:
    """(frame title, zone label, note) in reading order: frame by frame, cell by cell, then
    each frame's loose notes, then notes outside every frame."""
    for frame in snapshot.frames:
        for zone in snapshot.cells(frame.id):
            label = snapshot.zone_label(zone)
            for note in snapshot.notes_in_zone(zone.id):
                yield frame.title, label, note
        for note in snapshot.loose_notes(frame.id):
            yield frame.title, "", note
    for note in snapshot.loose_notes(None):
        yield "", "", note


def csv_rows(snapshot: BoardSnapshot) -> list[list[str]]:
    """The header and one row per note. Notes written privately from phones and not revealed
    are left out, as from the handout: a spreadsheet is passed on after the workshop."""
    snapshot = revealed(snapshot)[0]
    language = snapshot.language
    rows = [list(HEADERS.get(language, COLUMNS))]
    for frame_title, zone_label, note in ordered_notes(snapshot):
        group = snapshot.group_by_id.get(note.group_id) if note.group_id is not None else None
        rows.append(
            [
                note_text(note, language),
                frame_title,
                zone_label,
                group.name if group else "",
                colour_name(note.colour, language),
                str(snapshot.votes_for(note.id)),
                note.author,
                note.created_at,
            ]
        )
    return rows


def write_csv(snapshot: BoardSnapshot, stream: TextIO, delimiter: str = ",") -> int:
    """Write the notes to a text stream (open it with ``encoding="utf-8-sig"`` and
    ``newline=""`` so spreadsheets see UTF-8); returns the number of notes."""
    rows = csv_rows(snapshot)
    writer = csv.writer(
        stream, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
    )
    writer.writerow(rows[0])
    writer.writerows([neutralise(cell) for cell in row] for row in rows[1:])
    return len(rows) - 1


def dumps(snapshot: BoardSnapshot, delimiter: str = ",") -> str:
    stream = io.StringIO()
    write_csv(snapshot, stream, delimiter)
    return stream.getvalue()


# --- parsing ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CsvNote:
    line: int
    text: str
    frame: str | None
    """``None`` when the file has no frame column; ``""`` for "outside every frame"."""
    zone: str
    group: str
    colour: str | None
    votes: int
    author: str
    created: str


def _decode(data: str | bytes) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode Text", UTF-16 CSV
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")  # an old Excel "CSV (Windows)" file
    except UnicodeDecodeError:
        raise ExchangeError("The file is not UTF-8 text; save it as “CSV UTF-8”.") from None


def _header(row: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(row):
        key = _ALIASES.get(name.strip().casefold())
        if key is not None and key not in found:
            found[key] = index
    return found


def _all_rows(text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    try:
        rows.extend(reader)
    except csv.Error as exc:
        if "field limit" not in str(exc):
            raise
        raise ExchangeError(
            "Row {line}: one cell holds more than {n} characters, but a note holds at most "
            "{limit}. Shorten that text or split it over several rows.",
            line=reader.line_num,
            n=csv.field_size_limit(),
            limit=MAX_NOTE_TEXT,
        ) from None
    return rows


def _reader(text: str) -> tuple[list[list[str]], dict[str, int]]:
    first = text.split("\n", 1)[0]
    for delimiter in sorted((",", ";", "\t"), key=lambda d: -first.count(d)):
        rows = _all_rows(text, delimiter)
        if rows and "text" in _header(rows[0]):
            return rows, _header(rows[0])
    raise ExchangeError(
        "The first row must name the columns, with at least “text” (or "
        "“teksti”); optional: frame, zone, group, colour, votes, author, "
        "created."
    )


def parse(data: str | bytes) -> list[CsvNote]:
    """Check every row of a notes CSV; :class:`ExchangeError` names the first bad row."""
    text = _decode(data)
    try:
        rows, columns = _reader(text)
    except csv.Error as exc:
        raise ExchangeError("The file is not valid CSV: {problem}.", problem=str(exc)) from None
    if len(rows) - 1 > MAX_ROWS:
        raise ExchangeError(
            "The file has {n} rows; import at most {limit} notes at a time.",
            n=len(rows) - 1,
            limit=MAX_ROWS,
        )
    notes = [
        note
        for line, row in enumerate(rows[1:], start=2)
        if (note := _row(line, row, columns)) is not None
    ]
    if not notes:
        raise ExchangeError("The file has no notes: every row below the header is empty.")
    return notes


def _row(line: int, row: list[str], columns: dict[str, int]) -> CsvNote | None:
    if not any(cell.strip() for cell in row):
        return None

    def cell(key: str) -> str:
        index = columns.get(key)
        return restore(row[index]) if index is not None and index < len(row) else ""

    where = Phrase("Row {line}", line=line)
    raw = cell("text")  # may be empty: a blank note is a note too
    if len(raw) > MAX_NOTE_TEXT:
        raise ExchangeError(
            "{where}: the text has {n} characters; a note holds at most {limit}.",
            where=where,
            n=len(raw),
            limit=MAX_NOTE_TEXT,
        )
    colour: str | None = None
    if cell("colour").strip():
        colour = colour_value(cell("colour"))
        if colour is None:
            names = ", ".join(PALETTE)
            raise ExchangeError(
                "{where}: “{value}” is not a colour (use {names} or #RRGGBB).",
                where=where,
                value=cell("colour").strip(),
                names=names,
            )
    votes_text = cell("votes").strip() or "0"
    if not votes_text.isdigit() or int(votes_text) > 10_000:
        raise ExchangeError(
            "{where}: votes must be a whole number, not “{value}”.", where=where, value=votes_text
        )
    created = cell("created").strip()
    if created:
        try:
            datetime.fromisoformat(created)
        except ValueError:
            raise ExchangeError(
                "{where}: “{value}” is not a date and time like 2026-03-06T09:15:00.",
                where=where,
                value=created,
            ) from None
    return CsvNote(
        line=line,
        text=clean_text(raw),
        frame=" ".join(cell("frame").split()) if "frame" in columns else None,
        zone=" ".join(cell("zone").split()),
        group=" ".join(cell("group").split())[:80],
        colour=colour,
        votes=int(votes_text),
        author=clean_text(cell("author").strip())[:500],
        created=created,
    )
