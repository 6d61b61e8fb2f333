"""Typing on a selected note: the edit state shows before the letter lands, a selected note
and a note being edited look different, and one Undo takes a stray key back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from canvas import style
from canvas.edit_contract import EDIT_COLOUR
from tests.canvas.conftest import Board


def edge_colour(board: Board, note_id: int) -> QColor:
    """The colour a user sees just inside the note's left edge, halfway down."""
    note = board.note(note_id)
    image: QImage = board.view.viewport().grab().toImage()
    point = board.vp(note.x + 2.0, note.y + note.height / 2)
    return image.pixelColor(point.x(), point.y())


def close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40


def test_a_letter_on_a_selected_note_opens_the_editor_first_and_undo_takes_it_back(
    board: Board,
) -> None:
    note_id = board.add(text="Kotileivonnaiset", x=-100.0, y=-100.0, width=200.0, height=200.0)
    board.click(board.centre_of(note_id))
    assert board.scene.selected_note_ids() == [note_id]
    assert not board.view.edit_session().active
    assert close(edge_colour(board, note_id), style.SELECTION_COLOUR), "selected: blue"
    seen: list[tuple[bool, str]] = []
    board.view.editingChanged.connect(lambda on: seen.append((on, board.note(note_id).text)))
    board.type("x")
    assert seen[0] == (True, "Kotileivonnaiset"), "edit state shown before the letter lands"
    session = board.view.edit_session()
    assert session.active and session.frame is not None and session.frame.isVisible()
    assert session.editor is not None and session.editor.hasFocus(), "the caret is there"
    assert board.note(note_id).text == "Kotileivonnaisetx"
    assert close(edge_colour(board, note_id), EDIT_COLOUR), "being edited: orange, not blue"
    board.key(Qt.Key.Key_Escape)
    assert not session.active
    assert board.note(note_id).text == "Kotileivonnaisetx", "Escape keeps what was typed"
    assert close(edge_colour(board, note_id), style.SELECTION_COLOUR)
    board.stack.undo()
    assert board.note(note_id).text == "Kotileivonnaiset", "one Undo takes the stray key back"


def test_clicking_elsewhere_keeps_a_notes_text(board: Board) -> None:
    note_id = board.add(text="", x=-100.0, y=-100.0, width=200.0, height=200.0)
    board.double_click(board.centre_of(note_id))
    board.type("Työvaatteet")
    board.click(board.vp(400.0, 300.0))
    assert not board.view.edit_session().active
    assert board.note(note_id).text == "Työvaatteet"
