"""Frame titles and header texts laid out ahead, a frame at a time while the board is idle.

A header's text box (title and prompt fitted to the header, all headers of a frame evened
out to one size) takes 5–10 ms a frame to work out and does not depend on the zoom; it is
worked out when a frame is first drawn up close. Met in the middle of a zoom, that is a frame
of 50–70 ms. So once a board has been open a moment, the frames' texts are worked out in idle
turns of the event loop, a frame or so every 25 ms, while no view is painting (an edit, a
zoom or a pan is never kept waiting by it). One frame of each kind goes first (the others of
its kind reuse its layouts), nearest the views first: the frames a zoom or a pan meets next.
"""

from __future__ import annotations

import time
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QGraphicsScene

from canvas.frame_items import FarKey, FrameItem, ZoneItem

if TYPE_CHECKING:
    from canvas.frame_layer import FrameLayer

WAIT_MS = 1500
"""After a sync, this long before the first frame is worked out (a board opening first)."""
SLICE_SECONDS = 0.004
"""Work per turn (at least one frame)."""
PAUSE_MS = 25
"""Between turns: input and frames keep most of the time while the texts are worked out."""
QUIET_SECONDS = 0.4
"""Work waits until no view has painted for this long: the board is idle, nobody waits."""

_quiet_from = 0.0


def busy() -> None:
    """A view painted: work ahead waits until the board has been quiet a moment."""
    global _quiet_from
    _quiet_from = time.perf_counter() + QUIET_SECONDS


def quiet() -> bool:
    return time.perf_counter() >= _quiet_from


class HeaderWarmup(QObject):
    """Lays out the texts of every frame of a layer, a few frames per idle turn."""

    def __init__(self, layer: FrameLayer, parent: QObject) -> None:
        super().__init__(parent)
        self._layer = weakref.ref(layer)
        self._waiting: list[int] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._work)

    def restart(self) -> None:
        """The frames changed: work out their texts again after :data:`WAIT_MS`."""
        self._waiting = []
        self._timer.start(WAIT_MS)

    def pending(self) -> bool:
        return self._timer.isActive()

    def _work(self) -> None:
        layer = self._layer()
        if layer is None:
            return
        if not quiet():
            self._timer.start(round(QUIET_SECONDS * 1000))
            return
        if not self._waiting:
            self._waiting = self._order(layer)
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._waiting:
            frame = layer.frame_item(self._waiting.pop())
            if frame is not None:
                frame.text_box()
                for zone in frame.childItems():
                    if isinstance(zone, ZoneItem) and zone.kind != "cell":
                        zone.text_box()
            if time.perf_counter() >= deadline:
                break
        if self._waiting:
            self._timer.start(PAUSE_MS)

    def _order(self, layer: FrameLayer) -> list[int]:
        """The frames' ids, the first to work out last (popped from the end): one frame of
        each kind first (a template's first frame costs 5-30 ms, the others of its kind reuse
        its layouts), nearest the views first, then the rest, nearest first."""
        scene = self.parent()
        views = scene.views() if isinstance(scene, QGraphicsScene) else []
        centres = [
            view.mapToScene(view.viewport().rect().center()) for view in views if view.isVisible()
        ]

        def distance(frame: FrameItem) -> float:
            middle = frame.scene_rect().center()
            return min(((middle - centre).manhattanLength() for centre in centres), default=0.0)

        seen: set[FarKey] = set()
        first: list[FrameItem] = []
        rest: list[FrameItem] = []
        for frame in sorted(layer.frame_items(), key=distance):
            key = frame.far_key()
            (rest if key in seen else first).append(frame)
            seen.add(key)
        return [frame.frame_id for frame in reversed(first + rest)]
