"""What phones read, published by the document's thread so the web server answers their polls
without it.

Sixty phones polling every few seconds would otherwise queue a read on the laptop's GUI
thread fifteen times a second, between the frames. Instead the document's thread keeps a
:class:`PhoneSnapshot` up to date as the board changes (:class:`PhonePublisher`, fed by
:meth:`models.phone_room.PhoneRoom.on_changes` after every commit, so a phone told its note is
saved finds it in its next poll) and the server composes each phone's answer from it
(:func:`phone_state`) on its own thread. The snapshot is never changed once published: every
publication is a new object whose parts are new or unchanged, so the server may read it
while the next one is built. Cost follows what changed: the notes and dots a commit touched
are read again, nothing else.

A snapshot older than the room's state (a frame opened or locked, private writing switched
since) is not used: the server asks the document's thread to publish first
(:func:`published`), as it did for every poll before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from models.experiment import EXPERIMENT_KIND, FIELDS, HALF_TITLES
from models.note_rows import SELECT_NOTES, note_from_row
from models.phone_room import PhoneRoom, PhoneSession
from models.phone_view import group_list, open_cells, remember, running_vote, vote_notes
from models.records import Change, DotData, NoteData, VoteData
from models.schema import NoteRow

if TYPE_CHECKING:
    from models.document import BoardDocument

K = TypeVar("K")
_PHONE_NOTES = SELECT_NOTES.where(NoteRow.c.phone_session_id.is_not(None)).order_by(NoteRow.c.id)


@dataclass(frozen=True, slots=True)
class OwnWriting:
    """One phone's notes on the board (oldest first) and its experiment card."""

    notes: tuple[NoteData, ...] = ()
    card: NoteData | None = None


@dataclass(frozen=True, slots=True)
class PhoneSnapshot:
    version: int
    """:attr:`models.phone_room.PhoneRoom.version` it was built at."""
    groups: tuple[dict[str, Any], ...]
    frames: tuple[dict[str, Any], ...]
    open_zones: frozenset[int]
    own: Mapping[int, OwnWriting]
    vote: VoteData | None
    vote_notes: tuple[dict[str, Any], ...]
    group_dots: Mapping[int | None, Counter[int]]
    """Dots of the running vote per group, per note."""
    person_dots: Mapping[tuple[int | None, str], Counter[int]]
    """The same per person within the group (votes with a budget per person)."""


class PhonePublisher:
    """Keeps :attr:`PhoneRoom.snapshot` up to date; used on the document's thread only."""

    def __init__(self, document: BoardDocument, room: PhoneRoom) -> None:
        self._doc, self._room = document, room
        self._owner: dict[int, int] = {}
        self._own: dict[int, OwnWriting] = {}
        self._vote_id: int | None = None
        self._dots: dict[int, DotData] = {}
        self._group_dots: dict[int | None, Counter[int]] = {}
        self._person_dots: dict[tuple[int | None, str], Counter[int]] = {}
        self._open_zones: tuple[tuple[dict[str, Any], ...] | None, frozenset[int]] = (
            None,
            frozenset(),
        )
        with document.read() as conn:
            phone_notes = [note_from_row(row) for row in conn.execute(_PHONE_NOTES)]
        self._take_notes(phone_notes)
        room.publisher = self

    # --- following the board ----------------------------------------------------------------
    def on_changes(self, changes: Sequence[Change]) -> None:
        """After :meth:`PhoneRoom.on_changes` dropped its stale views: read what changed,
        then publish."""
        touched: set[int] = set()
        added: set[int] = set()
        dots_added: set[int] = set()
        dots_removed: set[int] = set()
        for change in changes:
            if change.entity == "note":
                touched |= change.added | change.updated | change.removed
                added |= change.added
            elif change.entity == "dot":
                dots_added |= change.added | change.updated
                dots_removed |= change.removed | change.updated
        if touched:
            # A note never changes its writer: only new notes and phones' own are read,
            # and every touched one while a vote lists them.
            voting = running_vote(self._doc, self._room) is not None
            wanted = touched if voting else added | (touched & self._owner.keys())
            self._drop_notes(touched)
            found = self._doc.notes.many(sorted(wanted)) if wanted else []
            self._take_notes([note for note in found if note.phone_session_id is not None])
            if voting:
                remember(self._room, touched, found)  # the vote's list reads them from here
        self._follow_dots(dots_added, dots_removed)
        self.publish()

    def _drop_notes(self, ids: set[int]) -> None:
        owners: dict[int, set[int]] = {}
        for note_id in ids:
            owner = self._owner.pop(note_id, None)
            if owner is not None:
                owners.setdefault(owner, set()).add(note_id)
        for owner, gone in owners.items():
            own = self._own.get(owner, OwnWriting())
            card = None if own.card is not None and own.card.id in gone else own.card
            self._own[owner] = OwnWriting(tuple(n for n in own.notes if n.id not in gone), card)

    def _take_notes(self, notes: Sequence[NoteData]) -> None:
        by_owner: dict[int, list[NoteData]] = {}
        for note in notes:
            assert note.phone_session_id is not None
            by_owner.setdefault(note.phone_session_id, []).append(note)
        for owner, mine in by_owner.items():
            own = self._own.get(owner, OwnWriting())
            notes_now = list(own.notes)
            card = own.card
            for note in mine:
                self._owner[note.id] = owner
                if note.kind == EXPERIMENT_KIND:
                    card = note  # one card per phone: the newest one stands
                else:
                    notes_now.append(note)
            notes_now.sort(key=lambda n: n.id)
            self._own[owner] = OwnWriting(tuple(notes_now), card)

    def _follow_dots(self, added: set[int], removed: set[int]) -> None:
        vote = running_vote(self._doc, self._room)
        vote_id = vote.id if vote is not None else None
        if vote_id != self._vote_id:
            self._vote_id = vote_id
            self._dots.clear()
            self._group_dots, self._person_dots = {}, {}
            self._count(self._doc.votes.dots(vote_id) if vote_id is not None else [], +1)
            return
        gone = [self._dots[i] for i in removed if i in self._dots]
        self._count(gone, -1)
        if added and vote_id is not None:
            fresh = [d for d in self._doc.votes.dots_by_id(sorted(added)) if d.vote_id == vote_id]
            self._count(fresh, +1)

    def _count(self, dots: Sequence[DotData], step: int) -> None:
        """Counts are copied before they change (copy on write): a published snapshot keeps
        the ones it was given."""
        copied: set[object] = set()
        for dot in dots:
            if step > 0:
                self._dots[dot.id] = dot
            else:
                self._dots.pop(dot.id, None)
            _bump(self._group_dots, dot.group_id, dot.note_id, step, copied)
            _bump(self._person_dots, (dot.group_id, dot.voter), dot.note_id, step, copied)

    # --- publishing -------------------------------------------------------------------------
    def publish(self) -> PhoneSnapshot:
        """A new snapshot of what phones read, made the room's."""
        room, doc = self._room, self._doc
        version = room.version
        frames = tuple(open_cells(doc, room))
        if self._open_zones[0] != frames:  # the cells change rarely, phones' notes often
            self._open_zones = (frames, frozenset(c["id"] for f in frames for c in f["cells"]))
        vote = running_vote(doc, room)
        if (vote.id if vote is not None else None) != self._vote_id:
            self._follow_dots(set(), set())
        snapshot = PhoneSnapshot(
            version=version,
            groups=tuple(group_list(doc, room)),
            frames=frames,
            open_zones=self._open_zones[1],
            own=dict(self._own),
            vote=vote,
            vote_notes=tuple(vote_notes(doc, room, vote.frame_id)) if vote is not None else (),
            group_dots=dict(self._group_dots),
            person_dots=dict(self._person_dots),
        )
        room.snapshot = snapshot
        return snapshot


def _bump(
    table: dict[K, Counter[int]], key: K, note_id: int, step: int, copied: set[object]
) -> None:
    if (id(table), key) not in copied:
        copied.add((id(table), key))
        table[key] = Counter(table.get(key, Counter()))
    counts = table[key]
    counts[note_id] += step
    if counts[note_id] <= 0:
        del counts[note_id]


def published(document: BoardDocument, room: PhoneRoom) -> PhoneSnapshot:
    """The room's snapshot, made current first if the room changed since (document's thread)."""
    publisher = room.publisher
    if not isinstance(publisher, PhonePublisher):
        publisher = PhonePublisher(document, room)
    snapshot = room.snapshot
    if isinstance(snapshot, PhoneSnapshot) and snapshot.version == room.version:
        return snapshot
    return publisher.publish()


def current(room: PhoneRoom) -> PhoneSnapshot | None:
    """The snapshot the server may answer from on its own thread, or None if it is stale."""
    snapshot = room.snapshot
    if isinstance(snapshot, PhoneSnapshot) and snapshot.version == room.version:
        return snapshot
    return None


@cache
def _card_fields(language: str) -> tuple[dict[str, Any], ...]:
    return tuple(
        {
            "key": f.key,
            "label": f.label.text(language),
            "half": f.half,
            "kind": f.kind,
            "choices": [{"key": c.key, "label": c.label.text(language)} for c in f.choices],
        }
        for f in FIELDS
        if f.key != "theme"
    )


def phone_state(
    snapshot: PhoneSnapshot, room: PhoneRoom, session: PhoneSession | None, language: str
) -> dict[str, Any]:
    """Everything one phone's page shows: groups, open cells, its own notes and card, and the
    running vote with its dots. Reads nothing but the snapshot and the session (any thread)."""
    board_language = "fi" if language == "fi" else "en"
    state: dict[str, Any] = {
        "groups": list(snapshot.groups),
        "frames": list(snapshot.frames),
        "private": room.private,
        "card_fields": list(_card_fields(board_language)),
        "card_halves": {half: label.text(board_language) for half, label in HALF_TITLES.items()},
    }
    if session is None:
        return state
    own = snapshot.own.get(session.key, OwnWriting()) if session.key else OwnWriting()
    open_zones = snapshot.open_zones
    state["me"] = {"group_id": session.group_id, "name": session.name, "number": session.number}
    state["notes"] = [
        {"id": n.id, "text": n.text, "zone_id": n.zone_id, "open": n.zone_id in open_zones}
        for n in own.notes
    ]
    card = own.card
    state["card"] = (
        None
        if card is None
        else {"id": card.id, "fields": dict(card.fields), "open": card.zone_id in open_zones}
    )
    vote = snapshot.vote
    if vote is None:
        state["vote"] = None
        return state
    if vote.budget_per == "person":
        ours = snapshot.person_dots.get((session.group_id, session.voter), Counter())
    else:
        ours = snapshot.group_dots.get(session.group_id, Counter())
    state["vote"] = {
        "id": vote.id,
        "title": vote.title,
        "budget": vote.budget,
        "per": vote.budget_per,
        "remaining": vote.budget - sum(ours.values()),
        "notes": [{**n, "ours": ours.get(n["id"], 0)} for n in snapshot.vote_notes],
    }
    return state


def board_state(
    document: BoardDocument, room: PhoneRoom, session: PhoneSession | None, language: str
) -> dict[str, Any]:
    """:func:`phone_state` on the document's thread (made current first)."""
    return phone_state(published(document, room), room, session, language)
