"""“Who is writing?”: big buttons, one per group, also chosen with the keys 1–9.

New notes take the chosen group's colour and are tagged with it, so the handout can say which
group wrote what without anyone logging in.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from models.records import GroupData
from ui.targets import TEXT_PT, fit_target


class GroupPicker(QWidget):
    groupChosen = Signal(object)  # the group id, or None for "no group"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 6, 2)
        self._label = QLabel()
        self._label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self._layout.addWidget(self._label)
        self._buttons = QButtonGroup(self)
        self._buttons.setExclusive(True)
        self._buttons.idClicked.connect(self._clicked)
        self._groups: list[GroupData] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._label.setText(self.tr("Who is writing?"))

    def set_groups(self, groups: list[GroupData], current: int | None = None) -> None:
        for button in self._buttons.buttons():
            self._buttons.removeButton(button)
            self._layout.removeWidget(button)
            button.hide()  # removed from the layout but alive until deleteLater runs
            button.deleteLater()
        self._groups = list(groups)
        for index, group in enumerate(self._groups, start=1):
            button = QPushButton(f"{index}  {group.name}" if index <= 9 else group.name)
            button.setCheckable(True)
            button.setToolTip(self.tr("Key %1").replace("%1", str(index)) if index <= 9 else "")
            border = QColor(group.colour).darker(150).name()
            button.setStyleSheet(
                f"QPushButton {{ background: {group.colour}; color: #111; font-size: {TEXT_PT}pt;"
                f" border: 2px solid {border}; border-radius: 6px; padding: 4px 14px; }}"
                "QPushButton:checked { border: 4px solid #111; font-weight: 700; }"
            )
            fit_target(button)
            bold = QFont(button.font())
            bold.setBold(True)  # the chosen group's bold text and thick border fit too
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 40)
            self._buttons.addButton(button, group.id)
            self._layout.addWidget(button)
            if self.isVisible():
                button.show()  # the layout would show it only at a later turn: a frame without it
        if self.isVisible():
            self._layout.activate()  # and in its place in that same frame
        if current is not None:
            self._check(current)

    def current(self) -> int | None:
        checked = self._buttons.checkedId()
        return None if checked == -1 else checked

    def choose_number(self, number: int) -> bool:
        """Key 1–9: choose the n-th group; False when there is no such group."""
        if not 1 <= number <= len(self._groups):
            return False
        group_id = self._groups[number - 1].id
        self._check(group_id)
        self.groupChosen.emit(group_id)
        return True

    def _check(self, group_id: int) -> None:
        button = self._buttons.button(group_id)
        if button is not None:
            button.setChecked(True)

    def _clicked(self, group_id: int) -> None:
        self.groupChosen.emit(group_id)
