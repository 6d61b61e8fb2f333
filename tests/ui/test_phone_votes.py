"""Phones voting many times a second: the vote panel follows them in a few refreshes, not one
per dot, and ends showing every dot; a dot placed on the laptop shows at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

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
