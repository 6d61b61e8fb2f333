"""Dot voting: rounds with a budget of dots per group or per person, and their ranking."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from models.clock import now_iso
from models.errors import LimitError
from models.lazy_sql import sa, tables
from models.note_sql import id_list
from models.records import DotData, VoteData

if TYPE_CHECKING:
    from models.document import BoardDocument

BUDGET_PER = ("group", "person")
MAX_BUDGET = 50

_VOTES = "SELECT id, title, frame_id, budget, budget_per, hidden, started_at, ended_at FROM votes"
"""The columns of :func:`vote_columns` in SQL text, and the dots' below: the window reads
votes and dots as a board opens, before SQLAlchemy is imported (see :mod:`models.lazy_sql`)."""
_DOTS_OF_VOTE = (
    "SELECT id, vote_id, note_id, group_id, voter, created_at FROM dots"
    " WHERE vote_id = ? ORDER BY id"
)


def vote_from_row(row: Sequence[Any]) -> VoteData:
    """A vote from the columns of :data:`_VOTES` as the driver gives them (``hidden`` is
    stored as 0 or 1, never NULL)."""
    vote_id, title, frame_id, budget, budget_per, hidden, started_at, ended_at = row
    return VoteData(
        vote_id, title, frame_id, budget, budget_per, bool(hidden), started_at, ended_at
    )


@cache
def vote_columns() -> Any:
    return (
        tables.VoteRow.c.id,
        tables.VoteRow.c.title,
        tables.VoteRow.c.frame_id,
        tables.VoteRow.c.budget,
        tables.VoteRow.c.budget_per,
        tables.VoteRow.c.hidden,
        tables.VoteRow.c.started_at,
        tables.VoteRow.c.ended_at,
    )


@cache
def dot_columns() -> Any:
    return (
        tables.DotRow.c.id,
        tables.DotRow.c.vote_id,
        tables.DotRow.c.note_id,
        tables.DotRow.c.group_id,
        tables.DotRow.c.voter,
        tables.DotRow.c.created_at,
    )


@cache
def _dots_on() -> Any:
    """The dots on any number of notes in one cached statement (the ids as one JSON array)."""
    return (
        sa.select(*dot_columns())
        .where(
            tables.DotRow.c.note_id.in_(
                sa.select(sa.literal_column("value")).select_from(
                    sa.func.json_each(sa.bindparam("ids", type_=sa.Text))
                )
            )
        )
        .order_by(tables.DotRow.c.id)
    )


@cache
def _dot_by_id() -> Any:
    return sa.select(*dot_columns()).where(tables.DotRow.c.id == sa.bindparam("id"))


@cache
def _dots_by_id() -> Any:
    return sa.select(*dot_columns()).where(
        tables.DotRow.c.id.in_(
            sa.select(sa.literal_column("value")).select_from(
                sa.func.json_each(sa.bindparam("ids", type_=sa.Text))
            )
        )
    )


@cache
def _used() -> Any:
    """Whose dots count against one budget: the group's, or per person the person's own
    within the group (:func:`_used_by`). Built once, like :func:`_dots_on`: phones place dots
    many times a second, and a statement built per call costs more than SQLite takes to run it."""
    return (
        sa.select(sa.func.count())
        .select_from(tables.DotRow)
        .where(
            tables.DotRow.c.vote_id == sa.bindparam("vote"),
            tables.DotRow.c.group_id.is_not_distinct_from(sa.bindparam("group")),
        )
    )


@cache
def _used_by() -> Any:
    return _used().where(tables.DotRow.c.voter == sa.bindparam("voter"))


@cache
def _used_per_group() -> Any:
    return (
        sa.select(tables.DotRow.c.group_id, sa.func.count())
        .where(tables.DotRow.c.vote_id == sa.bindparam("vote"))
        .group_by(tables.DotRow.c.group_id)
    )


@cache
def _used_per_group_by() -> Any:
    return _used_per_group().where(tables.DotRow.c.voter == sa.bindparam("voter"))


@cache
def _note_exists() -> Any:
    return sa.select(tables.NoteRow.c.id).where(tables.NoteRow.c.id == sa.bindparam("id"))


class VoteStore:
    def __init__(self, document: BoardDocument) -> None:
        self._doc = document

    # --- reading --------------------------------------------------------------------------
    def all(self) -> list[VoteData]:
        return self._doc.read_rows(f"{_VOTES} ORDER BY id", vote_from_row)

    def get(self, vote_id: int) -> VoteData | None:
        found = self._doc.read_rows(f"{_VOTES} WHERE id = ?", vote_from_row, (vote_id,))
        return found[0] if found else None

    def running(self) -> VoteData | None:
        """The vote in progress, if any (at most one runs at a time)."""
        return next((v for v in reversed(self.all()) if v.running), None)

    def dots(self, vote_id: int) -> list[DotData]:
        return self._doc.read_rows(_DOTS_OF_VOTE, lambda row: DotData(*row), (vote_id,))

    def dots_on(self, note_ids: Sequence[int]) -> list[DotData]:
        """Every dot, of any vote, placed on these notes."""
        with self._doc.read() as conn:
            rows = conn.execute(_dots_on(), {"ids": id_list(note_ids)}).all()
        return [DotData(*row) for row in rows]

    def dot(self, dot_id: int) -> DotData | None:
        with self._doc.read() as conn:
            row = conn.execute(_dot_by_id(), {"id": dot_id}).first()
        return None if row is None else DotData(*row)

    def dots_by_id(self, dot_ids: Sequence[int]) -> list[DotData]:
        with self._doc.read() as conn:
            rows = conn.execute(_dots_by_id(), {"ids": id_list(dot_ids)}).all()
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
            return int(conn.execute(_used_by() if per_person else _used(), values).scalar_one())

    def remaining(self, vote_id: int, group_id: int | None, voter: str = "") -> int:
        vote = self.get(vote_id)
        return 0 if vote is None else vote.budget - self._used(vote, group_id, voter)

    def remaining_per_group(self, vote_id: int, voter: str = "") -> dict[int | None, int]:
        """:meth:`remaining` for every group that placed dots, in one query (a group missing
        from the answer has the whole budget left)."""
        vote = self.get(vote_id)
        if vote is None:
            return {}
        query = _used_per_group_by() if vote.budget_per == "person" else _used_per_group()
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
                sa.insert(tables.VoteRow).values(
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
            if conn.execute(_note_exists(), {"id": note_id}).first() is None:
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
            key = conn.execute(sa.insert(tables.DotRow), row).inserted_primary_key
            assert key is not None
            dot_id = int(key[0])
            self._doc.record("dot", added=[dot_id])
            self._doc.record("note", updated=[note_id])
        return dot_id

    def remove_dots(self, dot_ids: Sequence[int]) -> list[DotData]:
        with self._doc.read() as conn:
            rows = conn.execute(
                sa.select(*dot_columns()).where(tables.DotRow.c.id.in_(list(dot_ids)))
            ).all()
        removed = [DotData(*row) for row in rows]
        with self._doc.write() as conn:
            conn.execute(sa.delete(tables.DotRow).where(tables.DotRow.c.id.in_(list(dot_ids))))
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
                conn.execute(
                    sa.insert(tables.DotRow), rows
                )  # one executemany, not a statement per dot
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
            conn.execute(sa.delete(tables.DotRow).where(tables.DotRow.c.vote_id == vote_id))
            conn.execute(sa.delete(tables.VoteRow).where(tables.VoteRow.c.id == vote_id))
            if dots:
                self._doc.record("dot", removed=[d.id for d in dots])
                self._doc.record("note", updated=sorted({d.note_id for d in dots}))
            self._doc.record("vote", removed=[vote_id])
        return vote, dots

    def restore(self, vote: VoteData, dots: Sequence[DotData] = ()) -> None:
        with self._doc.write() as conn:
            conn.execute(
                sa.insert(tables.VoteRow).values(
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
                sa.update(tables.VoteRow)
                .where(tables.VoteRow.c.id == vote_id)
                .values(ended_at=ended_at or now_iso())
            )
            self._doc.record("vote", updated=[vote_id])
        return vote.ended_at

    def reopen(self, vote_id: int) -> None:
        with self._doc.write() as conn:
            conn.execute(
                sa.update(tables.VoteRow)
                .where(tables.VoteRow.c.id == vote_id)
                .values(ended_at=None)
            )
            self._doc.record("vote", updated=[vote_id])

    def set_hidden(self, vote_id: int, hidden: bool) -> bool:
        vote = self.get(vote_id)
        if vote is None:
            raise ValueError(f"no vote {vote_id}")
        with self._doc.write() as conn:
            conn.execute(
                sa.update(tables.VoteRow)
                .where(tables.VoteRow.c.id == vote_id)
                .values(hidden=hidden)
            )
            self._doc.record("vote", updated=[vote_id])
        return vote.hidden

    # --- helpers --------------------------------------------------------------------------
    def _in_frame(self, note_id: int, frame_id: int) -> bool:
        with self._doc.read() as conn:
            found = conn.execute(
                sa.select(sa.func.count())
                .select_from(tables.NoteRow)
                .join(tables.ZoneRow, tables.NoteRow.c.zone_id == tables.ZoneRow.c.id)
                .where(tables.NoteRow.c.id == note_id, tables.ZoneRow.c.frame_id == frame_id)
            ).scalar_one()
        return bool(found)

    def _no_dots_left(self, vote: VoteData, group_id: int | None, voter: str) -> LimitError:
        who = voter
        if not who and group_id is not None:
            with self._doc.read() as conn:
                who = str(
                    conn.execute(
                        sa.select(tables.GroupRow.c.name).where(tables.GroupRow.c.id == group_id)
                    ).scalar()
                    or ""
                )
        if not who:
            return LimitError("This voter has used all {n} dots of this vote.", n=vote.budget)
        return LimitError("{who} has used all {n} dots of this vote.", who=who, n=vote.budget)


def __getattr__(name: str) -> Any:
    """The statement parts other modules import as constants, built when first asked for
    (see :mod:`models.lazy_sql`)."""
    built = {"VOTE_COLUMNS": vote_columns, "DOT_COLUMNS": dot_columns}.get(name)
    if built is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return built()
