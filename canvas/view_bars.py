"""A view's scroll bars while a wheel pan or zoom moves: unpainted until it rests.

Drawn with the style's gradients (Fusion), the two scroll bars cost about a millisecond a
step, and Qt hands every tall gradient fill to its thread pool and waits for it: two dozen
waits a pan step, each one a wait for a core on a busy machine. They show where the pan or
zoom rests, :data:`canvas.view_paint.REST_MS` after its last step, painted once.

While a zoom moves the bars also keep their place: shown or hidden as at its start. A bar
that came or went mid-zoom (far out the board fits across and the bar goes) changed the
viewport's size, and a zoom step of a new size made the two pictures it draws from anew
(8 MB each, their first touch 3-4 ms of a step, see :mod:`canvas.zoom_glide`).
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

_Policy = Qt.ScrollBarPolicy


class PausedBars(QObject):
    """``PausedBars(view, rest_ms)``: :meth:`pan_step` at each wheel pan step, :meth:`pause`
    when a zoom starts and :meth:`resume` when it rests (the view's ``zooming`` says whether
    one still moves)."""

    def __init__(self, view: QAbstractScrollArea, rest_ms: int) -> None:
        super().__init__(view)
        self._view = weakref.ref(view)  # no cycle: the view is freed by reference counting
        self._bars = [
            bar.parentWidget() or bar
            for bar in (view.horizontalScrollBar(), view.verticalScrollBar())
        ]
        """The scroll bars as laid out around the viewport (in their containers)."""
        self._paused = False
        self._held: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy] | None = None
        """The bars' policies while a zoom holds them (see :meth:`hold`)."""
        self._pan = QTimer(self)
        self._pan.setSingleShot(True)
        self._pan.setInterval(rest_ms)
        self._pan.timeout.connect(self.resume)

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def panning(self) -> bool:
        """A wheel pan's steps come (it has not rested yet)."""
        return self._pan.isActive()

    def hold(self) -> None:
        """A zoom starts: each bar stays shown or hidden as it is until :meth:`release`."""
        view = self._view()
        if view is None or self._held is not None:
            return
        self._held = (view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy())
        shown = [bar.isVisibleTo(view) for bar in self._bars]
        on, off = _Policy.ScrollBarAlwaysOn, _Policy.ScrollBarAlwaysOff
        view.setHorizontalScrollBarPolicy(on if shown[0] else off)
        view.setVerticalScrollBarPolicy(on if shown[1] else off)

    def release(self) -> None:
        """The zoom rested: the bars come and go with the board's extent again."""
        view, held = self._view(), self._held
        self._held = None
        if view is not None and held is not None:
            view.setHorizontalScrollBarPolicy(held[0])
            view.setVerticalScrollBarPolicy(held[1])

    def pan_step(self) -> None:
        self.pause()
        self._pan.start()

    def pause(self, hold: bool = False) -> None:
        """Unpainted until :meth:`resume`; with ``hold`` (a zoom) also kept shown or hidden
        as they are (see :meth:`hold`)."""
        self._set(True)
        if hold:
            self.hold()

    def resume(self) -> None:
        """Painted again, unless a pan or a zoom still moves."""
        view = self._view()
        if not (bool(getattr(view, "zooming", False)) or self._pan.isActive()):
            self.release()
            self._set(False)

    def _set(self, paused: bool) -> None:
        if paused != self._paused:
            self._paused = paused
            bar: QWidget
            for bar in self._bars:
                bar.setUpdatesEnabled(not paused)
