"""A big board's note items made after its first frame, in short slices between events.

The first frame of a board that is opened whole shows it far out, drawn from the far view's
blocks (made from the rows), so it needs no note items. Making one :class:`NoteItem` per note
costs some 25 µs (50,000 notes: well over a second), so a big board makes them after it is on
screen, a few milliseconds at a time. Whatever needs the items gets them all first: any input
(a key, a click, the wheel, a drop, a menu) anywhere in the application, a paint of the near
view, a lookup through the scene, and any change to the board (so an edit made meanwhile is
applied to the items like any other). Nothing ever sees a board with some notes missing.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from canvas import collector
from models.records import NoteData

EAGER_NOTES = 1500
"""Boards up to this many notes get their items at once (a few tens of milliseconds)."""
SLICE_SECONDS = 0.008
"""Items made per event-loop turn, in time: short enough not to delay input noticeably."""

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.DragEnter,
        QEvent.Type.Drop,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.NativeGesture,
    }
)


class _InputWatch(QObject):
    """Finishes the items before the first input reaches any widget."""

    def __init__(self, finish: Callable[[], None]) -> None:
        super().__init__()
        self._finish = finish

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._finish()
        return False


class ItemBuilder(QObject):
    """Makes the items of ``pending`` notes with ``make`` in slices, or all at once on
    :meth:`finish`."""

    def __init__(self, make: Callable[[NoteData], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_ref = weakref.WeakMethod(make)
        """Weak: the scene owns the builder, and a cycle would leave freeing to the collector."""
        self._pending: list[NoteData] = []
        self._next = 0
        self._early: set[int] = set()
        """Ids of pending notes made ahead of their turn (:meth:`make_in`)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._watch: _InputWatch | None = None
        self._on_done: list[Callable[[], None]] = []

    def start(self, notes: Sequence[NoteData], on_done: Callable[[], None]) -> None:
        """Make the items of ``notes`` from the next event-loop turn on."""
        self._pending = list(notes)
        self._next = 0
        self._early = set()
        self._on_done = [on_done]
        if not self._pending:
            self._done()
            return
        app = QCoreApplication.instance()
        if app is not None:
            self._watch = _InputWatch(self.finish)
            app.installEventFilter(self._watch)
        self._timer.start()

    def _make(self, note: NoteData) -> None:
        make = self._make_ref()
        if make is not None:
            make(note)

    @property
    def busy(self) -> bool:
        return self._next < len(self._pending)

    def remaining(self) -> int:
        return len(self._pending) - self._next - len(self._early)

    def make_one(self, note: NoteData) -> None:
        """Make the item of this pending note now (the caller knows it has none yet)."""
        if not self.busy or note.id in self._early:
            return
        self._early.add(note.id)
        self._make(note)

    def make_in(self, left: float, top: float, right: float, bottom: float) -> None:
        """Make the pending notes that reach into this area (scene units) now: a question
        about one place (what is under the mouse, what a near frame shows) needs only those."""
        if not self.busy:
            return
        early, make = self._early, self._make_ref()
        found = [
            note
            for note in self._pending[self._next :]
            if note.x < right
            and note.x + note.width > left
            and note.y < bottom
            and note.y + note.height > top
            and note.id not in early
        ]
        if not found or make is None:
            return
        with collector.paused(then_freeze=False):
            for note in found:
                early.add(note.id)
                make(note)

    def finish(self) -> None:
        """Make every remaining item now."""
        if not self.busy:
            return
        self._timer.stop()
        with collector.paused():
            self._make_until(None)
        self._done()

    def stop(self) -> None:
        """The scene goes away: make nothing more."""
        self._timer.stop()
        self._pending = []
        self._next = 0
        self._early = set()
        self._on_done = []
        self._unwatch()

    def _slice(self) -> None:
        if not self.busy:
            return
        with collector.paused(then_freeze=False):
            self._make_until(time.perf_counter() + SLICE_SECONDS)
        if self.busy:
            self._timer.start()
        else:
            self._done()

    def _make_until(self, deadline: float | None) -> None:
        pending, make, early = self._pending, self._make_ref(), self._early
        if make is None:  # the scene is gone
            self._next = len(pending)
            return
        end = len(pending)
        index = self._next
        while index < end:
            stop = min(index + 64, end)
            for note in pending[index:stop]:
                if early and note.id in early:
                    early.discard(note.id)
                    continue
                make(note)
            index = stop
            if deadline is not None and time.perf_counter() >= deadline:
                break
        self._next = index

    def _done(self) -> None:
        collector.freeze()  # the items, out of the collector's sight (see canvas.collector)
        self._pending = []
        self._next = 0
        self._early = set()
        self._unwatch()
        callbacks, self._on_done = self._on_done, []
        for callback in callbacks:
            callback()

    def _unwatch(self) -> None:
        if self._watch is not None:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self._watch)
            self._watch = None
