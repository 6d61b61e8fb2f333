"""One editing contract, one test for every place text is edited in place: a note, a card
field, a frame's title and a header. Escape, clicking elsewhere and Enter (Ctrl+Enter where a
field holds several lines) all keep what was typed; one Undo takes the edit back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt

from models.experiment import new_card
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import ORIGIN, insert_small_grid


@dataclass
class Place:
    """Where to double-click to edit, how to read the value back, and whether Enter is a
    new line there."""

    point: QPoint
    value: Callable[[], str]
    multiline: bool


def note_place(board: Board) -> Place:
    note_id = board.add(text="Toiveruuat", x=-100.0, y=-100.0, width=200.0, height=200.0)
    return Place(board.centre_of(note_id), lambda: board.note(note_id).text, True)


def card_place(board: Board) -> Place:
    [card_id] = board.document.notes.add([new_card(-160.0, -200.0, problem="Jono")])
    board.qtbot.waitUntil(lambda: board.scene.item_for(card_id) is not None)
    item = board.scene.item_for(card_id)
    assert item is not None
    rect = item.mapRectToScene(item.field_rect("problem"))  # type: ignore[attr-defined]
    return Place(
        board.vp(rect.center().x(), rect.bottom() - 8),
        lambda: str(board.note(card_id).fields["problem"]),
        True,
    )


def title_place(board: Board) -> Place:
    frame_id = insert_small_grid(board)
    frame = board.document.frames

    def title() -> str:
        found = frame.get(frame_id)
        assert found is not None
        return found.title

    return Place(board.vp(ORIGIN[0] + 60, ORIGIN[1] + 25), title, False)


def header_place(board: Board) -> Place:
    frame_id = insert_small_grid(board)
    header = board.document.frames.grid(frame_id).columns[0]
    item = board.scene.frames.zone_item(header.id)
    assert item is not None
    title_at = item.mapToScene(item.text_box().title_at)

    def title() -> str:
        zone = board.document.frames.zone(header.id)
        assert zone is not None
        return zone.title

    return Place(board.vp(title_at.x() + 40, title_at.y() + 10), title, False)


PLACES = {
    "note": note_place,
    "card field": card_place,
    "frame title": title_place,
    "header": header_place,
}


def end_with(board: Board, how: str, multiline: bool) -> None:
    if how == "escape":
        board.key(Qt.Key.Key_Escape)
    elif how == "click away":
        board.click(board.vp(480.0, 330.0))
    elif multiline:
        board.key(Qt.Key.Key_Return)  # a new line, not the end
        board.key(Qt.Key.Key_Backspace)
        board.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    else:
        board.key(Qt.Key.Key_Return)


@pytest.mark.parametrize("how", ["escape", "click away", "enter"])
@pytest.mark.parametrize("where", list(PLACES))
def test_the_typed_text_is_kept_however_editing_ends(board: Board, where: str, how: str) -> None:
    place = PLACES[where](board)
    before = place.value()
    board.double_click(place.point)
    assert board.view.is_editing(), f"double-click edits the {where}"
    board.key(Qt.Key.Key_End)
    board.type(" ja kotiruoka")
    end_with(board, how, place.multiline)
    assert not board.view.is_editing()
    assert place.value() == before + " ja kotiruoka"
    board.stack.undo()
    assert place.value() == before, "one Undo takes the edit back"
