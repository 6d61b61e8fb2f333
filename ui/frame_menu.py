"""Operations on frames for the window's menus: what was clicked, and doing it as one step.

A :class:`Target` says which frame, which header or cell, and which note a right-click (or the
current selection) points at; :class:`FrameOps` turns a menu choice into one undo command.
Removing a row, column, theme or frame that holds notes first asks what to do with them (keep
them below the frame, delete them, or cancel) and never deletes them silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from canvas.error_text import error_text
from canvas.frame_commands import FrameEditCommand, SetMoodCommand, TidyZoneCommand
from canvas.frame_items import FrameItem, ZoneItem
from canvas.note_item import NoteItem
from canvas.scene import BoardScene
from canvas.view import BoardView
from models.errors import BoardError
from models.frame_types import FrameEdit
from models.frames import FrameStore
from models.templates.plan import HEADER

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Axis = Literal["row", "col"]
Policy = Literal["release", "delete"]


@dataclass(frozen=True)
class Target:
    frame: FrameItem
    zone: ZoneItem | None
    """The header, cell or free zone under the point; None on the title bar."""
    note: NoteItem | None = None

    @property
    def frame_id(self) -> int:
        return self.frame.frame_id

    def index(self, axis: Axis) -> int | None:
        """The column (or row) the target lies in, if any."""
        if self.zone is None:
            return None
        value = self.zone.zone.col if axis == "col" else self.zone.zone.row
        return value if value != HEADER else None


def find_target(scene: BoardScene, scene_pos: QPointF) -> Target | None:
    """What a click at ``scene_pos`` points at: a note's cell counts as the cell."""
    frames = scene.frames
    note = next(
        (
            item
            for item in scene.items(scene_pos)
            if isinstance(item, NoteItem) and item.rect().contains(item.mapFromScene(scene_pos))
        ),
        None,
    )
    zone = frames.zone_at(scene_pos, cells_only=False)
    frame = frames.frame_at(scene_pos)
    if note is not None and note.note.zone_id is not None:
        zone = frames.zone_item(note.note.zone_id) or zone
        parent = zone.parentItem() if zone is not None else None
        frame = parent if isinstance(parent, FrameItem) else frame
    if frame is None:
        return None
    if zone is not None and zone.parentItem() is not frame:
        zone = None
    return Target(frame, zone, note)


class FrameOps(QObject):
    """Frame operations of one main window, each pushed as one undo command."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.question: QMessageBox | None = None

    # --- plumbing ---------------------------------------------------------------------------
    def _parts(self) -> tuple[BoardScene, BoardView] | None:
        window = self._window
        if window.scene is None or window.view is None or window.undo_stack is None:
            return None
        if window.document is None or window.document.read_only:
            return None
        return window.scene, window.view

    def _frames(self) -> FrameStore | None:
        parts = self._parts()
        return parts[0].document.frames if parts is not None else None

    def _report(self, message: str | BoardError) -> None:
        self._window.alert(self.tr("Pajalauta"), error_text(message))

    def _push_edit(self, operation: Callable[[], FrameEdit], text: str) -> bool:
        parts = self._parts()
        if parts is None or self._window.undo_stack is None:
            return False
        scene, _view = parts
        before = self._window.undo_stack.count()
        self._window.undo_stack.push(
            FrameEditCommand(scene.document, operation, text, self._report)
        )
        return self._window.undo_stack.count() > before

    def _grid_has(self, frame_id: int, axis: Axis) -> bool:
        parts = self._parts()
        if parts is None:
            return False
        kinds = {z.kind for z in parts[0].frames.zone_items(frame_id)}
        return ("column" if axis == "col" else "row") in kinds

    def is_grid(self, frame_id: int) -> bool:
        return self._grid_has(frame_id, "col")

    def has_rows(self, frame_id: int) -> bool:
        return self._grid_has(frame_id, "row")

    def count(self, frame_id: int, axis: Axis) -> int:
        parts = self._parts()
        if parts is None:
            return 0
        kind = "column" if axis == "col" else "row"
        return sum(1 for z in parts[0].frames.zone_items(frame_id) if z.kind == kind)

    def header_title(self, frame_id: int, axis: Axis, index: int) -> str:
        parts = self._parts()
        if parts is None:
            return ""
        for zone in parts[0].frames.zone_items(frame_id):
            if axis == "col" and zone.kind == "column" and zone.zone.col == index:
                return zone.zone.title
            if axis == "row" and zone.kind == "row" and zone.zone.row == index:
                return zone.zone.title
        return ""

    # --- rows and columns -------------------------------------------------------------------
    def add(self, target: Target, axis: Axis, after: bool) -> bool:
        index = target.index(axis)
        count = self.count(target.frame_id, axis)
        at = count if index is None else index + (1 if after else 0)
        frames = self._frames()
        if frames is None:
            return False
        frame_id = target.frame_id
        if axis == "col":
            text = self.tr("Add column")
            return self._push_edit(lambda: frames.add_column(frame_id, at), text)
        return self._push_edit(lambda: frames.add_row(frame_id, at), self.tr("Add row"))

    def move(self, target: Target, axis: Axis, step: int) -> bool:
        index = target.index(axis)
        count = self.count(target.frame_id, axis)
        if index is None or not 0 <= index + step < count:
            return False
        frames = self._frames()
        if frames is None:
            return False
        frame_id, to = target.frame_id, index + step
        if axis == "col":
            return self._push_edit(
                lambda: frames.move_column(frame_id, index, to), self.tr("Move column")
            )
        return self._push_edit(lambda: frames.move_row(frame_id, index, to), self.tr("Move row"))

    def remove(self, target: Target, axis: Axis) -> None:
        """Remove the row or column; if notes are in it, ask first."""
        index = target.index(axis)
        parts = self._parts()
        if index is None or parts is None:
            return
        scene = parts[0]
        frames = scene.document.frames
        frame_id = target.frame_id
        cells = [
            z.zone_id
            for z in scene.frames.zone_items(frame_id)
            if z.is_cell and (z.zone.col if axis == "col" else z.zone.row) == index
        ]
        notes = len(frames.notes_in(cells))
        title = self.header_title(frame_id, axis, index)

        def run(policy: Policy) -> None:
            if axis == "col":
                self._push_edit(
                    lambda: frames.remove_column(frame_id, index, policy), self.tr("Remove column")
                )
            else:
                self._push_edit(
                    lambda: frames.remove_row(frame_id, index, policy), self.tr("Remove row")
                )

        if notes == 0:
            run("release")
            return
        what = self.tr("The column “%1”") if axis == "col" else self.tr("The row “%1”")
        self.ask(what.replace("%1", title), notes, run)

    # --- free zones (themes) ---------------------------------------------------------------
    def add_zone(self, target: Target) -> bool:
        frames = self._frames()
        if frames is None:
            return False
        frame_id = target.frame_id
        title = self.tr("New theme")
        return self._push_edit(lambda: frames.add_zone(frame_id, title), self.tr("Add theme"))

    def remove_zone(self, target: Target) -> None:
        parts = self._parts()
        if target.zone is None or parts is None:
            return
        frames = parts[0].document.frames
        zone_id = target.zone.zone_id
        notes = len(frames.notes_in([zone_id]))

        def run(policy: Policy) -> None:
            self._push_edit(lambda: frames.remove_zone(zone_id, policy), self.tr("Remove theme"))

        if notes == 0:
            run("release")
        else:
            self.ask(self.tr("“%1”").replace("%1", target.zone.zone.title), notes, run)

    # --- whole frames ---------------------------------------------------------------------
    def remove_frame(self, target: Target) -> None:
        parts = self._parts()
        if parts is None:
            return
        frames = parts[0].document.frames
        frame_id = target.frame_id
        notes = len(frames.state(frame_id).notes)

        def run(policy: Policy) -> None:
            self._push_edit(lambda: frames.remove(frame_id, policy), self.tr("Remove frame"))

        if notes == 0:
            self.confirm(
                self.tr("Remove the frame “%1”?").replace("%1", target.frame.frame.title),
                lambda: run("release"),
            )
        else:
            self.ask(
                self.tr("The frame “%1”").replace("%1", target.frame.frame.title),
                notes,
                run,
                frame=True,
            )

    def tidy(self, target: Target) -> bool:
        parts = self._parts()
        if parts is None or target.zone is None or not target.zone.is_cell:
            return False
        stack = self._window.undo_stack
        assert stack is not None
        before = stack.count()
        stack.push(
            TidyZoneCommand(
                parts[0].document, target.zone.zone_id, self.tr("Tidy up"), self._report
            )
        )
        return stack.count() > before

    def set_mood(self, target: Target, mood: int | None) -> None:
        parts = self._parts()
        stack = self._window.undo_stack
        if parts is None or stack is None or target.zone is None:
            return
        stack.push(
            SetMoodCommand(
                parts[0].document, target.zone.zone_id, mood, self.tr("Mark feeling"), self._report
            )
        )

    def rename(self, target: Target, part: str) -> None:
        parts = self._parts()
        if parts is None:
            return
        view = parts[1]
        if part == "frame" or target.zone is None:
            view.frame_input().edit_frame_title(target.frame)
        else:
            view.frame_input().edit_zone_text(target.zone, part)

    # --- asking -----------------------------------------------------------------------------
    def confirm(self, text: str, run: Callable[[], None]) -> QMessageBox:
        """Ask before removing an empty frame (window-modal, not blocking the event loop)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove"),
            text,
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setInformativeText(self.tr("Undo brings it back."))
        remove = box.addButton(self.tr("Remove the Frame"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            self.question = None
            if box.clickedButton() is remove:
                run()

        box.finished.connect(answered)
        self.question = box
        box.open()
        return box

    def ask(
        self, what: str, notes: int, run: Callable[[Policy], None], frame: bool = False
    ) -> QMessageBox:
        """Ask what to do with the notes of a part being removed (window-modal, not blocking
        the event loop); ``run`` gets "release" or "delete", nothing happens on cancel."""
        text = self.tr("%1 holds %n note(s).", "", notes).replace("%1", what)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove"),
            text,
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setInformativeText(
            self.tr(
                "Keep the notes on the board, or delete them with it? "
                "Either way, Undo brings everything back."
            )
        )
        keep_text = self.tr("Keep the Notes") if frame else self.tr("Move Notes Below the Frame")
        keep = box.addButton(keep_text, QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(self.tr("Delete the Notes"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            clicked = box.clickedButton()
            self.question = None
            if clicked is keep:
                run("release")
            elif clicked is delete:
                run("delete")

        box.finished.connect(answered)
        self.question = box
        box.open()
        return box
