"""The phone server's life: a burst of phones loses nothing acknowledged (every note in the
file, integrity_check ok), stopping or closing the board closes connections and frees the
port, and a phone keeps its notes when the board is opened to phones again."""

from __future__ import annotations

import socket
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.phone_support import Phone, joined, run, setup
from ui.main_window import MainWindow


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
