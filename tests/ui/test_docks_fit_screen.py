"""The projector's preview-and-stops panel and the phones panel open together on a laptop
with a short screen: the window stays within the screen and the room bar (who is writing, the
quick note, the timer) and the save state stay in sight; the panels scroll instead (opening
the phones panel beside the projector's made the window 1285 px tall on a 1080 px screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from tests.ui.phone_support import make_phone_board, open_phones
from tests.ui.room_boards import open_board
from tests.ui.test_presenter import open_presenter
from ui.main_window import MainWindow

SCREEN = (1366, 768)


def test_projector_and_phone_panels_fit_a_short_laptop_screen(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    open_board(window, make_phone_board(tmp_path / "paneelit.pajalauta"))
    open_presenter(window, qtbot)
    open_phones(window)
    window.room.votes.show_panel.setChecked(True)
    qtbot.wait(30)
    assert window.minimumSizeHint().height() <= SCREEN[1]
    window.resize(*SCREEN)
    qtbot.wait(30)
    assert window.height() <= SCREEN[1]
    for widget in (window.room.bar, window.save_label):
        bottom = widget.mapTo(window, QPoint(0, widget.height())).y()
        assert widget.isVisible() and bottom <= window.height(), widget
