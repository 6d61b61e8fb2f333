"""Editing a short text in place: a frame's title, a header's title or prompt, a card field.

One editor at a time per view, shown over the text it replaces. It follows the editing contract
of :mod:`canvas.editor`: Enter (Ctrl+Enter in a field of several lines), Escape and clicking
elsewhere keep the text; Tab / Shift+Tab keep it and ask the owner for the next / previous
field. The editor writes nothing itself: it hands the finished text to a callback that pushes
one undo command, so a rename is one step however much was typed, and Undo takes it back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QTextCursor
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from canvas import style
from canvas.edit_contract import EditKey, FocusEndedTextItem, edit_key, edit_pen

Done = Callable[[str], None]
Step = Callable[[bool], None]
"""Called with True for Tab (next field), False for Shift+Tab, after the text was kept."""


class InlineEditor(FocusEndedTextItem):
    """A plain-text editor on a white card with an orange edge, as a child of ``parent``."""

    def __init__(self, parent: QGraphicsItem, rect: QRectF, text: str, font: QFont,
                 on_key: Callable[[EditKey], None], on_focus_lost: Callable[[], None],
                 multiline: bool = False) -> None:
        super().__init__(parent, on_focus_lost)
        self._rect = QRectF(rect)
        self._on_key = on_key
        self.multiline = multiline
        self.setFont(font)
        self.setDefaultTextColor(style.TEXT_COLOUR)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.document().setDocumentMargin(4.0)
        self.setTextWidth(max(rect.width(), 40.0))
        self.setPos(rect.topLeft())
        self.setPlainText(text)
        self.setZValue(1000.0)
        cursor = self.textCursor()
        if multiline:  # a long text is added to; a short one (a title, a date) retyped
            cursor.movePosition(QTextCursor.MoveOperation.End)
        else:
            cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        bounds = self.boundingRect()
        height = max(bounds.height(), self._rect.height())
        area = QRectF(0.0, 0.0, bounds.width(), height)
        painter.fillRect(area, QColor("#FFFFFF"))
        painter.setPen(edit_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        option.state &= ~QStyle.StateFlag.State_Selected
        option.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, option, widget)  # type: ignore[arg-type]

    def sceneEvent(self, event: QEvent) -> bool:
        # The contract's keys belong to the field, not to the window's shortcuts
        # (Ctrl+Enter would otherwise make a new note and leave the field half-finished).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                edit_key(event, self.multiline) is not None:
            event.accept()
            return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        what = edit_key(event, self.multiline)
        if what is not None:
            self._on_key(what)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
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
        self._step: Step | None = None
        self._original = ""

    @property
    def active(self) -> bool:
        return self._editor is not None

    @property
    def editor(self) -> InlineEditor | None:
        return self._editor

    def start(self, parent: QGraphicsItem, rect: QRectF, text: str, font: QFont,
              done: Done, multiline: bool = False, step: Step | None = None) -> InlineEditor:
        """Edit ``text`` over ``rect`` (parent coordinates); ``done`` gets the new text once,
        only if it changed; ``step`` moves on to another field on Tab / Shift+Tab."""
        self.finish()
        editor = InlineEditor(parent, rect, text, font, self._key, self._focus_lost, multiline)
        self._editor, self._done, self._step, self._original = editor, done, step, text
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editingChanged.emit(True)
        return editor

    def finish(self, keep: bool = True) -> None:
        """Stop editing; the typed text is kept unless ``keep`` is False (a board closing
        under a read-only file, never a key)."""
        editor, done = self._editor, self._done
        if editor is None:
            return
        self._editor = self._done = self._step = None
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

    def step(self, forward: bool) -> bool:
        """Tab / Shift+Tab while editing: keep the text, then move on (or just stop)."""
        if self._editor is None:
            return False
        self._key("next" if forward else "previous")
        return True

    def _key(self, what: EditKey) -> None:
        step = self._step
        self.finish()
        if step is not None and what in ("next", "previous"):
            step(what == "next")

    def _focus_lost(self) -> None:
        QTimer.singleShot(0, self._finish_if_unfocused)

    def _finish_if_unfocused(self) -> None:
        editor = self._editor
        if editor is not None and not editor.hasFocus():
            self.finish()
