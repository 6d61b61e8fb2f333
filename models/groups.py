"""The workshop's groups: who is writing, and whose colour new notes get."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from models.lazy_sql import sa, tables
from models.note_values import clean_text
from models.palette import PALETTE, is_valid_colour
from models.records import GroupData

if TYPE_CHECKING:
    from models.document import BoardDocument

DEFAULT_GROUP_COLOURS = (
    PALETTE["yellow"],
    PALETTE["blue"],
    PALETTE["green"],
    PALETTE["pink"],
    PALETTE["orange"],
    PALETTE["purple"],
    PALETTE["grey"],
    PALETTE["white"],
)
DEFAULT_GROUP_NAME = {"fi": "Ryhmä {n}", "sv": "Grupp {n}", "en": "Group {n}"}
MAX_GROUP_NAME = 80
ALL_GROUPS = "SELECT id, name, colour, position FROM groups ORDER BY position, id"
"""Every group in SQL text: the window reads them before SQLAlchemy is imported."""


@dataclass(frozen=True, slots=True)
class GroupTags:
    """The rows that named a removed group (SQLite forgets the name with the group): its
    notes, its dots in votes and its phones. :meth:`GroupStore.restore` names it on them again,
    so an undone removal gives back the group's colour on the board and its spent dots."""

    notes: tuple[int, ...] = ()
    dots: tuple[int, ...] = ()
    phones: tuple[int, ...] = ()


def default_group_name(number: int, language: str) -> str:
    return DEFAULT_GROUP_NAME.get(language, DEFAULT_GROUP_NAME["en"]).format(n=number)


def _clean_name(name: str) -> str:
    name = clean_text(name).strip().replace("\n", " ")
    if not name:
        raise ValueError("a group needs a name")
    return name[:MAX_GROUP_NAME]


class GroupStore:
    def __init__(self, document: BoardDocument) -> None:
        self._doc = document

    def all(self) -> list[GroupData]:
        check = self._doc.checks.group
        return self._doc.read_rows(ALL_GROUPS, lambda row: check(GroupData(*row)))

    def get(self, group_id: int) -> GroupData | None:
        return next((g for g in self.all() if g.id == group_id), None)

    def add(self, name: str, colour: str | None = None) -> int:
        existing = self.all()
        colour = colour or DEFAULT_GROUP_COLOURS[len(existing) % len(DEFAULT_GROUP_COLOURS)]
        if not is_valid_colour(colour):
            raise ValueError(f"not a colour: {colour!r}")
        position = max((g.position for g in existing), default=-1) + 1
        with self._doc.write() as conn:
            key = conn.execute(
                sa.insert(tables.GroupRow).values(
                    name=_clean_name(name), colour=colour, position=position
                )
            ).inserted_primary_key
            assert key is not None
            group_id = int(key[0])
            self._doc.record("group", added=[group_id])
        return group_id

    def ensure_defaults(self, language: str, count: int = 3) -> list[int]:
        """Give a board without groups the usual three; returns the ids created."""
        if self.all():
            return []
        with self._doc.write():
            return [self.add(default_group_name(n, language)) for n in range(1, count + 1)]

    def update(self, patches: Mapping[int, Mapping[str, Any]]) -> dict[int, dict[str, Any]]:
        """Rename, recolour or reorder (``name``, ``colour``, ``position``); returns old values."""
        previous: dict[int, dict[str, Any]] = {}
        current = {g.id: g for g in self.all()}
        with self._doc.write() as conn:
            for group_id, patch in patches.items():
                unknown = set(patch) - {"name", "colour", "position"}
                if unknown or group_id not in current:
                    raise ValueError(f"bad group change {group_id}: {sorted(unknown)}")
                values = dict(patch)
                if "name" in values:
                    values["name"] = _clean_name(str(values["name"]))
                if "colour" in values and not is_valid_colour(str(values["colour"])):
                    raise ValueError(f"not a colour: {values['colour']!r}")
                previous[group_id] = {k: getattr(current[group_id], k) for k in values}
                conn.execute(
                    sa.update(tables.GroupRow)
                    .where(tables.GroupRow.c.id == group_id)
                    .values(**values)
                )
            self._doc.record("group", updated=list(previous))
        return previous

    def remove(self, group_id: int) -> tuple[GroupData, GroupTags]:
        """Delete a group; its notes, dots and phones stay but lose the tag. Returns what
        :meth:`restore` needs."""
        group = self.get(group_id)
        if group is None:
            raise ValueError(f"no group {group_id}")
        with self._doc.write() as conn:

            def tagged(table: Any) -> tuple[int, ...]:
                query = sa.select(table.c.id).where(table.c.group_id == group_id)
                return tuple(int(i) for i in conn.execute(query).scalars())

            tags = GroupTags(
                tagged(tables.NoteRow), tagged(tables.DotRow), tagged(tables.PhoneSessionRow)
            )
            conn.execute(sa.delete(tables.GroupRow).where(tables.GroupRow.c.id == group_id))
            self._doc.record("group", removed=[group_id])
            if tags.notes:
                self._doc.record("note", updated=tags.notes)
            if tags.dots:
                self._doc.record("dot", updated=tags.dots)
        return group, tags

    def restore(self, group: GroupData, tags: GroupTags) -> None:
        with self._doc.write() as conn:
            conn.execute(
                sa.insert(tables.GroupRow).values(
                    id=group.id, name=group.name, colour=group.colour, position=group.position
                )
            )
            for table, ids in (
                (tables.NoteRow, tags.notes),
                (tables.DotRow, tags.dots),
                (tables.PhoneSessionRow, tags.phones),
            ):
                if ids:
                    conn.execute(
                        sa.update(table).where(table.c.id.in_(list(ids))).values(group_id=group.id)
                    )
            if tags.notes:
                self._doc.record("note", updated=tags.notes)
            if tags.dots:
                self._doc.record("dot", updated=tags.dots)
            self._doc.record("group", added=[group.id])

    def count(self) -> int:
        with self._doc.read() as conn:
            return int(
                conn.execute(sa.select(sa.func.count()).select_from(tables.GroupRow)).scalar_one()
            )
