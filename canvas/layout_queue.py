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
ZOOM_WAIT_MS = 50
"""While a view zooms, the queue looks again this often."""
KEPT_LAYOUTS = 3000
"""Notes of one scene that keep their text layout (~9 KB each, mostly shaped glyphs), the most
recently laid out: a frame paints text on at most ``style.MAX_TEXT_PAINTS`` notes per view, so
a note on screen keeps its layout, and a 20,000-note board once seen whole (the projector's
legibility check lays out every note) does not keep 170 MB of glyphs. A note that lost its
layout lays its text out again when next drawn."""


class _Layoutable(Protocol):
    def ensure_fit(self) -> object: ...
    def update(self) -> None: ...


class _Forgetting(Protocol):
    def forget_fit(self) -> None: ...


class _Budget:
    """What the frame being painted allows: time left for synchronous layouts (or no limit),
    and whether text is drawn at all (a view showing very many notes turns it off)."""

    def __init__(self) -> None:
        self._deadline: float | None = None
        self.text_allowed = True
        self.moving = False
        """The frame is one step of a zoom in motion: a first-time layout that may cost a
        frame's time (a template's headers) waits for the frame drawn when it rests."""

    def open(self, seconds: float, text_allowed: bool = True, moving: bool = False) -> None:
        self._deadline = time.perf_counter() + seconds
        self.text_allowed = text_allowed
        self.moving = moving

    def close(self) -> None:
        self._deadline = None
        self.text_allowed = True
        self.moving = False

    def allows(self) -> bool:
        return self._deadline is None or time.perf_counter() < self._deadline


paint_budget = _Budget()


class LayoutQueue(QObject):
    """Items waiting for their text layout; worked off in slices by a zero timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: dict[int, _Layoutable] = {}
        self._kept: dict[int, _Forgetting] = {}
        """Items holding a layout, oldest first (see :data:`KEPT_LAYOUTS`)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)

    def push(self, item: _Layoutable) -> None:
        self._waiting[id(item)] = item
        if not self._timer.isActive() or self._timer.interval() != 0:
            self._timer.start(0)  # a frame at rest: not after the zoom's wait

    def discard(self, item: _Layoutable) -> None:
        self._waiting.pop(id(item), None)

    def kept(self, item: _Forgetting) -> None:
        """``item`` has just laid out its text; the oldest layout beyond the limit is let go."""
        kept = self._kept
        kept[id(item)] = item
        while len(kept) > KEPT_LAYOUTS:
            kept.pop(next(iter(kept))).forget_fit()

    def forget(self, item: object) -> None:
        """``item`` left the scene."""
        self._waiting.pop(id(item), None)
        self._kept.pop(id(item), None)

    def layouts_kept(self) -> int:
        return len(self._kept)

    def clear(self) -> None:
        self._waiting.clear()
        self._kept.clear()
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
        if self._zooming():
            self._timer.start(ZOOM_WAIT_MS)
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._waiting and time.perf_counter() < deadline:
            key = next(iter(self._waiting))
            item = self._waiting.pop(key)
            item.ensure_fit()
            item.update()
        if self._waiting:
            self._timer.start(0)

    def _zooming(self) -> bool:
        """A view of the scene is in a wheel or pinch zoom: its steps are shown from a picture
        that a repaint for a text laid out would not change, and every other view that once
        drew the note (the projector) would repaint for it. The zoom's frame at rest draws
        the texts it has time for; the rest are laid out after."""
        scene = self.parent()
        views = getattr(scene, "views", None)
        return views is not None and any(getattr(view, "zooming", False) for view in views())
