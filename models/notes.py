"""Note operations. Each returns what undo needs: new ids, removed rows or previous values."""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    Connection,
    Text,
    bindparam,
    delete,
    func,
    insert,
    literal_column,
    select,
    type_coerce,
    update,
)

from models.clock import now_iso
from models.errors import LimitError
from models.limits import MAX_NOTE_SIZE, MAX_NOTE_TEXT, MIN_NOTE_SIZE
from models.palette import DEFAULT_COLOUR, is_valid_colour
from models.records import NOTE_FIELDS, DotData, NoteData, NotePatch
from models.schema import NoteRow
from models.value_checks import parse_json_object

if TYPE_CHECKING:
    from models.document import BoardDocument

_SELECT_ALL = select(
    NoteRow.id,
    NoteRow.text,
    NoteRow.colour,
    NoteRow.x,
    NoteRow.y,
    NoteRow.width,
    NoteRow.height,
    NoteRow.z,
    NoteRow.zone_id,
    NoteRow.group_id,
    NoteRow.author,
    NoteRow.kind,
    # Raw JSON text: most notes have no fields, and skipping the JSON type's per-row decode
    # for "{}" takes a third off reading a large board.
    type_coerce(NoteRow.fields, Text),
    NoteRow.image_id,
    NoteRow.created_at,
    NoteRow.updated_at,
    NoteRow.hidden,
    NoteRow.phone_session_id,
)
_SELECT_ONE = _SELECT_ALL.where(NoteRow.id == bindparam("nid"))
SELECT_NOTES = _SELECT_ALL
"""Every column :func:`note_from_row` reads, for queries of a subset of notes."""
_SELECT_MANY = _SELECT_ALL.where(
    NoteRow.id.in_(
        select(literal_column("value")).select_from(func.json_each(bindparam("ids", type_=Text)))
    )
)
"""Any number of notes by id in one cached statement: the ids travel as one JSON array."""
_IDS_OF_KIND = select(NoteRow.id).where(
    NoteRow.id.in_(
        select(literal_column("value")).select_from(func.json_each(bindparam("ids", type_=Text)))
    ),
    NoteRow.kind == bindparam("kind"),
)
DEFAULT_SIZE = 200.0


def clean_text(text: str) -> str:
    """Normalise to NFC (so 'ä' typed two ways is one letter) and drop NULs and stray CRs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\x00", "")
    if len(text) > MAX_NOTE_TEXT:
        raise LimitError(
            "A note can hold at most {limit} characters; this text has {n}. Split it over "
            "several notes.",
            limit=MAX_NOTE_TEXT,
            n=len(text),
        )
    return text


def _clean(patch: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(patch) - set(NOTE_FIELDS)
    if unknown:
        raise ValueError(f"unknown note fields: {sorted(unknown)}")
    values = dict(patch)
    for key in ("text", "author"):
        if key in values:
            values[key] = clean_text(str(values[key]))
    if "colour" in values and not is_valid_colour(str(values["colour"])):
        raise ValueError(f"not a colour: {values['colour']!r}")
    for key in ("x", "y", "z", "width", "height"):
        if key in values:
            number = float(values[key])
            if not math.isfinite(number):
                raise ValueError(f"{key} must be a finite number")
            values[key] = number
    for key in ("width", "height"):
        if key in values:
            values[key] = min(max(values[key], MIN_NOTE_SIZE), MAX_NOTE_SIZE)
    if "hidden" in values:
        values["hidden"] = bool(values["hidden"])
    if "fields" in values:
        fields = values["fields"]
        if not isinstance(fields, dict):
            raise ValueError("fields must be a mapping")
        values["fields"] = {str(k): clean_text(str(v)) for k, v in fields.items()}
    return values


def note_from_row(row: Sequence[Any]) -> NoteData:
    (
        note_id,
        text,
        colour,
        x,
        y,
        width,
        height,
        z,
        zone_id,
        group_id,
        author,
        kind,
        fields,
        image_id,
        created_at,
        updated_at,
        hidden,
        phone_session_id,
    ) = row
    fields = {} if fields in ("{}", "", None) else parse_json_object(fields)
    return NoteData(
        note_id,
        text,
        colour,
        x,
        y,
        width,
        height,
        z,
        zone_id,
        group_id,
        author,
        kind,
        dict(fields),
        image_id,
        created_at,
        updated_at,
        bool(hidden),
        phone_session_id,
    )


class RemovedNotes(list[NoteData]):
    """Notes as they were before :meth:`NoteStore.remove`, plus the dots that went with them."""

    dots: list[DotData]

    def __init__(self, notes: Sequence[NoteData] = ()) -> None:
        super().__init__(notes)
        self.dots = []


class NoteStore:
    """Reads and writes the ``notes`` table of one :class:`BoardDocument`."""

    def __init__(self, document: BoardDocument) -> None:
        self._doc = document

    # --- reading --------------------------------------------------------------------------
    def all(self) -> list[NoteData]:
        with self._doc.read() as conn:
            rows = conn.execute(_SELECT_ALL.order_by(NoteRow.z, NoteRow.id)).all()
        check = self._doc.checks.note
        return [check(note_from_row(row)) for row in rows]

    def get(self, note_id: int) -> NoteData | None:
        found = self.many([note_id])
        return found[0] if found else None

    def many(self, ids: Iterable[int]) -> list[NoteData]:
        wanted = list(ids)
        if len(wanted) == 1:  # the hot path of every edit: a fully cached statement
            with self._doc.read() as conn:
                row = conn.execute(_SELECT_ONE, {"nid": wanted[0]}).first()
            return [] if row is None else [self._doc.checks.note(note_from_row(row))]
        with self._doc.read() as conn:
            rows = conn.execute(_SELECT_MANY, {"ids": json.dumps(wanted)}).all()
        result = [self._doc.checks.note(note_from_row(row)) for row in rows]
        order = {note_id: index for index, note_id in enumerate(wanted)}
        result.sort(key=lambda note: order[note.id])
        return result

    def of_kind(self, ids: Iterable[int], kind: str) -> list[int]:
        """Which of these notes are of ``kind``, without reading the notes (one query)."""
        with self._doc.read() as conn:
            return [
                int(i)
                for i in conn.execute(
                    _IDS_OF_KIND, {"ids": json.dumps(list(ids)), "kind": kind}
                ).scalars()
            ]

    def count(self) -> int:
        with self._doc.read() as conn:
            return int(conn.execute(select(func.count()).select_from(NoteRow)).scalar_one())

    def top_z(self) -> float:
        with self._doc.read() as conn:
            value = conn.execute(select(func.max(NoteRow.z))).scalar()
        return float(value) if value is not None else 0.0

    # --- writing --------------------------------------------------------------------------
    def add(self, patches: Sequence[NotePatch]) -> list[int]:
        """Create notes; missing fields get defaults (yellow, 200 × 200, on top)."""
        cleaned = [_clean(cast(Mapping[str, Any], patch)) for patch in patches]
        stamp = now_iso()
        ids: list[int] = []
        with self._doc.write() as conn:
            z = self.top_z()
            rows = []
            for values in cleaned:
                z += 1.0
                rows.append(
                    {
                        "text": "",
                        "colour": DEFAULT_COLOUR,
                        "x": 0.0,
                        "y": 0.0,
                        "width": DEFAULT_SIZE,
                        "height": DEFAULT_SIZE,
                        "z": z,
                        "kind": "note",
                        "fields": {},
                        "author": "",
                        "zone_id": None,
                        "group_id": None,
                        "image_id": None,
                        "hidden": False,
                        "phone_session_id": None,
                        **values,
                        "created_at": stamp,
                        "updated_at": stamp,
                    }
                )
            ids = self._insert(conn, rows)
            self._doc.record("note", added=ids)
        return ids

    @staticmethod
    def _insert(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
        """One executemany for all rows (not one INSERT per note); rows without an id get the
        next free ones, as SQLite itself would number them. Returns the ids in row order."""
        if not rows:
            return []
        if any("id" not in row for row in rows):
            top = conn.execute(select(func.max(NoteRow.id))).scalar()
            next_id = int(top or 0) + 1
            for row in rows:
                if "id" not in row:
                    row["id"] = next_id
                    next_id += 1
        conn.execute(insert(NoteRow), rows)
        return [int(row["id"]) for row in rows]

    def restore(self, notes: Sequence[NoteData]) -> None:
        """Put removed notes back exactly as they were, ids included (undo of remove), with
        the vote dots they carried when ``notes`` came from :meth:`remove`."""
        with self._doc.write() as conn:
            rows = [
                {
                    **{name: getattr(note, name) for name in ("id", *NOTE_FIELDS)},
                    "created_at": note.created_at,
                    "updated_at": note.updated_at,
                }
                for note in notes
            ]
            self._insert(conn, rows)
            self._doc.record("note", added=[note.id for note in notes])
            dots = getattr(notes, "dots", ())
            if dots:
                self._doc.votes.restore_dots(dots)

    def remove(self, ids: Sequence[int]) -> RemovedNotes:
        """Delete notes (their vote dots go with them); returns both, for :meth:`restore`."""
        removed = RemovedNotes(self.many(ids))
        with self._doc.write() as conn:
            removed.dots = self._doc.votes.dots_on(ids)
            for start in range(0, len(ids), 500):
                conn.execute(delete(NoteRow).where(NoteRow.id.in_(ids[start : start + 500])))
            self._doc.record("note", removed=[note.id for note in removed])
            if removed.dots:
                self._doc.record("dot", removed=[dot.id for dot in removed.dots])
        return removed

    def update(self, patches: Mapping[int, NotePatch]) -> dict[int, NotePatch]:
        """Change some columns of some notes; returns the previous values of those columns."""
        cleaned = {nid: _clean(cast(Mapping[str, Any], p)) for nid, p in patches.items() if p}
        if not cleaned:
            return {}
        previous: dict[int, NotePatch] = {}
        stamp = now_iso()
        with self._doc.write() as conn:
            batches: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for note in self.many(cleaned):
                values = cleaned[note.id]
                previous[note.id] = cast(NotePatch, {k: getattr(note, k) for k in values})
                keys = tuple(sorted(values))
                batches.setdefault(keys, []).append(
                    {"b_id": note.id, **{f"b_{k}": values[k] for k in keys}}
                )
            for keys, params in batches.items():
                self._update_many(conn, keys, params, stamp)
            self._doc.record("note", updated=list(previous))
        return previous

    @staticmethod
    def _update_many(
        conn: Connection, keys: tuple[str, ...], params: list[dict[str, Any]], stamp: str
    ) -> None:
        """Notes that change the same columns share one statement, run for all of them."""
        if len(params) == 1:
            values = {k: params[0][f"b_{k}"] for k in keys}
            conn.execute(
                update(NoteRow)
                .where(NoteRow.id == params[0]["b_id"])
                .values(**values, updated_at=stamp)
            )
            return
        statement = (
            update(NoteRow)
            .where(NoteRow.id == bindparam("b_id"))
            .values({**{k: bindparam(f"b_{k}") for k in keys}, "updated_at": stamp})
        )
        conn.execute(statement, params)
