"""The parts of a phone's page read from the board: groups, the open cells, its own notes and
card, the running vote (put together by :mod:`models.phone_snapshot`).

Runs where the document lives, like every phone operation. The parts every phone sees alike
are cached in :attr:`models.phone_room.PhoneRoom.cache` between polls and dropped when the
board changes, so sixty phones polling cost one read of the frames, not sixty.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from models.experiment import EXPERIMENT_KIND
from models.frame_types import is_cell
from models.phone_room import PhoneRoom, PhoneSession
from models.phone_sessions import written_by
from models.records import NoteData, VoteData, ZoneData
from models.templates import TEMPLATES

if TYPE_CHECKING:
    from models.document import BoardDocument

MAX_PHONE_TEXT = 280
"""A sticky note's worth; a longer text is refused on the phone, not cut."""
MAX_VOTE_NOTES = 300
T = TypeVar("T")


def is_card_wall(document: BoardDocument, frame_id: int, room: PhoneRoom | None = None) -> bool:
    """Whether a frame is an experiment-card wall (cards go there, not notes)."""
    key = f"card_wall:{frame_id}"
    if room is not None and key in room.cache:
        return bool(room.cache[key])
    frame = document.frames.get(frame_id)
    template = TEMPLATES.get(frame.template_key) if frame is not None else None
    found = template is not None and template.card_kind == EXPERIMENT_KIND
    if room is not None:
        room.cache[key] = found
    return found


def zone_of(document: BoardDocument, room: PhoneRoom, zone_id: int) -> ZoneData | None:
    """A zone as phones see it, read once until a frame or zone changes."""
    key = f"zone:{zone_id}"
    if key not in room.cache:
        room.cache[key] = document.frames.zone(zone_id)
    return cast("ZoneData | None", room.cache[key])


def notes_of(document: BoardDocument, room: PhoneRoom, ids: list[int]) -> list[NoteData]:
    """Phones' own notes as they are now; each read once until it changes (see
    :meth:`models.phone_room.PhoneRoom.on_changes`). Notes no longer on the board are left out."""
    missing = [i for i in ids if f"note:{i}" not in room.cache]
    if missing:
        found = {note.id: note for note in document.notes.many(missing)}
        for note_id in missing:
            room.cache[f"note:{note_id}"] = found.get(note_id)
    notes = [room.cache[f"note:{i}"] for i in ids]
    return [note for note in notes if note is not None]


def remember(room: PhoneRoom, ids: Iterable[int], found: Iterable[NoteData]) -> None:
    """Notes just read by someone else on this thread, as :func:`notes_of` would read them
    (ids not found are no longer on the board)."""
    by_id = {note.id: note for note in found}
    for note_id in ids:
        room.cache[f"note:{note_id}"] = by_id.get(note_id)


def written(
    document: BoardDocument, room: PhoneRoom, session: PhoneSession
) -> tuple[list[int], int | None]:
    """A phone's own notes and card, as the file says (read once until notes come or go)."""
    found: dict[int, tuple[list[int], int | None]] = room.cache.setdefault("written", {})
    if session.key not in found:
        found[session.key] = written_by(document, session.key)
    return found[session.key]


def group_list(document: BoardDocument, room: PhoneRoom) -> list[dict[str, Any]]:
    def read() -> list[dict[str, Any]]:
        return [{"id": g.id, "name": g.name, "colour": g.colour} for g in document.groups.all()]

    return _cached(room, "groups", read)


def group_colours(document: BoardDocument, room: PhoneRoom) -> dict[int, str]:
    return {int(g["id"]): str(g["colour"]) for g in group_list(document, room)}


def vote_notes(
    document: BoardDocument, room: PhoneRoom, frame_id: int | None
) -> list[dict[str, Any]]:
    """The notes a vote is about (its frame's, or the open frames'), without hidden ones, in
    z order. Read whole once per vote and scope; after that only the notes that changed are
    read again (:meth:`models.phone_room.PhoneRoom.on_changes` lists them), so a poll costs
    what changed since the last one, not the board."""
    key = f"vote_notes:{frame_id}"
    cached = room.cache.get("vote_notes")
    dirty: set[int] = room.cache.pop("vote_dirty", set())
    if cached is None or cached[0] != key:
        frames = [frame_id] if frame_id is not None else sorted(room.open_frames())
        zones = {z.id for f in frames for z in document.frames.zones(f) if is_cell(z)}
        shown = {n.id: n for n in document.frames.notes_in(zones) if _shown_for_votes(n)}
        order = sorted((n.z, n.id) for n in shown.values())
        cached = room.cache["vote_notes"] = (key, zones, shown, order, None)
    elif dirty:
        # The order is kept sorted note by note (a phone's note adds one), not sorted again.
        _key, zones, shown, order, listed = cached
        present = {note.id: note for note in notes_of(document, room, sorted(dirty))}
        for note_id in dirty:
            old = shown.pop(note_id, None)
            if old is not None:
                del order[bisect_left(order, (old.z, old.id))]
                listed = None
            note = present.get(note_id)
            if note is not None and note.zone_id in zones and _shown_for_votes(note):
                shown[note_id] = note
                insort(order, (note.z, note.id))
                listed = None
        cached = room.cache["vote_notes"] = (key, zones, shown, order, listed)
    if cached[4] is None:
        shown, order = cached[2], cached[3]
        listed = [
            {"id": i, "text": shown[i].text[:MAX_PHONE_TEXT]} for _z, i in order[:MAX_VOTE_NOTES]
        ]
        cached = room.cache["vote_notes"] = (*cached[:4], listed)
    return list(cached[4])


def _shown_for_votes(note: NoteData) -> bool:
    return note.kind == "note" and bool(note.text.strip()) and not note.hidden


def running_vote(document: BoardDocument, room: PhoneRoom) -> VoteData | None:
    """The vote in progress, read once until a vote changes."""
    return _cached(room, "vote", document.votes.running)


def votable(document: BoardDocument, room: PhoneRoom, vote: VoteData, note_id: int) -> bool:
    """Whether a phone may put a dot on this note: one of the notes :func:`vote_notes` lists
    (any of them, not only the first ones a phone is shown), checked on the note itself."""
    found = notes_of(document, room, [note_id])
    if not found or not _shown_for_votes(found[0]) or found[0].zone_id is None:
        return False
    zone = zone_of(document, room, found[0].zone_id)
    if zone is None or not is_cell(zone):
        return False
    return (
        zone.frame_id == vote.frame_id if vote.frame_id is not None else room.is_open(zone.frame_id)
    )


def open_cells(document: BoardDocument, room: PhoneRoom) -> list[dict[str, Any]]:
    """The open frames and their cells in words ("Loppuasiakas · Unelmat"), from one grid
    read per frame; cached until a frame or zone changes."""
    cached = room.cache.get("frames")
    if cached is not None:
        return list(cached)
    frames: list[dict[str, Any]] = []
    for frame_id in sorted(room.open_frames()):
        frame = document.frames.get(frame_id)
        if frame is None:
            continue
        grid = document.frames.grid(frame_id)
        rows = {z.row: z.title for z in grid.rows}
        cols = {z.col: z.title for z in grid.columns}
        cells = [
            {
                "id": z.id,
                "label": " · ".join(
                    part for part in (rows.get(z.row, ""), cols.get(z.col, ""), z.title) if part
                )
                or frame.title,
            }
            for z in grid.cells
        ]
        frames.append(
            {
                "id": frame.id,
                "title": frame.title,
                "cells": cells,
                "cards": is_card_wall(document, frame.id, room),
            }
        )
    room.cache["frames"] = frames
    return list(frames)


def _cached(room: PhoneRoom, key: str, read: Callable[[], T]) -> T:
    if key not in room.cache:
        room.cache[key] = read()
    return cast(T, room.cache[key])
