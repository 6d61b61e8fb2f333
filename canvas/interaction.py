"""Input on a board view: mouse gestures, panning, and (through its mixins) wheel and pinch
zoom (:mod:`canvas.wheel_input`) and in-canvas keys (:mod:`canvas.key_input`).

The window's menu actions are not handled here (they call the slots of
:class:`canvas.view.BoardView`); only what happens on the canvas itself: clicking, dragging,
double-clicking, the wheel, pinching, Enter/F2, typing on a selected note, Escape, arrows and
space-drag.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QPainter, QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from canvas import zoom
from canvas.card_editor import CardInput, weak_notice
from canvas.card_item import CardItem
from canvas.commands import bulk_step
from canvas.editor import EditSession
from canvas.frame_input import FrameInput
from canvas.gestures import MoveGesture, PanGesture, ResizeGesture
from canvas.inline_editor import InlineEdits
from canvas.key_input import KeyInput
from canvas.note_actions import NoteActions
from canvas.note_item import NoteItem
from canvas.paste_place import paste_spot
from canvas.scene import BoardScene
from canvas.wheel_input import WheelInput
from models.errors import BoardError
from models.palette import DEFAULT_COLOUR

translate = QCoreApplication.translate

MAX_HIGHLIGHT_NOTES = 60
"""A drag of more notes highlights the cells under the first ones only (a cheap preview)."""


def _weak_reporter(view: InteractiveView) -> Callable[[str | BoardError], None]:
    """A reporter for commands and helpers that does not keep the view alive.

    Commands live on the window's undo stack longer than a view may; and a bound method of
    the view held by its own helpers would make a reference cycle that Python's garbage
    collector may break in an order Qt does not survive (a scene deleted while a half-freed
    view is still registered with it).
    """
    ref = weakref.ref(view)

    def report(problem: str | BoardError) -> None:
        target = ref()
        if target is not None:
            target.errorOccurred.emit(problem)

    return report


class InteractiveView(KeyInput, WheelInput, QGraphicsView):
    """The input half of :class:`canvas.view.BoardView`; see there for the public slots."""

    zoomChanged = Signal(float)
    errorOccurred = Signal(object)
    """A refused change: a :class:`~models.errors.BoardError` (worded by the window) or a text."""
    noticeOccurred = Signal(str)
    """A hint while writing (a card's date kept as written): shown without taking the keys."""
    editingChanged = Signal(bool)
    """True when a note's text editor opens, False when it closes (menus may follow it)."""
    contextMenuRequested = Signal(QPointF, QPoint)
    """(scene position, global position) of a right-click or the menu key on a frame or the
    empty canvas."""
    noteMenuRequested = Signal(int, QPoint)
    """(note id, global position): a right-click on a note (or the menu key with notes
    selected) asks for the note's own menu, never the frame's."""
    strayTextTyped = Signal(str)
    """A letter typed on the board with no single note selected (the window's quick box
    takes it)."""
    cardFormRequested = Signal(int)
    """The user asked for an experiment card's form (double-click its title, Enter)."""

    def __init__(
        self, scene: BoardScene, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(scene, parent)
        self._scene = scene
        self._stack = undo_stack
        self._colour = DEFAULT_COLOUR
        self._group_id: int | None = None
        self._report = _weak_reporter(self)
        self._actions = NoteActions(scene, undo_stack, self._report)
        self._editing = EditSession(scene, undo_stack, self._report, self)
        self._editing.editingChanged.connect(self.editingChanged)
        self._inline = InlineEdits(self)
        self._inline.editingChanged.connect(self.editingChanged)
        self._frame_input = FrameInput(self, scene, undo_stack, self._report, self._inline)
        self._cards = CardInput(self, undo_stack, self._report, self._inline, weak_notice(self))
        self._move: MoveGesture | None = None
        self._resize: ResizeGesture | None = None
        self._pan: PanGesture | None = None
        self._space_held = False
        self._far_decision: tuple[tuple[float, ...], int] | None = None
        self._pointer: QPointF | None = None
        self.paste_target: Callable[[], int | None] | None = None
        """The cell a paste goes into when the pointer is not on the board (the window sets
        it to the quick-note box's target)."""
        self._told_read_only = False
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        content = scene.content_rect()
        self.centerOn(content.center() if content is not None else QPointF(0.0, 0.0))

    def board_scene(self) -> BoardScene:
        return self._scene

    def is_editing(self) -> bool:
        return self._editing.active or self._inline.active

    def inline_edits(self) -> InlineEdits:
        """Titles, prompts and card fields being edited in place."""
        return self._inline

    def frame_input(self) -> FrameInput:
        return self._frame_input

    def card_input(self) -> CardInput:
        return self._cards

    def edit_session(self) -> EditSession:
        return self._editing

    def scale_factor(self) -> float:
        return zoom.current_scale(self)

    def _refuse_read_only(self) -> bool:
        """True on a read-only board, which the canvas never tries to change; the first
        attempt says why (once per board, not at every click)."""
        if not self._scene.document.read_only:
            return False
        if not self._told_read_only:
            self._told_read_only = True
            self._report(
                translate(
                    "BoardView",
                    "This board is open read-only: notes cannot be moved, resized or "
                    "edited. Use File › Save As… to keep working on a copy.",
                )
            )
        return True

    def _selected(self) -> list[int]:
        return self._scene.selected_note_ids()

    def _place_for_new(self) -> QPointF:
        """The last pointer position if it is over the view, else the view centre."""
        cursor = self.viewport().mapFromGlobal(self.cursor().pos())
        if self.viewport().rect().contains(cursor) and self.viewport().underMouse():
            return self.mapToScene(cursor)
        return self.mapToScene(self.viewport().rect().center())

    def _view_centre(self) -> QPointF:
        return self.mapToScene(self.viewport().rect().center())

    def _paste_notes(self) -> list[int]:
        """Paste at the pointer, or into the selected or targeted cell (see
        :func:`canvas.paste_place.paste_spot`)."""
        where, zone_id = paste_spot(
            self._scene, self._pointer, self._view_centre(), self.paste_target
        )
        return self._actions.paste(where, self._colour, self._group_id, zone_id)

    def _new_note_at(self, centre: QPointF) -> None:
        self._editing.finish()
        command = self._actions.create(centre, self._colour, self._group_id)
        item = self._scene.item_for(command.ids[0]) if command is not None else None
        if item is not None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self._editing.start(item, created=command)

    def _edit_topmost_selected(self) -> None:
        items = self._scene.selected_items_by_z()
        if items and isinstance(items[-1], CardItem):
            self.cardFormRequested.emit(items[-1].note_id)
        elif items:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self._editing.start(items[-1])

    def _set_scale(self, scale: float, anchor: QPointF | None = None) -> None:
        before = self.scale_factor()
        scale = zoom.set_scale(self, scale, anchor)
        if scale != before:
            self.zoomChanged.emit(scale)

    # --- mouse ------------------------------------------------------------------------------
    def _note_at(self, scene_pos: QPointF) -> NoteItem | None:
        for item in self._scene.items(scene_pos):
            if isinstance(item, NoteItem) and item.rect().contains(item.mapFromScene(scene_pos)):
                return item
        return None

    def _control_at(self, scene_pos: QPointF) -> tuple[str, NoteItem] | None:
        """A selected note's resize handle or grow button under the pointer."""
        scale = self.scale_factor()
        item = self._note_at(scene_pos)  # only the topmost note's controls are visible
        if item is None or not item.isSelected():
            return None
        local = item.mapFromScene(scene_pos)
        fitted = item.fitted
        if fitted is not None and fitted.overflow and item.grow_button_rect(scale).contains(local):
            return "grow", item
        if item.handle_rect(scale).contains(local):
            return "resize", item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        scene_pos = self.mapToScene(event.position().toPoint())
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space_held
        ):
            self._pan = PanGesture(self, event.position().toPoint())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if self._inline.active:
            if self._inline.contains(scene_pos):
                super().mousePressEvent(event)
                return
            self._inline.finish()
        if self._editing.active:
            editor = self._editing.editor
            item = self._scene.item_for(self._editing.note_id or -1)
            if (
                editor is not None
                and item is not None
                and item.scene_rect().united(editor.sceneBoundingRect()).contains(scene_pos)
            ):
                super().mousePressEvent(event)
                return
            self._editing.finish()
        if button == Qt.MouseButton.LeftButton and self._touch_pans(event):
            self._pan = PanGesture(self, event.position().toPoint())
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton:
            control = self._control_at(scene_pos)
            if control is not None and self._refuse_read_only():
                control = None
            if control is not None:
                kind, item = control
                if kind == "grow":
                    self._actions.grow_to_fit([item.note_id])
                else:
                    self._resize = ResizeGesture(item, scene_pos)
                event.accept()
                return
            if self._frame_input.press(scene_pos, self.scale_factor()):
                event.accept()
                return
        if button == Qt.MouseButton.RightButton:
            item = self._note_at(scene_pos)
            if item is not None and not item.isSelected():
                self._scene.select_notes([item.note_id])
        super().mousePressEvent(event)
        if (
            button == Qt.MouseButton.LeftButton
            and isinstance(self._scene.mouseGrabberItem(), NoteItem)
            and not self._scene.document.read_only
        ):
            self._move = MoveGesture(self._scene.selected_items_by_z())

    def _touch_pans(self, event: QMouseEvent) -> bool:
        """A finger dragged on empty space pans (a mouse there draws a selection band)."""
        if event.source() == Qt.MouseEventSource.MouseEventNotSynthesized:
            return False
        item = self.itemAt(event.position().toPoint())
        return item is None or not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable

    def leaveEvent(self, event: QEvent) -> None:
        self._pointer = None
        super().leaveEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer = self.mapToScene(event.position().toPoint())
        if self._pan is not None:
            self._pan.move(event.position().toPoint())
            return
        if self._resize is not None:
            self._resize.move(self.mapToScene(event.position().toPoint()))
            self._scene.mark_moved([self._resize.item])
            return
        if self._frame_input.move(self.mapToScene(event.position().toPoint())):
            return
        if event.buttons() & Qt.MouseButton.LeftButton and isinstance(
            self._scene.mouseGrabberItem(), NoteItem
        ):
            self._refuse_read_only()
        super().mouseMoveEvent(event)
        if self._move is not None:
            self._scene.mark_moved(self._move.items)
            self._scene.frames.highlight_under(self._move.items[:MAX_HIGHLIGHT_NOTES])
        elif event.buttons() == Qt.MouseButton.NoButton and not self._space_held:
            self._update_hover_cursor(self.mapToScene(event.position().toPoint()))

    def _update_hover_cursor(self, scene_pos: QPointF) -> None:
        control = self._control_at(scene_pos)
        frame_cursor = (
            self._frame_input.cursor_at(scene_pos, self.scale_factor()) if control is None else None
        )
        if frame_cursor is not None:
            self.viewport().setCursor(frame_cursor)
        elif control is None:
            self.viewport().unsetCursor()
        elif control[0] == "resize":
            self.viewport().setCursor(Qt.CursorShape.SizeFDiagCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            self._pan = None
            self._restore_cursor()
            return
        if self._resize is not None:
            gesture, self._resize = self._resize, None
            command = gesture.command(self._scene, self._report)
            if command is not None:
                self._stack.push(command)
            return
        if self._frame_input.release():
            return
        super().mouseReleaseEvent(event)
        if self._move is not None:
            move, self._move = self._move, None
            self._scene.frames.highlight(())
            with bulk_step(len(move.items)):
                command = move.command(self._scene, self._report)
                if command is not None:
                    self._stack.push(command)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        scene_pos = self.mapToScene(event.position().toPoint())
        if self._editing.active or self._inline.active:
            super().mouseDoubleClickEvent(event)  # word selection inside the editor
            return
        item = self._note_at(scene_pos)
        self._move = None
        self._scene.frames.highlight(())
        if self._refuse_read_only():
            event.accept()
            return
        if isinstance(item, CardItem):
            self._cards.double_click(item, scene_pos)
        elif item is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._editing.start(item, cursor_at=scene_pos)
        elif not self._frame_input.double_click(scene_pos):
            self._new_note_at(scene_pos)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._editing.active or self._inline.active:
            super().contextMenuEvent(event)
            return
        scene_pos = self.mapToScene(event.pos())
        item = self._note_at(scene_pos)
        if item is None and event.reason() == QContextMenuEvent.Reason.Keyboard:
            selected = self._scene.selected_items_by_z()
            item = selected[-1] if selected else None
            if item is not None:
                middle = self.mapFromScene(item.scene_rect().center())
                event = QContextMenuEvent(
                    event.reason(), middle, self.viewport().mapToGlobal(middle)
                )
        if item is not None:
            if not item.isSelected():
                self._scene.select_notes([item.note_id])
            self.noteMenuRequested.emit(item.note_id, event.globalPos())
        else:
            self.contextMenuRequested.emit(scene_pos, event.globalPos())
        event.accept()

    def _restore_cursor(self) -> None:
        if self._space_held:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()
