"""A real mouse-wheel notch sent to a view's viewport, as Qt delivers one from a mouse."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget


def send_wheel(
    viewport: QWidget,
    dy: int,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    pos: QPoint | None = None,
    dx: int = 0,
) -> None:
    """One wheel event of ``(dx, dy)`` eighths of a degree at ``pos`` (the viewport's centre
    by default), with ``modifiers`` held (Ctrl zooms)."""
    at = QPointF(pos) if pos is not None else QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        at,
        QPointF(viewport.mapToGlobal(at.toPoint())),
        QPoint(),
        QPoint(dx, dy),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
