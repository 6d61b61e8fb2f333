"""Removing a group by mistake during a vote and pressing Undo gives back everything the
group had: its notes, and its dots (its colour on the board and its spent budget). Before,
the dots came back without their group, and the group could vote its whole budget again."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.room_boards import make_room_board, open_board
from ui.main_window import MainWindow


def test_undoing_a_removed_group_gives_back_its_dots(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "äänet.pajalauta"))
    group = doc.groups.all()[0].id
    note = doc.notes.all()[0].id
    vote = doc.votes.start("Paras idea", budget=3)
    for _ in range(3):
        doc.votes.place_dot(vote, note, group)
    window.room.groups.set_current(group)
    stack = window.undo_stack
    assert stack is not None
    window.room.groups.remove_current()
    assert doc.groups.get(group) is None
    stack.undo()
    assert doc.groups.get(group) is not None
    assert [dot.group_id for dot in doc.votes.dots(vote)] == [group] * 3
    assert doc.votes.remaining(vote, group) == 0, "the budget stays spent"
    stack.redo()
    assert doc.groups.get(group) is None
    stack.undo()
    assert [dot.group_id for dot in doc.votes.dots(vote)] == [group] * 3
