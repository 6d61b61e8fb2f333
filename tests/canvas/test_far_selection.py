"""Far away the selection is framed from what the far view keeps; that must follow the
selection and the notes (select, deselect, a moved note)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from canvas import style
from tests.canvas.conftest import Board

FAR = style.FAR_SCALE * 0.5


def grab(board: Board) -> QImage:
    board.view.viewport().repaint()
    return board.view.viewport().grab().toImage()


def framed(board: Board, image: QImage, note_id: int) -> int:
    """Selection-blue pixels along the note's left edge (just outside it)."""
    note = board.note(note_id)
    left = board.vp(note.x, note.y + note.height / 2)
    colour = style.SELECTION_COLOUR
    return sum(
        1
        for dx in range(-3, 1)
        for dy in range(-2, 3)
        if image.pixelColor(left.x() + dx, left.y() + dy) == colour
    )


def test_the_far_selection_frame_follows_the_selection_and_the_note(board: Board) -> None:
    note_id = board.add(x=0.0, y=0.0)
    board.add(x=600.0, y=0.0)
    board.view._set_scale(FAR)
    board.view.centerOn(QPointF(0.0, 0.0))
    assert framed(board, grab(board), note_id) == 0, "nothing selected yet"
    board.scene.select_notes([note_id])
    assert framed(board, grab(board), note_id) > 0, "selected: framed"
    board.scene.clearSelection()
    assert framed(board, grab(board), note_id) == 0, "deselected: no frame"
    board.scene.select_notes([note_id])
    grab(board)
    board.document.notes.update({note_id: {"x": -900.0}})
    board.qtbot.waitUntil(lambda: board.scene.item_for(note_id).pos().x() == -900.0)
    assert framed(board, grab(board), note_id) > 0, "the frame moved with the note"
