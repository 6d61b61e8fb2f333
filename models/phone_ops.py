"""What a phone may read and write, checked and done in the model.

Every function here runs where the document lives (the laptop's GUI thread): the web server
hands it over and waits. Reads return plain JSON-ready values; writes return a
:class:`PhoneChange` that has already been done once and knows its undo, so the laptop can put
it on its undo stack as any other step. Every refusal is a :class:`PhoneRefused` with a code
the phone shows in its own language, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from models.cell_slots import CellSlots
from models.errors import BoardError, FieldValueError, LimitError
from models.experiment import CARD_SIZE, clean_card_fields, new_card
from models.frame_types import is_cell
from models.membership import settle
from models.note_values import DEFAULT_SIZE
from models.palette import DEFAULT_COLOUR
from models.phone_changes import (
    AddedNotes,
    ChangedNote,
    PhoneChange,
    PlacedDot,
    RemovedDot,
    WithdrawnNote,
)
from models.phone_room import MAX_NAME, PhoneRefused, PhoneRoom, PhoneSession
from models.phone_sessions import store_session, update_session
from models.phone_snapshot import board_state
from models.phone_view import (
    MAX_PHONE_TEXT,
    group_colours,
    is_card_wall,
    running_vote,
    votable,
    written,
    zone_of,
)
from models.records import NoteData, NotePatch, ZoneData

if TYPE_CHECKING:
    from models.document import BoardDocument

PHONE_NOTE_SIZE = DEFAULT_SIZE
T = TypeVar("T")
Applier = Callable[[PhoneChange], None]
Operation = Callable[
    ["BoardDocument", PhoneRoom, PhoneSession, Mapping[str, Any], "Applier | None"], PhoneChange
]
"""Every write a phone makes: checked, done once, and handed to ``apply`` as an undo step."""
__all__ = ["MAX_PHONE_TEXT", "Applier", "Operation", "PhoneChange", "board_state"]


# --- checks ---------------------------------------------------------------------------------
def _text(raw: object, allow_empty: bool = False) -> str:
    if not isinstance(raw, str):
        raise PhoneRefused(400, "bad_request")
    text = raw.replace("\r\n", "\n").strip()
    if len(text) > MAX_PHONE_TEXT:
        raise PhoneRefused(413, "too_long")
    if not text and not allow_empty:
        raise PhoneRefused(400, "empty")
    return text


def _int(raw: object) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not 0 < raw < 2**53:
        raise PhoneRefused(400, "bad_request")
    return raw


def _open_cell(document: BoardDocument, room: PhoneRoom, raw_zone: object) -> ZoneData:
    zone = zone_of(document, room, _int(raw_zone))
    if zone is None or not is_cell(zone):
        raise PhoneRefused(404, "unknown_cell")
    if not room.is_open(zone.frame_id):
        raise PhoneRefused(403, "locked")
    return zone


def _own_note(
    document: BoardDocument, room: PhoneRoom, session: PhoneSession, raw_id: object
) -> NoteData:
    note = document.notes.get(_int(raw_id))
    if note is None or note.phone_session_id != session.key or not session.key:
        raise PhoneRefused(404, "not_yours")
    zone = zone_of(document, room, note.zone_id) if note.zone_id is not None else None
    if zone is None or not room.is_open(zone.frame_id):
        raise PhoneRefused(403, "locked")
    return note


def _group_colour(document: BoardDocument, room: PhoneRoom, session: PhoneSession) -> str:
    if session.group_id is None:
        return DEFAULT_COLOUR
    return group_colours(document, room).get(session.group_id, DEFAULT_COLOUR)


def _free_slot(
    document: BoardDocument, room: PhoneRoom, zone: ZoneData, size: tuple[float, float]
) -> tuple[float, float]:
    """The cell's first free slot (:mod:`models.cell_slots`). What lies in the cell is read
    once per batch of phone work and each note placed is added to it, so twenty notes into
    one cell cost one query; the copy is dropped whenever notes change (after each commit)."""
    kept: dict[int, dict[tuple[float, float], CellSlots]] = room.cache.setdefault("slots", {})
    sizes = kept.setdefault(zone.id, {})
    slots = sizes.get(size)
    if slots is None:
        slots = sizes[size] = CellSlots(document, zone, size)
    x, y = slots.take()
    for other_size, other in sizes.items():
        if other_size != size:
            other.add((x, y, *size))
    return x, y


def _done(room: PhoneRoom, change: PhoneChange, apply: Applier | None) -> PhoneChange:
    room.phone_changed(change.note_ids, added=isinstance(change, AddedNotes))
    if apply is not None:
        apply(change)
    return change


def _guard(operation: Callable[[], T]) -> T:
    """A model refusal (full disk, read-only board, a limit) becomes a phone refusal."""
    try:
        return operation()
    except BoardError as error:
        raise PhoneRefused(503, "not_saved") from error
    except ValueError as error:
        raise PhoneRefused(400, "bad_request") from error


# --- writes ---------------------------------------------------------------------------------
def join(
    document: BoardDocument,
    room: PhoneRoom,
    session: PhoneSession | None,
    body: Mapping[str, Any],
    address: str = "",
) -> tuple[PhoneSession, str | None]:
    """A phone chooses its group (and may give a name): a new session is stored in the file
    (its secret goes to the phone's cookie, returned here once), a known one is updated."""
    group_id, raw_name = body.get("group_id"), body.get("name", "")
    if not isinstance(raw_name, str) or len(raw_name) > 200:
        raise PhoneRefused(400, "bad_request")
    if group_id is not None:
        group_id = _int(group_id)
        if group_id not in group_colours(document, room):
            raise PhoneRefused(404, "no_group")
    name = " ".join(raw_name.split())[:MAX_NAME]
    if session is not None:
        if (session.group_id, session.name) != (group_id, name):
            _guard(lambda: update_session(document, session.key, name, group_id))
            room.settle(session, group_id, name)
        return session, None
    fresh, secret = room.new_session(address)

    def store() -> None:
        fresh.key = store_session(document, fresh.secret_sha256, fresh.number, name, group_id)

    _guard(store)
    fresh.group_id, fresh.name = group_id, name
    room.admit(fresh)
    return fresh, secret


def add_note(
    document: BoardDocument,
    room: PhoneRoom,
    session: PhoneSession,
    body: Mapping[str, Any],
    apply: Applier | None = None,
) -> PhoneChange:
    """A new note in an open cell, at its first free slot, in the group's colour."""
    text = _text(body.get("text"))
    zone = _open_cell(document, room, body.get("zone_id"))
    if is_card_wall(document, zone.frame_id, room):
        raise PhoneRefused(400, "cards_only")

    def write() -> PhoneChange:
        x, y = _free_slot(document, room, zone, (PHONE_NOTE_SIZE, PHONE_NOTE_SIZE))
        patch: NotePatch = {
            "text": text,
            "x": x,
            "y": y,
            "colour": _group_colour(document, room, session),
            "group_id": session.group_id,
            "author": session.name,
            "hidden": room.private,
            "phone_session_id": session.key,
            # The cell whose slot it takes: settle() then writes it again only where the
            # membership rule says otherwise (a frame lying over this one).
            "zone_id": zone.id,
        }
        with document.write():
            ids = document.notes.add([patch])
            settle(document, ids)
        room.cache.get("written", {}).pop(session.key, None)
        return AddedNotes(session, ids, "note")

    return _done(room, _guard(write), apply)


def edit_note(
    document: BoardDocument,
    room: PhoneRoom,
    session: PhoneSession,
    body: Mapping[str, Any],
    apply: Applier | None = None,
) -> PhoneChange:
    """New text for one of the phone's own notes (``body["id"]``) while its frame is open."""
    note = _own_note(document, room, session, body.get("id"))
    if note.kind != "note":
        raise PhoneRefused(400, "bad_request")
    text = _text(body.get("text"))
    before: NotePatch = {"text": note.text}
    after: NotePatch = {"text": text}
    change = _guard(
        lambda: (
            document.notes.update({note.id: after}),
            ChangedNote(session, note.id, before, after, "edit"),
        )[1]
    )
    return _done(room, change, apply)


def withdraw_note(
    document: BoardDocument,
    room: PhoneRoom,
    session: PhoneSession,
    body: Mapping[str, Any],
    apply: Applier | None = None,
) -> PhoneChange:
    """One of the phone's own notes (``body["id"]``) off the board while its frame is open."""
    note = _own_note(document, room, session, body.get("id"))
    change = _guard(lambda: WithdrawnNote(session, document.notes.remove([note.id])))
    room.cache.get("written", {}).pop(session.key, None)
    return _done(room, change, apply)


def save_card(
    document: BoardDocument,
    room: PhoneRoom,
    session: PhoneSession,
    body: Mapping[str, Any],
    apply: Applier | None = None,
) -> PhoneChange:
    """The phone's own experiment card: made in a theme of an open card wall the first time,
    its fields changed every later time (the "afterwards" half when the participant is back)."""
    raw = body.get("fields")
    if not isinstance(raw, dict) or any(not isinstance(v, str) for v in raw.values()):
        raise PhoneRefused(400, "bad_request")
    if any(len(v) > MAX_PHONE_TEXT for v in raw.values()):
        raise PhoneRefused(413, "too_long")
    raw.pop("theme", None)  # the theme is the cell the card is in
    try:
        fields = clean_card_fields(raw)
    except FieldValueError:
        raise PhoneRefused(400, "bad_date") from None
    except ValueError:
        raise PhoneRefused(400, "bad_request") from None
    card_id = written(document, room, session)[1]
    card = document.notes.get(card_id) if card_id is not None else None
    if card is not None:
        card = _own_note(document, room, session, card.id)
        before: NotePatch = {"fields": dict(card.fields)}
        after: NotePatch = {"fields": {**card.fields, **fields}}
        if "owner" in fields:
            before["author"], after["author"] = card.author, fields["owner"]
        change = _guard(
            lambda: (
                document.notes.update({card.id: after}),
                ChangedNote(session, card.id, before, after, "card"),
            )[1]
        )
        return _done(room, change, apply)
    zone = _open_cell(document, room, body.get("zone_id"))
    if not is_card_wall(document, zone.frame_id, room):
        raise PhoneRefused(400, "not_card_wall")
    if not fields.get("owner"):
        fields["owner"] = session.name

    def write() -> PhoneChange:
        x, y = _free_slot(document, room, zone, CARD_SIZE)
        patch = new_card(x, y, **fields)
        patch["group_id"] = session.group_id
        patch["hidden"] = room.private
        patch["phone_session_id"] = session.key
        patch["zone_id"] = zone.id
        with document.write():
            ids = document.notes.add([patch])
            settle(document, ids)
        room.cache.get("written", {}).pop(session.key, None)
        return AddedNotes(session, ids, "card")

    return _done(room, _guard(write), apply)


def place_dot(
    document: BoardDocument,
    room: PhoneRoom,
    session: PhoneSession,
    body: Mapping[str, Any],
    apply: Applier | None = None,
) -> PhoneChange:
    """One of the group's dots on a note of the running vote; the budget rule is the vote's
    own (:meth:`models.votes.VoteStore.place_dot`)."""
    note_id = _int(body.get("note_id"))
    vote = running_vote(document, room)
    if vote is None or vote.id != body.get("vote_id", vote.id):
        raise PhoneRefused(409, "no_vote")
    if session.group_id is None and vote.budget_per == "group":
        raise PhoneRefused(400, "no_group")
    if not votable(document, room, vote, note_id):
        raise PhoneRefused(404, "unknown_note")
    voter = session.voter if vote.budget_per == "person" else ""

    def write() -> PhoneChange:
        try:
            dot_id = document.votes.place_dot(vote.id, note_id, session.group_id, voter)
        except LimitError:  # the vote's own budget rule, counted inside this transaction
            raise PhoneRefused(409, "no_dots_left") from None
        dot = document.votes.dot(dot_id)
        assert dot is not None
        return PlacedDot(session, dot)

    return _done(room, _guard(write), apply)


def remove_dot(
    document: BoardDocument,
    room: PhoneRoom,
    session: PhoneSession,
    body: Mapping[str, Any],
    apply: Applier | None = None,
) -> PhoneChange:
    """Take back one of the group's (or, per person, one's own) dots from a note."""
    note_id = _int(body.get("note_id"))
    vote = running_vote(document, room)
    if vote is None:
        raise PhoneRefused(409, "no_vote")
    voter = session.voter if vote.budget_per == "person" else ""
    mine = [
        d
        for d in document.votes.dots_on([note_id])
        if d.vote_id == vote.id
        and d.group_id == session.group_id
        and (not voter or d.voter == voter)
    ]
    if not mine:
        raise PhoneRefused(404, "unknown_note")
    dot = mine[-1]
    return _done(
        room,
        _guard(lambda: (document.votes.remove_dots([dot.id]), RemovedDot(session, dot))[1]),
        apply,
    )
