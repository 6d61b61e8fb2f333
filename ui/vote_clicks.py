"""Clicks on the laptop's board while a vote runs: a left click on a note places a dot for the
group that is writing, a right click takes that group's last dot on the note back. Clicks
anywhere else go on to the view (pan, select)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent

from canvas.note_item import NoteItem

if TYPE_CHECKING:
    from ui.voting import VoteControl

_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class VoteClicks(QObject):
    """The event filter on the laptop view's viewport, installed while a board is open."""

    def __init__(self, control: VoteControl) -> None:
        super().__init__(control)
        self._control = control

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is not self._control.viewport
            or event.type() not in _PRESSES
            or not isinstance(event, QMouseEvent)
            or not self._control.is_placing()
        ):
            return False
        note = self._note_at(event.position())
        if note is None:
            return False
        if event.button() == Qt.MouseButton.LeftButton:
            self._control.place_dot(note.note_id)
        elif event.button() == Qt.MouseButton.RightButton:
            self._control.take_back_dot(note.note_id)
        else:
            return False
        event.accept()
        return True

    def _note_at(self, pos: QPointF) -> NoteItem | None:
        view = self._control.room.window.view
        if view is None:
            return None
        scene_pos = view.mapToScene(pos.toPoint())
        for item in view.board_scene().items(scene_pos):
            if isinstance(item, NoteItem) and item.rect().contains(item.mapFromScene(scene_pos)):
                return item
        return None
