"""A card keeps its face as pixels per view (it depends on its fields and the zoom alone):
every change to what it shows must still show at once."""

from __future__ import annotations

from PySide6.QtGui import QImage

from canvas.card_item import CardItem
from tests.canvas.conftest import Board
from tests.canvas.test_cards import BEFORE, add_card


def card_pixels(board: Board, item: CardItem) -> list[int]:
    board.view.viewport().repaint()
    image: QImage = board.view.viewport().grab().toImage()
    rect = board.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return [
        image.pixel(x, y)
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height()), 2)
        for x in range(max(rect.left(), 0), min(rect.right(), image.width()), 2)
    ]


def test_blank_cards_and_an_edited_field_show_at_once(board: Board) -> None:
    item = add_card(board, **BEFORE)
    shown = card_pixels(board, item)
    board.scene.set_text_hidden(True)
    blank = card_pixels(board, item)
    assert blank != shown, "blank cards hide the card's text"
    board.scene.set_text_hidden(False)
    assert card_pixels(board, item) == shown, "and show it again"
    board.document.notes.update({item.note_id: {"fields": {**BEFORE, "owner": "Toinen tiimi"}}})
    board.qtbot.waitUntil(lambda: item.note.fields.get("owner") == "Toinen tiimi")
    assert card_pixels(board, item) != shown, "an edited field is drawn anew"
    item.setSelected(True)
    assert card_pixels(board, item) != shown, "so is the selection frame"
