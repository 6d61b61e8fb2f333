"""Choosing a template: "New Board from Template…" and "Insert Template…".

Each template is listed with a small picture drawn from the geometry the model would insert
(:func:`models.templates.plan.plan_frame`), so a template added as data shows up here, previewed,
without new code. The labels are in the board's language (for a new board, the language chosen
here); the template's options (e.g. the "Who the customer is" column) are check boxes, and the
preview follows them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.records import GroupData
from models.templates import TEMPLATES, Template
from models.templates.plan import HEADER, FramePlan, plan_frame

PREVIEW_SIZE = QSize(520, 330)
ICON_SIZE = QSize(120, 76)
_BAR = QColor("#2E3A48")


def draw_plan(plan: FramePlan, size: QSize, labels: bool = True) -> QPixmap:
    """A picture of a frame plan: title bar, headers and cells in their colours, titles."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#E9ECEF"))
    margin = 8.0
    scale = min(
        (size.width() - 2 * margin) / plan.width, (size.height() - 2 * margin) / plan.height
    )
    left = (size.width() - plan.width * scale) / 2
    top = (size.height() - plan.height * scale) / 2
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def box(x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(left + (x - plan.x) * scale, top + (y - plan.y) * scale, w * scale, h * scale)

    frame = box(plan.x, plan.y, plan.width, plan.height)
    painter.fillRect(frame, QColor("#FFFFFF"))
    first = min((zone.y for zone in plan.zones), default=plan.y)
    bar = box(plan.x, plan.y, plan.width, first - plan.y)
    painter.fillRect(bar, _BAR)
    painter.setPen(QPen(QColor("#BFC6CF"), 1.0))
    for zone in plan.zones:
        painter.setBrush(QColor(zone.colour))
        painter.drawRect(box(zone.x, zone.y, zone.width, zone.height))
    if labels:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(int(bar.height() * 0.55), 7))
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(
            bar.adjusted(6, 0, -4, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(
                plan.title, Qt.TextElideMode.ElideRight, int(bar.width() - 10)
            ),
        )
        painter.setPen(QColor("#1B1B1B"))
        font.setPixelSize(max(min(int(bar.height() * 0.42), 14), 7))
        painter.setFont(font)
        for zone in plan.zones:
            if not zone.title or not (zone.row == HEADER or zone.col == HEADER or zone.title):
                continue
            rect = box(zone.x, zone.y, zone.width, zone.height).adjusted(3, 2, -3, -2)
            align = (
                Qt.AlignmentFlag.AlignCenter
                if zone.row == HEADER
                else (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            )
            wrap = Qt.TextFlag.TextWordWrap if zone.row == HEADER else Qt.TextFlag.TextWrapAnywhere
            painter.drawText(rect, int(align | wrap), zone.title)
    painter.end()
    return pixmap


class TemplateDialog(QDialog):
    """The list of templates with a preview; ``mode`` is "new" (a new board) or "insert"."""

    def __init__(
        self,
        mode: str,
        language: str,
        groups: Sequence[GroupData] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._language = language
        self._groups = tuple(groups)
        self._checks: dict[str, QCheckBox] = {}
        self.list = QListWidget(self)
        self.list.setIconSize(ICON_SIZE)
        self.list.setMinimumWidth(330)
        self.list.setSpacing(3)
        self.preview = QLabel(self)
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(60)
        self.options_box = QGroupBox(self)
        self._options_layout = QVBoxLayout(self.options_box)
        self.language_box = QComboBox(self)
        self.language_box.addItem("Suomi", "fi")
        self.language_box.addItem("Svenska", "sv")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.language_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._retranslate()
        self.list.currentRowChanged.connect(self._show_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.language_box.currentIndexChanged.connect(self._fill)
        self._fill()

    def _layout(self) -> None:
        right = QVBoxLayout()
        right.addWidget(self.preview)
        right.addWidget(self.description)
        right.addWidget(self.options_box)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_box, 1)
        right.addLayout(language_row)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(self.buttons)
        self.language_box.setVisible(self._mode == "new")

    def _retranslate(self) -> None:
        if self._mode == "new":
            self.setWindowTitle(self.tr("New Board from Template"))
            self.language_label.setText(self.tr("Language of the board:"))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
                self.tr("Create Board…")
            )
        else:
            self.setWindowTitle(self.tr("Insert Template"))
            names = {"fi": self.tr("Finnish"), "sv": self.tr("Swedish"), "en": self.tr("English")}
            self.language_label.setText(
                self.tr("Titles in %1, the board's language.").replace(
                    "%1", names.get(self._language, self._language)
                )
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Insert"))
        self.options_box.setTitle(self.tr("Options"))

    # --- choices --------------------------------------------------------------------------
    def language(self) -> str:
        return str(self.language_box.currentData()) if self._mode == "new" else self._language

    def template(self) -> Template | None:
        item = self.list.currentItem()
        return TEMPLATES.get(str(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def select(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(row)
                return
        raise KeyError(key)

    def options(self) -> dict[str, bool]:
        return {key: box.isChecked() for key, box in self._checks.items()}

    def set_option(self, key: str, on: bool) -> None:
        self._checks[key].setChecked(on)

    # --- showing --------------------------------------------------------------------------
    def _fill(self) -> None:
        current = self.template()
        self.list.clear()
        language = self.language()
        for template in TEMPLATES.values():
            plan = plan_frame(template, 0.0, 0.0, language, None, self._groups)
            item = QListWidgetItem(
                QIcon(draw_plan(plan, ICON_SIZE, labels=False)), template.name.text(language)
            )
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            font = item.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            font.setBold(True)
            item.setFont(font)
            item.setSizeHint(QSize(ICON_SIZE.width() + 200, ICON_SIZE.height() + 8))
            self.list.addItem(item)
        if current is not None and current.key in TEMPLATES:
            self.select(current.key)
        elif self.list.count():
            self.list.setCurrentRow(0)

    def _show_current(self) -> None:
        template = self.template()
        while self._options_layout.count():
            taken = self._options_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self._checks.clear()
        if template is None:
            return
        language = self.language()
        for option in template.options:
            box = QCheckBox(option.label.text(language), self.options_box)
            box.setChecked(option.default)
            box.toggled.connect(self._redraw)
            self._options_layout.addWidget(box)
            self._checks[option.key] = box
        self.options_box.setVisible(bool(template.options))
        self.description.setText(template.description.text(language))
        self._redraw()

    def _redraw(self) -> None:
        template = self.template()
        if template is None:
            return
        plan = plan_frame(template, 0.0, 0.0, self.language(), self.options(), self._groups)
        self.preview.setPixmap(draw_plan(plan, PREVIEW_SIZE))

    def preview_plan(self) -> FramePlan | None:
        template = self.template()
        if template is None:
            return None
        return plan_frame(template, 0.0, 0.0, self.language(), self.options(), self._groups)
