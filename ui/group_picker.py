"""“Who is writing?”: big buttons, one per group, also chosen with the keys 1–9.

New notes take the chosen group's colour and are tagged with it, so the handout can say which
group wrote what without anyone logging in.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from models.records import GroupData
from ui.targets import TEXT_PT, fit_target

BUTTON_EXTRA_PX = 40
"""Padding and the chosen group's thick border around a button's text."""
SHORTEST_NAME = "Ab…"
"""How much of a long name a button keeps when the row is full: the number stays whole."""


class GroupButton(QPushButton):
    """A group's button: its number and whole name when the row has room, else the name
    shortened with "…" (the whole name is in the tooltip), so many groups with long names
    never push the window past the screen."""

    def __init__(self, prefix: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(prefix + name, parent)
        self._prefix, self._name = prefix, name
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _metrics(self) -> QFontMetrics:
        bold = QFont(self.font())
        bold.setBold(True)  # the chosen group's bold text and thick border fit too
        return QFontMetrics(bold)

    def sizeHint(self) -> QSize:
        width = self._metrics().horizontalAdvance(self._prefix + self._name) + BUTTON_EXTRA_PX
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        shortest = self._prefix + min(self._name, SHORTEST_NAME, key=len)
        width = self._metrics().horizontalAdvance(shortest) + BUTTON_EXTRA_PX
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        metrics = self._metrics()
        room = self.width() - BUTTON_EXTRA_PX - metrics.horizontalAdvance(self._prefix)
        shown = self._name
        if self.width() < self.sizeHint().width():
            shown = metrics.elidedText(self._name, Qt.TextElideMode.ElideRight, max(room, 0))
        if self.text() != self._prefix + shown:
            self.setText(self._prefix + shown)


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
            button = GroupButton(f"{index}  " if index <= 9 else "", group.name)
            button.setCheckable(True)
            key = self.tr("Key %1").replace("%1", str(index)) if index <= 9 else ""
            button.setToolTip(f"{group.name}\n{key}" if key else group.name)
            border = QColor(group.colour).darker(150).name()
            button.setStyleSheet(
                f"QPushButton {{ background: {group.colour}; color: #111; font-size: {TEXT_PT}pt;"
                f" border: 2px solid {border}; border-radius: 6px; padding: 4px 14px; }}"
                "QPushButton:checked { border: 4px solid #111; font-weight: 700; }"
            )
            fit_target(button)
            self._buttons.addButton(button, group.id)
            self._layout.addWidget(button)
            if self.isVisible():
                button.show()  # the layout would show it only at a later turn: a frame without it
        self._share_width()
        if self.isVisible():
            self._layout.activate()  # and in its place in that same frame
        if current is not None:
            self._check(current)

    def sizeHint(self) -> QSize:
        """Room for every whole name (the buttons' caps from :meth:`_share_width` aside)."""
        hint = super().sizeHint()
        buttons = self._buttons.buttons()
        margins = self._layout.contentsMargins()
        width = (
            margins.left()
            + margins.right()
            + self._label.sizeHint().width()
            + sum(button.sizeHint().width() + self._layout.spacing() for button in buttons)
        )
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """When the names do not all fit, the longest ones are shortened first: every button
        gets its whole name up to a common width, the longer ones that width (a layout alone
        would squeeze a short name as hard as a long one)."""
        buttons = self._buttons.buttons()
        if not buttons:
            return
        margins = self._layout.contentsMargins()
        room = float(
            self.width()
            - margins.left()
            - margins.right()
            - self._label.sizeHint().width()
            - self._layout.spacing() * len(buttons)
        )
        hints = sorted(button.sizeHint().width() for button in buttons)
        cap = float(hints[-1])
        for index, hint in enumerate(hints):
            if hint * (len(hints) - index) > room:
                cap = room / (len(hints) - index)
                break
            room -= hint
        for button in buttons:
            button.setMaximumWidth(max(button.minimumSizeHint().width(), int(cap)))

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
