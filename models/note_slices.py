"""A big board's notes read in two steps: what its first frame draws, then the rest in slices.

A board opened whole shows every note as a coloured block, which needs eight columns of each
row; the text, fields, authors and timestamps are needed only by the note items, made after
the first frame. Reading the eight columns costs a third of reading whole notes (and no
:class:`~models.records.NoteData` per note), so the first frame waits for that alone, and the
whole rows follow in slices by id, each slice a short indexed range read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from models.note_rows import note_reader
from models.note_sql import READ_COLUMNS
from models.records import NoteData

if TYPE_CHECKING:
    from models.document import BoardDocument

Block = tuple[int, str, float, float, float, float, float, str]
"""(id, colour, x, y, width, height, z, kind) of one note, as stored."""


_BLOCKS = "SELECT id, colour, x, y, width, height, z, kind FROM notes ORDER BY z, id"
_AFTER = f"SELECT {', '.join(READ_COLUMNS)} FROM notes WHERE id > ? ORDER BY id LIMIT ? OFFSET ?"
"""Parameters: after, count, offset (always 0). Both in SQL text: a board opens before
SQLAlchemy is imported (see :mod:`models.lazy_sql`)."""


def _as_block(row: Sequence[Any]) -> Block:
    return tuple(row)


def note_blocks(document: BoardDocument) -> list[Block] | None:
    """Every note's block values (bottom to top), or None when some note row needs the
    repairs a whole read makes (then the values here would not be what the items show)."""
    if not document.checks.notes_clean:
        return None
    return document.read_rows(_BLOCKS, _as_block)


class NotesAfter:
    """Whole notes by rising id, a slice at a time, sharing the values notes have in common
    across all slices (as one read of every note would)."""

    def __init__(self, document: BoardDocument) -> None:
        self._doc = document
        self._read: Callable[[Sequence[Any]], NoteData] = note_reader()
        self.last_id = 0
        """The highest id read so far."""
        self.done = False
        """No note with a higher id was there at the last read."""

    def next(self, count: int) -> list[NoteData]:
        """Up to ``count`` notes with ids above :attr:`last_id` (all of them for ``count``
        below 0), lowest first."""
        check, read = self._doc.checks.note, self._read
        found = self._doc.read_rows(
            _AFTER, lambda row: check(read(row)), (self.last_id, max(count, -1), 0)
        )
        if found:
            self.last_id = found[-1].id
        if count < 0 or len(found) < count:
            self.done = True
        return found

    def read_ids(self, ids: Sequence[int]) -> list[NoteData]:
        """These notes, out of their turn (those a view or a lookup needs first)."""
        return self._doc.notes.many(ids)
