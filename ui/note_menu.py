"""The right-click menu of a note: what can be done to the note (or the selected notes).

Separate from the frame's menu, so a right-click on a note never offers to remove the frame
under it. Entries that the window already has (edit, duplicate, front/back, cut, copy,
delete) are the window's own actions, so they show the same words and shortcuts as the menu
bar and act on the selection, which the right-click has just made the clicked note's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu
from shiboken6 import isValid

from canvas.card_item import CardItem
from canvas.commands import PatchNotesCommand
from models.palette import PALETTE
from models.records import NotePatch
from ui.actions import swatch_icon

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate
"""Qt's translation lookup; spelled out at each use so pyside6-lupdate finds the strings. The
colour and menu words are the menu bar's own, already translated."""


class NoteMenus(QObject):
    """Shows the note menu of the window's current view."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.menu: QMenu | None = None
        self._views: list[object] = []
        window.boardChanged.connect(self._board_changed)
        window.boardClosing.connect(self._board_closing)
        self._board_changed()

    def _board_changed(self) -> None:
        view = self._window.view
        if view is None or any(v is view for v in self._views):
            return
        self._views = [view]
        view.noteMenuRequested.connect(self.show_menu)

    def _board_closing(self) -> None:
        if self.menu is not None and isValid(self.menu) and self.menu.isVisible():
            self.menu.close()
        self.menu = None

    @staticmethod
    def _colour_names() -> dict[str, str]:
        """The Colour menu's words (the same entries as in the menu bar's Colour menu)."""
        return {
            "yellow": translate("BoardActions", "Yellow"),
            "orange": translate("BoardActions", "Orange"),
            "pink": translate("BoardActions", "Pink"),
            "green": translate("BoardActions", "Green"),
            "blue": translate("BoardActions", "Blue"),
            "purple": translate("BoardActions", "Purple"),
            "grey": translate("BoardActions", "Grey"),
            "white": translate("BoardActions", "White"),
        }

    def build(self, note_id: int) -> QMenu | None:
        """The menu for ``note_id`` and the other selected notes."""
        window = self._window
        scene, view, doc = window.scene, window.view, window.document
        item = scene.item_for(note_id) if scene is not None else None
        if scene is None or view is None or doc is None or item is None:
            return None
        acts = window.acts
        writable = not doc.read_only
        ids = scene.selected_note_ids() or [note_id]
        menu = QMenu(window)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(item, CardItem):
            edit_card = menu.addAction(translate("FrameMenu", "Edit Card…"))
            templates = getattr(window, "template_actions", None)
            edit_card.triggered.connect(
                lambda _c=False: templates.edit_card(note_id) if templates else None
            )
            edit_card.setEnabled(writable)
        else:
            menu.addAction(acts.edit_note)
        colours = menu.addMenu(translate("BoardActions", "&Colour"))
        colours.setEnabled(writable)
        names = self._colour_names()
        for name, hex_colour in PALETTE.items():
            action = colours.addAction(swatch_icon(hex_colour), names[name])
            action.triggered.connect(lambda _c=False, c=hex_colour: view.set_colour_of_selected(c))
        groups = menu.addMenu(translate("GroupsControl", "&Groups"))
        groups.setEnabled(writable)
        current = {n.group_id for n in doc.notes.many(ids)}
        for group_id, name in [
            (None, self.tr("No Group")),
            *((g.id, g.name) for g in doc.groups.all()),
        ]:
            action = groups.addAction(name)
            action.setCheckable(True)
            action.setChecked(current == {group_id})
            action.triggered.connect(lambda _c=False, g=group_id: self.set_group(ids, g))
        menu.addSeparator()
        menu.addActions([acts.duplicate, acts.front, acts.back])
        if item.overflows:
            menu.addAction(acts.grow)
        menu.addSeparator()
        menu.addActions([acts.cut, acts.copy])
        menu.addSeparator()
        menu.addAction(acts.delete)
        return menu

    def show_menu(self, note_id: int, global_pos: QPoint) -> QMenu | None:
        menu = self.build(note_id)
        if menu is None:
            return None
        self.menu = menu
        menu.popup(global_pos)
        return menu

    def set_group(self, ids: list[int], group_id: int | None) -> None:
        """Tag the notes with a group (or none), as one undo step."""
        window = self._window
        doc, stack = window.document, window.undo_stack
        if doc is None or stack is None or doc.read_only:
            return
        patches: dict[int, NotePatch] = {
            note.id: {"group_id": group_id}
            for note in doc.notes.many(ids)
            if note.group_id != group_id
        }
        if patches:
            view = window.view
            report = view.errorOccurred.emit if view is not None else (lambda _m: None)
            stack.push(PatchNotesCommand(doc, patches, self.tr("Change group"), report))
