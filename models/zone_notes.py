"""Which zones hold notes, and where some notes are now, read without reading the notes.

The projector lists a cell as a stop only when it holds notes, and after a change it needs
the zones of the changed notes only; both are answered from the ``ix_notes_zone`` index.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import Text, bindparam, func, literal_column, select

from models.schema import NoteRow

if TYPE_CHECKING:
    from models.document import BoardDocument

_OCCUPIED = select(NoteRow.c.zone_id).where(NoteRow.c.zone_id.is_not(None)).distinct()
_ZONES_OF = select(NoteRow.c.id, NoteRow.c.zone_id).where(
    NoteRow.c.id.in_(
        select(literal_column("value")).select_from(func.json_each(bindparam("ids", type_=Text)))
    )
)
"""The ids travel as one JSON array (as :mod:`models.notes` reads many notes)."""


def occupied_zones(document: BoardDocument) -> frozenset[int]:
    """Every zone that holds at least one note (one query on the zone index)."""
    with document.read() as conn:
        return frozenset(
            int(zone) for zone in conn.execute(_OCCUPIED).scalars() if zone is not None
        )


def zones_of(document: BoardDocument, note_ids: Iterable[int]) -> dict[int, int | None]:
    """The zone of each of these notes that still exists (one query)."""
    wanted = list(note_ids)
    if not wanted:
        return {}
    with document.read() as conn:
        rows = conn.execute(_ZONES_OF, {"ids": json.dumps(wanted)}).all()
    return {int(row[0]): (None if row[1] is None else int(row[1])) for row in rows}
