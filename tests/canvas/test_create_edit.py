"""Creating notes and editing their text in place, with real mouse and key events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.document import BoardDocument
from models.limits import MAX_NOTE_TEXT
from models.note_values import DEFAULT_SIZE
from tests.canvas.conftest import Board

FINNISH = "Ruoka läheltä, luomua – ÄÖÅ äöå"
SAMI = " Sámi: á č đ ŋ š ŧ ž"


def test_double_click_on_empty_space_creates_a_note_there_and_edits_it(board: Board) -> None:
    editing: list[bool] = []
    board.view.editingChanged.connect(editing.append)
    board.double_click(board.vp(300, 120))

    notes = board.document.notes.all()
    assert len(notes) == 1
    note = notes[0]
    assert (note.x + DEFAULT_SIZE / 2, note.y + DEFAULT_SIZE / 2) == (300, 120)
    assert note.colour == board.view.current_colour
    assert board.view.is_editing()

    board.type(FINNISH + SAMI + " 🙂")
    board.key(Qt.Key.Key_Escape)

    assert not board.view.is_editing()
    assert editing == [True, False]
    assert board.note(note.id).text == FINNISH + SAMI + " 🙂"
    assert board.stack.count() == 2, "create + one merged text step"
    board.stack.undo()
    assert board.note(note.id).text == ""
    board.stack.undo()
    assert board.document.notes.all() == []
    board.stack.redo()
    board.stack.redo()
    assert board.note(note.id).text == FINNISH + SAMI + " 🙂", "same id after redo"


def test_text_survives_closing_and_reopening_the_board(board: Board) -> None:
    board.double_click(board.vp(0, 0))
    board.type("Kotileivonnaiset")
    board.click(board.vp(-400, -250))  # clicking elsewhere ends the edit
    assert not board.view.is_editing()
    path = board.document.path
    board.view.edit_session().finish()
    board.scene.detach()
    board.document.close()
    reopened = BoardDocument.open(path)
    try:
        assert [n.text for n in reopened.notes.all()] == ["Kotileivonnaiset"]
    finally:
        reopened.close()


def test_a_new_note_left_empty_is_dropped_without_an_undo_step(board: Board) -> None:
    board.double_click(board.vp(100, 100))
    assert board.document.notes.count() == 1
    board.key(Qt.Key.Key_Escape)
    assert board.document.notes.count() == 0
    assert board.stack.count() == 0


def test_double_click_on_a_note_edits_it_and_escape_ends(board: Board) -> None:
    note_id = board.add(text="Toiveruuat", x=-100.0, y=-100.0)
    board.double_click(board.centre_of(note_id))
    assert board.view.is_editing()
    assert board.document.notes.count() == 1, "no new note on a double-click on a note"
    board.key(Qt.Key.Key_End)
    board.type(" ja kotiruoka")
    board.key(Qt.Key.Key_Escape)
    assert board.note(note_id).text == "Toiveruuat ja kotiruoka"
    assert board.stack.count() == 1


def test_enter_and_f2_edit_the_selected_note(board: Board) -> None:
    note_id = board.add(text="Avoimet ovet")
    board.click(board.centre_of(note_id))
    board.key(Qt.Key.Key_Return)
    assert board.view.is_editing()
    board.key(Qt.Key.Key_Escape)
    assert not board.view.is_editing()
    board.key(Qt.Key.Key_F2)
    assert board.view.is_editing()


def test_typing_on_a_selected_note_starts_editing_with_that_character(board: Board) -> None:
    note_id = board.add(text="Väriä elämään")
    board.click(board.centre_of(note_id))
    assert not board.view.is_editing()
    board.type("!x")
    assert board.view.is_editing()
    board.key(Qt.Key.Key_Escape)
    assert board.note(note_id).text == "Väriä elämään!x"
    assert board.stack.count() == 1


def test_two_edit_sessions_are_two_undo_steps(board: Board) -> None:
    note_id = board.add(text="")
    board.click(board.centre_of(note_id))
    board.type("yksi")
    board.key(Qt.Key.Key_Escape)
    board.key(Qt.Key.Key_Return)
    board.type(" kaksi")
    board.key(Qt.Key.Key_Escape)
    assert board.note(note_id).text == "yksi kaksi"
    assert board.stack.count() == 2
    board.stack.undo()
    assert board.note(note_id).text == "yksi"


def test_undo_from_the_menu_while_editing_shows_in_the_editor(board: Board) -> None:
    note_id = board.add(text="alku")
    board.click(board.centre_of(note_id))
    board.key(Qt.Key.Key_Return)
    board.type("+")
    board.stack.undo()  # as if Edit ▸ Undo was clicked with the mouse
    editor = board.view.edit_session().editor
    assert editor is not None
    assert editor.toPlainText() == "alku"
    assert board.note(note_id).text == "alku"


def test_text_longer_than_the_limit_is_refused_and_nothing_is_lost(board: Board) -> None:
    note_id = board.add(text="tärkeä")
    messages: list[str] = []
    board.view.errorOccurred.connect(messages.append)
    board.click(board.centre_of(note_id))
    board.key(Qt.Key.Key_Return)
    QApplication.clipboard().setText("x" * (MAX_NOTE_TEXT + 10))
    board.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    board.qtbot.waitUntil(
        lambda: (
            board.view.edit_session().editor is not None
            and board.view.edit_session().editor.toPlainText() == "tärkeä"
        )
    )
    assert messages and f"{MAX_NOTE_TEXT:,}" in messages[0]
    assert board.note(note_id).text == "tärkeä"


def test_new_note_slot_creates_at_view_centre_and_edits(board: Board) -> None:
    board.view.current_colour = "#8ccbff"
    board.view.new_note()
    notes = board.document.notes.all()
    assert len(notes) == 1
    assert notes[0].colour == "#8CCBFF"
    assert board.view.is_editing()
    board.type("Sähköiset palvelut")
    board.key(Qt.Key.Key_Escape)
    assert board.note(notes[0].id).text == "Sähköiset palvelut"
