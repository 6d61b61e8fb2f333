"""Which zones hold notes, and where some notes are now, read without reading the notes.

The projector lists a cell as a stop only when it holds notes, and after a change it needs
the zones of the changed notes only; both are answered from the ``ix_notes_zone`` index.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from models.lazy_sql import sa, tables

if TYPE_CHECKING:
    from models.document import BoardDocument


@cache
def _occupied() -> Any:
    return (
        sa.select(tables.NoteRow.c.zone_id).where(tables.NoteRow.c.zone_id.is_not(None)).distinct()
    )


@cache
def _zones_of() -> Any:
    """The ids travel as one JSON array (as :mod:`models.notes` reads many notes)."""
    return sa.select(tables.NoteRow.c.id, tables.NoteRow.c.zone_id).where(
        tables.NoteRow.c.id.in_(
            sa.select(sa.literal_column("value")).select_from(
                sa.func.json_each(sa.bindparam("ids", type_=sa.Text))
            )
        )
    )


def occupied_zones(document: BoardDocument) -> frozenset[int]:
    """Every zone that holds at least one note (one query on the zone index)."""
    with document.read() as conn:
        return frozenset(
            int(zone) for zone in conn.execute(_occupied()).scalars() if zone is not None
        )


def zones_of(document: BoardDocument, note_ids: Iterable[int]) -> dict[int, int | None]:
    """The zone of each of these notes that still exists (one query)."""
    wanted = list(note_ids)
    if not wanted:
        return {}
    with document.read() as conn:
        rows = conn.execute(_zones_of(), {"ids": json.dumps(wanted)}).all()
    return {int(row[0]): (None if row[1] is None else int(row[1])) for row in rows}
