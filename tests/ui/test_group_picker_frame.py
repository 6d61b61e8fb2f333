"""The group buttons are part of the very next frame after the groups change: a layout shows a
widget added to a shown parent only at a later turn of the event loop, so without help the
first frame of a board held the bar's label alone and the buttons jumped in a frame later."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from models.records import GroupData
from ui.group_picker import GroupPicker

COLOURS = ("#F7A8C8", "#9FD3F5")


def _has_colour(picker: GroupPicker, colour: str) -> bool:
    image = picker.grab().toImage()
    wanted = QColor(colour).rgb()
    return any(
        image.pixel(x, y) == wanted
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


def test_buttons_are_drawn_in_place_without_another_event_turn(qtbot: QtBot) -> None:
    picker = GroupPicker()
    qtbot.addWidget(picker)
    picker.resize(900, 70)
    picker.show()
    qtbot.waitExposed(picker)
    groups = [GroupData(1, "Ryhmä 1", COLOURS[0]), GroupData(2, "Ryhmä 2", COLOURS[1])]
    picker.set_groups(groups, current=1)
    # No processEvents here: this is what the next paint of the window shows.
    buttons = picker.findChildren(type(picker._buttons.button(1)))
    assert all(button.isVisible() for button in buttons) and len(buttons) == 2
    first, second = picker._buttons.button(1), picker._buttons.button(2)
    assert first.geometry().right() < second.geometry().left(), "laid out side by side"
    assert all(_has_colour(picker, colour) for colour in COLOURS)
