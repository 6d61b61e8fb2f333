"""Preparing several photos on worker threads, with progress, in the order they were given.

The GUI thread only starts the jobs and collects results; decoding, orienting, scaling and
encoding run in a :class:`QThreadPool`, so adding a batch of camera photos never freezes the
window. A batch reports once, when every photo is ready or refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from canvas.photo_prepare import PhotoRefused, PreparedPhoto

Job = Callable[[], PreparedPhoto]
WORKERS: Final = 2


class _Signals(QObject):
    done = Signal(int, object)


class _Cancelled:
    """Shared by a batch and its jobs: a job not yet started skips its work."""

    def __init__(self) -> None:
        self.value = False


class _Prepare(QRunnable):
    def __init__(self, index: int, job: Job, signals: _Signals, cancelled: _Cancelled) -> None:
        super().__init__()
        self._index, self._job, self._signals = index, job, signals
        self._cancelled = cancelled

    def run(self) -> None:
        result: PreparedPhoto | str
        try:
            result = "" if self._cancelled.value else self._job()
        except PhotoRefused as refused:
            result = refused.message
        except Exception as error:  # a decoder bug must not kill the worker silently
            result = QCoreApplication.translate(
                "Photos", "A photo could not be prepared: {reason}"
            ).format(reason=str(error))
        self._job = _gone
        self._signals.done.emit(self._index, result)


def _gone() -> PreparedPhoto:
    raise PhotoRefused("")


_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """The pool that prepares photos (its own, so thumbnails and Qt's global work go on)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(WORKERS)
    return _pool


class PhotoBatch(QObject):
    """Prepares ``jobs`` in the background; read :attr:`prepared` and :attr:`refused` after
    :attr:`finished`."""

    progressed = Signal(int, int)
    """(photos done, photos in the batch)."""
    finished = Signal()

    def __init__(self, jobs: Sequence[Job], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = list(jobs)
        self._results: list[PreparedPhoto | str | None] = [None] * len(self._jobs)
        self._done = 0
        self._signals = _Signals()
        self._signals.done.connect(self._arrived)
        self.cancelled = False
        self._flag = _Cancelled()

    def __len__(self) -> int:
        return len(self._jobs)

    def start(self) -> None:
        for index, job in enumerate(self._jobs):
            pool().start(_Prepare(index, job, self._signals, self._flag))
        self._jobs = []

    def cancel(self) -> None:
        """Forget the batch now: jobs not started skip their work, and photos still being
        prepared are dropped when they arrive. :attr:`finished` follows at once."""
        if self.cancelled:
            return
        self.cancelled = True
        self._flag.value = True
        self.finished.emit()

    @property
    def prepared(self) -> list[PreparedPhoto]:
        return [r for r in self._results if isinstance(r, PreparedPhoto)]

    @property
    def refused(self) -> list[str]:
        return [r for r in self._results if isinstance(r, str) and r]

    def _arrived(self, index: int, result: PreparedPhoto | str) -> None:
        if self.cancelled:
            return
        self._results[index] = result
        self._done += 1
        self.progressed.emit(self._done, len(self._results))
        if self._done == len(self._results):
            self.finished.emit()
