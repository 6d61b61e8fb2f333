"""UI fixtures: a real MainWindow whose QSettings live in the test's own folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from ui.main_window import MainWindow


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def window(qtbot: QtBot, settings_dir: Path) -> Iterator[MainWindow]:
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close_board()
    from ui.i18n import install_language

    install_language("en")  # a test that switched language leaves English to the next one


def open_alerts(win: MainWindow) -> list[QMessageBox]:
    return [box for box in win.findChildren(QMessageBox) if box.isVisible()]
