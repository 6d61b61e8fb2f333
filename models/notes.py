"""Note operations. Each returns what undo needs: new ids, removed rows or previous values."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, cast

from models import note_bulk, note_sql
from models.clock import now_iso
from models.lazy_sql import sa, tables
from models.membership import settled
from models.note_rows import NOTES_BY_Z, note_from_row, note_reader
from models.note_values import (
    DEFAULT_SIZE,
    as_stored,
    clean_patch,
    cleaned_patches,
    patches_as_read,
)
from models.palette import DEFAULT_COLOUR
from models.records import NOTE_FIELD_NAMES, DotData, NoteData, NotePatch
from models.written_notes import WrittenNotes, as_read

if TYPE_CHECKING:
    from models.document import BoardDocument


@cache
def _ids_of_kind() -> Any:
    return sa.select(tables.NoteRow.c.id).where(
        tables.NoteRow.c.id.in_(
            sa.select(sa.literal_column("value")).select_from(
                sa.func.json_each(sa.bindparam("ids", type_=sa.Text))
            )
        ),
        tables.NoteRow.c.kind == sa.bindparam("kind"),
    )


_NEW_NOTE: dict[str, Any] = {
    "text": "",
    "colour": DEFAULT_COLOUR,
    "x": 0.0,
    "y": 0.0,
    "width": DEFAULT_SIZE,
    "height": DEFAULT_SIZE,
    "kind": "note",
    "fields": {},
    "author": "",
    "zone_id": None,
    "group_id": None,
    "image_id": None,
    "hidden": False,
    "phone_session_id": None,
}
"""What a new note holds where its patch says nothing (``z`` comes from the board)."""
_NOTE_ATTRS = frozenset(NOTE_FIELD_NAMES)
_STORED = attrgetter(*note_sql.ROW_COLUMNS)
"""A note's stored values as one tuple (in C, not a Python loop per column)."""


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
        self.written = WrittenNotes()
        """The notes of the last bulk add or restore while they equal the file: the reads
        right after it (every listener's) take them from here (see :mod:`written_notes`)."""
        self._columns_read: tuple[tuple[str, ...], dict[int, tuple[Any, ...]]] | None = None
        """The last :meth:`columns` read inside a write, until any note is written: a move
        reads its notes' places to find their cells, then the same places as its undo's."""
        self._known: dict[int, NoteData] | None = None
        """Whole notes as the file holds them (:meth:`known`), until any note is written."""

    def known(self, notes: Sequence[NoteData]) -> None:
        """Notes as the file holds them now, which the caller has anyway (the scene's rows of
        5,000 dragged notes): the reads of their columns in this write take them from here
        instead of the file, until a note is written (see :meth:`columns`)."""
        if self._doc.writing and notes:
            # The rows themselves: a read takes only the columns it asks for from them.
            self._columns_read = None
            self._known = {note.id: note for note in notes}

    def forget_reads(self) -> None:
        """A note was written (or a transaction began or ended): :meth:`columns` reads."""
        self._columns_read = None
        self._known = None

    # --- reading --------------------------------------------------------------------------
    def all(self) -> list[NoteData]:
        check = self._doc.checks.note
        read = note_reader()
        return self._doc.read_rows(NOTES_BY_Z, lambda row: check(read(row)))

    def get(self, note_id: int) -> NoteData | None:
        found = self.many([note_id])
        return found[0] if found else None

    def many(self, ids: Iterable[int]) -> list[NoteData]:
        wanted = list(ids)
        if not wanted:  # no card among a moved note and its neighbours: no query at all
            return []
        check = self._doc.checks.note
        if len(wanted) == 1:  # the hot path of every edit: a fully cached statement
            return self._doc.read_rows(
                note_sql.SELECT_ONE, lambda row: check(note_from_row(row)), (wanted[0],)
            )
        written = self.written
        kept: list[NoteData] = []
        if written:
            missing = []
            # Each note once, in the order the query's result is sorted into below.
            for note_id in list(dict.fromkeys(reversed(wanted)))[::-1]:
                note = written.get(note_id)
                if note is None:
                    missing.append(note_id)
                else:
                    kept.append(check(note))
            if not missing:
                return kept
            wanted_order, wanted = wanted, missing
        else:
            wanted_order = wanted
        result = self._doc.read_rows(
            note_sql.SELECT_MANY, lambda row: check(note_from_row(row)), (json.dumps(wanted),)
        )
        if kept:
            result.extend(kept)
        order = {note_id: index for index, note_id in enumerate(wanted_order)}
        result.sort(key=lambda note: order[note.id])
        return result

    def columns(self, ids: Iterable[int], names: Sequence[str]) -> dict[int, tuple[Any, ...]]:
        """Some columns of some notes by id, as :meth:`many` would give them, for bulk
        operations that need a few values of thousands of notes. Only those columns are read,
        unless the board has rows that reads repair: then whole notes, so what an operation
        sees (and an undo puts back) is what the screen shows."""
        wanted = list(ids)
        if len(wanted) == 1 or not self._doc.checks.notes_clean:
            return {n.id: tuple(getattr(n, k) for k in names) for n in self.many(wanted)}
        found: dict[int, tuple[Any, ...]] = {}
        if self.written:  # just written (a paste settling into cells): nothing to read
            get = attrgetter(*names, "id")  # a tuple even for one name
            missing = []
            for note_id in wanted:
                note = self.written.get(note_id)
                if note is None:
                    missing.append(note_id)
                else:
                    found[note_id] = get(note)[:-1]
            if not missing:
                return found
            wanted = missing
        kept = self._kept_columns(wanted, names)
        if kept is not None:
            found.update(kept)
            return found
        with self._doc.read() as conn:
            found.update(note_sql.read_columns(conn, wanted, names))
        if self._doc.writing:
            self._columns_read = (tuple(names), found)
        return found

    def _kept_columns(
        self, wanted: Sequence[int], names: Sequence[str]
    ) -> dict[int, tuple[Any, ...]] | None:
        """``names`` of ``wanted`` from the last read inside this write, or from the notes
        the caller knew (:meth:`known`), if it had them all."""
        if not self._doc.writing:
            return None
        known = self._known
        if (
            known is not None
            and _NOTE_ATTRS.issuperset(names)
            and all(map(known.__contains__, wanted))
        ):
            get = attrgetter(*names)
            if len(names) == 1:
                return {i: (get(known[i]),) for i in wanted}
            return {i: get(known[i]) for i in wanted}
        if self._columns_read is None:
            return None
        read_names, rows = self._columns_read
        if not set(names) <= set(read_names) or not all(i in rows for i in wanted):
            return None
        at = [read_names.index(name) for name in names]
        if len(at) == 1:
            one = at[0]
            return {i: (rows[i][one],) for i in wanted}
        pick = itemgetter(*at)
        return {i: pick(rows[i]) for i in wanted}

    def of_kind(self, ids: Iterable[int], kind: str) -> list[int]:
        """Which of these notes are of ``kind``, without reading the notes (one query)."""
        wanted = list(ids)
        if not wanted:  # a move that changed no cell: no query
            return []
        with self._doc.read() as conn:
            return [
                int(i)
                for i in conn.execute(
                    _ids_of_kind(), {"ids": json.dumps(wanted), "kind": kind}
                ).scalars()
            ]

    def count(self) -> int:
        return int(self._doc.read_rows("SELECT count(*) FROM notes", itemgetter(0))[0])

    def top_z(self) -> float:
        with self._doc.read() as conn:
            value = conn.execute(sa.select(sa.func.max(tables.NoteRow.c.z))).scalar()
        return float(value) if value is not None else 0.0

    # --- writing --------------------------------------------------------------------------
    def add(self, patches: Sequence[NotePatch]) -> list[int]:
        """Create notes; missing fields get defaults (yellow, 200 × 200, on top)."""
        cleaned = [clean_patch(cast(Mapping[str, Any], patch)) for patch in patches]
        stamp = now_iso()
        with self._doc.write() as conn:
            z = self.top_z()
            next_id = self._next_id(conn)
            notes: list[NoteData] = []
            for values in cleaned:
                z += 1.0
                row = {**_NEW_NOTE, "z": z, **values}
                fields = row["fields"]
                row["fields"] = dict(fields) if fields else {}  # never the default's dict
                notes.append(NoteData(id=next_id, created_at=stamp, updated_at=stamp, **row))
                next_id += 1
            note_sql.insert_rows(conn, [_STORED(note) for note in notes])
            ids = [note.id for note in notes]
            self._doc.record("note", added=ids)
            self.written.keep(note for note in notes if as_read(note))
        return ids

    def add_copies(
        self,
        notes: Sequence[NoteData],
        places: Sequence[tuple[float, float]],
        settle: bool = False,
    ) -> list[int]:
        """New notes on top, copies of ``notes`` at ``places`` (see :func:`note_bulk.copies`);
        with ``settle``, each in the cell under its centre (:func:`membership.settled`)."""
        stamp = now_iso()
        with self._doc.write() as conn:
            copies = note_bulk.copies(notes, places, self._next_id(conn), self.top_z(), stamp)
            if settle:
                copies = settled(self._doc, copies)
            note_sql.insert_rows(conn, [_STORED(note) for note in copies])
            ids = [note.id for note in copies]
            self._doc.record("note", added=ids)
            self.written.keep(note for note in copies if as_read(note))
        return ids

    @staticmethod
    def _next_id(conn: sa.Connection) -> int:
        """The id SQLite would give the next new note (one more than the largest)."""
        top = conn.execute(sa.select(sa.func.max(tables.NoteRow.c.id))).scalar()
        return int(top or 0) + 1

    def restore(self, notes: Sequence[NoteData]) -> None:
        """Put removed notes back exactly as they were, ids included (undo of remove), with
        the vote dots they carried when ``notes`` came from :meth:`remove`."""
        with self._doc.write() as conn:
            note_sql.insert_rows(
                conn,
                [_STORED(note) for note in notes],
            )
            self._doc.record("note", added=[note.id for note in notes])
            self.written.keep(notes)
            dots = getattr(notes, "dots", ())
            if dots:
                self._doc.votes.restore_dots(dots)

    def remove(self, ids: Sequence[int], known: Sequence[NoteData] = ()) -> RemovedNotes:
        """Delete notes and their vote dots; returns both, for :meth:`restore`. ``known``:
        these notes as the file holds them now (the scene's rows, just taken), so they are
        not read while they are deleted."""
        wanted = list(dict.fromkeys(ids))
        kept = {note.id: note for note in known} if known else {}
        if kept and all(map(kept.__contains__, wanted)):
            removed = RemovedNotes([kept[note_id] for note_id in wanted])
            returning = False
        else:
            returning = (
                note_sql.RETURNING and len(wanted) > 1 and not all(map(self.written.get, wanted))
            )
            removed = RemovedNotes([] if returning else self.many(wanted))
        with self._doc.write() as conn:
            removed.dots = self._doc.votes.dots_on(wanted)
            if returning:
                check, rows = self._doc.checks.note, note_sql.delete_returning(conn, wanted)
                removed.extend(note_bulk.in_order(rows, wanted, lambda r: check(note_from_row(r))))
            else:
                note_sql.delete_ids(conn, [note.id for note in removed])
            self._doc.record("note", removed=[note.id for note in removed])
            if removed.dots:
                self._doc.record("dot", removed=[dot.id for dot in removed.dots])
        return removed

    def update(
        self, patches: Mapping[int, NotePatch], keep: bool = True, stored: bool = False
    ) -> dict[int, NotePatch]:
        """Change columns of notes; returns their previous values (read only if ``keep``).
        ``stored``: the values are as this store gave them (an undo putting back what
        :meth:`update` returned), so they are not checked again."""
        cleaned = patches_as_read(patches) if stored else cleaned_patches(patches)
        if not cleaned:
            return {}
        previous: dict[int, NotePatch] = {}
        stamp = now_iso()
        with self._doc.write() as conn:
            batches: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
            found = self._previous(cleaned) if keep else None
            for note_id in cleaned if found is None else found:
                values = cleaned[note_id]
                batches.setdefault(tuple(values), []).append((*values.values(), note_id))
            written = 0
            for keys, rows in batches.items():
                written += note_sql.update_rows(conn, keys, rows, stamp)
            if found is not None:
                previous = cast(dict[int, NotePatch], found)
                updated = list(found)
            elif written == len(cleaned):  # nothing to keep and every note was there
                updated = list(cleaned)
            else:  # some are gone: those written are the ones still there
                updated = list(note_sql.existing(conn, list(cleaned)))
            for values in cleaned.values():  # what listeners take instead of reading back
                values["updated_at"] = stamp
            exact = cleaned if stored else {nid: v for nid, v in cleaned.items() if as_stored(v)}
            self._doc.record("note", updated=updated, values=exact)
        return previous if keep else {}

    def _previous(self, cleaned: Mapping[int, Mapping[str, Any]]) -> dict[int, dict[str, Any]]:
        """The current values of the columns about to change, of the notes that exist."""
        names = sorted({key for values in cleaned.values() for key in values})
        found = self.columns(cleaned, names)
        at = {name: index for index, name in enumerate(names)}
        return {
            note_id: {k: row[at[k]] for k in cleaned[note_id]}
            for note_id in cleaned
            if (row := found.get(note_id)) is not None
        }
