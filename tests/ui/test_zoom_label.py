"""The zoom figure in the status bar: every figure shows whole, and a new one (each wheel
step) repaints the label without laying the window out again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from ui.zoom_label import ZoomLabel


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def status_window(qtbot: QtBot, label: QLabel) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.statusBar().addPermanentWidget(QLabel("All changes saved (12.00)"))
    window.statusBar().addPermanentWidget(label)
    window.resize(900, 300)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def test_every_zoom_figure_shows_whole_in_one_size(qtbot: QtBot) -> None:
    label = ZoomLabel()
    window = status_window(qtbot, label)
    size = label.size()
    for figure in ("1 %", "2 %", "33 %", "100 %", "125 %", "800 %", "3200 %"):
        label.setText(figure)
        QApplication.processEvents()
        assert label.size() == size
        assert label.fontMetrics().horizontalAdvance(figure) <= label.contentsRect().width()
    window.close()


def test_a_new_figure_does_not_lay_the_status_bar_out_again(qtbot: QtBot) -> None:
    for label, relaid in ((QLabel("100 %"), True), (ZoomLabel(), False)):
        window = status_window(qtbot, label)
        requests = LayoutRequests()
        window.statusBar().installEventFilter(requests)
        window.installEventFilter(requests)
        for percent in range(90, 130, 3):
            label.setText(f"{percent} %")
            QApplication.processEvents()
        assert (requests.count > 0) is relaid, type(label).__name__
        window.close()
