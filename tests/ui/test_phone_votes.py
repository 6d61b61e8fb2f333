"""Dots from phones: the group's budget holds over the real server, and phones voting many
times a second make the vote panel follow them in a few refreshes, not one per dot, ending
with every dot shown; a single dot shows at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.phone_support import joined, run, setup
from tests.ui.room_boards import make_room_board, open_board
from ui import voting
from ui.main_window import MainWindow


def left_texts(window: MainWindow) -> list[str]:
    panel = window.room.votes.panel
    return [w.text() for w in panel._left_widgets if hasattr(w, "text")]


def test_a_storm_of_dots_refreshes_the_panel_a_few_times_and_ends_right(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voting, "REFRESH_GAP_MS", 600_000)  # a storm, however slow the machine
    doc = open_board(window, make_room_board(tmp_path / "myrsky.pajalauta"))
    votes = window.room.votes
    vote = votes.start_vote("Myrsky", 20)
    group = doc.groups.all()[0].id
    note = doc.notes.all()[0].id
    refreshes: list[int] = []
    original = votes.refresh

    def counted() -> None:
        refreshes.append(1)
        original()

    votes.refresh = counted  # type: ignore[method-assign]
    doc.votes.place_dot(vote, note, group)
    assert len(refreshes) == 1 and "19 left" in left_texts(window), "the first one at once"
    for _ in range(9):
        doc.votes.place_dot(vote, note, group)  # nine more commits in a moment
    assert len(refreshes) == 1 and votes._later.isActive(), "the rest waits for one refresh"
    votes._later.start(0)  # its time has come
    qtbot.waitUntil(lambda: "10 left" in left_texts(window), timeout=5000)
    assert window.room.votes.tally.count(note) == 10


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
