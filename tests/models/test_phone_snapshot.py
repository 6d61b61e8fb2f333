"""Phones' polls are answered from what the laptop published after its last change; what a
phone is shown from it must always equal a fresh read of the board."""

from __future__ import annotations

import random

from models.document import BoardDocument
from models.frame_types import is_cell
from models.phone_ops import add_note, edit_note, join, place_dot, remove_dot, withdraw_note
from models.phone_room import PhoneRefused, PhoneRoom, PhoneSession
from models.phone_snapshot import PhonePublisher, current, phone_state
from models.templates.starters import DREAM_FEAR


def fresh_state(
    document: BoardDocument, room: PhoneRoom, session: PhoneSession
) -> dict[str, object]:
    """What a room that has read nothing yet shows this phone."""
    twin = PhoneRoom()
    for frame_id in room.open_frames():
        twin.set_open(frame_id, True)
    twin.set_private(room.private)
    return phone_state(PhonePublisher(document, twin).publish(), twin, session, "fi")


def test_the_published_view_follows_phones_and_the_laptop(document: BoardDocument) -> None:
    document.groups.ensure_defaults("fi")
    document.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    frame = document.frames.all()[0]
    cells = [z.id for z in document.frames.zones(frame.id) if is_cell(z)]
    groups = [g.id for g in document.groups.all()]
    room = PhoneRoom()
    document.subscribe(room.on_changes)
    room.set_open(frame.id, True)
    PhonePublisher(document, room).publish()
    phones = [
        join(document, room, None, {"group_id": groups[n % 2], "name": f"P{n}"})[0]
        for n in range(4)
    ]
    rng = random.Random(13)
    removed = None
    for step in range(120):
        phone = rng.choice(phones)
        mine = [n.id for n in document.notes.all() if n.phone_session_id == phone.key]
        every = [n.id for n in document.notes.all()]
        roll = rng.random()
        try:
            if roll < 0.3 or not every:
                add_note(document, room, phone, {"zone_id": rng.choice(cells), "text": "x"})
            elif roll < 0.4 and mine:
                edit_note(document, room, phone, {"id": rng.choice(mine), "text": f"e{step}"})
            elif roll < 0.45 and mine:
                withdraw_note(document, room, phone, {"id": rng.choice(mine)})
            elif roll < 0.6:
                place_dot(document, room, phone, {"note_id": rng.choice(every)})
            elif roll < 0.65:
                remove_dot(document, room, phone, {"note_id": rng.choice(every)})
            elif roll < 0.7:
                removed = document.notes.remove([rng.choice(every)])
                continue  # checked after the undo that may follow
            elif roll < 0.75 and removed is not None:
                document.notes.restore(removed)  # the laptop's undo, right after
            elif roll < 0.8:
                document.notes.update({rng.choice(every): {"hidden": rng.random() < 0.5}})
            elif roll < 0.85:
                running = document.votes.running()
                if running is None:
                    per = rng.choice(["group", "person"])
                    document.votes.start(f"Ä{step}", budget=3, budget_per=per)
                else:
                    document.votes.end(running.id)
            elif roll < 0.9:
                room.set_open(frame.id, rng.random() < 0.8)
            else:
                room.set_private(rng.random() < 0.5)
        except PhoneRefused:
            pass
        removed = None
        snapshot = current(room)
        if snapshot is None:  # the room changed without the board: publish as the server would
            snapshot = PhonePublisher(document, room).publish()
        for each in phones:
            assert phone_state(snapshot, room, each, "fi") == fresh_state(document, room, each), (
                step,
                each.number,
            )
    assert any(phone_state(snapshot, room, p, "fi")["notes"] for p in phones)


def test_a_write_is_in_the_published_view_before_the_phone_hears_it_is_saved(
    document: BoardDocument,
) -> None:
    """The server answers polls without the laptop: the note a phone was told is saved must
    already be in what it reads next."""
    document.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    frame = document.frames.all()[0]
    cell = next(z.id for z in document.frames.zones(frame.id) if is_cell(z))
    room = PhoneRoom()
    document.subscribe(room.on_changes)
    room.set_open(frame.id, True)
    PhonePublisher(document, room).publish()
    phone = join(document, room, None, {"group_id": None})[0]
    with document.write():
        note_id = add_note(document, room, phone, {"zone_id": cell, "text": "Uusi"}).note_ids[0]
    snapshot = current(room)
    assert snapshot is not None, "published with the commit"
    assert [n["id"] for n in phone_state(snapshot, room, phone, "fi")["notes"]] == [note_id]
    room.set_open(frame.id, False)
    assert current(room) is None, "a locked frame is never answered from the old view"
