"""The phone's rules that live in the model: rate limits, join codes, the phone's language,
where a sent note lands, and the one membership rule shared with the canvas."""

from __future__ import annotations

import pytest

from models.cell_slots import STACK_STEP
from models.document import BoardDocument
from models.experiment import EXPERIMENT_KIND, new_card
from models.frame_types import is_cell
from models.membership import settle
from models.phone_ops import add_note, join
from models.phone_room import Bucket, PhoneRefused, PhoneRoom
from models.phone_sessions import arrivals, hidden_notes, secret_hash, stored_sessions
from models.sqlite_store import raw_connection
from models.templates.starters import DREAM_FEAR, EXPERIMENT_WALL
from ui.phone.texts import TEXTS, pick_language


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_allows_a_burst_then_its_rate() -> None:
    bucket = Bucket(rate=2.0, burst=3.0)
    assert [bucket.take(0.0) for _ in range(4)] == [True, True, True, False]
    assert bucket.take(0.5) and not bucket.take(0.5)


def test_wrong_join_codes_are_slowed_per_address() -> None:
    clock = Clock()
    room = PhoneRoom(clock)
    wrong = "000000" if room.join_code != "000000" else "111111"
    for _ in range(6):
        assert not room.code_ok("10.0.0.5", wrong)
    with pytest.raises(PhoneRefused):
        room.code_ok("10.0.0.5", room.join_code)
    assert room.code_ok("10.0.0.6", room.join_code)
    clock.now = 10.0
    assert room.code_ok("10.0.0.5", room.join_code)


def test_tokens_and_sessions(document: BoardDocument) -> None:
    document.groups.ensure_defaults("fi")
    groups = [g.id for g in document.groups.all()]
    room = PhoneRoom()
    assert room.token_ok(room.token) and not room.token_ok(None)
    assert not room.token_ok(room.token[:-1] + "x") and not room.token_ok("äö")
    phone, secret = join(document, room, None, {"group_id": groups[0], "name": "  Aino  V "})
    assert secret is not None and phone.name == "Aino V" and room.session(secret) is phone
    again, none = join(document, room, phone, {"group_id": groups[1], "name": ""})
    assert again is phone and none is None and phone.group_id == groups[1]
    assert room.session("arvaus") is None and room.session(None) is None
    (stored,) = stored_sessions(document)
    assert stored.secret_sha256 == secret_hash(secret) != secret
    assert (stored.group_id, stored.name, stored.number) == (groups[1], "", phone.number)
    later = PhoneRoom(stored=stored_sessions(document))
    assert later.token != room.token
    known = later.session(secret)
    assert known is not None and known.key == phone.key and known.number == phone.number
    with pytest.raises(PhoneRefused):
        join(document, room, None, {"group_id": 999})
    assert len(stored_sessions(document)) == 1


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("fi-FI,fi;q=0.9,en;q=0.8", "fi"),
        ("sv-FI", "sv"),
        ("en-GB,en", "en"),
        ("de-DE,sv;q=0.5,fi;q=0.7", "fi"),
        ("", "en"),
        ("ja", "en"),
        ("fi;q=abc,sv", "sv"),
    ],
)
def test_the_phone_language_follows_accept_language(header: str, language: str) -> None:
    assert pick_language(header) == language


def test_every_language_has_every_word() -> None:
    assert set(TEXTS["fi"]) == set(TEXTS["sv"]) == set(TEXTS["en"])


def test_phone_notes_fill_free_slots_and_never_land_on_another(document: BoardDocument) -> None:
    document.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    frame = document.frames.all()[0]
    cell = next(z for z in document.frames.zones(frame.id) if is_cell(z))
    room = PhoneRoom()
    room.set_open(frame.id, True)
    phone = join(document, room, None, {"group_id": None})[0]
    ids = [
        add_note(document, room, phone, {"zone_id": cell.id, "text": f"{n}"}).note_ids[0]
        for n in range(8)
    ]
    notes = document.notes.many(ids)
    assert all(n.zone_id == cell.id for n in notes)
    places = {(n.x, n.y) for n in notes}
    assert len(places) == 8
    for a in notes:
        for b in notes:
            if a.id < b.id:
                assert not (
                    a.x < b.x + b.width
                    and b.x < a.x + a.width
                    and a.y < b.y + b.height
                    and b.y < a.y + a.height
                )


def test_a_full_cell_keeps_every_note_sent_to_it(document: BoardDocument) -> None:
    """Sixty phones fill a cell quickly; a note that spilled below would belong to the cell
    below. Beyond its slots, notes are stacked inside the cell, the top of each covered one
    left in view."""
    document.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    frame = document.frames.all()[0]
    cell = next(z for z in document.frames.zones(frame.id) if is_cell(z))
    room = PhoneRoom()
    document.subscribe(room.on_changes)
    room.set_open(frame.id, True)
    phone = join(document, room, None, {"group_id": None})[0]
    ids = []
    for n in range(40):
        with document.write():  # phones' notes come in batches, each slot counted for the next
            ids.append(add_note(document, room, phone, {"zone_id": cell.id, "text": f"{n}"}))
    notes = document.notes.many([change.note_ids[0] for change in ids])
    assert {n.zone_id for n in notes} == {cell.id}
    for note in notes:
        assert cell.x <= note.x and note.x + note.width <= cell.x + cell.width, note
        assert cell.y <= note.y and note.y + note.height <= cell.y + cell.height, note
    places = [(n.x, n.y) for n in notes]
    slots = 9  # three rows of three in this cell
    assert len(set(places[: 2 * slots])) == 2 * slots, "one layer stacked, none on another"
    for covered, cover in zip(places[:slots], places[slots : 2 * slots], strict=True):
        assert cover == (covered[0] + STACK_STEP, covered[1] + STACK_STEP)


def test_one_rule_puts_a_card_in_its_theme(document: BoardDocument) -> None:
    document.frames.instantiate(EXPERIMENT_WALL, 0.0, 0.0)
    frame = document.frames.all()[0]
    theme = next(z for z in document.frames.zones(frame.id) if is_cell(z))
    card = new_card(theme.x + 20, theme.y + 120)
    with document.write():
        ids = document.notes.add([card])
        settle(document, ids)
    stored = document.notes.get(ids[0])
    assert stored.kind == EXPERIMENT_KIND and stored.zone_id == theme.id
    assert stored.fields["theme"] == " ".join(theme.title.split())


def test_kept_slots_give_way_to_what_the_laptop_puts_in_the_cell(document: BoardDocument) -> None:
    document.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    frame = document.frames.all()[0]
    cell = next(z for z in document.frames.zones(frame.id) if is_cell(z))
    room = PhoneRoom()
    document.subscribe(room.on_changes)
    room.set_open(frame.id, True)
    phone = join(document, room, None, {"group_id": None})[0]

    def send(text: str) -> int:
        with document.write():
            change = add_note(document, room, phone, {"zone_id": cell.id, "text": text})
        return change.note_ids[0]

    first = document.notes.get(send("eka"))
    # The laptop puts a note where the phone's next one would go, then moves the first away.
    (laptop,) = document.notes.add([{"text": "läppäri", "x": first.x + 216.0, "y": first.y}])
    document.notes.update({first.id: {"x": first.x - 5000.0}})
    notes = document.notes.many([laptop, send("toka"), send("kolmas")])
    assert (notes[1].x, notes[1].y) == (first.x, first.y), "the freed slot is used again"
    for a in notes:
        for b in notes:
            if a.id < b.id:
                assert not (
                    a.x < b.x + b.width
                    and b.x < a.x + a.width
                    and a.y < b.y + b.height
                    and b.y < a.y + a.height
                ), (a, b)


def test_arrivals_count_every_note_and_every_hidden_one(document: BoardDocument) -> None:
    document.groups.ensure_defaults("fi")
    groups = [g.id for g in document.groups.all()]
    document.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    frame = document.frames.all()[0]
    cell = next(z for z in document.frames.zones(frame.id) if is_cell(z))
    room = PhoneRoom()
    room.set_open(frame.id, True)
    for n, (group, private) in enumerate([(0, True), (0, True), (1, False), (1, True)]):
        phone = join(document, room, None, {"group_id": groups[group]})[0]
        room.set_private(private)
        for k in range(3):
            with document.write():
                add_note(document, room, phone, {"zone_id": cell.id, "text": f"{n}.{k}"})
    found = arrivals(document)
    assert found.written == {groups[0]: 6, groups[1]: 6}
    assert found.hidden == {groups[0]: 6, groups[1]: 3}
    assert sorted(found.per_session.values()) == [3, 3, 3, 3]
    assert len(hidden_notes(document)) == 9


def test_a_phone_note_is_stored_in_its_cell_at_once_and_the_top_frame_still_wins(
    document: BoardDocument,
) -> None:
    """The note is written with the cell whose slot it takes (one row write, no second
    change for the scene to follow), and the membership rule still decides: where another
    frame lies over the cell, the note belongs to that frame's cell, as on the laptop."""
    document.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    under = document.frames.all()[0]
    cell = next(z for z in document.frames.zones(under.id) if is_cell(z))
    room = PhoneRoom()
    room.set_open(under.id, True)
    phone = join(document, room, None, {"group_id": None})[0]
    written: list[str] = []

    def count(statement: str) -> None:
        if statement.lstrip().upper().startswith(("INSERT INTO NOTES", "UPDATE NOTES")):
            written.append(statement.split()[0].upper())

    # SQLite's own trace: it sees statements run through the driver directly too.
    raw = raw_connection(document._engine)
    raw.set_trace_callback(count)
    first = add_note(document, room, phone, {"zone_id": cell.id, "text": "eka"}).note_ids[0]
    raw.set_trace_callback(None)
    assert written == ["INSERT"], "written once, in its cell"
    assert document.notes.get(first).zone_id == cell.id

    document.frames.instantiate(DREAM_FEAR, 0.0, 0.0)  # a second frame on top of the first
    over = next(f for f in document.frames.all() if f.id != under.id)
    top_cells = {z.id for z in document.frames.zones(over.id) if is_cell(z)}
    second = add_note(document, room, phone, {"zone_id": cell.id, "text": "toka"}).note_ids[0]
    assert document.notes.get(second).zone_id in top_cells
    assert document.notes.get(second).zone_id == document.frames.zone_at(
        *centre_of(document.notes.get(second))
    )


def centre_of(note: object) -> tuple[float, float]:
    return (
        note.x + note.width / 2,  # type: ignore[attr-defined]
        note.y + note.height / 2,  # type: ignore[attr-defined]
    )
