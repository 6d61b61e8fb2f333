"""Kept pixels are let go only after Qt has finished drawing them, also when a note is drawn
outside a view's frame (a picture of the view, ``BoardView.render``): Qt fills an item's
pixels for that picture around the item's ``paint()``, and letting them go from inside it
freed what Qt was about to write to (a crash, not a wrong pixel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from canvas.card_item import CardItem
from models.experiment import new_card
from tests.canvas.conftest import Board
from tests.canvas.test_note_cache import differs, drawn, grab, steady


def _picture(board: Board) -> QImage:
    image = QImage(board.view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        board.view.render(painter)
    finally:
        painter.end()
    return image


def test_a_picture_of_the_view_drawn_right_after_a_card_is_selected(board: Board) -> None:
    [card_id] = board.document.notes.add(
        [new_card(-150.0, -150.0, problem="Asiakas ei saa aikaa.")]
    )
    board.qtbot.waitUntil(lambda: board.scene.item_for(card_id) is not None)
    card = board.scene.item_for(card_id)
    assert isinstance(card, CardItem)
    board.view.centerOn(card.scene_rect().center())
    steady(board, board.view)
    for selected in (True, False, True, False, True):
        card.setSelected(selected)  # the card's next paint: into the picture, not a frame
        picture = _picture(board)
        assert not picture.isNull()
        board.qtbot.wait(1)  # what the picture's paint left for later runs
    frame = grab(board.view)
    assert differs(frame, drawn(board, board.view)[0]) == 0, "the view shows the selection"
