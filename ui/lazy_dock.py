"""A dock built when first shown: its checkable action exists (and sits in the menus) from
the start, the dock and its widgets only once someone opens it.

Every dock of the window starts hidden (none is restored from the settings), so building the
undo history, vote, phone and stops docks at start only cost the first frame time.

A dock's contents scroll when the screen is short (:func:`scrolling`): docks stacked on the
right never make the window taller than the screen, which would push the room bar and the
save state off its bottom edge.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
)


def scrolling(dock: QDockWidget) -> None:
    """Put the dock's contents in a vertical scroll area (a list or view scrolls already)."""
    body = dock.widget()
    if body is None or isinstance(body, QAbstractScrollArea):
        return
    area = QScrollArea(dock)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    width = body.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()
    area.setWidget(body)
    area.setMinimumWidth(width)
    dock.setWidget(area)


class LazyDock(QObject):
    """``build`` makes the dock (with its object name and title); ``action`` shows and hides
    it and stays checked exactly while the dock is open, as ``toggleViewAction`` would."""

    def __init__(
        self,
        window: QMainWindow,
        action: QAction,
        build: Callable[[], QDockWidget],
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        filled: Callable[[], None] | None = None,
    ) -> None:
        """``filled``: called once the dock was built, to show what it should show now."""
        super().__init__(window)
        self._window = window
        self._build = build
        self._area = area
        self._dock: QDockWidget | None = None
        self._filled = filled
        self.action = action
        action.setCheckable(True)
        action.toggled.connect(self._toggled)

    @property
    def built(self) -> QDockWidget | None:
        """The dock if it was built, else None (nothing is built by asking)."""
        return self._dock

    @property
    def dock(self) -> QDockWidget:
        """The dock, built (hidden) now if it was not yet."""
        if self._dock is None:
            dock = self._build()
            scrolling(dock)
            if self._window.dockWidgetArea(dock) == Qt.DockWidgetArea.NoDockWidgetArea:
                self._window.addDockWidget(self._area, dock)
            dock.hide()
            dock.toggleViewAction().toggled.connect(self.action.setChecked)
            self._dock = dock
            if self._filled is not None:
                self._filled()
        return self._dock

    def show(self) -> None:
        self.dock.show()

    def hide(self) -> None:
        if self._dock is not None:
            self._dock.hide()

    def isVisible(self) -> bool:
        return self._dock is not None and self._dock.isVisible()

    def _toggled(self, on: bool) -> None:
        if on or self._dock is not None:
            self.dock.setVisible(on)
