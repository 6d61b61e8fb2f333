"""Experiment cards on the projector: blank while groups write privately, and no resize
handle (the projector is not for editing), while the laptop keeps showing both."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from canvas import style
from canvas.card_item import CardItem
from models.experiment import new_card
from tests.ui.room_boards import dark_pixels, grab, make_room_board, open_board, settle, view_rect
from tests.ui.test_presenter import open_presenter
from ui.main_window import MainWindow

FIELDS = {
    "owner": "Aikuissosiaalityö",
    "problem": "Asiakas ei saa puhelimella aikaa varattua.",
    "try": "Sähköinen ajanvaraus kahden viikon ajan.",
    "expect": "Jono lyhenee; lasken varaukset.",
}


def _card(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> CardItem:
    doc = open_board(window, make_room_board(tmp_path / "kortit.pajalauta"))
    [card_id] = doc.notes.add([new_card(-2000.0, -2000.0, **FIELDS)])
    qtbot.waitUntil(lambda: window.scene.item_for(card_id) is not None)
    item = window.scene.item_for(card_id)
    assert isinstance(item, CardItem)
    return item


def _show(window: MainWindow, views: tuple[object, ...], item: CardItem) -> None:
    for view in views:
        view.zoom_reset()  # type: ignore[attr-defined]
        view.centerOn(item.sceneBoundingRect().center())  # type: ignore[attr-defined]
    window.scene.finish_layouts()
    settle()


def _ink(view: object, item: CardItem, key: str) -> int:
    """Dark pixels inside one of the card's rows, off its edges."""
    row = item.mapRectToScene(item.row_rects()[key]).adjusted(6.0, 6.0, -6.0, -6.0)
    image: QImage = grab(view.viewport())  # type: ignore[attr-defined]
    return dark_pixels(image, view_rect(view, row))


def test_hidden_texts_blank_the_cards_on_the_projector_only(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    item = _card(window, tmp_path, qtbot)
    presenter = open_presenter(window, qtbot)
    _show(window, (window.view, presenter.view), item)
    assert _ink(presenter.view, item, "before") > 40, "the projector shows the card to begin with"

    window.room.presenter.hide_texts.trigger()
    settle()
    assert _ink(presenter.view, item, "before") == 0, "the projector shows a blank card"
    assert _ink(window.view, item, "before") > 40, "the laptop still shows what groups write"

    window.room.presenter.hide_texts.trigger()
    settle()
    assert _ink(presenter.view, item, "before") > 40, "revealed at once"


def _handle_pixels(view: object, item: CardItem) -> int:
    """Pixels of the selection colour inside the resize handle's triangle (the handle is
    18 px on screen; the selection frame takes the outer 3 px of the card's edge)."""
    corner = view_rect(view, item.mapRectToScene(item.rect()))
    probe = QRect(corner.right() - 11, corner.bottom() - 11, 6, 6)
    image: QImage = grab(view.viewport())  # type: ignore[attr-defined]
    colour = style.SELECTION_COLOUR
    return sum(
        1
        for y in range(probe.top(), probe.bottom() + 1)
        for x in range(probe.left(), probe.right() + 1)
        if abs(image.pixelColor(x, y).hue() - colour.hue()) < 12
        and image.pixelColor(x, y).saturation() > 80
    )


def test_a_selected_card_has_no_resize_handle_on_the_projector(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    item = _card(window, tmp_path, qtbot)
    presenter = open_presenter(window, qtbot)
    _show(window, (window.view, presenter.view), item)
    assert _handle_pixels(window.view, item) == 0 == _handle_pixels(presenter.view, item)
    window.scene.select_notes([item.note_id])
    settle()
    assert _handle_pixels(window.view, item) > 0, "the laptop draws the handle"
    assert _handle_pixels(presenter.view, item) == 0, "the projector does not"
