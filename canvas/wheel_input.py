"""The wheel and pinching on a board view: Ctrl+wheel and pinch zoom about the pointer,
Shift+wheel scrolls sideways, the plain wheel scrolls.

A mixin of :class:`canvas.interaction.InteractiveView` (which owns the zoom it calls), kept
apart so each input concern stays one readable module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture

from canvas import zoom

if TYPE_CHECKING:
    _ViewBase = QGraphicsView
else:
    _ViewBase = object


class WheelInput(_ViewBase):
    """Wheel and pinch handling for :class:`~canvas.interaction.InteractiveView`."""

    _set_scale: Callable[[float, QPointF | None], None]
    scale_factor: Callable[[], float]

    def wheelEvent(self, event: QWheelEvent) -> None:
        modifiers = event.modifiers()
        delta = event.angleDelta()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() or delta.x()
            if steps:
                self._set_scale(self.scale_factor() * zoom.WHEEL_BASE**steps, event.position())
            event.accept()
            return
        if modifiers & Qt.KeyboardModifier.ShiftModifier and delta.x() == 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta.y())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self._set_scale(self.scale_factor() * (1.0 + event.value()), event.position())
                event.accept()
                return True
        elif isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                    self._set_scale(self.scale_factor() * pinch.scaleFactor(), QPointF(centre))
                event.accept(pinch)
                return True
        return super().viewportEvent(event)
