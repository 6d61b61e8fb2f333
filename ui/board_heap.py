"""Keep Python's cyclic garbage collector off the open board's objects.

A board of 5,000 notes keeps some 160,000 Python objects alive for as long as it is open
(items, their rectangles, rows, Qt wrappers). Every full collection walks all of them: about
150 ms on this kind of laptop, at a random moment, often in the middle of a bulk change or a
drag (and it grows with the board). Once a board is shown, those objects are moved out of the
collector's sight (:func:`gc.freeze`); later collections look only at what was made since. They
are given back when the board closes (:func:`gc.unfreeze`), so a closed board's cycles are
freed like any garbage. The scene already does this for what it builds while opening
(:mod:`canvas.collector`); this catches what the shown board made since.
"""

from __future__ import annotations

import ctypes
import gc
import linecache
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from canvas import collector

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SETTLE_MS = 1000
"""After a board is shown, wait until opening's short-lived objects are gone."""
MMAP_THRESHOLD = 1024 * 1024
"""Blocks at least this big get pages of their own from glibc's ``malloc`` (see
:func:`return_freed_memory`)."""
TRIM_THRESHOLD = 4 * 1024 * 1024
"""Free memory at the top of glibc's heap beyond this goes back to the system."""
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


class BoardHeap(QObject):
    """Freezes the heap of the board a window shows and thaws it when the board closes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._frozen = False
        self._closed_one = False
        """A board was closed since the last freeze: its cycles wait for a full collection."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.freeze)
        window.boardChanged.connect(self._board_changed)
        window.boardClosing.connect(self.thaw)

    @property
    def frozen(self) -> bool:
        return self._frozen

    def _board_changed(self) -> None:
        if self._window.document is not None and not self._frozen:
            self._timer.start()

    def freeze(self) -> None:
        """Put the open board's objects out of the collector's sight (after collecting a
        closed board's garbage, so none of it is kept)."""
        if self._frozen or self._window.document is None:
            return
        if self._closed_one:
            gc.collect()
            self._closed_one = False
        drop_read_sources()  # modules imported while the board opened
        collector.freeze()
        self._frozen = True

    def thaw(self) -> None:
        """The board is closing: its objects become ordinary garbage again."""
        self._timer.stop()
        if self._frozen:
            collector.release()
            self._frozen = False
        self._closed_one = True


def return_freed_memory() -> bool:
    """Let glibc give the memory of big freed blocks back to the system at once.

    The far view's images (:mod:`canvas.far_backdrop`, :mod:`canvas.zoom_glide`,
    :mod:`canvas.far_overview`) are megabytes each and made anew as the view zooms. By
    default glibc raises its mmap threshold to the size of each such block freed, so the
    next ones come from the heap, whose freed memory it keeps: the process's peak grew by the
    images it had let go. A fixed threshold keeps big blocks in pages of their own, unmapped
    when freed. False where the C library is not glibc (nothing changed)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )


def drop_read_sources() -> None:
    """Let go of the source files PySide6 read while modules were imported.

    PySide6's import hook asks :func:`inspect.getsource` of every module imported while it is
    in place, to see whether it names PySide6 (``shibokensupport.feature``). That reads each
    module's source into :mod:`linecache`, which keeps it for the life of the process: up to
    500 files, 23 MB, where :mod:`ui.qt_import_hook` did not take the hook away early. Nothing
    needs them kept (a traceback reads the lines it shows again)."""
    linecache.clearcache()


def install(window: MainWindow) -> BoardHeap:
    """Watch the boards ``window`` shows (once, when it is built)."""
    return_freed_memory()
    drop_read_sources()
    heap = BoardHeap(window)
    window.board_heap = heap  # type: ignore[attr-defined]
    return heap
