"""Where things go on the projector: which screen it is, the bands the board leaves free for
the caption, the clock and messages, and where stops are shown.

Apart from :mod:`ui.presenter` (the projector window), so that what the laptop plans ahead
(stop layouts, the screens menu) does not load the window's code at start.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen


def default_screen(avoid: QScreen | None) -> QScreen:
    """The projector: a screen other than the laptop's when there is one."""
    screens = QGuiApplication.screens()
    others = [screen for screen in screens if screen is not avoid]
    return others[0] if others else (avoid or QGuiApplication.primaryScreen())


def text_px(height: int) -> int:
    """Overlay text: a 25th of the screen height (43 px on 1080 lines, 28 on 720)."""
    return max(18, height // 25)


def bands_for(height: int) -> QMarginsF:
    """Room the board leaves free: a band above for the caption and the clock, one below
    for messages to the room, so neither ever covers what a stop shows. Reserved even while
    the clock is idle, so starting the timer does not move the board."""
    margin = max(12, height // 60)
    px = text_px(height)
    clock = int(px * 1.6 * 1.35) + 12
    message = int(px * 1.35) + 16
    return QMarginsF(margin, clock + 2 * margin, margin, message + 2 * margin)


def content_for(size: QSize) -> QRect:
    """Where stops are shown in a projector window of ``size``."""
    bands = bands_for(size.height())
    return QRect(0, 0, size.width(), size.height()).adjusted(
        int(bands.left()), int(bands.top()), -int(bands.right()), -int(bands.bottom())
    )
