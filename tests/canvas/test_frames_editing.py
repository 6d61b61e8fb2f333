"""Frames edited on the canvas with real events: drag by the title bar, rename in place, mark
feelings, tidy; and every template command undone and redone to the same rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from canvas.frame_commands import (
    FrameEditCommand,
    InsertFrameCommand,
    SetMoodCommand,
    TidyZoneCommand,
)
from canvas.mood_item import TICK_LOD
from models.frame_types import ZoneNotEmptyError
from models.templates import get_template
from models.templates.plan import MOOD
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import (
    ORIGIN,
    SMALL_GRID,
    cell,
    frame_rows,
    insert_small_grid,
)


def _report(message: str) -> None:
    raise AssertionError(message)


def test_dragging_the_title_bar_moves_the_frame_with_its_notes_in_one_step(board: Board) -> None:
    frame_id = insert_small_grid(board)
    inside = cell(board, frame_id, 1, 1)
    member = board.add(text="ateriahetki", x=inside.x + 10, y=inside.y + 10)
    loose = board.add(text="irrallaan", x=350.0, y=320.0)
    board.document.frames.assign_zones([member, loose])
    before = frame_rows(board, frame_id)
    bar = board.vp(ORIGIN[0] + 300, ORIGIN[1] + 25)
    board.drag(bar, bar + (board.vp(100, 60) - board.vp(0, 0)))
    frame = board.document.frames.get(frame_id)
    assert frame is not None and (frame.x, frame.y) == (ORIGIN[0] + 100, ORIGIN[1] + 60)
    note = board.note(member)
    assert (note.x, note.y, note.zone_id) == (inside.x + 110, inside.y + 70, inside.id)
    assert (board.note(loose).x, board.note(loose).y) == (350.0, 320.0), "loose notes stay"
    item = board.scene.frames.frame_item(frame_id)
    assert item is not None and item.pos().x() == ORIGIN[0] + 100
    assert board.scene.item_for(member).pos().x() == inside.x + 110  # type: ignore[union-attr]
    assert board.stack.count() == 1
    board.stack.undo()
    assert frame_rows(board, frame_id) == before
    assert board.scene.frames.frame_item(frame_id).pos().x() == ORIGIN[0]  # type: ignore[union-attr]
    board.stack.redo()
    assert board.document.frames.get(frame_id).x == ORIGIN[0] + 100  # type: ignore[union-attr]


def test_escape_cancels_a_frame_drag(board: Board) -> None:
    frame_id = insert_small_grid(board)
    viewport = board.view.viewport()
    bar = board.vp(ORIGIN[0] + 300, ORIGIN[1] + 25)
    board.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=bar)
    board.qtbot.mouseMove(viewport, bar + board.vp(80, 0) - board.vp(0, 0))
    board.key(Qt.Key.Key_Escape)
    board.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=bar)
    assert board.stack.count() == 0
    assert board.scene.frames.frame_item(frame_id).pos().x() == ORIGIN[0]  # type: ignore[union-attr]


def test_double_click_a_header_renames_it_in_place_in_one_step(board: Board) -> None:
    frame_id = insert_small_grid(board)
    header = board.document.frames.grid(frame_id).columns[0]
    item = board.scene.frames.zone_item(header.id)
    assert item is not None
    title_at = item.mapToScene(item.text_box().title_at)
    board.double_click(board.vp(title_at.x() + 60, title_at.y() + 10))
    assert board.view.inline_edits().active
    board.type("Unelmat – Sámi: áđŋ")
    board.key(Qt.Key.Key_Return)
    assert not board.view.inline_edits().active
    zone = board.document.frames.zone(header.id)
    assert zone is not None and (zone.title, zone.prompt) == (
        "Unelmat – Sámi: áđŋ",
        "Mitä vasemmalla?",
    )
    assert board.stack.count() == 1
    board.stack.undo()
    assert board.document.frames.zone(header.id).title == "Vasen"  # type: ignore[union-attr]


def test_double_click_a_prompt_edits_the_prompt_and_escape_keeps_the_typed_text(
    board: Board,
) -> None:
    frame_id = insert_small_grid(board)
    row = board.document.frames.grid(frame_id).rows[0]
    item = board.scene.frames.zone_item(row.id)
    assert item is not None
    prompt_at = item.mapToScene(item.text_box().prompt_at)
    board.double_click(board.vp(prompt_at.x() + 20, prompt_at.y() + 8))
    board.type("Keitä he?")
    board.key(Qt.Key.Key_Escape)
    assert board.document.frames.zone(row.id).prompt == "Keitä he?"  # type: ignore[union-attr]
    board.stack.undo()
    assert board.document.frames.zone(row.id).prompt == "Ylhäällä"  # type: ignore[union-attr]
    board.double_click(board.vp(prompt_at.x() + 20, prompt_at.y() + 8))
    board.type("Keitä he ovat?")
    board.click(board.vp(400.0, 300.0))  # clicking elsewhere keeps the text
    assert board.document.frames.zone(row.id).prompt == "Keitä he ovat?"  # type: ignore[union-attr]
    assert board.document.frames.zone(row.id).title == "Ylärivi"  # type: ignore[union-attr]


def test_double_click_the_title_bar_renames_the_frame(board: Board) -> None:
    frame_id = insert_small_grid(board)
    board.double_click(board.vp(ORIGIN[0] + 100, ORIGIN[1] + 25))
    board.type("Juva 6.3.")
    board.key(Qt.Key.Key_Return)
    assert board.document.frames.get(frame_id).title == "Juva 6.3."  # type: ignore[union-attr]
    board.stack.undo()
    assert board.document.frames.get(frame_id).title == "Pieni ruudukko"  # type: ignore[union-attr]


def test_clicking_a_step_marks_a_feeling_and_dragging_the_mark_moves_it(board: Board) -> None:
    board.view.zoom_reset()
    frame_id = board.document.frames.instantiate(get_template("journey_map"), -350.0, -1000.0)
    feelings = cell(board, frame_id, 2, 0)
    board.view.centerOn(feelings.x + feelings.width / 2, feelings.y + feelings.height / 2)
    assert board.view.scale_factor() >= TICK_LOD
    x = feelings.x + feelings.width / 2
    plus_one = feelings.y + feelings.height * (0.5 - 0.2)
    board.click(board.vp(x, plus_one))
    assert board.document.frames.zone(feelings.id).data[MOOD] == 1  # type: ignore[union-attr]
    minus_two = feelings.y + feelings.height * 0.9
    board.drag(board.vp(x, plus_one), board.vp(x, minus_two))
    assert board.document.frames.zone(feelings.id).data[MOOD] == -2  # type: ignore[union-attr]
    assert board.stack.count() == 2
    board.stack.undo()
    assert board.document.frames.zone(feelings.id).data[MOOD] == 1  # type: ignore[union-attr]
    board.stack.undo()
    assert board.document.frames.zone(feelings.id).data[MOOD] is None  # type: ignore[union-attr]


def test_tidy_command_both_ways(board: Board) -> None:
    frame_id = insert_small_grid(board)
    target = cell(board, frame_id, 0, 0)
    ids = [
        board.add(
            text=str(i),
            x=target.x + 100 - 30 * i,
            y=target.y + 10 + 20 * i,
            width=100.0,
            height=100.0,
        )
        for i in range(3)
    ]
    board.document.frames.assign_zones(ids)
    scattered = board.rows()
    board.stack.push(TidyZoneCommand(board.document, target.id, "Tidy", _report))
    tidied = board.rows()
    assert tidied != scattered
    assert {board.note(i).zone_id for i in ids} == {target.id}
    board.stack.undo()
    assert board.rows() == scattered
    board.stack.redo()
    assert board.rows() == tidied


@pytest.mark.parametrize(
    ("operation", "label"),
    [
        (lambda f, i: f.add_column(i, 1, "Uusi"), "add column"),
        (lambda f, i: f.add_row(i, 0, "Uusi rivi"), "add row"),
        (lambda f, i: f.move_column(i, 0, 1), "move column"),
        (lambda f, i: f.move_row(i, 1, 0), "move row"),
        (lambda f, i: f.remove_column(i, 0, "release"), "remove column, keep notes"),
        (lambda f, i: f.remove_row(i, 0, "delete"), "remove row with its notes"),
    ],
)
def test_structure_commands_undo_and_redo_to_the_same_rows(
    board: Board, operation, label: str
) -> None:
    frame_id = insert_small_grid(board)
    ids = []
    for row in (0, 1):
        for col in (0, 1):
            zone = cell(board, frame_id, row, col)
            ids.append(
                board.add(
                    text=f"{row}/{col} Sámi ŋ",
                    x=zone.x + 30,
                    y=zone.y + 30,
                    width=120.0,
                    height=120.0,
                )
            )
    board.document.frames.assign_zones(ids)
    before = (frame_rows(board, frame_id), board.rows())
    frames = board.document.frames
    board.stack.push(
        FrameEditCommand(board.document, lambda: operation(frames, frame_id), label, _report)
    )
    after = (frame_rows(board, frame_id), board.rows())
    assert after != before
    for note in board.document.notes.all():
        if note.zone_id is not None:
            zone = board.document.frames.zone(note.zone_id)
            assert zone is not None and zone.x <= note.x + 60 < zone.x + zone.width, (
                "notes travel with their cells"
            )
    board.stack.undo()
    assert (frame_rows(board, frame_id), board.rows()) == before
    board.stack.redo()
    assert (frame_rows(board, frame_id), board.rows()) == after
    board.stack.undo()
    assert (frame_rows(board, frame_id), board.rows()) == before
    items = {z.zone_id for z in board.scene.frames.zone_items(frame_id)}
    assert items == {z.id for z in board.document.frames.zones(frame_id)}, "items follow"


def test_removing_a_non_empty_column_is_refused_without_a_choice(board: Board) -> None:
    frame_id = insert_small_grid(board)
    zone = cell(board, frame_id, 0, 0)
    note_id = board.add(text="jää", x=zone.x + 10, y=zone.y + 10)
    board.document.frames.assign_zones([note_id])
    with pytest.raises(ZoneNotEmptyError):
        board.document.frames.remove_column(frame_id, 0)
    messages: list[str] = []
    command = FrameEditCommand(
        board.document,
        lambda: board.document.frames.remove_column(frame_id, 0),
        "remove",
        messages.append,
    )
    board.stack.push(command)
    assert messages and board.stack.count() == 0, "refused: reported, and no undo step"
    assert board.note(note_id).zone_id == zone.id


def test_insert_frame_command_both_ways_and_the_scene_follows(board: Board) -> None:
    command = InsertFrameCommand(
        board.document, SMALL_GRID, 0.0, 0.0, "en", None, "Insert", _report
    )
    board.stack.push(command)
    frame_id = command.frame_id
    assert frame_id is not None
    rows = frame_rows(board, frame_id)
    assert board.document.frames.grid(frame_id).columns[0].title == "Left"
    assert board.scene.frames.frame_item(frame_id) is not None
    board.stack.undo()
    assert board.document.frames.all() == []
    assert board.scene.frames.frame_items() == []
    assert board.scene.frames.zone_items() == []
    board.stack.redo()
    assert frame_rows(board, frame_id) == rows
    assert len(board.scene.frames.zone_items(frame_id)) == len(rows[1])


def test_set_mood_command_that_changes_nothing_leaves_no_step(board: Board) -> None:
    frame_id = board.document.frames.instantiate(get_template("journey_map"), 0.0, 0.0)
    feelings = cell(board, frame_id, 2, 3)
    board.stack.push(SetMoodCommand(board.document, feelings.id, None, "mood", _report))
    assert board.stack.count() == 0
    board.stack.push(SetMoodCommand(board.document, feelings.id, -1, "mood", _report))
    assert board.stack.count() == 1
    mood = board.scene.frames.mood_item(frame_id)
    assert mood is not None and len(mood.points()[0]) == 1
