"""The laptop's side of the phone server: document work runs on the GUI thread, and every
phone write becomes a step on the board's undo stack.

:class:`QtGate` receives work from the server's thread through a queued signal, runs it where
the document lives and answers through the future the handler awaits. A phone change arrives
already done (:mod:`models.phone_ops`); :class:`PhoneStepCommand` puts it on the undo stack
without doing it twice, so the facilitator can undo a phone's note like any other.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand

from models.document import BoardDocument
from models.errors import BoardError
from models.phone_ops import PhoneChange
from models.phone_room import PhoneRefused
from ui.phone.gate import Work

translate = QCoreApplication.translate


def step_text(change: PhoneChange) -> str:
    texts = {
        "note": translate("Phones", "Note from phone %1"),
        "edit": translate("Phones", "Phone %1 edits a note"),
        "withdraw": translate("Phones", "Phone %1 withdraws a note"),
        "card": translate("Phones", "Experiment card from phone %1"),
        "dot": translate("Phones", "Dot from phone %1"),
        "undot": translate("Phones", "Phone %1 takes back a dot"),
    }
    return texts.get(change.kind, translate("Phones", "Change from phone %1")).replace(
        "%1", change.who
    )


class PhoneStepCommand(QUndoCommand):
    """A phone's change, already written; undo and redo go through the document."""

    def __init__(
        self, document: BoardDocument, change: PhoneChange, report: Callable[[str], None]
    ) -> None:
        super().__init__(step_text(change))
        self._document = document
        self._change = change
        self._report = report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self._change.redo(self._document)
        except BoardError as error:
            self._report(error.message)

    def undo(self) -> None:
        try:
            self._change.undo(self._document)
        except BoardError as error:
            self._report(error.message)


class QtGate(QObject):
    """Runs the server's document work on the GUI thread, in batches.

    What queued up since the last turn of the event loop runs in one pass inside one
    transaction, so sixty phones writing at once cost one commit, one change notification and
    one scene update per batch, not one per note; a batch stops after :attr:`turn_seconds`, so
    the laptop paints between batches. Each phone change is still its own undo step, pushed
    after the commit. If the commit fails, every write of the batch is refused (the phones
    were not told it was saved) and nothing reaches the undo stack.
    """

    _wake = Signal()
    MAX_BATCH = 200
    turn_seconds = 0.005
    """Phone work per turn of the event loop, in the GUI thread's CPU time (what it costs the
    laptop, whatever else the machine runs). A turn stops before a piece of work that would
    take it past this (judged by what work cost lately), so with the commit and the scene's
    update after it a frame on the laptop waits about this long for phones: sixty phones
    writing at once queue a few hundred milliseconds of work, and done in one go it would
    freeze the laptop for that long."""

    backlog_seconds = 0.006
    """The turn's work when what waits at its start has waited :attr:`backlog_age` or more:
    fewer, larger batches (each repaints the laptop's view once) so a storm drains. With the
    commit, the scene's update and the undo steps after it a turn then takes about 11 ms of
    the GUI thread (10 ms here made it 15 ms, p95 18: over a frame)."""
    backlog_age = 0.25

    turn_gap_ms = 0
    """While work is queued, the next turn starts this long after one ends, on a timer, so
    the paints and the facilitator's input queued meanwhile go first. Measured with sixty
    phones writing as fast as the benchmark lets them, a gap of 20 ms cut acknowledged
    writes from 23 to 17 a second and tripled the time to visible, without shorter
    frames: the GUI thread was busy a quarter of the time either way."""

    def __init__(
        self,
        document: BoardDocument,
        record: Callable[[PhoneChange], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._record = record
        self._closed = False
        self._queue: deque[tuple[Work[Any], Future[Any], float]] = deque()
        self._lock = threading.Lock()
        self._cost = 0.0
        """What one piece of work took lately (seconds, a moving average)."""
        self.turn_times: list[float] | None = None
        """If a list: each turn's CPU time on the GUI thread, its commit, the scene's update
        and the undo steps included (the benchmark's figure)."""
        self.turn_walls: list[float] | None = None
        """If a list: each turn's wall time (its CPU time plus the commit's flush to the disk
        and any wait for a core or for Python's lock)."""
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._next_turn = QTimer(self)
        self._next_turn.setSingleShot(True)
        self._next_turn.setInterval(self.turn_gap_ms)
        self._next_turn.timeout.connect(self._drain)

    def submit(self, work: Work[Any]) -> Future[Any]:
        future: Future[Any] = Future()
        if self._closed:
            future.set_exception(RuntimeError("the board is no longer open to phones"))
            return future
        with self._lock:
            wake = not self._queue
            self._queue.append((work, future, time.monotonic()))
        if wake:
            self._wake.emit()
        return future

    def close(self) -> None:
        """Refuse new work and drop work still queued: a phone that was not answered was not
        told its note was saved, and a closed board must not be written."""
        self._closed = True
        with self._lock:
            dropped, self._queue = list(self._queue), deque()
        for _work, future, _since in dropped:
            future.cancel()

    @Slot()
    def _drain(self) -> None:
        """Run queued work in one transaction until the queue is empty or the turn's time is
        used up; what is left waits for the next turn, after the paints queued meanwhile."""
        if self._closed or self._document.closed:
            self._refuse_queued()
            return
        with self._lock:
            if not self._queue:
                return  # a turn already took it (a wake and the next-turn timer both came)
            waited = time.monotonic() - self._queue[0][2]
        budget = self.backlog_seconds if waited >= self.backlog_age else self.turn_seconds
        changes: list[PhoneChange] = []
        outcomes: list[tuple[Future[Any], Any, BaseException | None]] = []
        turn_started, wall_started = time.thread_time(), time.perf_counter()
        deadline = turn_started + budget
        try:
            with self._document.write():
                while len(outcomes) < self.MAX_BATCH:
                    with self._lock:
                        if not self._queue:
                            break
                        work, future, _since = self._queue.popleft()
                    if not future.set_running_or_notify_cancel():
                        continue
                    started = time.thread_time()
                    try:
                        outcomes.append((future, work(self._document, changes.append), None))
                    except Exception as error:
                        outcomes.append((future, None, error))
                    now = time.thread_time()
                    self._cost = 0.8 * self._cost + 0.2 * (now - started)
                    if now + self._cost >= deadline:
                        break
        except BoardError:
            refused = PhoneRefused(503, "not_saved")
            outcomes = [(f, None, e if e is not None else refused) for f, _r, e in outcomes]
            changes = []
        with self._lock:
            more = bool(self._queue)
        if more:
            # A timer, not a posted call: the paints this batch asked for come first.
            self._next_turn.start()
        for change in changes:
            self._record(change)
        for future, result, failure in outcomes:
            if failure is not None:
                future.set_exception(failure)
            else:
                future.set_result(result)
        if self.turn_times is not None:
            self.turn_times.append(time.thread_time() - turn_started)
        if self.turn_walls is not None:
            self.turn_walls.append(time.perf_counter() - wall_started)

    def _refuse_queued(self) -> None:
        with self._lock:
            batch, self._queue = list(self._queue), deque()
        for _work, future, _since in batch:
            if future.set_running_or_notify_cancel():
                future.set_exception(RuntimeError("the board is no longer open to phones"))
