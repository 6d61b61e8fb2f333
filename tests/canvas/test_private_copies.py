"""A note written privately on a phone and not revealed stays private when the facilitator
duplicates, copies and pastes it: the copies are hidden too, and its words never reach the
system clipboard's plain text (an e-mail or a chat)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.canvas.conftest import Board

SECRET = "Esihenkilö ei kuuntele"


def test_a_duplicate_of_a_private_note_is_private(board: Board) -> None:
    private = board.add(text=SECRET, hidden=True)
    shown = board.add(text="Väriä elämään", x=400.0)
    board.scene.select_notes([private, shown])
    board.view.duplicate_selected()
    copies = {n.text: n for n in board.document.notes.all() if n.id not in (private, shown)}
    assert copies[SECRET].hidden and not copies["Väriä elämään"].hidden
    assert board.scene.item_for(copies[SECRET].id).note.hidden, "shown blank on the board"


def test_copy_and_paste_keep_a_private_note_private_and_off_the_plain_text(board: Board) -> None:
    private = board.add(text=SECRET, hidden=True)
    shown = board.add(text="Väriä elämään", x=400.0)
    board.scene.select_notes([private, shown])
    board.view.copy_selected()
    assert QApplication.clipboard().text() == "Väriä elämään"
    board.view.paste()
    pasted = {n.text: n for n in board.document.notes.all() if n.id not in (private, shown)}
    assert pasted[SECRET].hidden and not pasted["Väriä elämään"].hidden
