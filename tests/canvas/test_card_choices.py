"""Issue #10: a card's choice fields (solved? next step?) are fields like the others in the
card's in-place editing: Tab and Shift+Tab reach every field in card order, and a choice is
picked with Space and the arrow keys, kept as the editing contract says, one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from canvas.card_item import CardItem
from canvas.choice_editor import ChoiceEditor
from canvas.inline_editor import InlineEditor
from models.experiment import FIELD_KEYS, choice_label
from tests.canvas.conftest import Board
from tests.canvas.test_cards import BEFORE, add_card, field_point


def editing(board: Board, item: CardItem) -> str:
    """The card field the open editor sits on (it starts a little up and left of the
    field's value, over its edge)."""
    editor = board.view.inline_edits().editor
    assert isinstance(editor, InlineEditor), "a field is being edited"
    assert editor.parentItem() is item, "and it is on this card"
    inside = QPointF(7.0, 3.0)
    found = [
        key
        for key in FIELD_KEYS
        if item.value_rect("title" if key == "theme" else key).contains(editor.pos() + inside)
    ]
    assert len(found) == 1, (found, editor.pos())
    return found[0]


def test_tab_and_shift_tab_reach_every_field_of_the_card_in_card_order(board: Board) -> None:
    item = add_card(board, **BEFORE)
    board.double_click(field_point(board, item, "owner"))
    seen = [editing(board, item)]
    for _ in FIELD_KEYS:
        board.key(Qt.Key.Key_Tab)
        seen.append(editing(board, item))
    start = FIELD_KEYS.index("owner")
    order = list(FIELD_KEYS[start:] + FIELD_KEYS[:start])
    assert seen == [*order, order[0]], "every field once, the choices too, then round again"
    assert isinstance(board.view.inline_edits().editor, InlineEditor)
    back = []
    for _ in FIELD_KEYS:
        board.key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        back.append(editing(board, item))
    assert back == list(reversed(order)), "and back the other way"
    board.key(Qt.Key.Key_Escape)
    assert not board.view.inline_edits().active
    assert board.note(item.note_id).fields == item.note.fields
    assert board.stack.count() == 0, "walking through the fields changes nothing"


def test_a_choice_field_picks_with_space_and_the_arrow_keys(board: Board) -> None:
    item = add_card(board, **BEFORE)
    x, y = item.pos().x(), item.pos().y()
    words = {key: choice_label("solved", key, item.language) for key in ("yes", "partly")}
    board.double_click(field_point(board, item, "happened"))
    board.key(Qt.Key.Key_Tab)
    editor = board.view.inline_edits().editor
    assert isinstance(editor, ChoiceEditor) and editing(board, item) == "solved"
    assert editor.value == "", "not chosen yet"
    board.key(Qt.Key.Key_Space)
    assert (editor.value, editor.toPlainText()) == ("yes", words["yes"])
    board.key(Qt.Key.Key_Right)
    assert editor.value == "partly"
    board.key(Qt.Key.Key_Left)
    assert editor.value == "yes"
    board.key(Qt.Key.Key_Down)
    board.key(Qt.Key.Key_Up)
    board.key(Qt.Key.Key_Down)
    assert (editor.value, editor.toPlainText()) == ("partly", words["partly"])
    board.type("x")
    assert editor.value == "partly", "a stray letter picks nothing"
    assert (item.pos().x(), item.pos().y()) == (x, y), "the arrows did not move the card"
    assert board.note(item.note_id).fields.get("solved", "") == "", "kept when leaving only"
    board.key(Qt.Key.Key_Tab)
    assert editing(board, item) == "learned", "Tab keeps the choice and moves on"
    assert board.note(item.note_id).fields["solved"] == "partly"
    assert board.stack.count() == 1
    board.key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    editor = board.view.inline_edits().editor
    assert isinstance(editor, ChoiceEditor) and editor.value == "partly", "shows what is kept"
    board.key(Qt.Key.Key_Down)
    board.key(Qt.Key.Key_Escape)
    assert not board.view.inline_edits().active
    assert board.note(item.note_id).fields["solved"] == "no", "Escape keeps the choice too"
    board.stack.undo()
    assert board.note(item.note_id).fields["solved"] == "partly"
    board.stack.undo()
    assert board.note(item.note_id).fields.get("solved", "") == ""
