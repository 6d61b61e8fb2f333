"""Mouse gestures of the board view, one class each.

A gesture previews its effect on the items while the button is down and turns it into one
undo command on release, so a drag of twenty notes is one step, and a cancelled gesture
(Escape) leaves the board as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QGraphicsView

from canvas.commands import BULK_NOTES, PatchNotesCommand, Reporter
from canvas.note_item import NoteItem
from canvas.scene import BoardScene
from canvas.undo_text import Undo, translate
from models.limits import MAX_NOTE_SIZE, MIN_NOTE_SIZE
from models.records import NotePatch

Push = Callable[[QUndoCommand], None]


class MoveGesture:
    """Watches a drag of the selected notes (Qt moves them as a preview) and records it."""

    def __init__(self, items: list[NoteItem]) -> None:
        self.items = items
        self._start = {item: (item.x(), item.y()) for item in items}
        """Where each item was, as plain numbers (5,000 notes dragged: no QPointF each)."""

    def moved(self) -> bool:
        return any((item.x(), item.y()) != start for item, start in self._start.items())

    def cancel(self) -> None:
        for item, (x, y) in self._start.items():
            item.setPos(x, y)
        scene = self.items[0].scene() if self.items else None
        if isinstance(scene, BoardScene):
            scene.mark_moved(self.items)

    def command(self, scene: BoardScene, report: Reporter) -> PatchNotesCommand | None:
        """One command for every note that moved, positions rounded to whole units."""
        patches: dict[int, NotePatch] = {}
        rows = []
        shown = scene.made_items()  # a note removed during the drag has no item there
        for item, start in self._start.items():
            x, y = item.x(), item.y()
            note = item.note
            if (x, y) == start or shown.get(note.id) is not item:
                continue
            patches[note.id] = {"x": float(round(x)), "y": float(round(y))}
            rows.append(note)
        if not patches:
            return None
        text = Undo.tr("Move %n note(s)", "", len(patches))
        known = rows if len(rows) >= BULK_NOTES else ()  # the file's rows, not read again
        return PatchNotesCommand(scene.document, patches, text, report, rows=known)


class ResizeGesture:
    """Drags a note's bottom-right handle; the size is previewed and pushed on release."""

    def __init__(self, item: NoteItem, scene_pos: QPointF) -> None:
        self.item = item
        self._origin = QPointF(scene_pos)
        self._start = item.size()

    def move(self, scene_pos: QPointF) -> None:
        delta = scene_pos - self._origin
        width = min(max(self._start[0] + delta.x(), MIN_NOTE_SIZE), MAX_NOTE_SIZE)
        height = min(max(self._start[1] + delta.y(), MIN_NOTE_SIZE), MAX_NOTE_SIZE)
        if self.item.keeps_aspect:
            width, height = _keep_aspect(self._start, width)
        self.item.preview_size(float(round(width)), float(round(height)))

    def cancel(self) -> None:
        self.item.reset_preview()

    def command(self, scene: BoardScene, report: Reporter) -> PatchNotesCommand | None:
        width, height = self.item.size()
        if (width, height) == (self.item.note.width, self.item.note.height):
            return None
        return PatchNotesCommand(
            scene.document,
            {self.item.note_id: {"width": width, "height": height}},
            translate("BoardView", "Resize note"),
            report,
        )


def _keep_aspect(start: tuple[float, float], width: float) -> tuple[float, float]:
    """A photo follows the pointer's width and keeps its shape, within the size limits."""
    ratio = start[1] / start[0]
    width = min(width, MAX_NOTE_SIZE, MAX_NOTE_SIZE / ratio)
    width = max(width, MIN_NOTE_SIZE, MIN_NOTE_SIZE / ratio)
    return width, width * ratio


class PanGesture:
    """Scrolls the view with the pointer (middle button, or space held with the left)."""

    def __init__(self, view: QGraphicsView, pos: QPoint) -> None:
        self._view = view
        self._last = QPoint(pos)

    def move(self, pos: QPoint) -> None:
        delta = pos - self._last
        self._last = QPoint(pos)
        horizontal = self._view.horizontalScrollBar()
        vertical = self._view.verticalScrollBar()
        horizontal.setValue(horizontal.value() - delta.x())
        vertical.setValue(vertical.value() - delta.y())
