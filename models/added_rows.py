"""Undo for bulk additions (an imported CSV): which rows a step added, and taking them back.

An import may add notes, frames, zones, groups and dots in one transaction. Rather than
teach every importer its own inverse, the undo step compares row ids before and after, keeps
the added rows whole, and deletes or re-inserts exactly those rows with the same ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import delete, select

from models.board_rows import TABLES, RowWriter
from models.records import Entity

if TYPE_CHECKING:
    from models.document import BoardDocument

INSERT_ORDER: Final[tuple[Entity, ...]] = (
    "group",
    "image",
    "frame",
    "zone",
    "vote",
    "note",
    "dot",
)
"""Parents before children, so foreign keys hold at every insert (and reversed for deletes)."""

RowIds = dict[Entity, frozenset[int]]


@dataclass(frozen=True)
class AddedRows:
    rows: dict[Entity, list[dict[str, Any]]]

    def ids(self, entity: Entity) -> list[int]:
        return [int(row["id"]) for row in self.rows.get(entity, [])]


def row_ids(doc: BoardDocument) -> RowIds:
    with doc.read() as conn:
        return {
            entity: frozenset(int(i) for i in conn.execute(select(TABLES[entity].c.id)).scalars())
            for entity in INSERT_ORDER
        }


def added_since(doc: BoardDocument, before: RowIds) -> AddedRows:
    """Every row whose id was not there in ``before``, with all its columns."""
    rows: dict[Entity, list[dict[str, Any]]] = {}
    now = row_ids(doc)
    with doc.read() as conn:
        for entity in INSERT_ORDER:
            new = sorted(now[entity] - before[entity])
            if not new:
                continue
            table = TABLES[entity]
            found = conn.execute(select(table).where(table.c.id.in_(new))).mappings().all()
            rows[entity] = [dict(row) for row in found]
    return AddedRows(rows)


def take_back(doc: BoardDocument, added: AddedRows) -> None:
    with doc.write() as conn:
        for entity in reversed(INSERT_ORDER):
            ids = added.ids(entity)
            if ids:
                table = TABLES[entity]
                conn.execute(delete(table).where(table.c.id.in_(ids)))
                doc.record(entity, removed=ids)


def put_back(doc: BoardDocument, added: AddedRows) -> None:
    writer = RowWriter(doc)
    with doc.write():
        for entity in INSERT_ORDER:
            if added.rows.get(entity):
                writer.insert(entity, added.rows[entity], keep_ids=True)
