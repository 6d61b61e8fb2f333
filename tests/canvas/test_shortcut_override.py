"""While a note is edited in place, the window's shortcuts must not act on the notes.

The main window binds Delete, Ctrl+A, Ctrl+C … to the view's slots through QActions. With a
note open in the editor those keys belong to the text: Qt sends a ShortcutOverride event to
the focus widget first, QGraphicsView hands it to the scene, the scene to its focus item (the
editor), and the editor claims the standard editing keys.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from canvas.commands import PatchNotesCommand
from canvas.scene import BoardScene
from canvas.view import BoardView
from models.document import BoardDocument
from tests.canvas.conftest import Board


@pytest.fixture
def window_board(qtbot: QtBot, document: BoardDocument) -> Iterator[tuple[Board, dict]]:
    stack = QUndoStack()
    scene = BoardScene(document)
    window = QMainWindow()
    view = BoardView(scene, stack)
    window.setCentralWidget(view)
    fired: dict[str, int] = {"delete": 0, "select_all": 0, "undo": 0}

    def action(name: str, keys: QKeySequence.StandardKey, slot) -> QAction:
        act = QAction(name, window)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        def triggered() -> None:
            fired[name] += 1
            slot()

        act.triggered.connect(triggered)
        window.addAction(act)
        return act

    action("delete", QKeySequence.StandardKey.Delete, view.delete_selected)
    action("select_all", QKeySequence.StandardKey.SelectAll, view.select_all)
    action("undo", QKeySequence.StandardKey.Undo, stack.undo)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    view.centerOn(QPointF(0.0, 0.0))
    view.setFocus()
    yield Board(document, scene, view, stack, qtbot), fired
    view.edit_session().finish()
    scene.detach()
    window.close()
    stack.clear()


def test_delete_while_editing_deletes_a_character_not_the_note(
    window_board: tuple[Board, dict],
) -> None:
    board, fired = window_board
    note_id = board.add(text="Toiveruuat")
    board.click(board.centre_of(note_id))
    board.key(Qt.Key.Key_Return)
    assert board.view.is_editing()
    board.key(Qt.Key.Key_Home)
    board.key(Qt.Key.Key_Delete)
    board.key(Qt.Key.Key_Delete)
    assert fired["delete"] == 0
    assert board.document.notes.count() == 1
    board.key(Qt.Key.Key_Escape)
    assert board.note(note_id).text == "iveruuat"


def test_ctrl_a_while_editing_selects_the_text_not_all_notes(
    window_board: tuple[Board, dict],
) -> None:
    board, fired = window_board
    note_id = board.add(text="Väriä elämään")
    other = board.add(text="toinen", x=400.0)
    board.click(board.centre_of(note_id))
    board.key(Qt.Key.Key_Return)
    board.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert fired["select_all"] == 0
    assert not board.scene.item_for(other).isSelected()
    board.type("Uusi")
    board.key(Qt.Key.Key_Escape)
    assert board.note(note_id).text == "Uusi"


def test_delete_without_editing_reaches_the_action_and_deletes_the_note(
    window_board: tuple[Board, dict],
) -> None:
    board, fired = window_board
    note_id = board.add(text="Poistettava")
    board.click(board.centre_of(note_id))
    assert not board.view.is_editing()
    board.key(Qt.Key.Key_Delete)
    assert fired["delete"] == 1
    assert board.document.notes.count() == 0
    board.stack.undo()
    assert board.note(note_id).text == "Poistettava"


def test_ctrl_z_while_editing_undoes_typing_in_the_editor(window_board: tuple[Board, dict]) -> None:
    board, fired = window_board
    note_id = board.add(text="alku")
    earlier = board.add(text="aiempi", x=400.0)
    board.stack.push(
        PatchNotesCommand(board.document, {earlier: {"text": "muutettu"}}, "Edit", print)
    )
    board.click(board.centre_of(note_id))
    board.key(Qt.Key.Key_Return)
    board.type("xyz")
    assert board.note(note_id).text == "alkuxyz"
    board.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fired["undo"] == 0, "the window's Undo did not run"
    assert board.view.is_editing()
    assert board.view.edit_session().editor.toPlainText() == "alku"
    assert board.note(note_id).text == "alku"
    assert board.note(earlier).text == "muutettu", "the stack's last step was not undone"
    board.key(Qt.Key.Key_Escape)
    board.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fired["undo"] == 1
    assert board.note(earlier).text == "aiempi"
