"""Help › Keyboard Shortcuts: read from the real actions, so it can never go out of date."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.actions import BoardActions

CANVAS_KEYS = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Double-click empty space"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "New note there"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Double-click a note, Enter or just type"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the note's text"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Stop editing / clear the selection"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrow keys (Shift: bigger steps)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Nudge selected notes"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl + mouse wheel, pinch"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Mouse wheel, middle-drag, Space + drag"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan"),
    ),
)


class ShortcutsDialog(QDialog):
    """The list follows a language switch while it is open (it is filled again)."""

    def __init__(self, actions: BoardActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self.table = QTableWidget(0, 2, self)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.resize(640, 560)
        self.rows: list[tuple[str, str]] = []
        self._fill()

    def _name(self, action: QAction) -> str:
        """An action's name; Undo and Redo without the step they would take back now."""
        if action is self._actions.undo:
            return QCoreApplication.translate("QUndoGroup", "Undo", "Default text for undo action")
        if action is self._actions.redo:
            return QCoreApplication.translate("QUndoGroup", "Redo", "Default text for redo action")
        return action.text().replace("&", "")

    def _fill(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows: list[tuple[str, str]] = []
        for action in self._actions.parent().actions():  # type: ignore[union-attr]
            primary = action.shortcut()
            if not primary.isEmpty():
                keys = primary.toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((self._name(action), keys))
        rows += [(self.tr(str(what)), self.tr(str(keys))) for keys, what in CANVAS_KEYS]
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.rows = rows

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
