"""The editing contract every in-place editor follows: notes, card fields, frame titles and
headers.

Escape, clicking elsewhere and Enter (Ctrl+Enter where a field holds several lines) all keep
what was typed and stop editing; Tab and Shift+Tab keep it and move to the next or previous
field. Whatever is being edited wears an orange frame (:class:`EditFrame`, or the field
editor's own edge), never the blue of a selection, so a selected note and a note being edited
look different at a glance. Focus leaving for another place ends the edit
(:class:`FocusEndedTextItem`); a popup menu or switching windows does not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

if TYPE_CHECKING:
    from canvas.note_item import NoteItem

EDIT_COLOUR = QColor("#E8590C")
"""The frame of whatever is being edited: orange, unlike the blue of a selection."""
EDIT_PEN_PX = 5.0
CARET_PX = 3

EditKey = Literal["keep", "next", "previous"]
_NOT_TYPING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def edit_key(event: QKeyEvent, multiline: bool) -> EditKey | None:
    """What a key means to any in-place editor, or None for "an ordinary key".

    Escape and Enter keep the text and stop editing (Ctrl+Enter where Enter starts a new
    line); Tab and Shift+Tab keep it and move to the next or previous field.
    """
    key, modifiers = event.key(), event.modifiers()
    if key == Qt.Key.Key_Escape:
        return "keep"
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            return "keep"
        if not multiline and not modifiers & Qt.KeyboardModifier.ShiftModifier:
            return "keep"
        return None
    if key == Qt.Key.Key_Backtab or (
        key == Qt.Key.Key_Tab and modifiers & Qt.KeyboardModifier.ShiftModifier
    ):
        return "previous"
    if key == Qt.Key.Key_Tab and not modifiers & _NOT_TYPING:
        return "next"
    return None


def edit_pen() -> QPen:
    pen = QPen(EDIT_COLOUR, EDIT_PEN_PX)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


class EditFrame(QGraphicsItem):
    """The orange frame around a note while its text is edited (a child of the note, drawn
    over the blue selection outline)."""

    def __init__(self, note: NoteItem) -> None:
        super().__init__(note)
        self._note = note
        self.setZValue(-1.0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._note.rect().adjusted(-8.0, -8.0, 8.0, 8.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = max(painter.worldTransform().m11(), 0.01)
        inset = EDIT_PEN_PX / 2.0 / lod
        painter.setPen(edit_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._note.rect().adjusted(inset, inset, -inset, -inset))


class FocusEndedTextItem(QGraphicsTextItem):
    """A text item whose edit session ends when focus leaves for another place (a popup menu
    or switching windows is not leaving). Base of the note and the header/card editors."""

    def __init__(self, parent: QGraphicsItem, on_focus_lost: Callable[[], None]) -> None:
        super().__init__(parent)
        self._on_focus_lost = on_focus_lost
        # A caret three pixels wide: easy to find for someone who rarely writes on screens.
        self.document().documentLayout().setProperty("cursorWidth", CARET_PX)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            self._on_focus_lost()
