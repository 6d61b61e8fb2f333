"""What one transaction changed, kept for the listeners until it commits.

A :class:`ChangeLog` collects the ids each operation added, updated or removed, entity by
entity, and for notes the new values of the columns an update wrote, so listeners need not
read back what they were just told. :meth:`ChangeLog.take` turns it into the
:class:`~models.records.Change` list the document announces after a commit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from models.records import Change, Entity


class ChangeLog:
    """The changes of the transaction under way (empty between transactions)."""

    def __init__(self) -> None:
        self._ids: dict[Entity, tuple[set[int], set[int], set[int]]] = {}
        self._patched: dict[int, Mapping[str, Any]] = {}
        """Notes the transaction changed only column by column: the new values."""
        self._unpatched: set[int] = set()
        """Notes the transaction added, removed or rewrote otherwise."""

    def clear(self) -> None:
        self._ids.clear()
        self._patched = {}
        self._unpatched.clear()

    def record(
        self,
        entity: Entity,
        added: Sequence[int],
        updated: Sequence[int],
        removed: Sequence[int],
        values: Mapping[int, Mapping[str, Any]] | None,
    ) -> None:
        """Note one operation's ids, in the order the operations ran: a row added and removed
        again is never announced, and one removed and put back is an update."""
        a, u, r = self._ids.setdefault(entity, (set(), set(), set()))
        if entity == "note":
            self._note_values(values, updated, (*added, *removed))
        for row_id in removed:
            u.discard(row_id)
            if row_id in a:
                a.discard(row_id)
            else:
                r.add(row_id)
        for row_id in added:
            if row_id in r:
                r.discard(row_id)
                u.add(row_id)
            else:
                a.add(row_id)
        u.update(row_id for row_id in updated if row_id not in a)

    def _note_values(
        self,
        values: Mapping[int, Mapping[str, Any]] | None,
        updated: Sequence[int],
        rewritten: Sequence[int],
    ) -> None:
        """Keep the columns an update wrote, merged over the transaction's earlier ones; a note
        added, removed or updated without its values is read back by listeners instead."""
        patched, unpatched = self._patched, self._unpatched
        for note_id in rewritten:
            unpatched.add(note_id)
            patched.pop(note_id, None)
        for note_id in updated:
            new = None if values is None or note_id in unpatched else values.get(note_id)
            if new is None:
                unpatched.add(note_id)
                patched.pop(note_id, None)
                continue
            old = patched.get(note_id)
            patched[note_id] = new if old is None else {**old, **new}

    def take(self, with_values: bool) -> list[Change]:
        """The committed transaction's changes (note values only ``with_values``); the log is
        empty afterwards."""
        patched = self._patched if with_values else {}
        changes = [
            Change(
                entity,
                frozenset(a),
                frozenset(u),
                frozenset(r),
                patched or None if entity == "note" else None,
            )
            for entity, (a, u, r) in self._ids.items()
            if a or u or r
        ]
        self.clear()
        return changes
