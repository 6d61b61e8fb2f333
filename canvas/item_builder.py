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

import contextlib
import time
import weakref
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QTimer
from PySide6.QtGui import QPainterPath, QPolygonF
from PySide6.QtWidgets import QWidget

from canvas import collector
from models.note_slices import NotesAfter
from models.records import NoteData

Prelude = Callable[[float | None], bool]
Find = Callable[[float, float, float, float], list[int]]
"""Ids of the notes reaching into an area (left, top, right, bottom), read or not."""

EAGER_NOTES = 1500
"""Boards up to this many notes get their items at once (a few tens of milliseconds)."""
LATER_NOTES = 1000
"""Notes added at once (a duplicate, a paste, an import into the open board) from this many
on get their items like a big board's, after the views painted the change."""
READ_NOTES = 256
"""Whole notes read from the file at a time while items are made between events (~3 ms)."""
PAINT_WAIT_MS = 500
"""The first slice waits this long at most for a shown view's first paint."""
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


class _FirstPaint(QObject):
    """Calls the builder's ``go`` once ``needed`` of the watched viewports have painted."""

    def __init__(self, builder: ItemBuilder, needed: int = 1) -> None:
        super().__init__()
        self._builder = weakref.ref(builder)
        self._needed = needed
        self._seen: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        builder = self._builder()
        if event.type() == QEvent.Type.Paint and builder is not None:
            self._seen.add(id(watched))
            if len(self._seen) >= self._needed:
                # After this paint has been shown; dropped if the builder (the scene) is gone.
                QTimer.singleShot(0, builder, builder.go)
        return False


class ItemBuilder(QObject):
    """Makes the items of pending notes with ``make`` in slices, or all at once on
    :meth:`finish`: notes given as a list (:meth:`start`), or read from the file a slice at a
    time (:meth:`start_reading`), so a big board never holds its whole rows twice."""

    def __init__(self, make: Callable[[NoteData], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_ref = weakref.WeakMethod(make)
        """Weak: the scene owns the builder, and a cycle would leave freeing to the collector."""
        self._pending: list[NoteData] = []
        self._next = 0
        self._source: NotesAfter | None = None
        """Where the notes after :attr:`_pending` come from (None: the list is all)."""
        self._find: Find | None = None
        self._left = 0
        """Notes whose items are still to be made."""
        self._early: set[int] = set()
        """Ids of pending notes made ahead of their turn (:meth:`make_in`)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._watch: _InputWatch | None = None
        self._on_done: list[Callable[[], None]] = []
        self._first: Prelude | None = None
        """Work done in slices before any item is made (see :meth:`first`)."""
        self._viewports: weakref.WeakMethod[Callable[[], list[QWidget]]] | None = None
        self._painted: _FirstPaint | None = None
        self._watched: list[QWidget] = []
        self._waited = False

    def after_first_paint(self, viewports: Callable[[], list[QWidget]]) -> None:
        """Make nothing until one of ``viewports()`` (those shown when the first slice is
        due) has painted: the board's first frame is not kept waiting by a slice of items
        the event loop would run just before it. Waits :data:`PAINT_WAIT_MS` at most.
        ``viewports`` is a bound method of the scene, held weakly (no cycle)."""
        self._viewports = weakref.WeakMethod(viewports)

    def first(self, work: Prelude) -> None:
        """Have the next :meth:`start` or :meth:`start_reading` do ``work`` first, in the
        same slices (``work(deadline)`` is True when done; ``work(None)`` does it all)."""
        self._first = work

    def start(
        self, notes: Sequence[NoteData], on_done: Callable[[], None], painting: bool = False
    ) -> None:
        """Make the items of ``notes`` from the next event-loop turn on; ``painting``: the
        shown views are about to paint (a change they show), so the wait for their paint
        begins now, not at the first slice (which may come after it)."""
        self._begin(list(notes), None, None, len(notes), set(), on_done)
        if painting and self.busy:
            self._wait_for_paint(every=True)

    def start_reading(
        self,
        source: NotesAfter,
        count: int,
        find: Find,
        made: set[int],
        on_done: Callable[[], None],
    ) -> None:
        """Make the items of the ``count`` notes ``source`` reads, except those whose ids are
        in ``made`` (they have items already), from the next event-loop turn on. ``find``
        names the notes reaching into an area, from what the scene knows before the rows are
        read (see :meth:`make_in`)."""
        self._begin([], source, find, count, set(made), on_done)

    def _begin(
        self,
        notes: list[NoteData],
        source: NotesAfter | None,
        find: Find | None,
        count: int,
        made: set[int],
        on_done: Callable[[], None],
    ) -> None:
        self._pending, self._next, self._source, self._find = notes, 0, source, find
        self._left, self._early = count, made
        self._on_done = [on_done]
        self._waited = False
        if not self.busy:
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
        if self._first is not None or self._next < len(self._pending):
            return True
        return self._source is not None and not self._source.done

    def remaining(self) -> int:
        return max(self._left, 0) if self.busy else 0

    def waiting(self, ids: Iterable[int]) -> set[int]:
        """Which of ``ids`` are notes of the list given to :meth:`start` whose items are still
        to be made (none while the board's notes are read from the file)."""
        if not self.busy or self._source is not None:
            return set()
        wanted = set(ids)
        early = self._early
        return {
            note.id
            for note in self._pending[self._next :]
            if note.id in wanted and note.id not in early
        }

    def make_one(self, note: NoteData) -> None:
        """Make the item of this pending note now (the caller knows it has none yet)."""
        if not self.busy or note.id in self._early:
            return
        self._early.add(note.id)
        self._left -= 1
        self._make(note)

    def make_in(self, left: float, top: float, right: float, bottom: float) -> None:
        """Make the pending notes that reach into this area (scene units) now: a question
        about one place (what is under the mouse, what a near frame shows) needs only those."""
        if not self.busy:
            return
        early, make = self._early, self._make_ref()
        if make is None:
            return
        found = [
            note
            for note in self._pending[self._next :]
            if note.x < right
            and note.x + note.width > left
            and note.y < bottom
            and note.y + note.height > top
            and note.id not in early
        ]
        if self._source is not None and self._find is not None:
            last = self._source.last_id  # notes up to it were read: those pending are above
            unread = [i for i in self._find(left, top, right, bottom) if i > last]
            unread = [i for i in unread if i not in early]
            if unread:
                found += self._source.read_ids(unread)
        if not found:
            return
        with collector.paused(then_freeze=False):
            for note in found:
                early.add(note.id)
                self._left -= 1
                make(note)

    def make_for(self, where: object) -> None:
        """Make the items a question of Qt's ``items()`` is about: those at a point or in
        an area (a rectangle, polygon or path); all of them for anything else."""
        if isinstance(where, QPointF):
            x, y = where.x(), where.y()
            self.make_in(x, y, x, y)
        elif isinstance(where, QRectF | QPolygonF | QPainterPath):
            rect = where if isinstance(where, QRectF) else where.boundingRect()
            self.make_in(rect.left(), rect.top(), rect.right(), rect.bottom())
        else:
            self.finish()

    def finish(self) -> None:
        """Make every remaining item now."""
        if not self.busy:
            return
        self._timer.stop()
        with collector.paused():
            self._do_first(None)
            self._make_until(None)
        self._done()

    def stop(self) -> None:
        """The scene goes away: make nothing more."""
        self._timer.stop()
        self._first = None
        self._pending = []
        self._next = 0
        self._source = self._find = None
        self._left = 0
        self._early = set()
        self._on_done = []
        self._unwatch()
        self._unwatch_paint()

    def _slice(self) -> None:
        if not self.busy:
            return
        if not self._waited and self._wait_for_paint():
            return
        if self._painted is not None:  # the wait ran out
            self._unwatch_paint()
        deadline = time.perf_counter() + SLICE_SECONDS
        with collector.paused(then_freeze=False):
            if self._do_first(deadline):
                self._make_until(deadline)
        if self.busy:
            self._timer.start()
        else:
            self._done()

    def _wait_for_paint(self, every: bool = False) -> bool:
        """Watch the shown viewports for their next paint (of ``every`` one of them: the
        laptop and the projector both show the change), at most :data:`PAINT_WAIT_MS`;
        False when none is shown."""
        self._waited = True
        views = self._viewports() if self._viewports is not None else None
        shown = views() if views is not None else []
        if not shown:
            return False
        self._painted = _FirstPaint(self, len(shown) if every else 1)
        self._watched = shown
        for viewport in shown:
            viewport.installEventFilter(self._painted)
        self._timer.start(PAINT_WAIT_MS)
        return True

    def go(self) -> None:
        """A watched view painted (or the wait is over): the slices begin."""
        self._unwatch_paint()
        if self.busy and self._timer.isActive():
            self._timer.start(0)

    def _unwatch_paint(self) -> None:
        painted, self._painted = self._painted, None
        watched, self._watched = self._watched, []
        if painted is not None:
            for viewport in watched:
                with contextlib.suppress(RuntimeError):  # a view already deleted
                    viewport.removeEventFilter(painted)

    def _do_first(self, deadline: float | None) -> bool:
        """The work asked for by :meth:`first`; True once it is done."""
        if self._first is not None and not self._first(deadline):
            return False
        self._first = None
        return True

    def _refill(self, deadline: float | None) -> bool:
        """The next notes from the file into :attr:`_pending` (all of them when there is no
        ``deadline``); False when none are left."""
        source = self._source
        if source is None or source.done:
            return False
        self._pending = source.next(READ_NOTES if deadline is not None else -1)
        self._next = 0
        return bool(self._pending)

    def _make_until(self, deadline: float | None) -> None:
        make, early = self._make_ref(), self._early
        if make is None:  # the scene is gone
            self.stop()
            return
        while True:
            if self._next >= len(self._pending) and not self._refill(deadline):
                break
            pending = self._pending
            end = len(pending)
            index = self._next
            while index < end:
                stop = min(index + 64, end)
                for note in pending[index:stop]:
                    if early and note.id in early:
                        early.discard(note.id)
                        continue
                    self._left -= 1
                    make(note)
                index = stop
                if deadline is not None and time.perf_counter() >= deadline:
                    break
            self._next = index
            if deadline is not None and time.perf_counter() >= deadline:
                break

    def _done(self) -> None:
        collector.freeze()  # the items, out of the collector's sight (see canvas.collector)
        self._pending = []
        self._next = 0
        self._source = self._find = None
        self._left = 0
        self._early = set()
        self._unwatch()
        self._unwatch_paint()
        callbacks, self._on_done = self._on_done, []
        for callback in callbacks:
            callback()

    def _unwatch(self) -> None:
        if self._watch is not None:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self._watch)
            self._watch = None
