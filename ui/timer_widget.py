"""The countdown's two faces: a compact control on the laptop, a big clock on the projector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
)

from ui.countdown import PRESET_MINUTES, Countdown, format_remaining
from ui.targets import TEXT_STYLE, fit_target

FINISHED_STYLE = "background: #c62828; color: white; border-radius: 6px; padding: 2px 10px;"
RUNNING_STYLE = "padding: 2px 10px;"


class TimerControl(QWidget):
    """Laptop toolbar widget: presets, pause/resume, +1 min, stop."""

    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countdown = countdown
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.display = QLabel("0:00")
        self.display.setStyleSheet("font-size: 16pt; font-weight: 600;" + RUNNING_STYLE)
        self.display.setMinimumWidth(80)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QToolButton()
        self.start_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.presets = QMenu(self)
        self.start_button.setMenu(self.presets)
        self.pause_button = QToolButton()
        self.pause_button.clicked.connect(countdown.toggle)
        self.plus_button = QToolButton()
        self.plus_button.clicked.connect(countdown.add_minute)
        self.stop_button = QToolButton()
        self.stop_button.clicked.connect(countdown.stop)
        # The same three in the Timer menu, so the keyboard reaches them (Workshop › Timer).
        self.pause_action = QAction(self)
        self.pause_action.triggered.connect(countdown.toggle)
        self.plus_action = QAction(self)
        self.plus_action.triggered.connect(countdown.add_minute)
        self.stop_action = QAction(self)
        self.stop_action.triggered.connect(countdown.stop)
        for widget in (
            self.display,
            self.start_button,
            self.pause_button,
            self.plus_button,
            self.stop_button,
        ):
            layout.addWidget(widget)
        for button in self.buttons():
            button.setStyleSheet(f"QToolButton {{ {TEXT_STYLE} padding: 4px 12px; }}")
            fit_target(button)
        countdown.changed.connect(self._show)
        countdown.stateChanged.connect(self._state)
        countdown.finished.connect(QApplication.beep)
        self.retranslate()
        self._state(countdown.state)

    def buttons(self) -> list[QToolButton]:
        return [self.start_button, self.pause_button, self.plus_button, self.stop_button]

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Timer"))
        self.plus_button.setText(self.tr("+1 min"))
        self.stop_button.setText(self.tr("Stop"))
        self.presets.clear()
        for minutes in PRESET_MINUTES:
            action = self.presets.addAction(self.tr("%1 min").replace("%1", str(minutes)))
            action.triggered.connect(lambda _c=False, m=minutes: self.countdown.start(m * 60))
        self.presets.addSeparator()
        self.presets.addAction(self.tr("Other…"), self.ask_custom)
        self.presets.addSeparator()
        self.presets.addActions([self.pause_action, self.plus_action, self.stop_action])
        self.plus_action.setText(self.tr("+1 min"))
        self.stop_action.setText(self.tr("Stop"))
        self._state(self.countdown.state)

    def ask_custom(self) -> None:
        minutes, ok = QInputDialog.getInt(self, self.tr("Timer"), self.tr("Minutes:"), 20, 1, 240)
        if ok:
            self.countdown.start(minutes * 60)

    def _show(self, seconds: float) -> None:
        if self.countdown.state == "finished":
            self.display.setText(self.tr("Time is up"))
        else:
            self.display.setText(format_remaining(seconds))

    def _state(self, state: str) -> None:
        self.pause_button.setText(self.tr("Continue") if state == "paused" else self.tr("Pause"))
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.plus_button.setEnabled(state != "idle")
        self.stop_button.setEnabled(state != "idle")
        self.pause_action.setText(self.pause_button.text())
        self.pause_action.setEnabled(self.pause_button.isEnabled())
        self.plus_action.setEnabled(state != "idle")
        self.stop_action.setEnabled(state != "idle")
        base = "font-size: 16pt; font-weight: 600;"
        self.display.setStyleSheet(
            base + (FINISHED_STYLE if state == "finished" else RUNNING_STYLE)
        )
        self._show(self.countdown.remaining())


class BigClock(QLabel):
    """The projector's clock: large, high contrast, hidden when idle; at zero it says so in
    words on red ("Time is up"), since a red 0:00 alone is easy to miss or misread."""

    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._px = 64
        self._finished = False
        self._seconds = 0.0
        # Bound methods, not lambdas: Qt drops these connections when the clock is destroyed.
        countdown.changed.connect(self._show)
        countdown.stateChanged.connect(self._state)
        self._state(countdown.state)

    def retranslate(self) -> None:
        self._show(self._seconds)

    def set_pixel_size(self, px: int) -> None:
        if px != self._px:
            self._px = px
            self._style()

    def _show(self, seconds: float) -> None:
        self._seconds = seconds
        self.setText(self.tr("Time is up") if self._finished else format_remaining(seconds))
        self.adjustSize()

    def _state(self, state: str) -> None:
        self._finished = state == "finished"
        self.setVisible(state != "idle")
        self._style()
        self._show(self._seconds)

    def _style(self) -> None:
        background = "#c62828" if self._finished else "rgba(0, 0, 0, 170)"
        self.setStyleSheet(
            f"font-size: {self._px}px; font-weight: 700; color: white;"
            f" background: {background}; border-radius: 16px; padding: 4px 24px;"
        )
        self.adjustSize()
