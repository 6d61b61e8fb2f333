"""The phone server for real: HTTP on 127.0.0.1 against the laptop window's own board.

Every endpoint with good and bad input; what a phone is told was saved is in the file; the
laptop can undo a phone's note; stopping frees the port.
"""

from __future__ import annotations

import socket
from pathlib import Path

from pytestqt.qtbot import QtBot

from models.frame_types import is_cell
from models.phone_ops import MAX_PHONE_TEXT
from tests.ui.phone_support import Phone, make_phone_board, open_phones, run
from tests.ui.room_boards import open_board, settle
from ui.main_window import MainWindow


def setup(window: MainWindow, tmp_path: Path) -> tuple[Phone, list[int], list[int]]:
    doc = open_board(window, make_phone_board(tmp_path / "puhelimet.pajalauta"))
    control = open_phones(window)
    assert control.room is not None and control.server is not None
    dream, wall = doc.frames.all()
    control.room.set_open(dream.id, True)
    control.room.set_open(wall.id, False)
    cells = [z.id for z in doc.frames.zones(dream.id) if is_cell(z)]
    themes = [z.id for z in doc.frames.zones(wall.id) if is_cell(z)]
    return Phone(control.server.url(with_token=False), control.room.token), cells, themes


def joined(
    qtbot: QtBot, window: MainWindow, phone: Phone, group: int = 0, name: str = "Aino"
) -> None:
    group_id = window.document.groups.all()[group].id
    status, answer = run(
        qtbot, lambda: phone.request("POST", "/api/join", {"group_id": group_id, "name": name})
    )
    assert status == 200, answer


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


def test_requests_without_the_right_token_are_refused_and_store_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    joined(qtbot, window, phone)
    body = {"zone_id": cells[0], "text": "ei saa tallentua"}
    assert run(qtbot, lambda: phone.request("POST", "/api/notes", body, token=False))[0] == 401
    assert run(qtbot, lambda: phone.request("POST", "/api/notes", body, token="arvaus"))[0] == 401
    assert run(qtbot, lambda: phone.request("GET", "/api/state", token=False))[0] == 401
    status, page, _headers = run(qtbot, lambda: phone.page("/?t=arvaus"))
    assert status == 200 and "Kirjoita valkokankaalla näkyvä koodi" in page
    assert "Ryhmä" not in page
    assert window.document.notes.count() == 0


def test_a_write_without_a_session_or_from_another_origin_is_refused(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    body = {"zone_id": cells[0], "text": "ilman istuntoa"}
    status, answer = run(qtbot, lambda: phone.request("POST", "/api/notes", body))
    assert status == 401 and answer["error"] == "no_session"
    assert answer["message"] == "Liity ensin ryhmään."
    joined(qtbot, window, phone)
    status, _ = run(
        qtbot,
        lambda: phone.request(
            "POST", "/api/notes", body, headers={"Origin": "http://evil.example"}
        ),
    )
    assert status == 403
    status, _ = run(
        qtbot,
        lambda: phone.request(
            "POST", "/api/notes", data=b"zone_id=1&text=x", content_type="text/plain"
        ),
    )
    assert status == 415
    assert window.document.notes.count() == 0


def test_bad_input_is_refused_with_the_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, themes = setup(window, tmp_path)
    joined(qtbot, window, phone)
    cases = [
        ({"zone_id": 999_999, "text": "x"}, 404, "unknown_cell"),
        ({"zone_id": themes[0], "text": "x"}, 403, "locked"),
        ({"zone_id": cells[0], "text": "x" * (MAX_PHONE_TEXT + 1)}, 413, "too_long"),
        ({"zone_id": cells[0], "text": "   "}, 400, "empty"),
        ({"zone_id": "1; DROP TABLE notes", "text": "x"}, 400, "bad_request"),
        ({"zone_id": True, "text": "x"}, 400, "bad_request"),
        ({"zone_id": cells[0], "text": ["x"]}, 400, "bad_request"),
    ]
    for body, status, code in cases:
        got, answer = run(qtbot, lambda b=body: phone.request("POST", "/api/notes", b))
        assert (got, answer.get("error")) == (status, code), body
    got, answer = run(
        qtbot,
        lambda: phone.request(
            "POST", "/api/notes", data=b"{not json", content_type="application/json"
        ),
    )
    assert got == 400
    got, _ = run(
        qtbot,
        lambda: phone.request("POST", "/api/notes", {"zone_id": cells[0], "text": "x" * 40_000}),
    )
    assert got == 413
    assert window.document.notes.count() == 0


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


def test_dots_follow_the_group_budget(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    doc = window.document
    joined(qtbot, window, phone)
    ids = [
        run(
            qtbot, lambda t=t: phone.request("POST", "/api/notes", {"zone_id": cells[0], "text": t})
        )[1]["id"]
        for t in ("A", "B")
    ]
    assert run(qtbot, lambda: phone.request("POST", "/api/dots", {"note_id": ids[0]}))[0] == 409
    vote_id = doc.votes.start("Paras idea", budget=2, frame_id=doc.frames.all()[0].id)
    for note_id in (ids[0], ids[1]):
        assert (
            run(qtbot, lambda n=note_id: phone.request("POST", "/api/dots", {"note_id": n}))[0]
            == 200
        )
    status, answer = run(qtbot, lambda: phone.request("POST", "/api/dots", {"note_id": ids[0]}))
    assert (status, answer["error"]) == (409, "no_dots_left")
    assert run(qtbot, lambda: phone.request("POST", "/api/dots", {"note_id": 123456}))[0] == 404
    assert len(doc.votes.dots(vote_id)) == 2
    state = run(qtbot, lambda: phone.request("GET", "/api/state"))[1]
    assert state["vote"]["remaining"] == 0
    assert (
        run(qtbot, lambda: phone.request("POST", "/api/dots/remove", {"note_id": ids[1]}))[0] == 200
    )
    assert doc.votes.remaining(vote_id, doc.groups.all()[0].id) == 1
    window.undo_stack.undo()
    assert doc.votes.remaining(vote_id, doc.groups.all()[0].id) == 0


def test_join_code_leads_to_the_token_and_wrong_codes_are_slowed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, _cells, _themes = setup(window, tmp_path)
    room = window.phones.room

    def send_code(code: str) -> tuple[int, dict[str, str]]:
        return phone.request(
            "POST",
            "/join",
            data=f"code={code}".encode(),
            content_type="application/x-www-form-urlencoded",
            token=False,
        )

    status, page, headers = run(qtbot, lambda: phone.page("/"))
    assert status == 200 and "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert "<script>" not in page and headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "no-referrer"
    status, answer = run(qtbot, lambda: send_code(room.join_code))
    assert status == 200 and "/static/phone.js" in answer["raw"]  # redirected to ?t=token
    wrong = "000000" if room.join_code != "000000" else "111111"
    for _ in range(6):
        assert run(qtbot, lambda: send_code(wrong))[0] == 403
    assert run(qtbot, lambda: send_code(room.join_code))[0] == 429


def test_a_burst_of_phones_loses_nothing_acknowledged(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    phones = [Phone(phone.base, phone.token) for _ in range(12)]
    for index, p in enumerate(phones):
        joined(qtbot, window, p, group=index % 3, name=f"P{index}")

    def write(p: Phone, index: int) -> list[int]:
        acked = []
        for n in range(8):
            status, answer = p.request(
                "POST", "/api/notes", {"zone_id": cells[n % len(cells)], "text": f"{index}-{n}"}
            )
            if status == 200:
                acked.append(answer["id"])
        return acked

    from tests.ui.phone_support import POOL, wait

    futures = [POOL.submit(write, p, i) for i, p in enumerate(phones)]
    acked = [i for f in futures for i in wait(qtbot, f, 60000)]
    assert len(acked) == 12 * 8
    window.phones.stop()
    path = window.document.path
    window.close_board()
    import sqlite3

    conn = sqlite3.connect(path)
    stored = {row[0] for row in conn.execute("SELECT id FROM notes")}
    assert set(acked) <= stored
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_stopping_closes_connections_and_frees_the_port(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, _cells, _themes = setup(window, tmp_path)
    control = window.phones
    port = control.server.port
    idle = socket.create_connection(("127.0.0.1", port))
    assert run(qtbot, lambda: phone.request("GET", "/api/state"))[0] == 200
    control.stop()
    assert control.server is None and not control.panel.isVisible()
    idle.settimeout(5)
    assert idle.recv(10) == b""  # the server closed the idle connection
    idle.close()
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))  # the port is free again
    assert control.open("127.0.0.1", port)
    control.stop()


def test_closing_the_board_stops_the_server(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    setup(window, tmp_path)
    port = window.phones.server.port
    window.close_board()
    assert window.phones.server is None
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_a_phone_that_floods_is_slowed_down(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    joined(qtbot, window, phone)

    def flood() -> list[int]:
        return [
            phone.request("POST", "/api/notes", {"zone_id": cells[0], "text": f"{n}"})[0]
            for n in range(30)
        ]

    statuses = run(qtbot, flood, 60000)
    assert 429 in statuses and statuses[0] == 200
    assert window.document.notes.count() == statuses.count(200) < 30


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


def test_a_phone_keeps_its_notes_when_phones_are_closed_and_opened_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    joined(qtbot, window, phone)
    note_id = run(
        qtbot,
        lambda: phone.request("POST", "/api/notes", {"zone_id": cells[0], "text": "ennen taukoa"}),
    )[1]["id"]
    control = window.phones
    control.stop()
    assert control.open("127.0.0.1", 0)
    control.room.set_open(window.document.frames.all()[0].id, True)
    again = Phone(control.server.url(with_token=False), control.room.token)
    again.jar = phone.jar  # the same phone: its cookie survives the break
    again.opener = phone.opener
    state = run(qtbot, lambda: again.request("GET", "/api/state"))[1]
    assert [n["id"] for n in state["notes"]] == [note_id]
    assert (
        run(
            qtbot, lambda: again.request("PUT", f"/api/notes/{note_id}", {"text": "tauon jälkeen"})
        )[0]
        == 200
    )
    old_token = Phone(again.base, phone.token)
    assert run(qtbot, lambda: old_token.request("GET", "/api/state"))[0] == 401
