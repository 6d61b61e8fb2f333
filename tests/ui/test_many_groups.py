"""Eight groups with the long names real workshops give them still fit a 1366-pixel laptop:
the window never grows past the screen (the save state, the timer's Stop and the projector
panel pushed off the right edge); a long name is shortened with "…" on its button, and its
number and whole name stay readable (the number on the button, the name in the tooltip)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.room_boards import make_room_board, open_board
from ui.main_window import MainWindow

NAMES = [
    "Työnilon näkyväksi tekijät",
    "Innostujat",
    "Kiireen kesyttäjät",
    "Kotihoidon ja vanhuspalvelujen yhteinen kehittämisryhmä",
    "Ruokapalvelut ja siivous",
    "Nuorisopalvelut",
    "Aikuissosiaalityö ja työllisyyspalvelut",
    "Kouluterveydenhuolto",
]
LAPTOP_WIDTH = 1366


def test_eight_long_group_names_fit_a_small_laptop_screen(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "ryhmät.pajalauta", groups=False))
    for name in NAMES:
        assert window.room.groups.add_group(name) is not None
    qtbot.wait(20)
    assert window.minimumSizeHint().width() <= LAPTOP_WIDTH
    window.resize(LAPTOP_WIDTH, 768)
    qtbot.wait(20)
    assert window.width() <= LAPTOP_WIDTH
    picker = window.room.bar.picker
    buttons = [b for b in picker.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) == len(NAMES) == len(doc.groups.all())
    for number, (button, name) in enumerate(zip(buttons, NAMES, strict=True), start=1):
        assert button.text().startswith(f"{number}  "), button.text()
        assert name in button.toolTip()
        assert button.geometry().right() <= picker.width()
    assert any(b.text().endswith("…") for b in buttons), "the longest names are shortened"
    window.resize(1920, 1080)
    qtbot.wait(20)
    assert buttons[1].text() == "2  Innostujat", "with room, a short name is whole again"
