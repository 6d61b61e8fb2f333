"""Dot voting: rounds with a budget of dots per group or per person, and their ranking."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import (
    Text,
    bindparam,
    delete,
    func,
    insert,
    literal_column,
    select,
    update,
)

from models.clock import now_iso
from models.errors import LimitError
from models.note_sql import id_list
from models.records import DotData, VoteData
from models.schema import DotRow, GroupRow, NoteRow, VoteRow, ZoneRow

if TYPE_CHECKING:
    from models.document import BoardDocument

BUDGET_PER = ("group", "person")
MAX_BUDGET = 50

VOTE_COLUMNS = (
    VoteRow.c.id,
    VoteRow.c.title,
    VoteRow.c.frame_id,
    VoteRow.c.budget,
    VoteRow.c.budget_per,
    VoteRow.c.hidden,
    VoteRow.c.started_at,
    VoteRow.c.ended_at,
)
DOT_COLUMNS = (
    DotRow.c.id,
    DotRow.c.vote_id,
    DotRow.c.note_id,
    DotRow.c.group_id,
    DotRow.c.voter,
    DotRow.c.created_at,
)
_DOTS_ON = (
    select(*DOT_COLUMNS)
    .where(
        DotRow.c.note_id.in_(
            select(literal_column("value")).select_from(
                func.json_each(bindparam("ids", type_=Text))
            )
        )
    )
    .order_by(DotRow.c.id)
)
"""The dots on any number of notes in one cached statement (the ids as one JSON array)."""
_VOTE_BY_ID = select(*VOTE_COLUMNS).where(VoteRow.c.id == bindparam("id"))
_DOT_BY_ID = select(*DOT_COLUMNS).where(DotRow.c.id == bindparam("id"))
_DOTS_BY_ID = select(*DOT_COLUMNS).where(
    DotRow.c.id.in_(
        select(literal_column("value")).select_from(func.json_each(bindparam("ids", type_=Text)))
    )
)
_USED = (
    select(func.count())
    .select_from(DotRow)
    .where(
        DotRow.c.vote_id == bindparam("vote"),
        DotRow.c.group_id.is_not_distinct_from(bindparam("group")),
    )
)
_USED_BY = _USED.where(DotRow.c.voter == bindparam("voter"))
_USED_PER_GROUP = (
    select(DotRow.c.group_id, func.count())
    .where(DotRow.c.vote_id == bindparam("vote"))
    .group_by(DotRow.c.group_id)
)
_USED_PER_GROUP_BY = _USED_PER_GROUP.where(DotRow.c.voter == bindparam("voter"))
_NOTE_EXISTS = select(NoteRow.c.id).where(NoteRow.c.id == bindparam("id"))
"""Whose dots count against one budget (``_USED``): the group's, or per person the person's
own within the group (``_USED_BY``). Built once, like :data:`_DOTS_ON`: phones place dots
many times a second, and a statement built per call costs more than SQLite takes to run it."""


class VoteStore:
    def __init__(self, document: BoardDocument) -> None:
        self._doc = document

    # --- reading --------------------------------------------------------------------------
    def all(self) -> list[VoteData]:
        with self._doc.read() as conn:
            rows = conn.execute(select(*VOTE_COLUMNS).order_by(VoteRow.c.id)).all()
        return [VoteData(*row) for row in rows]

    def get(self, vote_id: int) -> VoteData | None:
        with self._doc.read() as conn:
            row = conn.execute(_VOTE_BY_ID, {"id": vote_id}).first()
        return None if row is None else VoteData(*row)

    def running(self) -> VoteData | None:
        """The vote in progress, if any (at most one runs at a time)."""
        return next((v for v in reversed(self.all()) if v.running), None)

    def dots(self, vote_id: int) -> list[DotData]:
        with self._doc.read() as conn:
            rows = conn.execute(
                select(*DOT_COLUMNS).where(DotRow.c.vote_id == vote_id).order_by(DotRow.c.id)
            ).all()
        return [DotData(*row) for row in rows]

    def dots_on(self, note_ids: Sequence[int]) -> list[DotData]:
        """Every dot, of any vote, placed on these notes."""
        with self._doc.read() as conn:
            rows = conn.execute(_DOTS_ON, {"ids": id_list(note_ids)}).all()
        return [DotData(*row) for row in rows]

    def dot(self, dot_id: int) -> DotData | None:
        with self._doc.read() as conn:
            row = conn.execute(_DOT_BY_ID, {"id": dot_id}).first()
        return None if row is None else DotData(*row)

    def dots_by_id(self, dot_ids: Sequence[int]) -> list[DotData]:
        with self._doc.read() as conn:
            rows = conn.execute(_DOTS_BY_ID, {"ids": id_list(dot_ids)}).all()
        return [DotData(*row) for row in rows]

    def used(self, vote_id: int, group_id: int | None, voter: str = "") -> int:
        """Dots this group (or, per person, this person of the group) has placed: counted by
        SQLite through the vote's index, not by reading every dot of the vote."""
        vote = self.get(vote_id)
        return 0 if vote is None else self._used(vote, group_id, voter)

    def _used(self, vote: VoteData, group_id: int | None, voter: str) -> int:
        per_person = vote.budget_per == "person"
        values = {"vote": vote.id, "group": group_id, "voter": voter}
        with self._doc.read() as conn:
            return int(conn.execute(_USED_BY if per_person else _USED, values).scalar_one())

    def remaining(self, vote_id: int, group_id: int | None, voter: str = "") -> int:
        vote = self.get(vote_id)
        return 0 if vote is None else vote.budget - self._used(vote, group_id, voter)

    def remaining_per_group(self, vote_id: int, voter: str = "") -> dict[int | None, int]:
        """:meth:`remaining` for every group that placed dots, in one query (a group missing
        from the answer has the whole budget left)."""
        vote = self.get(vote_id)
        if vote is None:
            return {}
        query = _USED_PER_GROUP_BY if vote.budget_per == "person" else _USED_PER_GROUP
        with self._doc.read() as conn:
            rows = conn.execute(query, {"vote": vote_id, "voter": voter}).all()
        return {group_id: vote.budget - int(count) for group_id, count in rows}

    def ranking(self, vote_id: int) -> list[tuple[int, int]]:
        """``(note_id, dots)`` with the most-voted first; ties keep the notes' board order."""
        counts = Counter(dot.note_id for dot in self.dots(vote_id))
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    # --- writing --------------------------------------------------------------------------
    def start(
        self,
        title: str,
        budget: int = 3,
        budget_per: str = "group",
        frame_id: int | None = None,
        hidden: bool = False,
    ) -> int:
        if budget_per not in BUDGET_PER:
            raise ValueError(f"budget_per must be one of {BUDGET_PER}")
        if not 1 <= budget <= MAX_BUDGET:
            raise LimitError(
                "A vote gives 1 to {limit} dots; {budget} is not possible.",
                limit=MAX_BUDGET,
                budget=budget,
            )
        if self.running() is not None:
            raise LimitError("A vote is already running; end it before starting another.")
        with self._doc.write() as conn:
            key = conn.execute(
                insert(VoteRow).values(
                    title=title.strip(),
                    frame_id=frame_id,
                    budget=budget,
                    budget_per=budget_per,
                    hidden=hidden,
                    started_at=now_iso(),
                )
            ).inserted_primary_key
            assert key is not None
            vote_id = int(key[0])
            self._doc.record("vote", added=[vote_id])
        return vote_id

    def place_dot(self, vote_id: int, note_id: int, group_id: int | None, voter: str = "") -> int:
        """Add one dot, refusing when the vote has ended, the note is outside the vote's frame,
        or the group (or person) has no dots left."""
        vote = self.get(vote_id)
        if vote is None or not vote.running:
            raise LimitError("This vote has ended; start a new vote to place more dots.")
        with self._doc.write() as conn:
            if conn.execute(_NOTE_EXISTS, {"id": note_id}).first() is None:
                raise ValueError(f"no note {note_id}")
            if vote.frame_id is not None and not self._in_frame(note_id, vote.frame_id):
                raise LimitError("This vote is about another frame; that note is not part of it.")
            if vote.budget - self._used(vote, group_id, voter) <= 0:
                raise self._no_dots_left(vote, group_id, voter)
            row = {
                "vote_id": vote_id,
                "note_id": note_id,
                "group_id": group_id,
                "voter": voter,
                "created_at": now_iso(),
            }
            key = conn.execute(insert(DotRow), row).inserted_primary_key
            assert key is not None
            dot_id = int(key[0])
            self._doc.record("dot", added=[dot_id])
            self._doc.record("note", updated=[note_id])
        return dot_id

    def remove_dots(self, dot_ids: Sequence[int]) -> list[DotData]:
        with self._doc.read() as conn:
            rows = conn.execute(select(*DOT_COLUMNS).where(DotRow.c.id.in_(list(dot_ids)))).all()
        removed = [DotData(*row) for row in rows]
        with self._doc.write() as conn:
            conn.execute(delete(DotRow).where(DotRow.c.id.in_(list(dot_ids))))
            self._doc.record("dot", removed=[d.id for d in removed])
            self._doc.record("note", updated=[d.note_id for d in removed])
        return removed

    def restore_dots(self, dots: Sequence[DotData]) -> None:
        rows = [
            {
                "id": dot.id,
                "vote_id": dot.vote_id,
                "note_id": dot.note_id,
                "group_id": dot.group_id,
                "voter": dot.voter,
                "created_at": dot.created_at,
            }
            for dot in dots
        ]
        with self._doc.write() as conn:
            if rows:
                conn.execute(insert(DotRow), rows)  # one executemany, not a statement per dot
            self._doc.record("dot", added=[d.id for d in dots])
            self._doc.record("note", updated=[d.note_id for d in dots])

    def remove(self, vote_id: int) -> tuple[VoteData, list[DotData]]:
        """Delete a vote and its dots (the undo of starting it); :meth:`restore` puts both
        back with their ids and times."""
        vote = self.get(vote_id)
        if vote is None:
            raise ValueError(f"no vote {vote_id}")
        dots = self.dots(vote_id)
        with self._doc.write() as conn:
            conn.execute(delete(DotRow).where(DotRow.c.vote_id == vote_id))
            conn.execute(delete(VoteRow).where(VoteRow.c.id == vote_id))
            if dots:
                self._doc.record("dot", removed=[d.id for d in dots])
                self._doc.record("note", updated=sorted({d.note_id for d in dots}))
            self._doc.record("vote", removed=[vote_id])
        return vote, dots

    def restore(self, vote: VoteData, dots: Sequence[DotData] = ()) -> None:
        with self._doc.write() as conn:
            conn.execute(
                insert(VoteRow).values(
                    id=vote.id,
                    title=vote.title,
                    frame_id=vote.frame_id,
                    budget=vote.budget,
                    budget_per=vote.budget_per,
                    hidden=vote.hidden,
                    started_at=vote.started_at,
                    ended_at=vote.ended_at,
                )
            )
            self._doc.record("vote", added=[vote.id])
            if dots:
                self.restore_dots(dots)

    def end(self, vote_id: int, ended_at: str | None = None) -> str | None:
        """End (or, with ``ended_at=None`` after an end, reopen) a vote; returns the old value."""
        vote = self.get(vote_id)
        if vote is None:
            raise ValueError(f"no vote {vote_id}")
        with self._doc.write() as conn:
            conn.execute(
                update(VoteRow)
                .where(VoteRow.c.id == vote_id)
                .values(ended_at=ended_at or now_iso())
            )
            self._doc.record("vote", updated=[vote_id])
        return vote.ended_at

    def reopen(self, vote_id: int) -> None:
        with self._doc.write() as conn:
            conn.execute(update(VoteRow).where(VoteRow.c.id == vote_id).values(ended_at=None))
            self._doc.record("vote", updated=[vote_id])

    def set_hidden(self, vote_id: int, hidden: bool) -> bool:
        vote = self.get(vote_id)
        if vote is None:
            raise ValueError(f"no vote {vote_id}")
        with self._doc.write() as conn:
            conn.execute(update(VoteRow).where(VoteRow.c.id == vote_id).values(hidden=hidden))
            self._doc.record("vote", updated=[vote_id])
        return vote.hidden

    # --- helpers --------------------------------------------------------------------------
    def _in_frame(self, note_id: int, frame_id: int) -> bool:
        with self._doc.read() as conn:
            found = conn.execute(
                select(func.count())
                .select_from(NoteRow)
                .join(ZoneRow, NoteRow.c.zone_id == ZoneRow.c.id)
                .where(NoteRow.c.id == note_id, ZoneRow.c.frame_id == frame_id)
            ).scalar_one()
        return bool(found)

    def _no_dots_left(self, vote: VoteData, group_id: int | None, voter: str) -> LimitError:
        who = voter
        if not who and group_id is not None:
            with self._doc.read() as conn:
                who = str(
                    conn.execute(select(GroupRow.c.name).where(GroupRow.c.id == group_id)).scalar()
                    or ""
                )
        if not who:
            return LimitError("This voter has used all {n} dots of this vote.", n=vote.budget)
        return LimitError("{who} has used all {n} dots of this vote.", who=who, n=vote.budget)
