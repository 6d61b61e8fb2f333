"""Note rows as the file holds them, made into :class:`~models.records.NoteData`: the columns
every read of notes selects, in one order, and the readers of those rows (one note, or the
many notes of a board with the values they share kept once)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from models import note_sql
from models.lazy_sql import sa, tables
from models.records import NoteData
from models.value_checks import parse_json_object


@cache
def select_notes() -> Any:
    """Every column :func:`note_from_row` reads, for queries of a subset of notes."""
    return sa.select(
        tables.NoteRow.c.id,
        tables.NoteRow.c.text,
        tables.NoteRow.c.colour,
        tables.NoteRow.c.x,
        tables.NoteRow.c.y,
        tables.NoteRow.c.width,
        tables.NoteRow.c.height,
        tables.NoteRow.c.z,
        tables.NoteRow.c.zone_id,
        tables.NoteRow.c.group_id,
        tables.NoteRow.c.author,
        tables.NoteRow.c.kind,
        # Raw JSON text: most notes have no fields, and skipping the JSON type's per-row decode
        # for "{}" takes a third off reading a large board.
        sa.type_coerce(tables.NoteRow.c.fields, sa.Text),
        tables.NoteRow.c.image_id,
        tables.NoteRow.c.created_at,
        tables.NoteRow.c.updated_at,
        tables.NoteRow.c.hidden,
        tables.NoteRow.c.phone_session_id,
    )


NOTES_BY_Z = f"SELECT {', '.join(note_sql.READ_COLUMNS)} FROM notes ORDER BY z, id"
"""Every note in drawing order (the columns of :func:`select_notes`), in SQL text: opening a
board reads them before SQLAlchemy is imported (see :mod:`models.lazy_sql`)."""


_FIELDS_AT = 12
"""Where ``fields`` is among the selected columns (the one column a read must decode)."""
_HIDDEN_AT = 16
"""Where ``hidden`` is: SQLite stores 0 or 1, which the driver alone does not make a bool."""


def note_from_row(row: Sequence[Any]) -> NoteData:
    """A note from the columns of :func:`select_notes`, in that order."""
    fields = row[_FIELDS_AT]
    fields = {} if fields in ("{}", "", None) else dict(parse_json_object(fields))
    return NoteData(  # type: ignore[call-arg]
        *row[:_FIELDS_AT],
        fields,
        *row[_FIELDS_AT + 1 : _HIDDEN_AT],
        bool(row[_HIDDEN_AT]),
        *row[_HIDDEN_AT + 1 :],
    )


def note_reader() -> Callable[[Sequence[Any]], NoteData]:
    """:func:`note_from_row` for the rows of one read of many notes, with the values that
    notes have in common kept as one object each.

    The driver makes a new object for every value of every row: reading 20,000 notes makes
    20,000 copies of the same few colours, kinds and note sizes, of the places a grid of notes
    takes and of the timestamps a paste or an import gave all its notes, about 400 bytes a
    note held for as long as the board is open. Each column has its own table of the values
    seen, so an integer and a float that compare equal never stand for each other."""
    colour: dict[Any, Any] = {}
    xs: dict[Any, Any] = {}
    ys: dict[Any, Any] = {}
    sizes: dict[Any, Any] = {}
    zones: dict[Any, Any] = {}
    kinds: dict[Any, Any] = {}
    stamps: dict[Any, Any] = {}
    c, x, y, s, zn = (
        colour.setdefault,
        xs.setdefault,
        ys.setdefault,
        sizes.setdefault,
        zones.setdefault,
    )
    k, t = kinds.setdefault, stamps.setdefault

    def read(row: Sequence[Any]) -> NoteData:
        fields = row[12]
        return NoteData(
            row[0],
            row[1],
            c(row[2], row[2]),
            x(row[3], row[3]),
            y(row[4], row[4]),
            s(row[5], row[5]),
            s(row[6], row[6]),
            row[7],
            zn(row[8], row[8]),
            row[9],
            row[10],
            k(row[11], row[11]),
            {} if fields in ("{}", "", None) else dict(parse_json_object(fields)),
            row[13],
            t(row[14], row[14]),
            t(row[15], row[15]),
            bool(row[16]),
            row[17],
        )

    return read


def __getattr__(name: str) -> Any:
    """The statement parts other modules import as constants, built when first asked for
    (see :mod:`models.lazy_sql`)."""
    built = {"SELECT_NOTES": select_notes}.get(name)
    if built is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return built()
