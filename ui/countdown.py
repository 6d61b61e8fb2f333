"""The workshop countdown: presets, pause, +1 minute, and a signal at zero.

Time comes from a clock function (monotonic seconds) so tests can drive it with a fake clock;
a QTimer only decides how often the display refreshes, never how much time has passed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

PRESET_MINUTES = (3, 5, 10, 15, 30)


class Countdown(QObject):
    changed = Signal(float)  # seconds remaining
    finished = Signal()
    stateChanged = Signal(str)  # "idle", "running", "paused", "finished"

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._duration = 0.0
        self._remaining = 0.0
        self._started_at: float | None = None
        self._state = "idle"
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.poll)

    @property
    def state(self) -> str:
        return self._state

    @property
    def duration(self) -> float:
        return self._duration

    def remaining(self) -> float:
        if self._started_at is None:
            return self._remaining
        return max(0.0, self._remaining - (self._clock() - self._started_at))

    def start(self, seconds: float) -> None:
        self._duration = self._remaining = max(1.0, float(seconds))
        self._started_at = self._clock()
        self._set_state("running")
        self._ticker.start()
        self.changed.emit(self.remaining())

    def pause(self) -> None:
        if self._state != "running":
            return
        self._remaining = self.remaining()
        self._started_at = None
        self._ticker.stop()
        self._set_state("paused")

    def resume(self) -> None:
        if self._state != "paused":
            return
        self._started_at = self._clock()
        self._ticker.start()
        self._set_state("running")

    def toggle(self) -> None:
        self.pause() if self._state == "running" else self.resume()

    def add_minute(self) -> None:
        if self._state == "finished":
            self.start(60)
            return
        self._remaining += 60.0
        self._duration += 60.0
        self.changed.emit(self.remaining())

    def stop(self) -> None:
        self._ticker.stop()
        self._started_at = None
        self._remaining = 0.0
        self._set_state("idle")
        self.changed.emit(0.0)

    def poll(self) -> None:
        """Refresh the display; fire ``finished`` once when time is up."""
        left = self.remaining()
        self.changed.emit(left)
        if left <= 0.0 and self._state == "running":
            self._ticker.stop()
            self._started_at = None
            self._remaining = 0.0
            self._set_state("finished")
            self.finished.emit()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)


def format_remaining(seconds: float) -> str:
    """'4:05' for the laptop and the projector; rounds up so 0:00 shows only at the end."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"
