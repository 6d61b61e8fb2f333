"""Writing rows that come from outside (an imported JSON or CSV file) into an open board.

Importers check everything first and then call this inside one ``doc.write()``; it inserts
with or without the file's ids, fills in missing timestamps and tells the document's
listeners what was added, exactly as the stores' own operations do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import func, insert, select, update

from models.clock import now_iso
from models.records import Entity
from models.schema import (
    Base,
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

TABLES: Final[dict[Entity, type[Base]]] = {
    "group": GroupRow, "frame": FrameRow, "zone": ZoneRow, "image": ImageRow, "note": NoteRow,
    "vote": VoteRow, "dot": DotRow,
}
_STAMPS: Final[dict[Entity, tuple[str, ...]]] = {
    "frame": ("created_at",), "image": ("created_at",), "note": ("created_at", "updated_at"),
    "vote": ("started_at",), "dot": ("created_at",),
}


class RowWriter:
    def __init__(self, doc: BoardDocument) -> None:
        self._doc = doc

    def board_is_empty(self) -> bool:
        """No groups, frames, notes, images or votes: a board fresh from ``create``."""
        with self._doc.read() as conn:
            return all(
                conn.execute(select(func.count()).select_from(table)).scalar_one() == 0
                for table in (GroupRow, FrameRow, NoteRow, ImageRow, VoteRow))

    def top(self, column: Any) -> float:
        with self._doc.read() as conn:
            value = conn.execute(select(func.max(column))).scalar()
        return float(value) if value is not None else 0.0

    def update_board(self, values: Mapping[str, str]) -> None:
        if not values:
            return
        with self._doc.write() as conn:
            conn.execute(update(BoardRow).where(BoardRow.id == 1)
                         .values(**values, updated_at=now_iso()))
            self._doc.record("board", updated=[1])

    def insert(self, entity: Entity, rows: Iterable[Mapping[str, Any]], keep_ids: bool
               ) -> dict[int, int]:
        """Insert rows of ``entity``; returns file id → board id."""
        table = TABLES[entity]
        stamp = now_iso()
        ids: dict[int, int] = {}
        prepared: list[dict[str, Any]] = []
        for row in rows:
            values = dict(row)
            old = int(values.pop("id"))
            for name in _STAMPS.get(entity, ()):
                if not values.get(name):
                    values[name] = stamp
            if keep_ids:
                values["id"] = old
                ids[old] = old
            prepared.append(values | {"_old": old})
        with self._doc.write() as conn:
            if keep_ids and prepared:
                conn.execute(insert(table), [_without_old(v) for v in prepared])
            else:
                for values in prepared:
                    key = conn.execute(insert(table).values(**_without_old(values))
                                       ).inserted_primary_key
                    assert key is not None
                    ids[int(values["_old"])] = int(key[0])
            if ids:
                self._doc.record(entity, added=list(ids.values()))
        return ids


def _without_old(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if key != "_old"}
