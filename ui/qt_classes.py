"""PySide's lazily loaded classes, loaded while a new window is idle rather than during an open.

Shiboken makes PySide's Python classes (and their enums) only when first used. The first time
Python is handed a Qt object of a class it does not wrap (a private one, such as the gesture
manager a board view's pinch gesture creates), it loads every class not yet loaded, some 60
enums among them: about 20 ms, once per process. While a big board's note items are made after
its first frame, an application-wide Python event filter watches for input
(:mod:`canvas.item_builder`) and is handed such an object while the board's view is made: the
first board opened from a shown window waited those 20 ms for its first frame. Handing Python
the application's own children (some of private classes) once, in the window's first idle
turn, does the same loading before anyone asks to open a board.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_loaded = False


def load_lazy_classes() -> None:
    """Have Shiboken load its remaining lazy classes now (once per process; cheap after)."""
    global _loaded
    app = QCoreApplication.instance()
    if _loaded or app is None:
        return
    _loaded = True
    app.children()  # each converted to Python: an unknown class loads the rest
