"""Experiment cards in the window: New Experiment Card on a theme, the form dialog opened by
a double-click, Finnish and Sámi text round-tripped through the form and the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from canvas.card_item import CardItem
from tests.ui.templates_support import (
    choose,
    new_board,
    right_click,
    show,
    template_actions,
    type_text,
    vp,
)
from ui.card_dialog import CardDialog
from ui.main_window import MainWindow

SAMI = "Sámi: Áŋđ čšž – ája ja ŧ"


def test_new_experiment_card_lands_in_the_theme_under_the_view_centre(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    frame_id = new_board(window, qtbot, tmp_path / "kortit.pajalauta", "experiment_wall")
    doc, stack = window.document, window.undo_stack
    assert doc is not None and stack is not None
    theme = doc.frames.grid(frame_id).cells[4]
    show(window, theme.x + theme.width / 2, theme.y + theme.height / 2, 0.4)
    actions = template_actions(window)
    first = actions.new_experiment_card()
    second = actions.new_experiment_card()
    cards = [doc.notes.get(i) for i in (*first, *second)]
    assert all(c is not None and c.kind == "experiment" for c in cards)
    assert {c.zone_id for c in cards} == {theme.id}  # type: ignore[union-attr]
    assert {c.fields["theme"] for c in cards} == {"Sähköiset palvelut"}  # type: ignore[union-attr]
    a, b = cards
    assert a is not None and b is not None
    assert (a.x, a.y) != (b.x, b.y), "the second card does not cover the first"
    assert a.y >= theme.y + 100, "below the theme's title"
    stack.undo()
    stack.undo()
    assert doc.notes.all() == []


def test_the_form_round_trips_finnish_and_sami_text(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "kokeilu.pajalauta"
    frame_id = new_board(window, qtbot, path, "experiment_wall")
    doc, stack, scene = window.document, window.undo_stack, window.scene
    assert doc is not None and stack is not None and scene is not None
    theme = doc.frames.grid(frame_id).cells[1]
    show(window, theme.x + 300, theme.y + 400, 1.0)
    qtbot.mouseDClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,  # type: ignore[union-attr]
        pos=vp(window, theme.x + 300, theme.y + 400),
    )
    [card] = doc.notes.all()
    item = scene.item_for(card.id)
    assert isinstance(item, CardItem)
    title = item.mapRectToScene(item.row_rects()["title"]).center()
    qtbot.mouseDClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,  # type: ignore[union-attr]
        pos=vp(window, title.x(), title.y()),
    )
    dialog = template_actions(window).card_dialog
    assert isinstance(dialog, CardDialog)
    qtbot.waitExposed(dialog)
    widgets = dialog.widgets
    assert isinstance(widgets["theme"], QComboBox)
    assert widgets["theme"].currentText() == "Hiljaisten asiakkaiden mukaan ottaminen"
    owner, problem = widgets["owner"], widgets["problem"]
    assert isinstance(owner, QLineEdit) and isinstance(problem, QPlainTextEdit)
    owner.setFocus()
    type_text(owner, "Ánde Ŋuđđi")
    problem.setFocus()
    type_text(problem, f"Hiljainen nuori ei kerro huolistaan. {SAMI}")
    start = widgets["start_date"]
    assert isinstance(start, QLineEdit)
    start.setFocus()
    type_text(start, "31.2.2026")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and dialog.error.isVisible(), "a wrong date keeps the form open"
    assert "31.2.2026" in dialog.error.text()
    start.clear()
    type_text(start, "6.3.2026")
    solved = widgets["solved"]
    assert isinstance(solved, QComboBox)
    solved.setCurrentIndex(solved.findData("partly"))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    card = doc.notes.get(card.id)
    assert card is not None
    assert card.fields["owner"] == "Ánde Ŋuđđi" and card.author == "Ánde Ŋuđđi"
    assert card.fields["problem"] == f"Hiljainen nuori ei kerro huolistaan. {SAMI}"
    assert card.fields["start_date"] == "2026-03-06"
    assert card.fields["solved"] == "partly"
    assert stack.count() == 2, "the card, then one step for the whole form"
    stack.undo()
    assert doc.notes.get(card.id).fields["owner"] == ""  # type: ignore[union-attr]
    stack.redo()
    fields = dict(card.fields)
    window.close_board()
    assert window.open_path(path)
    assert window.document is not None
    assert window.document.notes.get(card.id).fields == fields  # type: ignore[union-attr]
    item = window.scene.item_for(card.id)  # type: ignore[union-attr]
    assert isinstance(item, CardItem) and item.note.fields == fields


def test_in_place_edit_of_a_card_field_reopens_identical(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "paikalla.pajalauta"
    frame_id = new_board(window, qtbot, path, "experiment_wall")
    doc, scene, view = window.document, window.scene, window.view
    assert doc is not None and scene is not None and view is not None
    theme = doc.frames.grid(frame_id).cells[0]
    show(window, theme.x + 300, theme.y + 400, 1.0)
    choose(right_click(window, qtbot, theme.x + 300, theme.y + 400), "New Experiment Card Here")
    [card] = doc.notes.all()
    item = scene.item_for(card.id)
    assert isinstance(item, CardItem)
    field = item.mapRectToScene(item.field_rect("learned"))
    qtbot.mouseDClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=vp(window, field.center().x(), field.center().y()),
    )
    assert view.inline_edits().active
    type_text(view, f"Opin: {SAMI}")
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert doc.notes.get(card.id).fields["learned"] == f"Opin: {SAMI}"  # type: ignore[union-attr]
    window.close_board()
    assert window.open_path(path)
    assert window.document.notes.get(card.id).fields["learned"] == f"Opin: {SAMI}"  # type: ignore[union-attr]


def test_closing_the_board_keeps_a_title_being_typed_and_closes_the_form(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "sulje.pajalauta"
    frame_id = new_board(window, qtbot, path, "experiment_wall")
    doc, view = window.document, window.view
    assert doc is not None and view is not None
    theme = doc.frames.grid(frame_id).cells[2]
    [card] = template_actions(window).new_card_at(QPointF(theme.x + 300, theme.y + 400))
    dialog = template_actions(window).edit_card(card)
    assert dialog is not None and dialog.isVisible()
    zone = window.scene.frames.zone_item(theme.id)  # type: ignore[union-attr]
    assert zone is not None
    view.frame_input().edit_zone_text(zone, "title")
    type_text(view, "Osallisuus – Sámi ŋ")
    window.close_board()
    assert not dialog.isVisible()
    assert window.open_path(path)
    assert window.document is not None
    assert window.document.frames.zone(theme.id).title == "Osallisuus – Sámi ŋ"  # type: ignore[union-attr]
