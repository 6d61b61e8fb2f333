"""What the first open in a process would load, loaded once the window has first painted.

Two things are made once per process, the first time they are needed, and the first board
opened from a shown window waited for both before its first frame:

- PySide's lazily loaded classes. Shiboken makes its Python classes (and their enums) when
  first used, and the first time Python is handed a Qt object of a class it does not wrap (a
  private one, such as the gesture manager a board view's pinch gesture creates) it loads every
  class not yet loaded, some 60 enums among them: about 20 ms. While a big board's note items
  are made after its first frame, an application-wide Python event filter watches for input
  (:mod:`canvas.item_builder`), and it is handed such an object while the board's view is made.
- SQLAlchemy's SQLite dialect, which the board file's engine imports when first made (~10 ms).

Both are done right after the window's first paint: not before it (a window opening a small
board at start would show it later), and long before anyone has picked a file to open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_loaded = False


def preload() -> None:
    """Load the classes and the dialect now (once per process; nothing after)."""
    global _loaded
    app = QCoreApplication.instance()
    if _loaded or app is None:
        return
    _loaded = True
    app.children()  # each converted to Python: a class Python does not wrap loads the rest
    import sqlalchemy.dialects.sqlite.pysqlite  # noqa: F401


class _AfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, preload)
            self.deleteLater()
        return False


def preload_after_first_paint(window: QWidget) -> None:
    """Call :func:`preload` in the event-loop turn after ``window`` first paints."""
    if not _loaded:
        window.installEventFilter(_AfterFirstPaint(window))
