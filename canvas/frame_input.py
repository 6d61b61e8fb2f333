"""What the mouse means over frames: drag a frame by its title bar, set a feeling, rename a
title or prompt in place, make a card in an experiment wall's theme.

The board view asks this helper first (after notes and their handles), so everything else
keeps the view's usual behaviour: a press on a cell still starts a rubber band, a double-click
in a cell still makes a note (the note command gives it the cell).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QUndoStack

from canvas.commands import CreateNotesCommand, Reporter
from canvas.frame_commands import (
    FrameEditCommand,
    RenameFrameCommand,
    RenameZoneCommand,
    SetMoodCommand,
)
from canvas.frame_items import FrameItem, ZoneItem
from canvas.frame_text import frame_font
from canvas.inline_editor import InlineEdits
from canvas.mood_item import MoodItem
from canvas.note_item import NoteItem
from canvas.scene import BoardScene
from canvas.undo_text import translate
from models.experiment import CARD_SIZE, EXPERIMENT_KIND, new_card
from models.records import ZoneData
from models.templates import TEMPLATES

if TYPE_CHECKING:
    from canvas.interaction import InteractiveView

"""Qt's translation lookup; spelled out at each use so pyside6-lupdate finds the strings."""


class FrameMove:
    """A frame dragged by its title bar: the frame, its notes and its curve move as a preview;
    one command on release."""

    def __init__(self, scene: BoardScene, frame: FrameItem, start: QPointF) -> None:
        self.scene = scene
        self.frame = frame
        self._start = QPointF(start)
        self._origin = QPointF(frame.pos())
        self.notes = scene.frames.member_items(frame.frame_id)
        self._note_starts = {item: QPointF(item.pos()) for item in self.notes}
        self.mood = scene.frames.mood_item(frame.frame_id)

    def delta(self) -> QPointF:
        return self.frame.pos() - self._origin

    def move(self, scene_pos: QPointF) -> None:
        delta = scene_pos - self._start
        delta = QPointF(round(delta.x()), round(delta.y()))
        self.frame.setPos(self._origin + delta)
        for item, start in self._note_starts.items():
            item.setPos(start + delta)
        if self.mood is not None:
            self.mood.setPos(delta)
        self.scene.mark_moved(self.notes)

    def reset(self) -> None:
        """Show the model's places again (after the command, or instead of it)."""
        self.frame.setPos(self.frame.frame.x, self.frame.frame.y)
        for item in self.notes:
            if item.scene() is self.scene:
                item.setPos(item.note.x, item.note.y)
        if self.mood is not None and self.mood.scene() is self.scene:
            self.mood.setPos(0.0, 0.0)
        self.scene.mark_moved(self.notes)

    def command(self, report: Reporter) -> FrameEditCommand | None:
        delta = self.delta()
        dx, dy = float(delta.x()), float(delta.y())
        if not (dx or dy):
            return None
        frame_id = self.frame.frame_id
        frames = self.scene.document.frames
        return FrameEditCommand(
            self.scene.document,
            lambda: frames.move(frame_id, dx, dy),
            translate("BoardView", "Move frame"),
            report,
        )


class MoodDrag:
    """A feeling mark dragged up or down its stage; snaps to −2…+2."""

    def __init__(self, item: MoodItem, zone: ZoneData, level: int) -> None:
        self.item = item
        self.zone = zone
        self.level = level
        self._start = level

    def move(self, scene_pos: QPointF) -> None:
        self.level = self.item.level_at(self.zone, scene_pos.y())
        self.item.preview(self.zone.id, self.level)

    def command(self, scene: BoardScene, report: Reporter) -> SetMoodCommand | None:
        self.item.clear_preview()
        if self.level == self._start:
            return None
        text = translate("BoardView", "Mark feeling")
        return SetMoodCommand(scene.document, self.zone.id, self.level, text, report)


class FrameInput:
    """Mouse over frames, for one view (held weakly: the view owns this helper)."""

    def __init__(
        self,
        view: InteractiveView,
        scene: BoardScene,
        stack: QUndoStack,
        report: Reporter,
        inline: InlineEdits,
    ) -> None:
        self._view = weakref.ref(view)
        self._scene = scene
        self._stack = stack
        self._report = report
        self.inline = inline
        self._move: FrameMove | None = None
        self._mood: MoodDrag | None = None

    @property
    def busy(self) -> bool:
        return self._move is not None or self._mood is not None

    def _note_at(self, scene_pos: QPointF) -> NoteItem | None:
        for item in self._scene.items(scene_pos):
            if isinstance(item, NoteItem) and item.rect().contains(item.mapFromScene(scene_pos)):
                return item
        return None

    def _mood_hit(
        self, scene_pos: QPointF, lod: float
    ) -> tuple[MoodItem, ZoneData, int, bool] | None:
        for item in self._scene.frames.mood_items():
            hit = item.hit(scene_pos, lod)
            if hit is not None:
                return (item, *hit)
        return None

    # --- press, drag, release ----------------------------------------------------------------
    def press(self, scene_pos: QPointF, lod: float) -> bool:
        """Start a frame gesture if the press is on a title bar or a feeling; True if so."""
        if self._scene.document.read_only or self._note_at(scene_pos) is not None:
            return False
        hit = self._mood_hit(scene_pos, lod)
        if hit is not None:
            item, zone, level, on_mark = hit
            if on_mark:
                self._mood = MoodDrag(item, zone, level)
            else:
                text = translate("BoardView", "Mark feeling")
                self._stack.push(
                    SetMoodCommand(self._scene.document, zone.id, level, text, self._report)
                )
            return True
        frame = self._scene.frames.title_at(scene_pos)
        if frame is not None:
            self._scene.clearSelection()
            self._move = FrameMove(self._scene, frame, scene_pos)
            return True
        return False

    def move(self, scene_pos: QPointF) -> bool:
        if self._move is not None:
            self._move.move(scene_pos)
            return True
        if self._mood is not None:
            self._mood.move(scene_pos)
            return True
        return False

    def release(self) -> bool:
        if self._move is not None:
            move, self._move = self._move, None
            command = move.command(self._report)
            if command is not None:
                self._stack.push(command)
            move.reset()
            return True
        if self._mood is not None:
            mood, self._mood = self._mood, None
            marked = mood.command(self._scene, self._report)
            if marked is not None:
                self._stack.push(marked)
            return True
        return False

    def cancel(self) -> bool:
        if self._move is not None:
            self._move.reset()
            self._move = None
            return True
        if self._mood is not None:
            self._mood.item.clear_preview()
            self._mood = None
            return True
        return False

    def cursor_at(self, scene_pos: QPointF, lod: float) -> Qt.CursorShape | None:
        if self._scene.document.read_only or self._note_at(scene_pos) is not None:
            return None
        if self._mood_hit(scene_pos, lod) is not None:
            return Qt.CursorShape.PointingHandCursor
        if self._scene.frames.title_at(scene_pos) is not None:
            return Qt.CursorShape.SizeAllCursor
        return None

    # --- double-click ------------------------------------------------------------------------
    def double_click(self, scene_pos: QPointF) -> bool:
        """Rename a title or prompt, or make a card in a theme; False leaves it to the view."""
        if self._scene.document.read_only:
            return True
        frames = self._scene.frames
        frame = frames.title_at(scene_pos)
        if frame is not None:
            self.edit_frame_title(frame)
            return True
        zone = frames.zone_at(scene_pos, cells_only=False)
        if zone is None:
            return False
        part = zone.title_hit(zone.mapFromScene(scene_pos))
        if part is not None:
            self.edit_zone_text(zone, part)
            return True
        if zone.is_cell and self.card_kind(zone) == EXPERIMENT_KIND:
            self.new_card(scene_pos, zone)
            return True
        return False

    def card_kind(self, zone: ZoneItem) -> str:
        frame = zone.parentItem()
        if not isinstance(frame, FrameItem):
            return "note"
        template = TEMPLATES.get(frame.frame.template_key)
        return template.card_kind if template is not None else "note"

    def new_card(self, centre: QPointF, zone: ZoneItem | None) -> list[int]:
        """An experiment card centred on ``centre``; its theme is the zone's title."""
        width, height = CARD_SIZE
        theme = zone.zone.title if zone is not None and zone.is_cell else ""
        patch = new_card(
            float(round(centre.x() - width / 2)), float(round(centre.y() - height / 2)), theme=theme
        )
        text = translate("BoardView", "New experiment card")
        command = CreateNotesCommand(self._scene.document, [patch], text, self._report)
        self._stack.push(command)
        self._scene.select_notes(command.ids)
        return command.ids

    def edit_frame_title(self, frame: FrameItem) -> None:
        box = frame.text_box()
        px = box.title.pixel_size if box.title is not None else 32
        frame_id, document = frame.frame_id, self._scene.document

        def done(text: str) -> None:
            label = translate("BoardView", "Rename frame")
            self._stack.push(
                RenameFrameCommand(document, frame_id, text.strip(), label, self._report)
            )

        self._focus_view()
        self.inline.start(
            frame, frame.title_text_rect(), frame.frame.title, frame_font(px, True), done
        )

    def edit_zone_text(self, zone: ZoneItem, part: str) -> None:
        """Edit a header's (or free zone's) ``part``: 'title' or 'prompt'."""
        box = zone.text_box()
        rect = zone.text_rect()
        if part == "title":
            lines, text = box.title, zone.zone.title
            top = box.title_at.y() if lines is not None else rect.top()
        else:
            lines, text = box.prompt, zone.zone.prompt
            top = box.prompt_at.y() if lines is not None else rect.top() + rect.height() / 2
        px = lines.pixel_size if lines is not None else (28 if part == "title" else 20)
        area = QRectF(rect.left() - 4, top - 4, rect.width() + 8, max(px * 1.5, 30.0))
        zone_id, document = zone.zone_id, self._scene.document

        def done(new: str) -> None:
            title, prompt = (new.strip(), None) if part == "title" else (None, new.strip())
            label = (
                translate("BoardView", "Rename")
                if part == "title"
                else translate("BoardView", "Edit prompt")
            )
            self._stack.push(
                RenameZoneCommand(document, zone_id, title, prompt, label, self._report)
            )

        self._focus_view()
        self.inline.start(zone, area, text, frame_font(px, part == "title"), done)

    def _focus_view(self) -> None:
        view = self._view()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
