"""The experiment card as a form: every field at once, in two halves, labels in the board's
language.

OK writes the changed fields as one undo step (the same command as editing a field on the
card); a value the model refuses (a date that is not a date) keeps the dialog open and says
why. Escape, closing the form or the board keep what was typed, as on the card itself (a date
that is not one is kept as written, marked); only the Cancel button throws it away. Dates are
written the Finnish way (6.3.2026); the theme can be picked from the board's experiment walls
and the default themes, or typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from canvas.card_editor import card_patch, push_card_change
from canvas.card_item import CardItem, show_date
from canvas.error_text import error_text
from canvas.scene import BoardScene
from models.errors import BoardError
from models.experiment import FIELDS, HALF_TITLES, CardField
from models.templates import TEMPLATES
from models.templates.starters import EXPERIMENT_THEMES

FieldWidget = QLineEdit | QPlainTextEdit | QComboBox


def board_themes(scene: BoardScene, language: str) -> list[str]:
    """Themes on the board's experiment walls, then the default themes, without repeats."""
    themes: list[str] = []
    for frame in scene.frames.frame_items():
        template = TEMPLATES.get(frame.frame.template_key)
        if template is None or template.card_kind != "experiment":
            continue
        for zone in scene.frames.zone_items(frame.frame_id):
            if zone.is_cell and zone.zone.title and zone.zone.title not in themes:
                themes.append(zone.zone.title)
    for _key, label, _colour in EXPERIMENT_THEMES:
        if label.text(language) not in themes:
            themes.append(label.text(language))
    return themes


class CardDialog(QDialog):
    """Edit one experiment card (a note of kind "experiment") of ``scene``."""

    def __init__(
        self,
        scene: BoardScene,
        note_id: int,
        undo_stack: QUndoStack,
        themes: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        item = scene.item_for(note_id)
        if not isinstance(item, CardItem):
            raise ValueError(f"note {note_id} is not an experiment card")
        self._item = item
        self._stack = undo_stack
        self._language = item.language
        self.widgets: dict[str, FieldWidget] = {}
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.discard)
        halves = QHBoxLayout()
        for half in ("before", "after"):
            halves.addWidget(self._half(half, themes))
        layout = QVBoxLayout(self)
        layout.addLayout(halves)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Experiment Card"))
        self.resize(900, 560)
        self._load()

    def _half(self, half: str, themes: Sequence[str]) -> QGroupBox:
        box = QGroupBox(HALF_TITLES[half].text(self._language), self)  # type: ignore[index]
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for spec in FIELDS:
            if spec.half != half:
                continue
            widget = self._widget(spec, themes)
            self.widgets[spec.key] = widget
            label = QLabel(spec.label.text(self._language), box)
            label.setBuddy(widget)
            form.addRow(label, widget)
        return box

    def _widget(self, spec: CardField, themes: Sequence[str]) -> FieldWidget:
        if spec.kind == "choice":
            combo = QComboBox(self)
            combo.addItem("–", "")
            for choice in spec.choices:
                combo.addItem(choice.label.text(self._language), choice.key)
            return combo
        if spec.key == "theme":
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems(list(themes))
            return combo
        if spec.kind == "text":
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(60)
            return text
        line = QLineEdit(self)
        if spec.kind == "date":
            line.setPlaceholderText(self.tr("e.g. 6.3.2026"))
        return line

    def _load(self) -> None:
        fields = self._item.note.fields
        for key, widget in self.widgets.items():
            value = str(fields.get(key, ""))
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QComboBox) and not widget.isEditable():
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QComboBox):
                widget.setCurrentText(value)
            else:
                widget.setText(show_date(value) if key.endswith("_date") else value)

    def values(self) -> dict[str, str]:
        """What the form holds now, as the card stores it (before checking)."""
        values: dict[str, str] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText()
            elif isinstance(widget, QComboBox) and not widget.isEditable():
                values[key] = str(widget.currentData() or "")
            elif isinstance(widget, QComboBox):
                values[key] = widget.currentText()
            else:
                values[key] = widget.text()
        return values

    def changes(self) -> dict[str, str]:
        fields = self._item.note.fields
        current = self.values()
        return {
            key: value
            for key, value in current.items()
            if (
                show_date(str(fields.get(key, "")))
                if key.endswith("_date")
                else str(fields.get(key, ""))
            )
            != value
        }

    def accept(self) -> None:
        changes = self.changes()
        if changes:
            try:
                card_patch(self._item, changes)
            except ValueError as error:
                reason = error_text(error if isinstance(error, BoardError) else str(error))
                self.error.setText(self.tr("Not saved: %1").replace("%1", reason))
                self.error.show()
                return
            push_card_change(self._stack, self._report, self._item, changes)
        super().accept()

    def reject(self) -> None:
        """Escape or closing: keep what was typed (Undo takes it back), like a card field."""
        changes = self.changes()
        scene = self._item.scene()
        writable = isinstance(scene, BoardScene) and not scene.document.read_only
        kept = not (changes and writable and self._item.isVisible()) or push_card_change(
            self._stack, self._report, self._item, changes, keep_not_dates=True
        )
        if kept:
            super().reject()

    def discard(self) -> None:
        """The Cancel button: close without writing anything."""
        super().reject()

    def _report(self, message: str | BoardError) -> None:
        self.error.setText(error_text(message))
        self.error.show()
