"""The projector's view of the shared scene: the same note items, shown, never edited.

It is a :class:`~canvas.view.BoardView` (same level of detail, same far view) that takes no
input: clicks, wheel and keys pass to the presenter window, which only steps and closes. What
it shows differently lives in its :class:`~canvas.look.ViewLook` (blank cards, dots of a
hidden vote, high contrast).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QUndoStack, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from canvas import look
from canvas.fly import ViewFlight
from canvas.scene import BoardScene
from canvas.view import BoardView

HIGH_CONTRAST_BACKGROUND = QColor("#101418")
PROJECTOR_MIN_PX = 18.0
"""The projector draws text at this size or not at all (see :mod:`canvas.reading`)."""


class ProjectorView(BoardView):
    """A non-interactive :class:`BoardView` with a :class:`ViewFlight` for smooth stepping."""

    def __init__(
        self, scene: BoardScene, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(scene, undo_stack, parent)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().ungrabGesture(Qt.GestureType.PinchGesture)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.look.handles = False
        self.look.min_text_px = PROJECTOR_MIN_PX
        self.look.changed()
        self.flight = ViewFlight(self)
        # It never zooms by wheel or pinch, so it never shows the board's picture for a
        # zoom-out's edges (canvas.far_overview): not drawn for nothing after opening (7 MB
        # at 20,000 notes).
        self._prepare.stop()

    def set_high_contrast(self, on: bool) -> None:
        self.look.high_contrast = on
        self.look.changed()
        self.setBackgroundBrush(HIGH_CONTRAST_BACKGROUND if on else Qt.BrushStyle.NoBrush)
        self.viewport().update()

    def set_text_hidden(self, hidden: bool) -> None:
        self.look.hide_text = hidden
        self.look.changed()
        self.viewport().update()

    # --- no input: everything goes to the presenter window ------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.ignore()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.ignore()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.ignore()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.ignore()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Gesture, QEvent.Type.NativeGesture):
            return False
        return QGraphicsView.viewportEvent(self, event)

    # --- painting ------------------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Blank cards also while a group types: the laptop's text editor is an item of the
        shared scene, so cover the note being edited (and any text running past it)."""
        super().drawForeground(painter, rect)
        if not self.look.hide_text:
            return
        lod = self.transform().m11()
        for item in self._scene.selected_items_by_z():
            if not item.editing:
                continue
            area = item.scene_rect()
            for child in item.childItems():
                area = area.united(child.sceneBoundingRect())
            painter.fillRect(area, item.colour)
            painter.save()
            painter.translate(item.pos())
            look.decorate(painter, item, lod)
            painter.restore()
