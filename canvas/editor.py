"""Editing a note's text in place: one temporary text item over the note being edited.

It follows the editing contract shared with titles, prompts and card fields
(:mod:`canvas.edit_contract`): Escape and clicking elsewhere keep the text, which is saved as
it is typed anyway; the note wears the orange edit frame while it is edited.

Only the note being edited gets a real text editor (a QGraphicsTextItem child of the note);
all other notes stay cheap painted items. Every change of the text is committed at once
(a crash loses nothing typed), as a :class:`PatchNotesCommand` that merges with the previous
one of the same session, so one edit session is one undo step.

While the editor has focus, the scene forwards ShortcutOverride events to it, so standard keys
(Delete, Backspace, Ctrl+C/X/V/A/Z) edit the text instead of triggering the window's actions.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QTextCursor,
    QTextOption,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from canvas import style, undo_text
from canvas.commands import CreateNotesCommand, MergeId, PatchNotesCommand
from canvas.edit_contract import EditFrame, EditKey, FocusEndedTextItem, edit_key
from canvas.error_text import number_text
from canvas.note_item import NoteItem
from canvas.scene import BoardScene
from canvas.text_fit import fit_text
from models.errors import BoardError
from models.limits import MAX_NOTE_TEXT

_sessions = itertools.count(1)


class NoteEditor(FocusEndedTextItem):
    """The live editor: centred, wrapped text in the note's own fitted font."""

    def __init__(self, note: NoteItem, on_focus_lost: Callable[[], None]) -> None:
        super().__init__(note, on_focus_lost)
        self._note = note
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setDefaultTextColor(style.TEXT_COLOUR)
        document = self.document()
        document.setDocumentMargin(0.0)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        self.setPlainText(note.note.text)
        self.refit()
        self.on_edit_key: Callable[[EditKey], None] | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        what = edit_key(event, multiline=True)
        if what == "keep" and self.on_edit_key is not None:
            self.on_edit_key(what)
            event.accept()
            return
        super().keyPressEvent(event)

    def refit(self) -> None:
        """Follow the note's fitted size as the text grows or shrinks, and stay centred."""
        box = self._note.text_box()
        width, height = box.width(), box.height()
        pad = style.padding_for(width, height)
        fitted = fit_text(self.toPlainText(), width, height)
        font = style.note_font(fitted.pixel_size)
        if self.font() != font:
            self.setFont(font)
        self.setTextWidth(max(width - 2 * pad, 1.0))
        text_height = self.document().size().height()
        top = pad + max((height - 2 * pad - text_height) / 2.0, 0.0)
        self.setPos(box.left() + pad, box.top() + top)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Text that runs past the note's bottom stays readable on the note's colour.
        bounds = self.boundingRect()
        note_bottom = self._note.rect().height() - self.pos().y()
        if bounds.bottom() > note_bottom:
            painter.fillRect(
                QRectF(
                    bounds.left(), note_bottom, bounds.width(), bounds.bottom() - note_bottom + 4.0
                ),
                self._note.colour,
            )
        option.state &= ~QStyle.StateFlag.State_Selected
        option.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, option, widget)  # type: ignore[arg-type]


class EditSession(QObject):
    """Starts and ends in-place editing for one view; at most one note at a time."""

    editingChanged = Signal(bool)

    def __init__(
        self,
        scene: BoardScene,
        undo_stack: QUndoStack,
        report: Callable[[str | BoardError], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scene = scene
        self._stack = undo_stack
        self._report = report
        self._editor: NoteEditor | None = None
        self._frame: EditFrame | None = None
        self._item: NoteItem | None = None
        self._session = 0
        self._typed = False
        self._accepted_text = ""
        self._created: CreateNotesCommand | None = None
        self._syncing = False
        scene.notesChanged.connect(self._on_notes_changed)

    @property
    def active(self) -> bool:
        return self._editor is not None

    @property
    def note_id(self) -> int | None:
        return self._item.note_id if self._item is not None else None

    @property
    def editor(self) -> NoteEditor | None:
        return self._editor

    @property
    def frame(self) -> EditFrame | None:
        """The orange frame shown around the note being edited."""
        return self._frame

    def start(
        self,
        item: NoteItem,
        typed: str = "",
        created: CreateNotesCommand | None = None,
        cursor_at: QPointF | None = None,
    ) -> None:
        """Open the editor on ``item``; ``typed`` is appended as if typed (a key that started
        the edit); ``created`` is the command that just made the note, so a note left empty
        can be taken back without a trace."""
        if self._item is item:
            return
        self.finish()
        self._scene.clearSelection()
        item.setSelected(True)
        item.editing = True
        item.update()
        self._item = item
        self._session = next(_sessions)
        self._typed = False
        self._created = created
        self._accepted_text = item.note.text
        self._frame = EditFrame(item)
        editor = NoteEditor(item, self._focus_lost)
        editor.on_edit_key = lambda _what: self.finish()
        self._editor = editor
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if cursor_at is not None:
            position = (
                editor.document()
                .documentLayout()
                .hitTest(editor.mapFromScene(cursor_at), Qt.HitTestAccuracy.FuzzyHit)
            )
            if position >= 0:
                cursor.setPosition(position)
        editor.setTextCursor(cursor)
        editor.document().contentsChanged.connect(self._on_text_changed)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editingChanged.emit(True)
        if typed:
            editor.textCursor().insertText(typed)

    def finish(self) -> None:
        """End the session: the text is already saved; a never-typed new note is dropped."""
        editor, item = self._editor, self._item
        if editor is None or item is None:
            return
        self._editor = None
        self._item = None
        editor.document().contentsChanged.disconnect(self._on_text_changed)
        scene = editor.scene()
        frame, self._frame = self._frame, None
        if scene is not None:
            editor.clearFocus()
            editor.setParentItem(None)  # type: ignore[arg-type]
            scene.removeItem(editor)
            if frame is not None:
                frame.setParentItem(None)  # type: ignore[arg-type]
                scene.removeItem(frame)
        item.editing = False
        item.update()
        self._discard_if_untouched(item)
        self._created = None
        self.editingChanged.emit(False)

    # --- menu actions while editing: they act on the text, like in any text field ----------
    def _cursor(self) -> QTextCursor | None:
        return self._editor.textCursor() if self._editor is not None else None

    def _apply_cursor(self, cursor: QTextCursor) -> None:
        if self._editor is not None:
            self._editor.setTextCursor(cursor)

    def copy_text(self) -> None:
        cursor = self._cursor()
        if cursor is not None and cursor.hasSelection():
            text = cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
            QGuiApplication.clipboard().setText(text)

    def cut_text(self) -> None:
        cursor = self._cursor()
        if cursor is not None and cursor.hasSelection():
            self.copy_text()
            cursor.removeSelectedText()
            self._apply_cursor(cursor)

    def paste_text(self) -> None:
        cursor = self._cursor()
        if cursor is not None:
            cursor.insertText(QGuiApplication.clipboard().text())
            self._apply_cursor(cursor)

    def select_all_text(self) -> None:
        cursor = self._cursor()
        if cursor is not None:
            cursor.select(QTextCursor.SelectionType.Document)
            self._apply_cursor(cursor)

    def delete_text(self) -> None:
        cursor = self._cursor()
        if cursor is not None:
            if cursor.hasSelection():
                cursor.removeSelectedText()
            else:
                cursor.deleteChar()
            self._apply_cursor(cursor)

    def _discard_if_untouched(self, item: NoteItem) -> None:
        created = self._created
        if created is None or self._typed or item.note.text.strip():
            return
        index = self._stack.index()
        if index > 0 and self._stack.command(index - 1) is created:
            created.drop_on_undo()
            self._stack.undo()

    def _focus_lost(self) -> None:
        # Finishing removes the editor, which must not happen inside its own focus handler.
        QTimer.singleShot(0, self._finish_if_unfocused)

    def _finish_if_unfocused(self) -> None:
        editor = self._editor
        if editor is not None and not editor.hasFocus():
            self.finish()

    def _on_text_changed(self) -> None:
        editor, item = self._editor, self._item
        if editor is None or item is None or self._syncing:
            return
        text = editor.toPlainText()
        if len(text) > MAX_NOTE_TEXT:
            self._report(
                QCoreApplication.translate(
                    "EditSession",
                    "A note holds at most {limit} characters; the change was not "
                    "made. Split the text over several notes.",
                ).format(limit=number_text(MAX_NOTE_TEXT))
            )
            QTimer.singleShot(0, self._restore_accepted)
            return
        self._typed = True
        self._accepted_text = text
        command = PatchNotesCommand(
            self._scene.document,
            {item.note_id: {"text": text}},
            undo_text.translate("EditSession", "Edit note text"),
            self._report,
            MergeId.TEXT_EDIT,
            self._session,
        )
        self._stack.push(command)
        self._refit()

    def _refit(self) -> None:
        editor = self._editor
        if editor is None:
            return
        self._syncing = True
        try:
            editor.refit()
        finally:
            self._syncing = False

    def _restore_accepted(self) -> None:
        editor = self._editor
        if editor is None:
            return
        self._set_editor_text(self._accepted_text)

    def _set_editor_text(self, text: str) -> None:
        editor = self._editor
        if editor is None:
            return
        self._syncing = True
        try:
            editor.setPlainText(text)
            cursor = editor.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            editor.setTextCursor(cursor)
            editor.refit()
        finally:
            self._syncing = False

    def _on_notes_changed(
        self, added: frozenset[int], updated: frozenset[int], removed: frozenset[int]
    ) -> None:
        item, editor = self._item, self._editor
        if item is None or editor is None:
            return
        if item.note_id in removed:
            self._created = None
            self.finish()
            return
        if item.note_id in updated:
            model_text = item.note.text
            if unicodedata.normalize("NFC", editor.toPlainText()) != model_text:
                # Undo/redo from the menu changed the text under the editor: show it.
                self._accepted_text = model_text
                self._set_editor_text(model_text)
            else:
                self._refit()


def is_edit_item(item: QGraphicsItem | None) -> bool:
    return isinstance(item, NoteEditor)
