"""Laying out the projector's stops in idle time, the stops after the one on show first.

The stop list lays nothing out (:mod:`ui.stop_book`); this fills in the page counts the
stops panel and the Go To menu show, a slice of a few milliseconds at a time from a 0 ms
timer, so a key pressed meanwhile waits for one stop's layout at most, and only once the
screens have shown the change that started it. It works only while the projector or the
stops panel is open, and starts again after each change, on the stops the change touched.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from canvas import frame_warmup
from canvas.reading import Page, Steps
from canvas.stops import Stop
from ui.stop_book import StopBook

QUIET_MS = 100
"""After a change or a step, the first layout waits this long once the event loop is back
(longer while changes keep coming): the screens show the change first, and a burst of edits
is sorted out once."""
SLICE_S = 0.008
"""Layout time per turn of the event loop (at least one stop)."""
TELL_S = 0.5
"""The list is announced at most this often while stops gain pages (and once at the end)."""


class StopPrefetch(QObject):
    def __init__(
        self,
        book: StopBook,
        wanted: Callable[[], bool],
        current: Callable[[], Stop | None],
        listed: Callable[[], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._wanted = wanted
        self._current = current
        self._listed = listed
        self._todo: list[Stop] | None = None
        self._running: Steps[list[Page] | None] | None = None
        """The stop being laid out, a step at a time."""
        self._grew = False
        self._told = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._turn)
        self._back = QTimer(self)
        """Fires once the event loop is back from what kicked (a change may take a while)."""
        self._back.setSingleShot(True)
        self._back.setInterval(0)
        self._back.timeout.connect(self._quiet)

    def kick(self) -> None:
        """Something changed (a stop moved on, an edit, a new size): look again, once the
        event loop is back and has been quiet a while."""
        self._todo = None
        self._running = None
        self._timer.stop()
        if self._wanted():
            self._back.start()

    def _quiet(self) -> None:
        self._timer.start(QUIET_MS)

    def busy(self) -> bool:
        """Stops are still waiting to be laid out."""
        return self._back.isActive() or self._timer.isActive()

    def _turn(self) -> None:
        if not self._wanted():
            self._todo = None
            self._running = None
            return
        if not frame_warmup.quiet():  # a pan or zoom in motion: its steps come first
            self._timer.start(QUIET_MS)
            return
        started = time.perf_counter()
        if self._todo is None:
            self._todo = self._book.unknown(self._current())
            self._todo.reverse()  # popped from the end
        todo = self._todo
        while todo or self._running is not None:
            if self._running is None:
                stop = todo.pop()
                if self._book.known(stop):
                    continue
                self._running = self._book.plan_steps(stop)
            try:
                next(self._running)
            except StopIteration as done:
                self._running = None
                pages = done.value
                self._grew = self._grew or (pages is not None and len(pages) > 1)
            if time.perf_counter() - started > SLICE_S:
                break
        now = time.perf_counter()
        busy = bool(todo) or self._running is not None
        if self._grew and (not busy or now - self._told > TELL_S):
            self._grew = False
            self._told = now
            self._listed()
        if busy:
            self._timer.start(0)
        else:
            self._todo = None
