"""What waits until the first board is on screen: SQLAlchemy, then the cycle collector.

A board opens and paints with the driver alone (see :mod:`models.lazy_sql`); importing
SQLAlchemy and putting its engine around the board's connection takes about a third of a
second, which the first edit should not wait for either. So it is done as soon as the
board's view has painted its first frame, and only then does the collector held since the
first line of ``main`` run again (see :mod:`ui.start_collector`), so that what SQLAlchemy
makes is frozen with the rest of start rather than collected over.

A zero timer started before the paint is not enough: it fires before the window's first
paint, so this waits for the view's own paint event.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from models.document import BoardDocument
from ui import start_collector

FALLBACK_MS = 3000
"""A window never painted (minimised, or hidden by a test) gets it all after this long."""


class _AfterFirstPaint(QObject):
    """Watches a viewport until it paints, then finishes start once (see the module)."""

    def __init__(self, window: QObject, viewport: QObject, document: BoardDocument) -> None:
        super().__init__(window)  # not the viewport: a board closed unpainted still finishes
        self._viewport: QObject | None = viewport
        viewport.destroyed.connect(self._forget_viewport)
        self._document = document
        self._done = False
        viewport.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self.finish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            # After this paint event the frame is on screen: the timer fires next.
            QTimer.singleShot(0, self, self.finish)
        return False

    def _forget_viewport(self) -> None:
        self._viewport = None

    def finish(self) -> None:
        if self._done:
            return
        self._done = True
        if self._viewport is not None:
            self._viewport.removeEventFilter(self)
        if not self._document.closed:
            self._document.prepare_writing()
        start_collector.release()


def after_first_frame(window: object) -> None:
    """Once ``window``'s board has painted its first frame: SQLAlchemy, then the collector.
    Without a board (none named, or it could not be opened) only the collector, at once."""
    document = getattr(window, "document", None)
    view = getattr(window, "view", None)
    if isinstance(window, QObject) and isinstance(document, BoardDocument) and view is not None:
        _AfterFirstPaint(window, view.viewport(), document)
    else:
        start_collector.release_after_first_frame()
