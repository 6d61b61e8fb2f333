"""Values are checked when read: a board file is SQLite, dynamically typed, and anyone can put
``'NaN'`` in a REAL column, ``1e308`` in a size or a note id that does not exist in a
reference. Such values are repaired in memory (the file is not written) and each kind of
repair is remembered once, so the window can say what it did.

The normal row costs a few type and range comparisons; only a bad one takes the slow path.
"""

from __future__ import annotations

import dataclasses
import json
import math
import sqlite3
from typing import Any, Final

from models.errors import Phrase
from models.limits import MAX_NOTE_SIZE, MAX_NOTE_TEXT, MIN_NOTE_SIZE
from models.palette import DEFAULT_COLOUR, is_valid_colour
from models.records import FrameData, GroupData, NoteData, ZoneData

MAX_COORDINATE: Final = 1_000_000.0
"""Farther than any board reaches (a million units is 5,000 notes side by side); a place
beyond it, or not a number at all, is put at the origin."""
MAX_FRAME_SIZE: Final = 200_000.0
DEFAULT_NOTE_SIZE: Final = (200.0, 150.0)
MAX_Z: Final = 1e12

_BAD_NOTES: Final = f"""SELECT count(*) FROM notes WHERE NOT (
    typeof(x) = 'real' AND x BETWEEN -{MAX_COORDINATE} AND {MAX_COORDINATE}
    AND typeof(y) = 'real' AND y BETWEEN -{MAX_COORDINATE} AND {MAX_COORDINATE}
    AND typeof(width) = 'real' AND width BETWEEN {MIN_NOTE_SIZE} AND {MAX_NOTE_SIZE}
    AND typeof(height) = 'real' AND height BETWEEN {MIN_NOTE_SIZE} AND {MAX_NOTE_SIZE}
    AND typeof(z) = 'real' AND z BETWEEN -{MAX_Z} AND {MAX_Z}
    AND typeof(text) = 'text' AND length(text) <= {MAX_NOTE_TEXT}
    AND typeof(colour) = 'text' AND length(colour) = 7
    AND colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'
    AND typeof(author) = 'text' AND typeof(kind) = 'text'
    AND json_valid(fields) AND json_type(fields) = 'object'
    AND typeof(zone_id) IN ('integer', 'null') AND typeof(group_id) IN ('integer', 'null')
    AND typeof(image_id) IN ('integer', 'null'))"""
"""Counts the note rows a read must look at; 0 on every board Pajalauta wrote itself."""

_REFERENCES: Final = {("notes", "zone_id"), ("notes", "group_id"), ("notes", "image_id")}


def _fine(value: object, low: float, high: float) -> bool:
    return type(value) is float and low <= value <= high  # NaN fails both comparisons


def _number(value: object) -> float | None:
    """A finite float from a REAL column, or None (text, blob, NULL, NaN, ±Inf)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def as_text(value: object, limit: int | None = None) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    text = "" if value is None else str(value)
    return text[:limit] if limit is not None else text


class ReadChecks:
    """The checks of one open board; ``repairs`` holds a sentence per kind of repair made."""

    def __init__(
        self, dangling: dict[tuple[str, str], set[int]] | None = None, notes_clean: bool = True
    ) -> None:
        self._dangling = dangling or {}
        self._notes_clean = notes_clean and not any(table == "notes" for table, _ in self._dangling)
        """No note row needs a look (found by one SQL scan at open): reads skip the checks.
        Rows stay clean while the board is open, since every write is checked."""
        self._colours: set[object] = set()
        """Colours already found valid (a board uses a handful; checking one costs ~1 µs)."""
        self.repairs: list[Phrase] = []

    @property
    def notes_clean(self) -> bool:
        """No note row of this board needs a repair when read."""
        return self._notes_clean

    @classmethod
    def scan(cls, conn: sqlite3.Connection) -> ReadChecks:
        """Find references to rows that do not exist (a file edited with foreign keys off)."""
        dangling: dict[tuple[str, str], set[int]] = {}
        columns: dict[tuple[str, int], str] = {}
        for table, rowid, _parent, key in conn.execute("PRAGMA foreign_key_check"):
            if (table, key) not in columns:
                for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
                    columns[(table, row[0])] = str(row[3])
            column = columns.get((table, key), "")
            dangling.setdefault((str(table), column), set()).add(int(rowid))
        bad_notes = conn.execute(_BAD_NOTES).fetchone()[0]
        checks = cls(dangling, notes_clean=bad_notes == 0)
        if any(pair not in _REFERENCES for pair in dangling):
            checks._say(
                Phrase(
                    "Some votes, cells or frames refer to notes, frames or groups that are "
                    "missing; they are shown without that link."
                )
            )
        return checks

    def _say(self, sentence: Phrase) -> None:
        if sentence not in self.repairs:
            self.repairs.append(sentence)

    def take_repairs(self) -> list[Phrase]:
        """The sentences not yet shown, once."""
        sentences, self.repairs = self.repairs, []
        return sentences

    def is_dangling(self, table: str, column: str, row_id: int) -> bool:
        found = self._dangling.get((table, column))
        return found is not None and row_id in found

    # --- notes ----------------------------------------------------------------------------
    def note(self, note: NoteData) -> NoteData:
        if self._notes_clean:
            return note
        # The fast path of every read: plain comparisons (NaN fails them; text raises
        # TypeError and takes the slow path), no calls.
        try:
            fine = (
                -MAX_COORDINATE <= note.x <= MAX_COORDINATE
                and -MAX_COORDINATE <= note.y <= MAX_COORDINATE
                and MIN_NOTE_SIZE <= note.width <= MAX_NOTE_SIZE
                and MIN_NOTE_SIZE <= note.height <= MAX_NOTE_SIZE
                and -MAX_Z <= note.z <= MAX_Z
                and note.colour in self._colours
                and type(note.text) is str
                and len(note.text) <= MAX_NOTE_TEXT
                and type(note.author) is str
                and type(note.kind) is str
                and type(note.fields) is dict
                and type(note.x) is float
                and type(note.y) is float
                and type(note.width) is float
                and type(note.height) is float
                and type(note.z) is float
            )
        except TypeError:
            fine = False
        if fine and (not self._dangling or not self._note_dangles(note)):
            return note
        if not fine and type(note.colour) is str and is_valid_colour(note.colour):
            self._colours.add(note.colour)
            return self.note(note) if self._fine_but_new_colour(note) else self._repair_note(note)
        return self._repair_note(note)

    def _fine_but_new_colour(self, note: NoteData) -> bool:
        """A row that failed only because its (valid) colour was not seen before."""
        return (
            _fine(note.x, -MAX_COORDINATE, MAX_COORDINATE)
            and _fine(note.y, -MAX_COORDINATE, MAX_COORDINATE)
            and _fine(note.width, MIN_NOTE_SIZE, MAX_NOTE_SIZE)
            and _fine(note.height, MIN_NOTE_SIZE, MAX_NOTE_SIZE)
            and _fine(note.z, -MAX_Z, MAX_Z)
            and type(note.text) is str
            and len(note.text) <= MAX_NOTE_TEXT
            and type(note.author) is str
            and type(note.kind) is str
            and type(note.fields) is dict
        )

    def _note_dangles(self, note: NoteData) -> bool:
        return bool(self._dangling) and any(
            self.is_dangling("notes", column, note.id)
            for column in ("zone_id", "group_id", "image_id")
        )

    def _repair_note(self, note: NoteData) -> NoteData:
        x, y = self._place(note.x, note.y)
        width = self._size(note.width, DEFAULT_NOTE_SIZE[0], MIN_NOTE_SIZE, MAX_NOTE_SIZE)
        height = self._size(note.height, DEFAULT_NOTE_SIZE[1], MIN_NOTE_SIZE, MAX_NOTE_SIZE)
        z = _number(note.z)
        if z is None or abs(z) > MAX_Z:
            z = 0.0
        text = as_text(note.text)
        if type(note.text) is not str:
            self._say(
                Phrase(
                    "Some note texts were stored as something other than text; they are "
                    "shown as text."
                )
            )
        if len(text) > MAX_NOTE_TEXT:
            self._say(
                Phrase(
                    "Some notes held more than {limit} characters; only the first "
                    "{limit} are shown.",
                    limit=MAX_NOTE_TEXT,
                )
            )
            text = text[:MAX_NOTE_TEXT]
        colour = (
            note.colour
            if type(note.colour) is str and is_valid_colour(note.colour)
            else DEFAULT_COLOUR
        )
        if colour is not note.colour:
            self._say(
                Phrase("Some notes had a colour that is not a colour; they are shown yellow.")
            )
        fields = note.fields if type(note.fields) is dict else {}
        refs: dict[str, Any] = {}
        for column in ("zone_id", "group_id", "image_id"):
            value = getattr(note, column)
            if value is not None and (
                type(value) is not int or self.is_dangling("notes", column, note.id)
            ):
                self._say(
                    Phrase(
                        "Some notes referred to a frame cell, group or picture that does not "
                        "exist; the reference is left out."
                    )
                )
                value = None
            refs[column] = value
        return dataclasses.replace(
            note,
            text=text,
            colour=colour,
            x=x,
            y=y,
            width=width,
            height=height,
            z=z,
            author=as_text(note.author),
            kind=as_text(note.kind) or "note",
            fields=fields,
            **refs,
        )

    def _place(self, x: object, y: object) -> tuple[float, float]:
        fx, fy = _number(x), _number(y)
        if fx is None or fy is None or abs(fx) > MAX_COORDINATE or abs(fy) > MAX_COORDINATE:
            self._say(
                Phrase(
                    "Some places in the file were not usable numbers (empty, text, infinite or far "
                    "beyond the board); those notes or frames are shown at the board's starting "
                    "point (0, 0), from where you can move them."
                )
            )
            return (
                (0.0, 0.0)
                if fx is None or fy is None
                else (
                    fx if abs(fx) <= MAX_COORDINATE else 0.0,
                    fy if abs(fy) <= MAX_COORDINATE else 0.0,
                )
            )
        return fx, fy

    def _size(self, value: object, default: float, low: float, high: float) -> float:
        number = _number(value)
        if number is None:
            self._say(
                Phrase(
                    "Some sizes in the file were not numbers; those items are shown at the usual "
                    "size."
                )
            )
            return default
        if not low <= number <= high:
            self._say(
                Phrase(
                    "Some sizes in the file were negative, tiny or huge; they are shown "
                    "between {low} and {high}.",
                    low=round(low),
                    high=round(high),
                )
            )
            return min(max(number, low), high)
        return number

    # --- frames, zones, groups --------------------------------------------------------------
    def frame(self, frame: FrameData) -> FrameData:
        if (
            _fine(frame.x, -MAX_COORDINATE, MAX_COORDINATE)
            and _fine(frame.y, -MAX_COORDINATE, MAX_COORDINATE)
            and _fine(frame.width, 1.0, MAX_FRAME_SIZE)
            and _fine(frame.height, 1.0, MAX_FRAME_SIZE)
            and _fine(frame.z, -MAX_Z, MAX_Z)
            and type(frame.title) is str
            and type(frame.template_key) is str
            and type(frame.position) is int
        ):
            return frame
        x, y = self._place(frame.x, frame.y)
        z = _number(frame.z)
        return dataclasses.replace(
            frame,
            template_key=as_text(frame.template_key),
            title=as_text(frame.title),
            x=x,
            y=y,
            width=self._size(frame.width, 1200.0, 1.0, MAX_FRAME_SIZE),
            height=self._size(frame.height, 800.0, 1.0, MAX_FRAME_SIZE),
            z=z if z is not None and abs(z) <= MAX_Z else 0.0,
            position=frame.position if type(frame.position) is int else 0,
        )

    def zone(self, zone: ZoneData) -> ZoneData:
        if (
            _fine(zone.x, -MAX_COORDINATE, MAX_COORDINATE)
            and _fine(zone.y, -MAX_COORDINATE, MAX_COORDINATE)
            and _fine(zone.width, 1.0, MAX_FRAME_SIZE)
            and _fine(zone.height, 1.0, MAX_FRAME_SIZE)
            and type(zone.title) is str
            and type(zone.prompt) is str
            and type(zone.key) is str
            and type(zone.row) is int
            and type(zone.col) is int
            and -1 <= zone.row < 1000
            and -1 <= zone.col < 1000
            and type(zone.colour) is str
            and is_valid_colour(zone.colour)
            and type(zone.data) is dict
        ):
            return zone
        x, y = self._place(zone.x, zone.y)
        row = zone.row if type(zone.row) is int and -1 <= zone.row < 1000 else 0
        col = zone.col if type(zone.col) is int and -1 <= zone.col < 1000 else 0
        if (row, col) != (zone.row, zone.col):
            self._say(
                Phrase(
                    "Some frame cells had an impossible row or column; they are shown in the first."
                )
            )
        colour = (
            zone.colour if type(zone.colour) is str and is_valid_colour(zone.colour) else "#FFFFFF"
        )
        return dataclasses.replace(
            zone,
            key=as_text(zone.key),
            title=as_text(zone.title),
            prompt=as_text(zone.prompt),
            row=row,
            col=col,
            x=x,
            y=y,
            width=self._size(zone.width, 300.0, 1.0, MAX_FRAME_SIZE),
            height=self._size(zone.height, 300.0, 1.0, MAX_FRAME_SIZE),
            colour=colour,
            data=zone.data if type(zone.data) is dict else {},
        )

    def group(self, group: GroupData) -> GroupData:
        if (
            type(group.name) is str
            and type(group.colour) is str
            and is_valid_colour(group.colour)
            and type(group.position) is int
        ):
            return group
        self._say(
            Phrase(
                "Some groups had a name or colour that could not be used; they are shown "
                "with a usable one."
            )
        )
        return dataclasses.replace(
            group,
            name=as_text(group.name),
            colour=group.colour
            if type(group.colour) is str and is_valid_colour(group.colour)
            else DEFAULT_COLOUR,
            position=group.position if type(group.position) is int else 0,
        )


def parse_json_object(value: object) -> dict[str, Any]:
    """A JSON column read as text: a mapping, or ``{}`` for anything else."""
    if isinstance(value, dict):
        return value
    if value == "{}":  # most rows: no need to ask the JSON parser
        return {}
    if isinstance(value, str | bytes):
        try:
            parsed = json.loads(value)
        except ValueError:
            return {}
        return parsed if isinstance(parsed, dict) else {}
    return {}
