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


def _paints_by_itself(board: Board, change: object) -> None:
    """After ``change`` the far view paints without being asked to (a facilitator does not
    move the mouse to see the selection or a phone's colour)."""
    from benchmarks.qtframes import PaintCounter

    counter = PaintCounter()
    viewport = board.view.viewport()
    board.qtbot.wait(50)  # what was pending before the change is painted
    viewport.installEventFilter(counter)
    try:
        change()  # type: ignore[operator]
        board.qtbot.waitUntil(lambda: counter.count > 0, timeout=3000)
    finally:
        viewport.removeEventFilter(counter)


def test_the_far_view_repaints_itself_for_a_selection_and_a_colour(board: Board) -> None:
    """Qt repaints only where an item was painted; the far view paints blocks itself, so
    the scene must ask it: select all, a click-select and a colour sent from elsewhere each
    show without any other repaint."""
    ids = [board.add(x=300.0 * (n % 10), y=300.0 * (n // 10)) for n in range(30)]
    board.view._set_scale(FAR)
    board.view.centerOn(QPointF(1500.0, 450.0))
    assert board.view.uses_blocks()
    _paints_by_itself(board, lambda: board.view.select_all())
    assert len(board.scene.selected_note_ids()) == len(ids)
    assert framed(board, board.view.viewport().grab().toImage(), ids[0]) > 0
    _paints_by_itself(board, lambda: board.scene.select_notes([ids[3]]))
    _paints_by_itself(board, lambda: board.document.notes.update({ids[5]: {"colour": "#F7A8C8"}}))
    blocks = board.scene.far_cache().batches
    pink = [rects for colour, rects in blocks if colour.name().upper() == "#F7A8C8"]
    assert len(pink) == 1 and len(pink[0]) == 1, "the far view's block took the colour"
