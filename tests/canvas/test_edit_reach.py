"""A note opened for writing at a zoom where it cannot be read comes within reach: at the
overview zoom the far view draws notes as blocks, and typing into one showed nowhere."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QTransform

from canvas.edit_reach import READABLE_NOTE_PX
from tests.canvas.conftest import Board


def spread_notes(board: Board, count: int = 400) -> list[int]:
    """A wall of notes, enough that the overview draws them as blocks."""
    patches = [
        {"x": (i % 20) * 230.0, "y": (i // 20) * 230.0, "text": f"Idea {i}"} for i in range(count)
    ]
    ids = board.document.notes.add(patches)  # type: ignore[arg-type]
    board.qtbot.waitUntil(lambda: board.scene.item_for(ids[-1]) is not None)
    return ids


def on_screen(board: Board, note_id: int) -> QRectF:
    note = board.note(note_id)
    rect = QRectF(note.x, note.y, note.width, note.height)
    return board.view.mapFromScene(rect).boundingRect().toRectF()


def at_overview(board: Board, scale: float = 0.16) -> None:
    board.view.setTransform(QTransform.fromScale(scale, scale))
    board.view.centerOn(2300.0, 2300.0)


def test_a_block_double_clicked_at_the_overview_comes_close_and_shows_the_typing(
    board: Board,
) -> None:
    ids = spread_notes(board)
    at_overview(board)
    assert board.view.uses_blocks()
    target = ids[207]
    board.double_click(board.centre_of(target))
    assert board.view.is_editing() and board.view.edit_session().note_id == target
    board.qtbot.waitUntil(lambda: not board.view.reach.flying(), timeout=3000)
    assert not board.view.uses_blocks()
    shown = on_screen(board, target)
    assert shown.width() >= READABLE_NOTE_PX
    assert QRectF(board.view.viewport().rect()).contains(shown), "the whole note in sight"
    board.type(" Kotileivonnaiset")
    board.key(Qt.Key.Key_Escape)
    assert board.note(target).text == "Idea 207 Kotileivonnaiset"


def test_a_note_read_where_it_is_does_not_move_the_view(board: Board) -> None:
    ids = spread_notes(board, 40)
    board.view.centerOn(500.0, 300.0)
    before = (board.view.transform().m11(), board.view.mapToScene(0, 0))
    board.double_click(board.centre_of(ids[3]))
    assert board.view.is_editing()
    assert not board.view.reach.flying()
    assert (board.view.transform().m11(), board.view.mapToScene(0, 0)) == before
