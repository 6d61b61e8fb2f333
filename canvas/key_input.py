"""Keys on a board view: Enter/F2 and typing start an edit, Escape stops one (keeping the
text) or clears the selection, arrows nudge, Space pans, Tab walks from note to note (inside
a card being edited, from field to field).

Typing on a selected note starts editing it: the orange edit frame and the caret appear, then
the letter lands at the end of the text, and one Undo takes it back. Refusing the letter
instead would lose what a group typed, and a shared laptop must not lose typing.

A mixin of :class:`canvas.interaction.InteractiveView` (which owns the state used here), kept
apart so each input concern stays one readable module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView

from canvas.card_item import CardItem
from canvas.note_navigation import neighbour

NUDGE_STEP = 10.0
NUDGE_BIG_STEP = 50.0
_ARROWS: dict[int, tuple[float, float]] = {
    int(Qt.Key.Key_Left): (-1.0, 0.0),
    int(Qt.Key.Key_Right): (1.0, 0.0),
    int(Qt.Key.Key_Up): (0.0, -1.0),
    int(Qt.Key.Key_Down): (0.0, 1.0),
}
_NO_TYPING = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from canvas.card_editor import CardInput
    from canvas.editor import EditSession
    from canvas.frame_input import FrameInput
    from canvas.gestures import MoveGesture, PanGesture, ResizeGesture
    from canvas.inline_editor import InlineEdits
    from canvas.note_actions import NoteActions
    from canvas.scene import BoardScene

    _ViewBase = QGraphicsView
else:
    _ViewBase = object


class KeyInput(_ViewBase):
    """Keyboard handling for :class:`~canvas.interaction.InteractiveView`."""

    _scene: BoardScene
    _editing: EditSession
    _inline: InlineEdits
    _frame_input: FrameInput
    _cards: CardInput
    _actions: NoteActions
    _move: MoveGesture | None
    _resize: ResizeGesture | None
    _pan: PanGesture | None
    _space_held: bool
    _refuse_read_only: Callable[[], bool]
    _selected: Callable[[], list[int]]
    _edit_topmost_selected: Callable[[], None]
    strayTextTyped: SignalInstance

    def event(self, event: QEvent) -> bool:
        # Tab never reaches the editor by itself: the scene uses it to move focus between
        # items. An open field editor gets it first; otherwise it walks from note to note.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & _NO_TYPING
        ):
            forward = (
                event.key() == Qt.Key.Key_Tab
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            handled = (
                self._inline.step(forward) if self._inline.active else self._tab_to_note(forward)
            )
            if handled:
                event.accept()
                return True
        return super().event(event)

    def _tab_to_note(self, forward: bool) -> bool:
        """Tab / Shift+Tab: select the next / previous note in reading order and show it."""
        items = self._scene.selected_items_by_z()
        target = neighbour(self._scene, items[-1].note_id if items else None, forward)
        item = self._scene.item_for(target) if target is not None else None
        if item is None:
            return False
        self._editing.finish()
        self._scene.select_notes([item.note_id])
        self.ensureVisible(item.scene_rect(), 80, 80)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = int(event.key())
        if self._inline.active:
            super().keyPressEvent(event)
            return
        if self._editing.active:
            if key == Qt.Key.Key_Escape:
                self._editing.finish()
                event.accept()
                return
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Escape:
            self._escape()
        elif key == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space_held = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif self._changes_board(event) and self._refuse_read_only():
            pass
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self._edit_topmost_selected()
        elif key in _ARROWS and self._selected() and self._move is None:
            step = (
                NUDGE_BIG_STEP
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                else NUDGE_STEP
            )
            dx, dy = _ARROWS[key]
            self._actions.nudge(self._selected(), dx * step, dy * step)
        elif self._starts_typing(event):
            item = self._scene.selected_items_by_z()[-1]
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(item, CardItem):
                self._cards.type_into(item, event.text())
            else:
                self._editing.start(item, typed=event.text())
        elif self._is_text(event) and not self._scene.document.read_only:
            # No one note to write into: the window puts the letter in its quick-note box
            # rather than drop what someone typed.
            self.strayTextTyped.emit(event.text())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _changes_board(self, event: QKeyEvent) -> bool:
        """Keys that would edit or move notes (refused on a read-only board)."""
        key = int(event.key())
        return (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
            or (key in _ARROWS and bool(self._selected()))
            or self._starts_typing(event)
        )

    @staticmethod
    def _is_text(event: QKeyEvent) -> bool:
        text = event.text()
        return (
            bool(text)
            and text.isprintable()
            and not text.isspace()
            and not event.modifiers() & _NO_TYPING
        )

    def _starts_typing(self, event: QKeyEvent) -> bool:
        return (
            self._is_text(event)
            and not self._scene.document.read_only
            and len(self._scene.selected_items_by_z()) == 1
        )

    def _escape(self) -> None:
        if self._frame_input.cancel():
            pass
        elif self._move is not None:
            self._move.cancel()
            self._move = None
            self._scene.frames.highlight(())
            if self._scene.mouseGrabberItem() is not None:
                self._scene.mouseGrabberItem().ungrabMouse()
        elif self._resize is not None:
            self._resize.cancel()
            self._scene.mark_moved([self._resize.item])
            self._resize = None
        else:
            self._scene.clearSelection()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            if self._pan is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)
