"""Paste puts notes where the pointer is, or into the selected or targeted cell, in free slots:
never on other notes, never across a cell's border."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from models.records import NoteData
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import cell, insert_small_grid, point_in

LINES = "Kuljettaja kysyy\nAsiakas valittaa\nKeittiö kiittää"


def rect(note: NoteData) -> QRectF:
    return QRectF(note.x, note.y, note.width, note.height)


def pasted(board: Board, before: set[int]) -> list[NoteData]:
    return [n for n in board.document.notes.all() if n.id not in before]


def assert_apart(notes: list[NoteData], others: list[NoteData]) -> None:
    for index, note in enumerate(notes):
        for other in [*others, *notes[index + 1 :]]:
            assert not rect(note).intersects(rect(other)), f"{note.text} lies on {other.text}"


def point_at(board: Board, pos: QPoint) -> None:
    """The pointer to ``pos`` over the view by a real move: from a pixel beside it first, since
    a pointer already there (left by an earlier test) sends the view no move at all."""
    viewport = board.view.viewport()
    board.qtbot.mouseMove(viewport, pos + QPoint(7, 5))
    board.qtbot.mouseMove(viewport, pos)


def test_paste_goes_to_the_pointer_and_not_on_the_notes_there(board: Board) -> None:
    there = [board.add(text="Tässä jo", x=300.0, y=100.0, width=200.0, height=200.0)]
    QGuiApplication.clipboard().setText(LINES)
    before = {n.id for n in board.document.notes.all()}
    point_at(board, board.vp(400.0, 200.0))
    board.view.paste()
    notes = pasted(board, before)
    assert sorted(n.text for n in notes) == sorted(LINES.split("\n"))
    assert_apart(notes, [board.note(i) for i in there])
    for note in notes:
        centre = rect(note).center()
        assert abs(centre.x() - 400.0) < 700 and abs(centre.y() - 200.0) < 500, (
            "near the pointer, not the middle of the view"
        )
    assert min(rect(n).center().x() for n in notes) > 0.0, "not in the view's middle"
    assert board.stack.count() == 1
    board.stack.undo()
    assert {n.id for n in board.document.notes.all()} == before


def test_paste_over_a_cell_fills_that_cell_without_crossing_its_border(board: Board) -> None:
    frame_id = insert_small_grid(board)
    target = cell(board, frame_id, 1, 0)
    board.add(text="Vanha", x=target.x + 20, y=target.y + 20, width=120.0, height=120.0)
    old = board.document.notes.all()
    QGuiApplication.clipboard().setText(LINES)
    point_at(board, point_in(board, target, 0.8, 0.8))
    board.view.paste()
    notes = pasted(board, {n.id for n in old})
    assert len(notes) == 3
    area = QRectF(target.x, target.y, target.width, target.height)
    for note in notes:
        assert area.contains(rect(note)), f"“{note.text}” crosses the cell's border"
        assert note.zone_id == target.id
    assert_apart(notes, old)


def test_with_the_pointer_off_the_board_paste_goes_into_the_targeted_cell(board: Board) -> None:
    frame_id = insert_small_grid(board)
    target = cell(board, frame_id, 0, 1)
    board.view.paste_target = lambda: target.id
    point_at(board, point_in(board, cell(board, frame_id, 1, 0)))
    QApplication.sendEvent(board.view, QEvent(QEvent.Type.Leave))
    QGuiApplication.clipboard().setText("Yksi\nKaksi")
    board.view.paste()
    notes = pasted(board, set())
    assert [n.zone_id for n in notes] == [target.id, target.id]
    area = QRectF(target.x, target.y, target.width, target.height)
    assert all(area.contains(rect(n)) for n in notes)


def test_with_the_pointer_off_the_board_paste_goes_into_the_selected_notes_cell(
    board: Board,
) -> None:
    frame_id = insert_small_grid(board)
    target = cell(board, frame_id, 1, 1)
    chosen = board.add(text="Valittu", x=target.x + 150, y=target.y + 150, width=100.0, height=80.0)
    board.document.frames.assign_zones([chosen])
    board.scene.select_notes([chosen])
    board.view.paste_target = lambda: None
    QApplication.sendEvent(board.view, QEvent(QEvent.Type.Leave))
    QGuiApplication.clipboard().setText("Yksi")
    board.view.paste()
    [note] = pasted(board, {chosen})
    assert note.zone_id == target.id
    assert not rect(note).intersects(rect(board.note(chosen)))
    assert QRectF(target.x, target.y, target.width, target.height).contains(rect(note))
