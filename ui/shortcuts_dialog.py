"""Help › Keyboard Shortcuts: read from the real actions, so it can never go out of date."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

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
    def __init__(self, actions: BoardActions, parent: QDialog | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows: list[tuple[str, str]] = []
        for action in actions.parent().actions():  # type: ignore[union-attr]
            primary = action.shortcut()
            if not primary.isEmpty():
                keys = primary.toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((action.text().replace("&", ""), keys))
        rows += [(self.tr(what), self.tr(keys)) for keys, what in CANVAS_KEYS]
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        self.resize(640, 560)
        self.rows = rows
