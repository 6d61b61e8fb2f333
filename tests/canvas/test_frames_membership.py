"""Notes belong to the cell they are made in or dropped into: real double-clicks and drags."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QUndoStack
from pytestqt.qtbot import QtBot

from canvas.scene import BoardScene
from canvas.view import BoardView
from models.document import BoardDocument
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import ORIGIN, SMALL_GRID, cell, insert_small_grid, point_in


def test_a_double_click_in_a_cell_makes_a_note_of_that_cell_in_one_step(board: Board) -> None:
    frame_id = insert_small_grid(board)
    target = cell(board, frame_id, 1, 0)
    board.double_click(point_in(board, target))
    board.view.edit_session().finish()  # an empty new note is dropped when editing ends …
    assert board.stack.count() == 0
    board.double_click(point_in(board, target))
    board.type("Kotileivonnaiset")
    board.view.edit_session().finish()
    [note] = board.document.notes.all()
    assert note.zone_id == target.id, "the new note belongs to the cell it was made in"
    assert board.document.frames.label(note.zone_id) == "Alarivi · Vasen"
    board.stack.undo()  # the text
    board.stack.undo()  # the note, zone and all
    assert board.document.notes.all() == []
    board.stack.redo()
    assert board.document.notes.all()[0].zone_id == target.id


def point_at(board: Board, pos: QPoint) -> None:
    """Put the pointer over the view (what "New note" places under)."""
    viewport = board.view.viewport()
    QCursor.setPos(viewport.mapToGlobal(pos))
    board.qtbot.mouseMove(viewport, pos)


def test_new_note_under_the_pointer_inside_and_outside_a_frame(board: Board) -> None:
    frame_id = insert_small_grid(board)
    target = cell(board, frame_id, 0, 1)
    point_at(board, point_in(board, target))
    board.view.new_note()
    board.type("x")
    board.view.edit_session().finish()
    [note] = board.document.notes.all()
    assert note.zone_id == target.id
    point_at(board, board.vp(420.0, 250.0))
    board.view.new_note()
    board.type("y")
    board.view.edit_session().finish()
    outside = board.document.notes.all()[-1]
    assert outside.text == "y" and outside.zone_id is None


def test_dragging_a_note_into_a_cell_highlights_it_and_assigns_it(board: Board) -> None:
    frame_id = insert_small_grid(board)
    note_id = board.add(
        text="peruutustieto ei kulje meille", x=340.0, y=-300.0, width=140.0, height=140.0
    )
    target = cell(board, frame_id, 0, 1)
    viewport = board.view.viewport()
    start = board.centre_of(note_id)
    end = point_in(board, target)
    board.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        board.qtbot.mouseMove(viewport, start + (end - start) * (step / 5))
    assert board.scene.frames.highlighted() == {target.id}, "the cell under the note lights up"
    item = board.scene.frames.zone_item(target.id)
    assert item is not None and item.highlighted
    board.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert board.scene.frames.highlighted() == set(), "no highlight after the drop"
    note = board.note(note_id)
    assert note.zone_id == target.id
    assert board.stack.count() == 1, "the move and the membership are one step"
    board.stack.undo()
    note = board.note(note_id)
    assert (note.x, note.y, note.zone_id) == (340.0, -300.0, None)
    board.stack.redo()
    assert board.note(note_id).zone_id == target.id


def test_dragging_a_note_out_of_a_frame_or_to_another_cell(board: Board) -> None:
    frame_id = insert_small_grid(board)
    first, second = cell(board, frame_id, 0, 0), cell(board, frame_id, 1, 1)
    note_id = board.add(text="Toiveruuat", x=first.x + 20, y=first.y + 20)
    board.document.frames.assign_zones([note_id])
    assert board.note(note_id).zone_id == first.id
    board.drag(board.centre_of(note_id), point_in(board, second))
    assert board.note(note_id).zone_id == second.id
    board.drag(board.centre_of(note_id), board.vp(420.0, 250.0))
    assert board.note(note_id).zone_id is None, "dragged out of the frame: no cell"
    board.stack.undo()
    assert board.note(note_id).zone_id == second.id
    board.stack.undo()
    assert board.note(note_id).zone_id == first.id


def test_several_notes_dropped_together_each_take_the_cell_under_their_centre(board: Board) -> None:
    frame_id = insert_small_grid(board)
    top, bottom = cell(board, frame_id, 0, 0), cell(board, frame_id, 1, 0)
    a = board.add(text="a", x=350.0, y=-200.0, width=100.0, height=100.0)
    b = board.add(text="b", x=350.0, y=60.0, width=100.0, height=100.0)
    board.scene.select_notes([a, b])
    board.drag(board.centre_of(a), board.vp(top.x + 100, -150.0))
    assert board.note(a).zone_id == top.id
    assert board.note(b).zone_id == bottom.id
    assert board.stack.count() == 1


def test_nudging_a_note_across_a_cell_edge_changes_its_cell(board: Board) -> None:
    frame_id = insert_small_grid(board)
    left, right = cell(board, frame_id, 0, 0), cell(board, frame_id, 0, 1)
    note_id = board.add(text="n", x=right.x - 60, y=left.y + 40, width=100.0, height=100.0)
    board.document.frames.assign_zones([note_id])
    assert board.note(note_id).zone_id == left.id
    board.scene.select_notes([note_id])
    for _ in range(2):
        board.key(Qt.Key.Key_Right)
    assert board.note(note_id).zone_id == right.id
    assert board.stack.count() == 1, "nudges still merge into one step"
    board.stack.undo()
    assert board.note(note_id).zone_id == left.id


def test_pasted_notes_join_the_cell_at_the_view_centre(board: Board) -> None:
    frame_id = insert_small_grid(board)
    target = cell(board, frame_id, 1, 1)
    board.view.centerOn(target.x + target.width / 2, target.y + target.height / 2)
    QGuiApplication.clipboard().setText("Lähiruuan hyödyntäminen\nKotileivonnaiset")
    board.view.paste()
    notes = board.document.notes.all()
    assert [n.text for n in notes] == ["Lähiruuan hyödyntäminen", "Kotileivonnaiset"]
    assert {n.zone_id for n in notes} == {target.id}
    assert board.stack.count() == 1
    board.stack.undo()
    assert board.document.notes.all() == []


def test_a_read_only_board_ignores_frame_gestures(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "vain-luku.pajalauta"
    writable = BoardDocument.create(path)
    frame_id = writable.frames.instantiate(SMALL_GRID, *ORIGIN)
    writable.close()
    document = BoardDocument.open(path, read_only=True)
    scene = BoardScene(document)
    view = BoardView(scene, QUndoStack())
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_reset()
    view.centerOn(0.0, 0.0)
    try:
        bar = view.mapFromScene(ORIGIN[0] + 300, ORIGIN[1] + 25)
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=bar)
        qtbot.mouseMove(view.viewport(), bar + QPoint(100, 0))
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=bar + QPoint(100, 0))
        assert scene.frames.frame_item(frame_id).pos().x() == ORIGIN[0]  # type: ignore[union-attr]
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=bar)
        assert not view.inline_edits().active, "no rename on a read-only board"
    finally:
        scene.detach()
        view.close()
        document.close()
