"""Which screen the projector window opens on: the one chosen in the "Projector Screen" menu
(remembered in the settings), else the screen the laptop's window is not on.

Split out of :mod:`ui.presenter_control`; its string keeps the ``PresenterControl`` context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu

from ui.projector_layout import default_screen

SCREEN_SETTING = "presenter/screen"


def chosen_screen(settings: QSettings, laptop: QScreen) -> QScreen:
    name = str(settings.value(SCREEN_SETTING, "") or "")
    for screen in QGuiApplication.screens():
        if screen.name() == name:
            return screen
    return default_screen(laptop)


def fill_screens_menu(menu: QMenu, chosen: QScreen, use: Callable[[QScreen], None]) -> None:
    """One checkable entry per screen, the chosen one checked; picking one calls ``use``."""
    menu.clear()
    for index, screen in enumerate(QGuiApplication.screens(), start=1):
        size = screen.geometry()
        label = (
            QCoreApplication.translate("PresenterControl", "Screen %1: %2 (%3 × %4)")
            .replace("%1", str(index))
            .replace("%2", screen.name() or screen.model())
            .replace("%3", str(size.width()))
            .replace("%4", str(size.height()))
        )
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(screen is chosen)
        action.triggered.connect(lambda _c=False, s=screen: use(s))
