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

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from canvas import collector

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SETTLE_MS = 1000
"""After a board is shown, wait until opening's short-lived objects are gone."""


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
        collector.freeze()
        self._frozen = True

    def thaw(self) -> None:
        """The board is closing: its objects become ordinary garbage again."""
        self._timer.stop()
        if self._frozen:
            collector.release()
            self._frozen = False
        self._closed_one = True


def install(window: MainWindow) -> BoardHeap:
    """Watch the boards ``window`` shows (once, when it is built)."""
    heap = BoardHeap(window)
    window.board_heap = heap  # type: ignore[attr-defined]
    return heap
