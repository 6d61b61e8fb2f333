"""Text layout off the paint path: a per-frame budget and a background queue.

Fitting a note's text costs 0.1–0.3 ms (text shaping), so the first frame that shows a few
hundred notes' text at once would take far longer than 16 ms. A view opens a small budget
around each paint; notes that cannot be laid out within it paint as plain coloured blocks and
are queued, and the queue lays them out in short slices between frames, repainting each note
as its text becomes ready. Painting outside a view (PNG export) has no budget and lays out
synchronously, so exported images are always complete.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

SLICE_SECONDS = 0.004
"""Background work per event-loop turn: short enough not to delay input or the next frame."""


class _Layoutable(Protocol):
    def ensure_fit(self) -> object: ...
    def update(self) -> None: ...


class _Budget:
    """What the frame being painted allows: time left for synchronous layouts (or no limit),
    and whether text is drawn at all (a view showing very many notes turns it off)."""

    def __init__(self) -> None:
        self._deadline: float | None = None
        self.text_allowed = True

    def open(self, seconds: float, text_allowed: bool = True) -> None:
        self._deadline = time.perf_counter() + seconds
        self.text_allowed = text_allowed

    def close(self) -> None:
        self._deadline = None
        self.text_allowed = True

    def allows(self) -> bool:
        return self._deadline is None or time.perf_counter() < self._deadline


paint_budget = _Budget()


class LayoutQueue(QObject):
    """Items waiting for their text layout; worked off in slices by a zero timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: dict[int, _Layoutable] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)

    def push(self, item: _Layoutable) -> None:
        self._waiting[id(item)] = item
        if not self._timer.isActive():
            self._timer.start()

    def discard(self, item: _Layoutable) -> None:
        self._waiting.pop(id(item), None)

    def clear(self) -> None:
        self._waiting.clear()
        self._timer.stop()

    def __len__(self) -> int:
        return len(self._waiting)

    def drain(self) -> None:
        """Lay out everything now (tests and exports that need finished text)."""
        while self._waiting:
            _, item = self._waiting.popitem()
            item.ensure_fit()
            item.update()

    def _work(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._waiting and time.perf_counter() < deadline:
            key = next(iter(self._waiting))
            item = self._waiting.pop(key)
            item.ensure_fit()
            item.update()
        if self._waiting:
            self._timer.start()
