"""The bar at the bottom of the laptop window: who is writing, and the quick-entry box.

Groups take turns at one laptop; the bar is big enough to hit without aiming (44 px targets,
16 px text at 100 %, growing with the desktop's scaling: :mod:`ui.targets`) and works without
the mouse: keys 1–9 pick the group, Ctrl+E jumps into the box, Enter adds the note, Escape
goes back to the board. A right-click on it opens nothing (no menu that could hide it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.group_picker import GroupPicker
from ui.targets import TEXT_STYLE, fit_target

ENTRY_STYLE = (
    "QLineEdit { font-size: 16pt; padding: 6px 10px; border: 2px solid #5a6470;"
    " border-radius: 6px; background: white; }"
    "QLineEdit:focus { border: 3px solid #1A5FD0; }"
)


class QuickEntryEdit(QLineEdit):
    """The text box: Enter adds (handled by the owner), Escape hands focus back and keeps
    what was typed for later (nothing typed is lost; select and delete to empty it)."""

    escaped = Signal()

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z / Ctrl+Y with no typing of its own to undo (a note was just added) go to
        the window's Undo and Redo, which take the note back and forth."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if (undo and not self.isUndoAvailable()) or (redo and not self.isRedoAvailable()):
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RoomBar(QWidget):
    """Group picker (with add and highlight) over the quick-entry row."""

    addGroupRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomBar")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 6)
        outer.setSpacing(4)
        groups_row = QHBoxLayout()
        groups_row.setSpacing(6)
        self.picker = GroupPicker(self)
        groups_row.addWidget(self.picker)
        self.add_group = QToolButton(self)
        self.add_group.setText("+")
        self.add_group.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.add_group.setMinimumWidth(fit_target(self.add_group))
        self.add_group.clicked.connect(self.addGroupRequested)
        groups_row.addWidget(self.add_group)
        self.highlight = QToolButton(self)
        self.highlight.setCheckable(True)
        self.highlight.setStyleSheet(TEXT_STYLE + " padding: 4px 10px;")
        fit_target(self.highlight)
        groups_row.addWidget(self.highlight)
        groups_row.addStretch(1)
        self.groups_row = groups_row
        outer.addLayout(groups_row)
        entry_row = QHBoxLayout()
        entry_row.setSpacing(8)
        self.entry_label = QLabel(self)
        self.entry_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        entry_row.addWidget(self.entry_label)
        self.entry = QuickEntryEdit(self)
        self.entry.setStyleSheet(ENTRY_STYLE)
        fit_target(self.entry)
        self.entry.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.entry_label.setBuddy(self.entry)
        entry_row.addWidget(self.entry, 3)
        self.zone_label = QLabel(self)
        self.zone_label.setStyleSheet(TEXT_STYLE)
        entry_row.addWidget(self.zone_label)
        self.zones = QComboBox(self)
        self.zones.setMinimumWidth(220)
        self.zones.setStyleSheet(TEXT_STYLE)
        fit_target(self.zones)
        # Long "frame › cell" names must not widen the window past a laptop's screen.
        self.zones.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zones.setMinimumContentsLength(18)
        self.zone_label.setBuddy(self.zones)
        entry_row.addWidget(self.zones, 1)
        self.add_button = QPushButton(self)
        self.add_button.setStyleSheet(TEXT_STYLE + " font-weight: 600; padding: 4px 18px;")
        fit_target(self.add_button)
        entry_row.addWidget(self.add_button)
        self.entry_row = entry_row
        outer.addLayout(entry_row)
        self.retranslate()

    def add_timer(self, timer: QWidget) -> None:
        """The countdown sits at the right of the quick-note row: always in sight, never pushed
        into a toolbar's overflow menu, and leaving the groups row the room for long group
        names on a 1280-pixel laptop screen."""
        self.entry_row.addWidget(timer)

    def retranslate(self) -> None:
        self.picker.retranslate()
        self.add_group.setToolTip(self.tr("Add a group"))
        self.highlight.setText(self.tr("Highlight this group"))
        self.highlight.setToolTip(self.tr("Fade the notes of the other groups"))
        self.entry_label.setText(self.tr("&Quick note:"))
        self.entry.setPlaceholderText(self.tr("Type a note and press Enter"))
        self.zone_label.setText(self.tr("&Into:"))
        self.add_button.setText(self.tr("Add"))
