"""Notes a bulk write has just put in the file, handed to the reads that follow it.

After a paste, a duplicate or an undone delete of 5,000 notes, every listener (first the scene)
reads the added notes back: a sixth of the whole operation, for rows the store has only just
written. The store keeps what it wrote whole (an ``add`` builds the rows, a ``restore`` gets
them) and :meth:`models.notes.NoteStore.many` serves those instead of reading them again.

They are exactly what a read would give only while nothing else changed them, so the document
drops a note from here whenever any operation records it as updated or removed, and drops
everything when a transaction is rolled back (see ``BoardDocument.record`` and ``_recover``).
Only the last bulk write is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

from models.note_sql import ROW_COLUMNS
from models.records import NoteData

_ORDER = tuple(ROW_COLUMNS.index(f.name) for f in fields(NoteData))
"""Where each of :class:`NoteData`'s fields is in a stored row (:data:`ROW_COLUMNS`)."""
_FIELDS_AT = ROW_COLUMNS.index("fields")
_IDS_AT = tuple(ROW_COLUMNS.index(name) for name in ("zone_id", "group_id", "image_id"))
_SESSION_AT = ROW_COLUMNS.index("phone_session_id")
_HIDDEN_AT = ROW_COLUMNS.index("hidden")


def note_of_row(row: Sequence[Any]) -> NoteData | None:
    """The note a read of this just-inserted row (:data:`ROW_COLUMNS` order) would give, or
    None where the database would convert a value (an id that is not a plain int): that
    row is read back instead."""
    for at in (*_IDS_AT, _SESSION_AT):
        value = row[at]
        if value is not None and type(value) is not int:
            return None
    if type(row[_HIDDEN_AT]) is not bool:
        return None
    values = [row[at] for at in _ORDER]
    note = NoteData(*values)
    note.fields = dict(row[_FIELDS_AT]) if row[_FIELDS_AT] else {}
    return note


class WrittenNotes:
    """The notes of the last bulk write, by id, while they equal the file."""

    def __init__(self) -> None:
        self._notes: dict[int, NoteData] = {}

    def keep(self, notes: Iterable[NoteData]) -> None:
        """These notes were just written whole (replacing what was kept before)."""
        self._notes = {note.id: note for note in notes}

    def forget(self, ids: Iterable[int]) -> None:
        """These notes changed or went: read them from the file again."""
        if self._notes:
            pop = self._notes.pop
            for note_id in ids:
                pop(note_id, None)

    def clear(self) -> None:
        self._notes = {}

    def get(self, note_id: int) -> NoteData | None:
        return self._notes.get(note_id)

    def __bool__(self) -> bool:
        return bool(self._notes)
