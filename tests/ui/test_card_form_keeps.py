"""The experiment card's form keeps what was typed when it is left with Escape or closed, as
a card field does (Undo takes it back); only its Cancel button throws the typing away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.ui.templates_support import new_board, template_actions, type_text
from ui.card_dialog import CardDialog
from ui.main_window import MainWindow

HAPPENED = "Taukojumpat pidettiin viikolla 12, osallistujia 8 🙂"


def open_form(window: MainWindow, qtbot: QtBot, path: Path) -> tuple[int, CardDialog]:
    frame_id = new_board(window, qtbot, path, "experiment_wall")
    assert window.document is not None
    theme = window.document.frames.grid(frame_id).cells[2]
    [card] = template_actions(window).new_card_at(QPointF(theme.x + 300, theme.y + 400))
    dialog = template_actions(window).edit_card(card)
    assert isinstance(dialog, CardDialog)
    qtbot.waitExposed(dialog)
    return card, dialog


def test_escape_keeps_the_typed_fields_in_one_undo_step(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    card, dialog = open_form(window, qtbot, tmp_path / "esc.pajalauta")
    doc, stack = window.document, window.undo_stack
    assert doc is not None and stack is not None
    happened, start = dialog.widgets["happened"], dialog.widgets["start_date"]
    assert isinstance(happened, QPlainTextEdit) and isinstance(start, QLineEdit)
    happened.setFocus()
    type_text(happened, HAPPENED)
    start.setFocus()
    type_text(start, "ensi viikolla")
    steps = stack.count()
    qtbot.keyClick(start, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    fields = doc.notes.get(card).fields  # type: ignore[union-attr]
    assert fields["happened"] == HAPPENED, "Escape kept the text"
    assert fields["start_date"] == "ensi viikolla", "a date that is not one is kept as written"
    assert stack.count() == steps + 1
    stack.undo()
    assert doc.notes.get(card).fields["happened"] == ""  # type: ignore[union-attr]


def test_the_cancel_button_throws_the_typing_away(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    card, dialog = open_form(window, qtbot, tmp_path / "peru.pajalauta")
    doc, stack = window.document, window.undo_stack
    assert doc is not None and stack is not None
    happened = dialog.widgets["happened"]
    assert isinstance(happened, QPlainTextEdit)
    happened.setFocus()
    type_text(happened, HAPPENED)
    steps = stack.count()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert doc.notes.get(card).fields["happened"] == ""  # type: ignore[union-attr]
    assert stack.count() == steps


def test_closing_the_board_keeps_what_the_open_form_holds(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "sulje.pajalauta"
    card, dialog = open_form(window, qtbot, path)
    happened = dialog.widgets["happened"]
    assert isinstance(happened, QPlainTextEdit)
    happened.setFocus()
    type_text(happened, HAPPENED)
    window.close_board()
    assert not dialog.isVisible()
    assert window.open_path(path)
    assert window.document is not None
    assert window.document.notes.get(card).fields["happened"] == HAPPENED  # type: ignore[union-attr]
