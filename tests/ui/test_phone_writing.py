"""Writing from a phone against the real server on 127.0.0.1: a note lands in a free slot of
its cell in the group's colour and can be undone on the laptop; the phone edits and withdraws
its own notes until the frame is locked, sees what the laptop did to them, and fills its
experiment card and later its "afterwards" half."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.phone_support import Phone, joined, run, setup
from tests.ui.room_boards import settle
from ui.main_window import MainWindow


def test_a_note_from_a_phone_lands_in_its_cell_in_the_group_colour_and_can_be_undone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    joined(qtbot, window, phone, group=1)
    status, answer = run(
        qtbot,
        lambda: phone.request(
            "POST", "/api/notes", {"zone_id": cells[0], "text": "Kotileivonnaiset <b>&</b>"}
        ),
    )
    assert status == 200, answer
    doc = window.document
    note = doc.notes.get(answer["id"])
    assert note is not None and note.zone_id == cells[0]
    assert note.text == "Kotileivonnaiset <b>&</b>"
    assert note.colour == doc.groups.all()[1].colour
    assert note.author == "Aino"
    settle()
    assert window.scene.item_for(note.id) is not None
    window.undo_stack.undo()
    assert doc.notes.get(note.id) is None and window.scene.item_for(note.id) is None
    window.undo_stack.redo()
    assert doc.notes.get(note.id) is not None


def test_second_note_goes_beside_the_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    joined(qtbot, window, phone)
    ids = [
        run(
            qtbot, lambda t=t: phone.request("POST", "/api/notes", {"zone_id": cells[0], "text": t})
        )[1]["id"]
        for t in ("yksi", "kaksi")
    ]
    first, second = window.document.notes.many(ids)
    assert (first.x, first.y) != (second.x, second.y)
    assert first.zone_id == second.zone_id == cells[0]


def test_own_notes_can_be_edited_and_withdrawn_until_locked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    other = Phone(phone.base, phone.token)
    joined(qtbot, window, phone)
    joined(qtbot, window, other, name="Bertta")
    note_id = run(
        qtbot, lambda: phone.request("POST", "/api/notes", {"zone_id": cells[0], "text": "eka"})
    )[1]["id"]
    assert (
        run(qtbot, lambda: other.request("PUT", f"/api/notes/{note_id}", {"text": "kaapattu"}))[0]
        == 404
    )
    assert run(qtbot, lambda: other.request("DELETE", f"/api/notes/{note_id}"))[0] == 404
    assert (
        run(qtbot, lambda: phone.request("PUT", f"/api/notes/{note_id}", {"text": "korjattu"}))[0]
        == 200
    )
    assert window.document.notes.get(note_id).text == "korjattu"
    state = run(qtbot, lambda: phone.request("GET", "/api/state"))[1]
    assert [n["text"] for n in state["notes"]] == ["korjattu"]
    assert run(qtbot, lambda: other.request("GET", "/api/state"))[1]["notes"] == []
    control = window.phones
    control.room.set_open(window.document.frames.all()[0].id, False)
    status, answer = run(
        qtbot, lambda: phone.request("PUT", f"/api/notes/{note_id}", {"text": "myöhässä"})
    )
    assert (status, answer["error"]) == (403, "locked")
    assert run(qtbot, lambda: phone.request("DELETE", f"/api/notes/{note_id}"))[0] == 403
    control.room.set_open(window.document.frames.all()[0].id, True)
    assert run(qtbot, lambda: phone.request("DELETE", f"/api/notes/{note_id}"))[0] == 200
    assert window.document.notes.get(note_id) is None


def test_the_phone_sees_what_the_laptop_did_to_its_notes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    joined(qtbot, window, phone)
    ids = [
        run(
            qtbot, lambda t=t: phone.request("POST", "/api/notes", {"zone_id": cells[0], "text": t})
        )[1]["id"]
        for t in ("eka", "toka")
    ]
    state = run(qtbot, lambda: phone.request("GET", "/api/state"))[1]
    assert [n["text"] for n in state["notes"]] == ["eka", "toka"]
    doc = window.document
    doc.notes.update({ids[0]: {"text": "ohjaaja korjasi"}})
    window.undo_stack.undo()  # the laptop takes the second phone note back
    state = run(qtbot, lambda: phone.request("GET", "/api/state"))[1]
    assert [n["text"] for n in state["notes"]] == ["ohjaaja korjasi"]


def test_experiment_card_then_the_afterwards_half(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, _cells, themes = setup(window, tmp_path)
    doc = window.document
    window.phones.room.set_open(doc.frames.all()[1].id, True)
    joined(qtbot, window, phone, name="Aino")
    before = {
        "problem": "Asiakas odottaa",
        "try": "Soitan takaisin",
        "expect": "Vähemmän",
        "start_date": "6.3.2026",
    }
    status, answer = run(
        qtbot, lambda: phone.request("PUT", "/api/card", {"zone_id": themes[0], "fields": before})
    )
    assert status == 200, answer
    card = doc.notes.get(answer["id"])
    assert card.kind == "experiment" and card.zone_id == themes[0]
    assert card.fields["start_date"] == "2026-03-06" and card.fields["owner"] == "Aino"
    assert card.fields["theme"] == doc.frames.zone(themes[0]).title.strip()
    after = {"happened": "Jonot lyhenivät", "solved": "partly"}
    assert run(qtbot, lambda: phone.request("PUT", "/api/card", {"fields": after}))[0] == 200
    card = doc.notes.get(card.id)
    assert card.fields["happened"] == "Jonot lyhenivät" and card.fields["problem"]
    bad = run(qtbot, lambda: phone.request("PUT", "/api/card", {"fields": {"solved": "maybe"}}))
    assert bad[0] == 400
    bad = run(qtbot, lambda: phone.request("PUT", "/api/card", {"fields": {"secret": "x"}}))
    assert bad[0] == 400
    assert doc.notes.count() == 1
