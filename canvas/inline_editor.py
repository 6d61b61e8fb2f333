"""Editing a short text in place: a frame's title, a header's title or prompt, a card field.

One editor at a time per view, shown over the text it replaces. Enter (or clicking elsewhere)
keeps the text, Shift+Enter starts a new line, Escape leaves the text as it was. The editor
writes nothing itself: it hands the finished text to a callback that pushes one undo command,
so a rename is one step however much was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from canvas import style
from canvas.editor import FocusEndedTextItem

Done = Callable[[str], None]

_BORDER = QPen(style.SELECTION_COLOUR, 3.0)


class InlineEditor(FocusEndedTextItem):
    """A plain-text editor on a white card with a blue edge, as a child of ``parent``."""

    def __init__(self, parent: QGraphicsItem, rect: QRectF, text: str, font: QFont,
                 on_key: Callable[[str], None], on_focus_lost: Callable[[], None]) -> None:
        super().__init__(parent, on_focus_lost)
        self._rect = QRectF(rect)
        self._on_key = on_key
        self.setFont(font)
        self.setDefaultTextColor(style.TEXT_COLOUR)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.document().setDocumentMargin(4.0)
        self.setTextWidth(max(rect.width(), 40.0))
        self.setPos(rect.topLeft())
        self.setPlainText(text)
        self.setZValue(1000.0)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        bounds = self.boundingRect()
        height = max(bounds.height(), self._rect.height())
        area = QRectF(0.0, 0.0, bounds.width(), height)
        painter.fillRect(area, QColor("#FFFFFF"))
        painter.setPen(_BORDER)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        option.state &= ~QStyle.StateFlag.State_Selected
        option.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, option, widget)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._on_key("cancel")
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self._on_key("commit")
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.textCursor().insertText("\n")
            event.accept()
            return
        super().keyPressEvent(event)


class InlineEdits(QObject):
    """Starts and ends in-place text editing for one view."""

    editingChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor: InlineEditor | None = None
        self._done: Done | None = None
        self._original = ""

    @property
    def active(self) -> bool:
        return self._editor is not None

    @property
    def editor(self) -> InlineEditor | None:
        return self._editor

    def start(self, parent: QGraphicsItem, rect: QRectF, text: str, font: QFont,
              done: Done) -> InlineEditor:
        """Edit ``text`` over ``rect`` (parent coordinates); ``done`` gets the new text once,
        only if it changed."""
        self.finish()
        editor = InlineEditor(parent, rect, text, font, self._key, self._focus_lost)
        self._editor, self._done, self._original = editor, done, text
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editingChanged.emit(True)
        return editor

    def finish(self, keep: bool = True) -> None:
        editor, done = self._editor, self._done
        if editor is None:
            return
        self._editor = self._done = None
        text = editor.toPlainText()
        scene = editor.scene()
        editor.clearFocus()
        if scene is not None:
            editor.setParentItem(None)  # type: ignore[arg-type]
            scene.removeItem(editor)
        self.editingChanged.emit(False)
        if keep and done is not None and text != self._original:
            done(text)

    def contains(self, scene_pos: QPointF) -> bool:
        editor = self._editor
        return editor is not None and editor.sceneBoundingRect().contains(scene_pos)

    def _key(self, what: str) -> None:
        self.finish(keep=what == "commit")

    def _focus_lost(self) -> None:
        QTimer.singleShot(0, self._finish_if_unfocused)

    def _finish_if_unfocused(self) -> None:
        editor = self._editor
        if editor is not None and not editor.hasFocus():
            self.finish()
