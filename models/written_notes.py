"""Notes a bulk write has just put in the file, handed to the reads that follow it.

After a paste, a duplicate or an undone delete of 5,000 notes, every listener (first the scene)
reads the added notes back: a sixth of the whole operation, for rows the store has only just
written. The store keeps what it wrote whole (an ``add`` builds the rows, a ``restore`` gets
them) and :meth:`models.notes.NoteStore.many` serves those instead of reading them again.

They are exactly what a read would give only while nothing else changed them, so the document
drops a note from here whenever any operation records it as removed, or updated without the
new values (with them, the note kept takes them), and drops
everything when a transaction is rolled back (see ``BoardDocument.record`` and ``_recover``).
Only the last bulk write is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from models.records import NoteData, patched_note


def as_read(note: NoteData) -> bool:
    """Whether a read of the row just inserted from this note gives this very note: not
    where the database would convert a value (an id that is not a plain int), which is
    then read back instead."""
    for value in (note.zone_id, note.group_id, note.image_id, note.phone_session_id):
        if value is not None and type(value) is not int:
            return False
    return type(note.hidden) is bool and type(note.kind) is str


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

    def patch(self, ids: Iterable[int], values: Mapping[int, Mapping[str, Any]] | None) -> None:
        """These notes had some columns changed to ``values`` (as stored, see
        :attr:`models.records.Change.values`): kept with them, or forgotten where a note has
        none (a duplicate settling into its cells then needs no read)."""
        if not self._notes:
            return
        notes = self._notes
        for note_id in ids:
            note = notes.get(note_id)
            if note is not None:
                new = values.get(note_id) if values is not None else None
                if new is None:
                    del notes[note_id]
                else:
                    notes[note_id] = patched_note(note, new)

    def clear(self) -> None:
        self._notes = {}

    def get(self, note_id: int) -> NoteData | None:
        return self._notes.get(note_id)

    def __bool__(self) -> bool:
        return bool(self._notes)
