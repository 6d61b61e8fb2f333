"""Parts of the laptop window built from its actions: the toolbar and the undo history's dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QToolBar, QToolButton, QUndoView

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def build_toolbar(window: MainWindow) -> QToolBar:
    """New note, the colours as big icon buttons (44 px, a finger's width), undo and redo,
    zoom to fit and 100 %; added to ``window``."""
    acts = window.acts
    bar = QToolBar(window)
    bar.setObjectName("boardToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setStyleSheet("QToolButton { font-size: 12pt; padding: 6px 10px; }")
    bar.addAction(acts.new_note)
    bar.addSeparator()
    for action in acts.colours.values():
        bar.addAction(action)
    bar.addSeparator()
    bar.addActions([acts.undo, acts.redo])
    bar.addSeparator()
    bar.addActions([acts.zoom_fit, acts.zoom_reset])
    for action in acts.colours.values():
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setMinimumSize(44, 44)
    window.addToolBar(bar)
    return bar


def make_history_dock(window: MainWindow) -> QDockWidget:
    """The undo history's dock, made when first shown."""
    dock = QDockWidget(window)
    dock.setObjectName("historyDock")
    view = QUndoView(window.undo_group)
    dock.setWidget(view)
    dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Undo History"))
    view.setEmptyLabel(QCoreApplication.translate("MainWindow", "<opened>"))
    return dock
