"""The right-click menu on frames: stages and segments added, moved and removed with their
notes, removal asking first, feelings, tidying and renaming, all undoable."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from models.records import ZoneData
from tests.ui.templates_support import (
    answer,
    choose,
    file_rows,
    new_board,
    question,
    right_click,
    show,
)
from ui.main_window import MainWindow


def _fill(window: MainWindow, zones: list[ZoneData], text: str) -> list[int]:
    doc = window.document
    assert doc is not None
    ids = doc.notes.add(
        [
            {
                "text": f"{text} {i}: Sámi ŋ",
                "x": z.x + 20.0,
                "y": z.y + 20.0,
                "width": 140.0,
                "height": 140.0,
            }
            for i, z in enumerate(zones)
        ]
    )
    doc.frames.assign_zones(ids)
    return ids


def _centre(zone: ZoneData) -> tuple[float, float]:
    return zone.x + zone.width / 2, zone.y + zone.height / 2


def test_stages_added_moved_and_removed_with_their_notes(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    frame_id = new_board(window, qtbot, tmp_path / "polku.pajalauta", "journey_map")
    doc, stack = window.document, window.undo_stack
    assert doc is not None and stack is not None
    grid = doc.frames.grid(frame_id)
    waiting = grid.columns[3]
    notes = _fill(window, [c for c in grid.cells if c.col == 3], "odotus")
    start = file_rows(window)
    show(window, *_centre(waiting))
    choose(right_click(window, qtbot, *_centre(waiting)), "Add Column After")
    grid = doc.frames.grid(frame_id)
    assert len(grid.columns) == 7 and grid.columns[4].title == ""
    added = file_rows(window)
    show(window, *_centre(grid.columns[3]))
    choose(right_click(window, qtbot, *_centre(grid.columns[3])), "Move Column Right")
    grid = doc.frames.grid(frame_id)
    assert grid.columns[4].key == "waiting"
    for note_id in notes:
        note = doc.notes.get(note_id)
        zone = doc.frames.zone(note.zone_id)  # type: ignore[union-attr, arg-type]
        assert zone is not None and zone.col == 4 and zone.x < note.x < zone.x + zone.width, (
            "the notes moved with their stage"
        )
    moved = file_rows(window)
    show(window, *_centre(grid.columns[4]))
    choose(right_click(window, qtbot, *_centre(grid.columns[4])), "Remove Column…")
    box = question(window, qtbot)
    assert "Odottaminen" in box.text() and "5" in box.text()
    answer(box, qtbot, "Move Notes Below the Frame")
    frame = doc.frames.get(frame_id)
    assert frame is not None and len(doc.frames.grid(frame_id).columns) == 6
    for note_id in notes:
        note = doc.notes.get(note_id)
        assert note is not None, "never deleted silently"
        assert note.zone_id is None and note.y > frame.y + frame.height
    for expected in (moved, added, start):
        stack.undo()
        assert file_rows(window) == expected
    for expected in (added, moved):
        stack.redo()
        assert file_rows(window) == expected


def test_removing_a_segment_with_notes_can_be_cancelled_or_delete_them(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    frame_id = new_board(window, qtbot, tmp_path / "unelmat.pajalauta", "dream_fear")
    doc, stack = window.document, window.undo_stack
    assert doc is not None and stack is not None
    grid = doc.frames.grid(frame_id)
    segment = grid.rows[1]
    notes = _fill(window, [c for c in grid.cells if c.row == 1], "loppuasiakas")
    before = file_rows(window)
    show(window, *_centre(segment))
    choose(right_click(window, qtbot, *_centre(segment)), "Remove Row…")
    answer(question(window, qtbot), qtbot, "Cancel")
    assert file_rows(window) == before and stack.count() == 0
    choose(right_click(window, qtbot, *_centre(segment)), "Remove Row…")
    answer(question(window, qtbot), qtbot, "Delete the Notes")
    assert [doc.notes.get(i) for i in notes] == [None] * len(notes)
    assert [z.title for z in doc.frames.grid(frame_id).rows] == [
        "Kunta asiakkaana",
        "Kunnan henkilöstö asiakkaana",
    ]
    stack.undo()
    assert file_rows(window) == before


def test_segments_added_above_and_reordered_from_a_cell(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    frame_id = new_board(window, qtbot, tmp_path / "rivit.pajalauta", "dream_fear")
    doc, stack = window.document, window.undo_stack
    assert doc is not None and stack is not None
    cell = doc.frames.grid(frame_id).cell(2, 1)
    assert cell is not None
    _fill(window, [cell], "henkilöstö")
    before = file_rows(window)
    show(window, *_centre(cell))
    choose(right_click(window, qtbot, *_centre(cell)), "Move Row Up")
    assert [z.key for z in doc.frames.grid(frame_id).rows] == [
        "municipality",
        "staff",
        "end_customer",
    ]
    cell = doc.frames.grid(frame_id).cell(1, 1)
    assert cell is not None
    show(window, *_centre(cell))
    choose(right_click(window, qtbot, *_centre(cell)), "Add Row Above")
    assert len(doc.frames.grid(frame_id).rows) == 4
    stack.undo()
    stack.undo()
    assert file_rows(window) == before


def test_feeling_tidy_rename_and_remove_frame_from_the_menu(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    frame_id = new_board(window, qtbot, tmp_path / "tunteet.pajalauta", "journey_map", "en")
    doc, stack, view = window.document, window.undo_stack, window.view
    assert doc is not None and stack is not None and view is not None
    feelings = doc.frames.grid(frame_id).cell(2, 1)
    assert feelings is not None
    x, y = feelings.x + 60, feelings.y + 60
    show(window, x, y)
    choose(right_click(window, qtbot, x, y), "−1  bad")
    assert doc.frames.zone(feelings.id).data["mood"] == -1  # type: ignore[union-attr]
    ids = doc.notes.add(
        [
            {
                "text": t,
                "x": feelings.x + 200 - 40 * i,
                "y": feelings.y + 5,
                "width": 100.0,
                "height": 100.0,
            }
            for i, t in enumerate("abc")
        ]
    )
    doc.frames.assign_zones(ids)
    scattered = file_rows(window)
    choose(right_click(window, qtbot, feelings.x + 440, feelings.y + 250), "Tidy Up This Cell")
    tidied = file_rows(window)
    assert tidied != scattered
    stack.undo()
    assert file_rows(window) == scattered
    stack.redo()
    header = doc.frames.grid(frame_id).columns[1]
    show(window, *_centre(header))
    choose(right_click(window, qtbot, *_centre(header)), "Rename Title")
    assert view.inline_edits().active
    editor = view.inline_edits().editor
    assert editor is not None and editor.toPlainText() == "Finding information"
    view.inline_edits().finish(keep=False)
    frame = doc.frames.get(frame_id)
    assert frame is not None
    choose(right_click(window, qtbot, frame.x + 200, frame.y + 40), "Remove Frame…")
    answer(question(window, qtbot), qtbot, "Keep the Notes")
    assert doc.frames.all() == []
    assert all(doc.notes.get(i).zone_id is None for i in ids)  # type: ignore[union-attr]
    stack.undo()
    assert file_rows(window) == tidied


def test_a_theme_added_and_removed_on_the_experiment_wall(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    frame_id = new_board(window, qtbot, tmp_path / "seinä.pajalauta", "experiment_wall")
    doc, stack = window.document, window.undo_stack
    assert doc is not None and stack is not None
    first = doc.frames.grid(frame_id).cells[0]
    show(window, first.x + 500, first.y + 700, 0.3)
    choose(right_click(window, qtbot, first.x + 500, first.y + 700), "Add Theme")
    cells = doc.frames.grid(frame_id).cells
    assert len(cells) == 7 and cells[-1].title == "New theme"
    added = cells[-1]
    show(window, added.x + 500, added.y + 700, 0.3)
    choose(right_click(window, qtbot, added.x + 500, added.y + 700), "Remove Theme…")
    assert len(doc.frames.grid(frame_id).cells) == 6, "an empty theme goes without asking"
    stack.undo()
    stack.undo()
    assert len(doc.frames.grid(frame_id).cells) == 6
