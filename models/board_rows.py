"""Writing rows that come from outside (an imported JSON or CSV file) into an open board.

Importers check everything first and then call this inside one ``doc.write()``; it inserts
with or without the file's ids, fills in missing timestamps and tells the document's
listeners what was added, exactly as the stores' own operations do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Table, func, insert, select, update

from models.clock import now_iso
from models.records import Entity
from models.schema import (
    BoardRow,
    DotRow,
    FrameRow,
    GroupRow,
    ImageRow,
    NoteRow,
    VoteRow,
    ZoneRow,
)

if TYPE_CHECKING:
    from models.document import BoardDocument

TABLES: Final[dict[Entity, Table]] = {
    "group": GroupRow,
    "frame": FrameRow,
    "zone": ZoneRow,
    "image": ImageRow,
    "note": NoteRow,
    "vote": VoteRow,
    "dot": DotRow,
}
_STAMPS: Final[dict[Entity, tuple[str, ...]]] = {
    "frame": ("created_at",),
    "image": ("created_at",),
    "note": ("created_at", "updated_at"),
    "vote": ("started_at",),
    "dot": ("created_at",),
}


class RowWriter:
    def __init__(self, doc: BoardDocument) -> None:
        self._doc = doc

    def board_is_empty(self) -> bool:
        """No groups, frames, notes, images or votes: a board fresh from ``create``."""
        with self._doc.read() as conn:
            return all(
                conn.execute(select(func.count()).select_from(table)).scalar_one() == 0
                for table in (GroupRow, FrameRow, NoteRow, ImageRow, VoteRow)
            )

    def top(self, column: Any) -> float:
        with self._doc.read() as conn:
            value = conn.execute(select(func.max(column))).scalar()
        return float(value) if value is not None else 0.0

    def update_board(self, values: Mapping[str, str]) -> None:
        if not values:
            return
        with self._doc.write() as conn:
            conn.execute(
                update(BoardRow).where(BoardRow.c.id == 1).values(**values, updated_at=now_iso())
            )
            self._doc.record("board", updated=[1])

    def insert(
        self, entity: Entity, rows: Iterable[Mapping[str, Any]], keep_ids: bool
    ) -> dict[int, int]:
        """Insert rows of ``entity`` in one statement; returns file id → board id.

        New ids continue after the table's largest (we are inside the only writer's
        transaction), so even thousands of rows go in as one bulk insert."""
        table = TABLES[entity]
        stamp = now_iso()
        prepared = [dict(row) for row in rows]
        if not prepared:
            return {}
        with self._doc.write() as conn:
            largest = select(func.max(table.c.id))
            next_id = 1 if keep_ids else int(conn.execute(largest).scalar() or 0) + 1
            ids: dict[int, int] = {}
            for offset, values in enumerate(prepared):
                old = int(values.pop("id"))
                ids[old] = old if keep_ids else next_id + offset
                values["id"] = ids[old]
                for name in _STAMPS.get(entity, ()):
                    if not values.get(name):
                        values[name] = stamp
            conn.execute(insert(table), prepared)
            self._doc.record(entity, added=list(ids.values()))
        return ids
