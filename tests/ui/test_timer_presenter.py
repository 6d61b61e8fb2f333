"""The workshop timer in the room: small on the laptop, large on the projector, driven by a
fake clock; a clear signal at zero, and editing carries on while it runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.room_boards import make_room_board, open_board, settle, type_text
from tests.ui.test_countdown import FakeClock
from ui.main_window import MainWindow


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timed_window(qtbot: QtBot, settings_dir: Path, clock: FakeClock) -> Iterator[MainWindow]:
    win = MainWindow(clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close_board()


def test_timer_counts_down_on_both_screens_and_signals_at_zero(
    timed_window: MainWindow, tmp_path: Path, qtbot: QtBot, clock: FakeClock
) -> None:
    window = timed_window
    doc = open_board(window, make_room_board(tmp_path / "ajastin.pajalauta"))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    presenter = window.room.presenter.presenter
    assert presenter is not None
    assert not presenter.clock.isVisible(), "no clock until a timer runs"

    three = next(a for a in window.room.timer.presets.actions() if a.text() == "3 min")
    three.trigger()
    assert presenter.clock.isVisible() and presenter.clock.text() == "3:00"
    assert window.room.timer.display.text() == "3:00"
    clock.now += 61
    window.countdown.poll()
    assert presenter.clock.text() == "1:59" and window.room.timer.display.text() == "1:59"
    clock_box = presenter.clock.geometry()
    assert clock_box.height() >= presenter.height() // 12, "large enough for the back row"
    assert presenter.rect().contains(clock_box)

    # Editing goes on while the timer runs.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_text(window.view, "Kotileivonnaiset")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert "Kotileivonnaiset" in [n.text for n in doc.notes.all()]

    finished: list[bool] = []
    window.countdown.finished.connect(lambda: finished.append(True))
    clock.now += 119
    window.countdown.poll()
    settle()
    assert finished == [True]
    assert presenter.clock.text() == "Time is up", "said in words, not only in red"
    assert window.room.timer.display.text() == "Time is up"
    assert not presenter.clock.geometry().intersects(
        presenter.view.geometry().adjusted(
            0, int(presenter.bands().top()), 0, -int(presenter.bands().bottom())
        )
    ), "the clock has its own band: it never covers the board"
    assert "#c62828" in presenter.clock.styleSheet(), "the projector clock turns red"
    assert "#c62828" in window.room.timer.display.styleSheet()
    assert window.statusBar().currentMessage() == "Time is up"

    window.room.timer.plus_button.click()  # one more minute
    assert window.countdown.state == "running"
    assert presenter.clock.text() == "1:00"
