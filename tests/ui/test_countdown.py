"""The countdown with a fake clock: no sleeping, exact seconds."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.countdown import Countdown, format_remaining


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_counts_down_pauses_and_signals_once_at_zero(qtbot: QtBot) -> None:
    clock = FakeClock()
    timer = Countdown(clock)
    finished: list[bool] = []
    timer.finished.connect(lambda: finished.append(True))
    timer.start(5 * 60)
    clock.now += 61
    assert format_remaining(timer.remaining()) == "3:59"
    timer.pause()
    clock.now += 600
    assert format_remaining(timer.remaining()) == "3:59"
    timer.resume()
    timer.add_minute()
    clock.now += 4 * 60 - 1
    timer.poll()
    assert finished == [] and timer.state == "running"
    clock.now += 60
    timer.poll()
    timer.poll()
    assert finished == [True] and timer.state == "finished"
    assert format_remaining(timer.remaining()) == "0:00"


def test_the_qtimer_drives_the_display(qtbot: QtBot) -> None:
    clock = FakeClock()
    timer = Countdown(clock)
    timer.start(3)
    clock.now += 3.5
    with qtbot.waitSignal(timer.finished, timeout=2000):
        pass
    assert timer.state == "finished"
