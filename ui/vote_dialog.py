"""Start a dot vote: what it is called, which notes it is about, how many dots each voter has,
and whether the dots stay hidden until the end (so nobody votes with the crowd)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.records import FrameData
from models.votes import MAX_BUDGET

DEFAULT_BUDGET = 3


@dataclass(frozen=True, slots=True)
class VoteSettings:
    title: str
    frame_id: int | None
    budget: int
    budget_per: str
    hidden: bool


class VoteDialog(QDialog):
    """Non-blocking: open() it and read :meth:`settings` when it is accepted."""

    def __init__(
        self,
        frames: list[FrameData],
        number: int,
        parent: QWidget | None = None,
        frame_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet("QWidget { font-size: 12pt; }")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.title.setText(self.tr("Vote %1").replace("%1", str(number)))
        self.title.selectAll()
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("The whole board"), None)
        for frame in frames:
            self.scope.addItem(frame.title or frame.template_key, frame.id)
        if frame_id is not None:
            index = self.scope.findData(frame_id)
            if index >= 0:
                self.scope.setCurrentIndex(index)
        self.budget = QSpinBox(self)
        self.budget.setRange(1, MAX_BUDGET)
        self.budget.setValue(DEFAULT_BUDGET)
        self.per_group = QRadioButton(self)
        self.per_person = QRadioButton(self)
        self.per_group.setChecked(True)
        per = QButtonGroup(self)
        per.addButton(self.per_group)
        per.addButton(self.per_person)
        per_row = QHBoxLayout()
        per_row.addWidget(self.per_group)
        per_row.addWidget(self.per_person)
        per_row.addStretch(1)
        self.hidden = QCheckBox(self)
        self._labels = [
            self.tr("Title:"),
            self.tr("Notes:"),
            self.tr("Dots:"),
            self.tr("Dots for:"),
        ]
        form.addRow(self._labels[0], self.title)
        form.addRow(self._labels[1], self.scope)
        form.addRow(self._labels[2], self.budget)
        form.addRow(self._labels[3], per_row)
        form.addRow("", self.hidden)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Start a Vote"))
        self.per_group.setText(self.tr("each group"))
        self.per_person.setText(self.tr("each person"))
        self.hidden.setText(self.tr("Hide the dots until the vote ends"))
        self.ok.setText(self.tr("Start Voting"))
        self.title.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))

    def settings(self) -> VoteSettings:
        frame = self.scope.currentData()
        return VoteSettings(
            title=self.title.text().strip(),
            frame_id=int(frame) if frame is not None else None,
            budget=self.budget.value(),
            budget_per="person" if self.per_person.isChecked() else "group",
            hidden=self.hidden.isChecked(),
        )
