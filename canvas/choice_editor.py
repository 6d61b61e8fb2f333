"""A choice field of a card (solved? next step?) edited in place, reached by Tab like any field.

It sits over the field on the same white card with the orange edge as a text field's editor
and follows the same contract (Enter, Escape and clicking elsewhere keep the choice; Tab and
Shift+Tab keep it and move on). Space, the arrow keys (and a click) step through the choices,
"not chosen" among them; letters do nothing here, so a stray key changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QTextCursor
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from canvas.edit_contract import EditKey, edit_key
from canvas.frame_style import PROMPT_TEXT
from canvas.inline_editor import InlineEditor

Choice = tuple[str, str]
"""(stored key, words shown); the key "" is "not chosen"."""

_FORWARD = (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down)
_BACK = (Qt.Key.Key_Left, Qt.Key.Key_Up)
HINT = "◂ ▸"


class ChoiceEditor(InlineEditor):
    """The current choice's words, stepped through with Space and the arrow keys."""

    def __init__(
        self,
        parent: QGraphicsItem,
        rect: QRectF,
        choices: Sequence[Choice],
        current: str,
        font: QFont,
        on_key: Callable[[EditKey], None],
        on_focus_lost: Callable[[], None],
    ) -> None:
        self.choices = list(choices)
        keys = [key for key, _ in self.choices]
        self.index = keys.index(current) if current in keys else 0
        super().__init__(parent, rect, self.choices[self.index][1], font, on_key, on_focus_lost)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setTextCursor(QTextCursor(self.document()))  # nothing selected, no caret

    @property
    def value(self) -> str:
        return self.choices[self.index][0]

    def pick(self, step: int) -> None:
        self.index = (self.index + step) % len(self.choices)
        self.setPlainText(self.choices[self.index][1])

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        super().paint(painter, option, widget)
        bounds = self.boundingRect()
        painter.setPen(PROMPT_TEXT)
        painter.setFont(self.font())
        painter.drawText(
            bounds.adjusted(0.0, 0.0, -6.0, 0.0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            HINT,
        )

    def sceneEvent(self, event: QEvent) -> bool:
        # Space and the arrows pick here; they do not nudge notes or press window shortcuts.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (*_FORWARD, *_BACK)
        ):
            event.accept()
            return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        what = edit_key(event, False)
        if what is not None:
            self._on_key(what)
        elif event.key() in _FORWARD:
            self.pick(1)
        elif event.key() in _BACK:
            self.pick(-1)
        event.accept()  # any other key: nothing, and nowhere else either

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.pick(1)
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()
