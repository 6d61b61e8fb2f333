"""Experiment cards on the canvas: their face, in-place editing with real events, and the
note commands working on them unchanged."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QApplication, QMenu

from canvas.card_item import GREY_HALF, CardItem
from canvas.card_marks import FILLED
from models.experiment import new_card
from models.templates import get_template
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import dark_pixels, render

BEFORE = {
    "theme": "Sähköiset palvelut",
    "owner": "Aikuissosiaalityö",
    "problem": "Asiakas ei saa puhelimella aikaa varattua.",
    "try": "Sähköinen ajanvaraus kahden viikon ajan.",
    "expect": "Jono lyhenee; lasken varaukset.",
}
AFTER = {
    "happened": "Puolet varauksista tuli verkosta.",
    "solved": "partly",
    "learned": "Osa asiakkaista tarvitsee yhä puhelimen.",
    "next": "keep",
}


def add_card(board: Board, **fields: str) -> CardItem:
    [note_id] = board.document.notes.add([new_card(-300.0, -300.0, **fields)])
    board.qtbot.waitUntil(lambda: board.scene.item_for(note_id) is not None)
    item = board.scene.item_for(note_id)
    assert isinstance(item, CardItem)
    return item


def field_point(board: Board, item: CardItem, key: str, fx: float = 0.5, fy: float = 0.7) -> QPoint:
    rect = item.mapRectToScene(item.field_rect(key))
    return board.vp(rect.x() + rect.width() * fx, rect.y() + rect.height() * fy)


def test_the_afterwards_half_is_grey_until_it_is_filled(board: Board) -> None:
    item = add_card(board, **BEFORE)
    area = QRectF(-300.0, -300.0, 320.0, 400.0)
    after = item.half_rect("after")
    probe = (int(after.right() - 30), int(after.bottom() - 6))
    image = render(board, area)
    assert image.pixelColor(*probe) == GREY_HALF
    status = item.row_rects()["before"]
    radius = min(status.height() * 0.32, 9.0)
    tick = image.pixelColor(int(status.right() - 16), int(status.center().y() - radius * 0.6))
    assert tick == FILLED, "the before half shows its green tick"
    assert dark_pixels(image, 10, int(item.row_rects()["problem"].top()), 280, 40) > 20
    board.document.notes.update({item.note_id: {"fields": {**item.note.fields, **AFTER}}})
    image = render(board, area)
    assert image.pixelColor(*probe).name() == "#ffffff", "filled: the half turns white"
    assert item.size() == (320.0, 400.0), "bigger than a note"


def test_double_click_a_field_edits_it_in_place_with_sami_letters(board: Board) -> None:
    item = add_card(board, **BEFORE)
    board.double_click(field_point(board, item, "try"))
    edits = board.view.inline_edits()
    assert edits.active and edits.editor is not None
    assert edits.editor.toPlainText() == BEFORE["try"]
    board.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    board.type("Sámi: Áŋđ – kokeilen")
    board.key(Qt.Key.Key_Return)
    assert edits.active, "Enter starts a new line in a field of several lines"
    board.type("šŧž")
    board.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not edits.active
    note = board.note(item.note_id)
    assert note.fields["try"] == "Sámi: Áŋđ – kokeilen\nšŧž"
    assert note.fields["problem"] == BEFORE["problem"], "other fields untouched"
    assert board.stack.count() == 1
    board.stack.undo()
    assert board.note(item.note_id).fields["try"] == BEFORE["try"]


def test_escape_keeps_what_was_typed_in_a_card_field_and_undo_takes_it_back(board: Board) -> None:
    item = add_card(board, **BEFORE)
    board.double_click(field_point(board, item, "problem"))
    board.type(" Kuljettaja kysyy.")
    board.key(Qt.Key.Key_Escape)
    assert not board.view.inline_edits().active
    assert board.note(item.note_id).fields["problem"] == BEFORE["problem"] + " Kuljettaja kysyy."
    board.stack.undo()
    assert board.note(item.note_id).fields["problem"] == BEFORE["problem"]


def test_clicking_elsewhere_keeps_what_was_typed_in_a_card_field(board: Board) -> None:
    item = add_card(board, **BEFORE)
    board.double_click(field_point(board, item, "learned"))
    board.type("Kysy ensin")
    board.click(board.vp(400.0, 300.0))
    assert not board.view.inline_edits().active
    assert board.note(item.note_id).fields["learned"] == "Kysy ensin"


def test_tab_moves_to_the_next_field_of_the_card_and_stays_inside_it(board: Board) -> None:
    item = add_card(board, **BEFORE)
    other = board.add(text="Toinen lappu", x=200.0, y=200.0)
    board.double_click(field_point(board, item, "problem"))
    board.type(" valittaa")
    board.key(Qt.Key.Key_Tab)
    edits = board.view.inline_edits()
    assert edits.active and edits.editor is not None
    assert edits.editor.parentItem() is item
    assert edits.editor.toPlainText() == BEFORE["try"], "the editor moved to “Mitä kokeilen”"
    board.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    board.type("Kuljettaja kysyy")
    board.key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert edits.editor is not None
    assert edits.editor.toPlainText() == BEFORE["problem"] + " valittaa"
    board.key(Qt.Key.Key_Escape)
    fields = board.note(item.note_id).fields
    assert fields["problem"] == BEFORE["problem"] + " valittaa", "no words glued on"
    assert fields["try"] == "Kuljettaja kysyy"
    assert board.scene.selected_note_ids() != [other], "Tab did not jump to another note"
    board.double_click(field_point(board, item, "learned"))
    board.key(Qt.Key.Key_Tab)
    assert edits.editor is not None and edits.editor.parentItem() is item, (
        "from the last field Tab goes round to the first one of the same card"
    )
    board.key(Qt.Key.Key_Escape)


def test_a_date_is_written_the_finnish_way_and_a_wrong_one_is_kept_and_marked(board: Board) -> None:
    item = add_card(board, **BEFORE)
    messages: list[str] = []
    refusals: list[object] = []
    board.view.noticeOccurred.connect(messages.append)
    board.view.errorOccurred.connect(refusals.append)
    board.double_click(field_point(board, item, "review_date"))
    board.type("27.3.2026")
    board.key(Qt.Key.Key_Return)
    assert board.note(item.note_id).fields["review_date"] == "2026-03-27"
    assert not messages
    assert not item.face().marks
    board.double_click(field_point(board, item, "start_date"))
    board.type("maaliskuussa")
    board.key(Qt.Key.Key_Return)
    assert board.note(item.note_id).fields["start_date"] == "maaliskuussa", "kept as typed"
    assert messages and "maaliskuussa" in messages[-1] and "6.3.2026" in messages[-1]
    assert "not a date: '" not in messages[-1], "the message is the UI's, not the model's"
    assert not refusals, "a hint, not a refusal: no box takes the keyboard"
    assert item.face().marks, "the card marks the value it does not understand"
    start = item.field_rect("start_date")
    image = render(board, QRectF(-300.0, -300.0, 320.0, 400.0))
    reds = sum(
        1
        for x in range(int(start.left()), int(start.right()))
        for y in range(int(start.top()), int(start.bottom()))
        if image.pixelColor(x, y).red() > 150 and image.pixelColor(x, y).green() < 90
    )
    assert reds > 20, "the kept value is drawn in red"
    assert board.stack.count() == 2
    board.stack.undo()
    assert board.note(item.note_id).fields["start_date"] == ""


def test_a_letter_typed_on_a_selected_card_lands_in_its_first_empty_field(board: Board) -> None:
    item = add_card(board, **BEFORE)
    board.click(field_point(board, item, "problem"))
    assert board.scene.selected_note_ids() == [item.note_id]
    board.type("Puolet tuli verkosta")
    edits = board.view.inline_edits()
    assert edits.active and edits.editor is not None and edits.editor.parentItem() is item
    board.key(Qt.Key.Key_Escape)
    assert board.note(item.note_id).fields["happened"] == "Puolet tuli verkosta"
    assert board.note(item.note_id).fields["problem"] == BEFORE["problem"]


def test_a_choice_is_picked_from_a_small_menu(board: Board) -> None:
    item = add_card(board, **BEFORE)
    board.double_click(field_point(board, item, "solved"))
    menu = board.view.card_input().menu
    assert isinstance(menu, QMenu)
    board.qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == [
        "Not chosen",
        "Kyllä",
        "Osittain",
        "Ei",
        "Ei vielä",
    ]
    next(a for a in menu.actions() if a.text() == "Ei vielä").trigger()
    menu.close()
    assert board.note(item.note_id).fields["solved"] == "not_yet"
    QApplication.processEvents()


def test_double_click_the_title_or_enter_asks_for_the_form(board: Board) -> None:
    item = add_card(board, **BEFORE)
    title = item.mapRectToScene(item.row_rects()["title"]).center()
    with board.qtbot.waitSignal(board.view.cardFormRequested) as signal:
        board.double_click(board.vp(title.x(), title.y()))
    assert signal.args == [item.note_id]
    board.scene.select_notes([item.note_id])
    with board.qtbot.waitSignal(board.view.cardFormRequested):
        board.key(Qt.Key.Key_Return)
    assert not board.view.edit_session().active, "no note text editor on a card"


def test_cards_move_delete_and_join_a_theme_like_notes(board: Board) -> None:
    frame_id = board.document.frames.instantiate(get_template("experiment_wall"), 0.0, 0.0)
    theme = board.document.frames.grid(frame_id).cells[0]
    item = add_card(board, **BEFORE)
    board.drag(board.vp(-300 + 160, -300 + 200), board.vp(200.0, 300.0))
    note = board.note(item.note_id)
    assert note.zone_id == theme.id and note.kind == "experiment"
    board.scene.select_notes([item.note_id])
    board.view.delete_selected()
    assert board.document.notes.get(item.note_id) is None
    board.stack.undo()
    restored = board.scene.item_for(item.note_id)
    assert isinstance(restored, CardItem) and restored.note.fields["theme"] == theme.title


def test_a_double_click_in_a_theme_makes_a_card_with_that_theme(board: Board) -> None:
    frame_id = board.document.frames.instantiate(get_template("experiment_wall"), -500.0, -400.0)
    theme = board.document.frames.grid(frame_id).cells[0]
    board.double_click(board.vp(theme.x + 300, theme.y + 400))
    [note] = board.document.notes.all()
    assert note.kind == "experiment" and note.zone_id == theme.id
    assert note.fields["theme"] == theme.title == "Innostajana työyhteisössä"
    assert isinstance(board.scene.item_for(note.id), CardItem)
    board.stack.undo()
    assert board.document.notes.all() == []


def test_card_labels_follow_the_boards_language(board: Board) -> None:
    item = add_card(board, **BEFORE)
    board.document.update_info({"language": "en"})
    assert item.language == "en"
    texts = [text for _rect, text, *_ in item.face().texts]
    assert any(text.startswith("Before the experiment") for text in texts)


def test_a_card_dragged_to_another_theme_takes_its_name_in_the_same_step(board: Board) -> None:
    frame_id = board.document.frames.instantiate(get_template("experiment_wall"), -500.0, -400.0)
    board.view._set_scale(0.25)
    board.view.centerOn(1200.0, 1000.0)
    themes = board.document.frames.grid(frame_id).cells
    first, second = themes[0], themes[1]
    [note_id] = board.document.notes.add(
        [new_card(first.x + 40, first.y + 140, theme=first.title, owner="Ánde")]
    )
    board.document.frames.assign_zones([note_id])
    note = board.note(note_id)
    start = board.vp(note.x + 160, note.y + 200)
    board.drag(start, board.vp(second.x + 400, second.y + 600))
    moved = board.note(note_id)
    assert moved.zone_id == second.id
    assert moved.fields["theme"] == second.title == "Hiljaisten asiakkaiden mukaan ottaminen"
    assert moved.fields["owner"] == "Ánde"
    assert board.stack.count() == 1
    item = board.scene.item_for(note_id)
    assert isinstance(item, CardItem) and item.note.fields["theme"] == second.title
    board.stack.undo()
    back = board.note(note_id)
    assert (back.zone_id, back.fields["theme"]) == (first.id, first.title)
    board.stack.redo()
    assert board.note(note_id).fields["theme"] == second.title
