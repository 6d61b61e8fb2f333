"""Dragging, selecting and resizing notes with the mouse; each gesture is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from models.limits import MIN_NOTE_SIZE
from tests.canvas.conftest import Board


def test_dragging_one_note_moves_it_in_the_file_in_one_undo_step(board: Board) -> None:
    note_id = board.add(text="Kotileivonnaiset", x=-300.0, y=-200.0)
    before = board.rows()
    board.drag(board.centre_of(note_id), board.centre_of(note_id) + QPoint(150, 90), steps=8)

    note = board.note(note_id)
    assert (note.x, note.y) == (-150.0, -110.0)
    assert board.stack.count() == 1
    after = board.rows()
    board.stack.undo()
    assert board.rows() == before
    board.stack.redo()
    assert board.rows() == after


def test_a_click_without_moving_changes_nothing(board: Board) -> None:
    note_id = board.add(text="Avoimet ovet")
    board.click(board.centre_of(note_id))
    assert board.scene.selected_note_ids() == [note_id]
    assert board.stack.count() == 0


def test_rubber_band_selects_and_a_drag_moves_all_in_one_step(board: Board) -> None:
    inside = [board.add(text=f"sisällä {i}", x=-400.0 + i * 220, y=-250.0) for i in range(3)]
    outside = board.add(text="ulkona", x=-400.0, y=100.0)
    before = board.rows()
    # Drag a band around the top row, starting on empty canvas.
    board.drag(board.vp(-430, -280), board.vp(300, -20), steps=6)
    assert sorted(board.scene.selected_note_ids()) == sorted(inside)

    board.drag(board.centre_of(inside[1]), board.centre_of(inside[1]) + QPoint(40, 300))
    for note_id, old in zip(inside, before[:3], strict=True):
        note = board.note(note_id)
        assert (note.x, note.y) == (old[3] + 40, old[4] + 300)
    assert (board.note(outside).x, board.note(outside).y) == (-400.0, 100.0)
    assert board.stack.count() == 1
    board.stack.undo()
    assert board.rows() == before


def test_ctrl_click_toggles_notes_in_the_selection(board: Board) -> None:
    a = board.add(text="A", x=-400.0, y=-200.0)
    b = board.add(text="B", x=-100.0, y=-200.0)
    c = board.add(text="C", x=200.0, y=-200.0)
    ctrl = Qt.KeyboardModifier.ControlModifier
    board.click(board.centre_of(a))
    board.click(board.centre_of(c), ctrl)
    assert sorted(board.scene.selected_note_ids()) == sorted([a, c])
    board.click(board.centre_of(b), ctrl)
    board.click(board.centre_of(a), ctrl)
    assert sorted(board.scene.selected_note_ids()) == sorted([b, c])

    board.drag(board.centre_of(b), board.centre_of(b) + QPoint(0, 250))
    assert board.note(b).y == 50.0 and board.note(c).y == 50.0
    assert board.note(a).y == -200.0
    assert board.stack.count() == 1


def test_escape_during_a_drag_puts_the_notes_back(board: Board) -> None:
    note_id = board.add(text="peruutus")
    viewport = board.view.viewport()
    start = board.centre_of(note_id)
    board.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    board.qtbot.mouseMove(viewport, start + QPoint(30, 30))
    board.qtbot.mouseMove(viewport, start + QPoint(120, 60))
    board.key(Qt.Key.Key_Escape)
    board.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(120, 60))
    assert (board.note(note_id).x, board.note(note_id).y) == (0.0, 0.0)
    assert board.scene.item_for(note_id).pos().x() == 0.0
    assert board.stack.count() == 0


def test_resize_handle_resizes_in_one_step_within_limits(board: Board) -> None:
    note_id = board.add(text="Uusi rakennus, jossa kaikki palvelut samassa", x=-200.0, y=-200.0)
    before = board.rows()
    board.click(board.centre_of(note_id))
    corner = board.vp(-200 + 200 - 4, -200 + 200 - 4)  # inside the bottom-right handle
    board.drag(corner, corner + QPoint(100, 40), steps=6)
    note = board.note(note_id)
    assert (note.width, note.height) == (300.0, 240.0)
    assert (note.x, note.y) == (-200.0, -200.0), "resizing keeps the top-left corner"
    assert board.stack.count() == 1

    corner = board.vp(-200 + 300 - 4, -200 + 240 - 4)
    board.drag(corner, corner - QPoint(600, 600), steps=4)
    note = board.note(note_id)
    assert (note.width, note.height) == (MIN_NOTE_SIZE, MIN_NOTE_SIZE)
    board.stack.undo()
    board.stack.undo()
    assert board.rows() == before


def test_dragging_a_note_off_the_edge_grows_the_scene(board: Board) -> None:
    note_id = board.add(text="kaukana", x=3000.0, y=0.0)
    old = board.scene.sceneRect()
    for _ in range(6):
        board.view.zoom_out()
    scale = board.view.scale_factor()
    board.view.centerOn(3100.0 + 350 / scale, 100.0)
    board.drag(board.centre_of(note_id), board.centre_of(note_id) + QPoint(700, 0))
    moved_to = board.note(note_id).x
    assert abs(moved_to - (3000.0 + 700 / scale)) <= 1.0
    rect = board.scene.sceneRect()
    assert rect.right() >= moved_to + 200 + 2000 > old.right()
    assert rect.contains(old)
