"""What a phone's page shows is kept between polls and only what changed is read again; the
kept view must always equal a fresh read of the board."""

from __future__ import annotations

import random

from models.document import BoardDocument
from models.frame_types import is_cell
from models.phone_ops import add_note, join
from models.phone_room import PhoneRoom
from models.phone_view import vote_notes
from models.templates.starters import DREAM_FEAR, IDEA_LISTS


def fresh(document: BoardDocument, room: PhoneRoom, frame_id: int | None) -> list[object]:
    twin = PhoneRoom()
    for open_frame in room.open_frames():
        twin.set_open(open_frame, True)
    return vote_notes(document, twin, frame_id)


def test_the_vote_list_follows_every_kind_of_change(document: BoardDocument) -> None:
    document.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    first = document.frames.all()[0]
    document.frames.instantiate(IDEA_LISTS, first.width + 400.0, 0.0)
    dream, ideas = document.frames.all()
    room = PhoneRoom()
    document.subscribe(room.on_changes)
    room.set_open(dream.id, True)
    cells = [z for z in document.frames.zones(dream.id) if is_cell(z)]
    phone = join(document, room, None, {"group_id": None})[0]
    rng = random.Random(5)
    for frame_id in (None, dream.id, ideas.id):
        assert vote_notes(document, room, frame_id) == fresh(document, room, frame_id)
    for step in range(120):
        ids = [n.id for n in document.notes.all()]
        roll = rng.random()
        if roll < 0.35 or not ids:
            with document.write():
                room.set_private(rng.random() < 0.2)
                add_note(document, room, phone, {"zone_id": rng.choice(cells).id, "text": "x"})
        elif roll < 0.5:
            document.notes.update({rng.choice(ids): {"text": rng.choice(["", "uusi", " "])}})
        elif roll < 0.6:
            document.notes.update({rng.choice(ids): {"hidden": rng.random() < 0.5}})
        elif roll < 0.7:
            document.notes.remove([rng.choice(ids)])
        elif roll < 0.8:
            note_id = rng.choice(ids)
            document.notes.update({note_id: {"zone_id": None, "x": -5000.0}})
        elif roll < 0.9:
            document.notes.add([{"text": "laptop", "zone_id": rng.choice(cells).id}])
        else:
            document.notes.update({rng.choice(ids): {"z": rng.uniform(-10, 500)}})
        frame_id = rng.choice([None, dream.id])
        assert vote_notes(document, room, frame_id) == fresh(document, room, frame_id), step
    assert len(vote_notes(document, room, None)) > 5
