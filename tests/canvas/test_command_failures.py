"""The one failure path of every command: whatever an operation raises (a refusal or a bug),
nothing reaches Qt, the step is dropped, the scene shows the file, and a sentence is said."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QPointF

from canvas.commands import PatchNotesCommand
from canvas.frame_commands import RenameFrameCommand
from models.templates.starters import STARTERS
from tests.canvas.conftest import Board
from tests.fixtures.faults import refused_writes


def test_an_unexpected_error_in_a_command_is_reported_not_raised(
    board: Board, caplog: pytest.LogCaptureFixture
) -> None:
    note_id = board.add(text="yksi")
    item = board.scene.item_for(note_id)
    assert item is not None
    item.setPos(QPointF(300.0, 300.0))  # a preview the command will not keep
    messages: list[str] = []
    with caplog.at_level(logging.ERROR):
        # A colour the model rejects with ValueError: a bug in a caller, not a refusal.
        board.stack.push(
            PatchNotesCommand(
                board.document, {note_id: {"colour": "kirkas"}}, "Colour", messages.append
            )
        )
    assert board.stack.count() == 0
    assert len(messages) == 1 and "could not be made" in messages[0]
    assert (item.pos().x(), item.pos().y()) == (0.0, 0.0), "the preview gave way to the file"
    assert any("a command failed" in r.getMessage() for r in caplog.records), "logged for us"
    board.stack.push(
        PatchNotesCommand(board.document, {note_id: {"x": 40.0}}, "Move", messages.append)
    )
    assert board.note(note_id).x == 40.0, "the document is usable afterwards"


def test_a_refused_undo_keeps_the_screen_equal_to_the_file(board: Board) -> None:
    note_id = board.add(text="yksi")
    messages: list[str] = []
    board.stack.push(
        PatchNotesCommand(board.document, {note_id: {"x": 500.0}}, "Move", messages.append)
    )
    with refused_writes(board.document):
        board.stack.undo()
    assert messages and board.note(note_id).x == 500.0
    item = board.scene.item_for(note_id)
    assert item is not None and item.pos().x() == 500.0


def test_frame_commands_fail_the_same_way(board: Board) -> None:
    frame_id = board.document.frames.instantiate(STARTERS[0], 0.0, 0.0)
    messages: list[str] = []
    with refused_writes(board.document):
        board.stack.push(
            RenameFrameCommand(board.document, frame_id, "Uusi nimi", "Rename", messages.append)
        )
    assert board.stack.count() == 0 and len(messages) == 1
    assert board.document.frames.get(frame_id).title != "Uusi nimi"
