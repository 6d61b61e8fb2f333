"""What the window shows when no board is open: big, plain choices."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(14)
        title = QLabel("Pajalauta")
        title.setStyleSheet("font-size: 32pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        subtitle = self._subtitle = QLabel()
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setStyleSheet("font-size: 13pt; color: #555;")
        layout.addWidget(subtitle)
        self._buttons: list[QPushButton] = []
        for signal in (self.newRequested, self.openRequested, self.demoRequested):
            button = QPushButton()
            self._buttons.append(button)
            button.setMinimumSize(320, 56)
            button.setStyleSheet("font-size: 14pt;")
            button.clicked.connect(signal.emit)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignHCenter)
        self._recent_label = QLabel()
        self._recent_label.setStyleSheet("font-size: 12pt; margin-top: 12px;")
        layout.addWidget(self._recent_label, alignment=Qt.AlignmentFlag.AlignHCenter)
        self._recent = QListWidget()
        self._recent.setMaximumWidth(520)
        self._recent.setMinimumWidth(420)
        self._recent.setStyleSheet("font-size: 12pt;")
        self._recent.itemActivated.connect(
            lambda item: self.recentRequested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(self._recent, alignment=Qt.AlignmentFlag.AlignHCenter)

        self.retranslate()

    def retranslate(self) -> None:
        self._subtitle.setText(
            self.tr("A wall for your workshop. Every change is saved as you go.")
        )
        for button, text in zip(
            self._buttons,
            (
                self.tr("New board…"),
                self.tr("Open a board…"),
                self.tr("Open the example board"),
            ),
            strict=True,
        ):
            button.setText(text)
        self._recent_label.setText(self.tr("Recent boards"))

    def set_recent(self, paths: list[Path]) -> None:
        self._recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self._recent.addItem(item)
        self._recent.setVisible(bool(paths))
        self._recent_label.setVisible(bool(paths))


def make_start_page(window: MainWindow) -> StartPage:
    """The window's start page, its choices connected, added to the window's pages."""
    page = StartPage(window)
    files = window.files
    page.newRequested.connect(lambda: files.new_board())
    page.openRequested.connect(lambda: files.open_board())
    page.demoRequested.connect(lambda: files.open_demo())
    page.recentRequested.connect(window.open_path)
    window.pages.addWidget(page)
    return page
