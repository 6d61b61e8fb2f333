"""The board's groups in the window: who is writing now, keys 1–9, add, rename, recolour,
remove, and highlighting one group's notes.

The current group decides the colour and the tag of new notes (the view's
``current_colour`` / ``current_group_id``). Keys 1–9 are window shortcuts: a text box or a
note's editor takes printable keys before shortcuts, so a digit typed into a note is a digit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

from canvas.group_commands import AddGroupCommand, ChangeGroupCommand, RemoveGroupCommand
from models.groups import default_group_name
from models.palette import PALETTE
from models.records import Change, GroupData
from ui.actions import swatch_icon

if TYPE_CHECKING:
    from ui.room import Room

KEYS = 9


class GroupsControl(QObject):
    def __init__(self, room: Room) -> None:
        super().__init__(room)
        self._room = room
        window = room.window
        self.groups: list[GroupData] = []
        self.current: int | None = None
        self.highlight = False
        self._choose_group = QActionGroup(self)
        self.choose: list[QAction] = []
        for number in range(1, KEYS + 1):
            action = QAction(window)
            action.setShortcut(QKeySequence(str(number)))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, n=number: self.choose_number(n))
            self._choose_group.addAction(action)
            window.addAction(action)
            self.choose.append(action)
        self.add = QAction(window)
        self.add.triggered.connect(lambda: self.ask_add())
        self.rename = QAction(window)
        self.rename.triggered.connect(lambda: self.ask_rename())
        self.remove = QAction(window)
        self.remove.triggered.connect(lambda: self.remove_current())
        self.highlight_action = QAction(window)
        self.highlight_action.setCheckable(True)
        self.highlight_action.toggled.connect(self.set_highlight)
        self.colour_menu = QMenu(window)
        self.colours: dict[str, QAction] = {}
        for name, hex_colour in PALETTE.items():
            action = self.colour_menu.addAction(swatch_icon(hex_colour), "")
            action.triggered.connect(lambda _c=False, c=hex_colour: self.recolour_current(c))
            self.colours[name] = action
        bar = room.bar
        bar.picker.groupChosen.connect(self.set_current)
        bar.addGroupRequested.connect(lambda: self.ask_add())
        bar.highlight.toggled.connect(self.highlight_action.setChecked)
        self.menu = QMenu(window)
        self.retranslate()

    def fill_menu(self) -> None:
        menu = self.menu
        menu.clear()
        menu.addActions(self.choose)
        menu.addSeparator()
        menu.addActions([self.add, self.rename])
        menu.addMenu(self.colour_menu)
        menu.addActions([self.remove, self.highlight_action])

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Groups"))
        self.add.setText(self.tr("&Add Group…"))
        self.rename.setText(self.tr("&Rename Group…"))
        self.remove.setText(self.tr("Re&move Group"))
        self.highlight_action.setText(self.tr("&Highlight Group's Notes"))
        self.colour_menu.setTitle(self.tr("Group &Colour"))
        names = {
            "yellow": self.tr("Yellow"),
            "orange": self.tr("Orange"),
            "pink": self.tr("Pink"),
            "green": self.tr("Green"),
            "blue": self.tr("Blue"),
            "purple": self.tr("Purple"),
            "grey": self.tr("Grey"),
            "white": self.tr("White"),
        }
        for name, action in self.colours.items():
            action.setText(names[name])
        self._show_names()
        self.fill_menu()

    # --- the open board -----------------------------------------------------------------------
    def attach(self) -> None:
        """A board was opened: show its groups. Opening never writes to the board, so a
        board without groups keeps none (a new board gets the usual three when created)."""
        doc = self._room.document()
        if doc is None:
            self.groups, self.current = [], None
            self._show()
            return
        self.groups = doc.groups.all()
        # The first group writes: chosen before the picker's buttons are made, so they are
        # made once (not once unchecked and again to check one), and applied once.
        self.current = self.groups[0].id if self.groups else None
        self._show()
        if self.current is not None:
            self.set_current(self.current)
        else:
            self._apply_current()

    def on_changes(self, changes: Sequence[Change]) -> None:
        if any(change.entity == "group" for change in changes):
            self.reload()

    def reload(self) -> None:
        doc = self._room.document()
        self.groups = doc.groups.all() if doc is not None else []
        if self.current is not None and all(g.id != self.current for g in self.groups):
            self.current = self.groups[0].id if self.groups else None
        self._show()
        self._apply_current()

    def _show(self) -> None:
        self._room.bar.picker.set_groups(self.groups, self.current)
        self._show_names()
        self._enable()

    def _enable(self) -> None:
        writable = self._room.writable()
        for action in (self.add, self.rename, self.remove):
            action.setEnabled(writable and (action is self.add or self.current is not None))
        self.colour_menu.setEnabled(writable and self.current is not None)
        self._room.bar.add_group.setEnabled(writable)

    def _show_names(self) -> None:
        for index, action in enumerate(self.choose):
            group = self.groups[index] if index < len(self.groups) else None
            action.setText(
                group.name
                if group is not None
                else self.tr("Group %1").replace("%1", str(index + 1))
            )
            action.setVisible(group is not None)
            action.setEnabled(group is not None)
            action.setChecked(group is not None and group.id == self.current)

    # --- choosing -----------------------------------------------------------------------------
    def choose_number(self, number: int) -> bool:
        """Key 1–9: the n-th group writes now."""
        if not 1 <= number <= len(self.groups):
            return False
        return self._room.bar.picker.choose_number(number)  # emits groupChosen

    def set_current(self, group_id: object) -> None:
        self.current = group_id if isinstance(group_id, int) else None
        if self._room.bar.picker.current() != self.current:
            self._room.bar.picker.set_groups(self.groups, self.current)
        self._show_names()
        self._apply_current()
        group = self.current_group()
        if group is not None:
            self._room.status(self.tr("%1 is writing").replace("%1", group.name), 3000)

    def current_group(self) -> GroupData | None:
        return next((g for g in self.groups if g.id == self.current), None)

    def _apply_current(self) -> None:
        view = self._room.window.view
        group = self.current_group()
        if view is not None:
            view.current_group_id = group.id if group is not None else None
            if group is not None:
                view.current_colour = group.colour
        self._enable()
        self._room.refresh_looks()
        self._room.groupChanged.emit()

    def set_highlight(self, on: bool) -> None:
        self.highlight = on
        self._room.bar.highlight.setChecked(on)
        self._room.refresh_looks()

    # --- changing -----------------------------------------------------------------------------
    def add_group(self, name: str) -> int | None:
        doc = self._room.document()
        name = name.strip()
        if doc is None or not name:
            return None
        command = AddGroupCommand(doc, name, self._room.status)
        self._room.push(command)
        if command.group_id is not None:
            self.set_current(command.group_id)
        return command.group_id

    def ask_add(self) -> None:
        doc = self._room.document()
        if doc is None:
            return
        suggestion = default_group_name(len(self.groups) + 1, doc.info().language or "fi")
        name, ok = QInputDialog.getText(
            self._room.window,
            self.tr("Add Group"),
            self.tr("Name of the new group:"),
            QLineEdit.EchoMode.Normal,
            suggestion,
        )
        self._room.back_to_board()
        if ok:
            self.add_group(name)

    def rename_current(self, name: str) -> None:
        doc = self._room.document()
        name = name.strip()
        if doc is not None and self.current is not None and name:
            self._room.push(
                ChangeGroupCommand(doc, self.current, {"name": name}, self._room.status)
            )

    def ask_rename(self) -> None:
        group = self.current_group()
        if group is None:
            return
        name, ok = QInputDialog.getText(
            self._room.window,
            self.tr("Rename Group"),
            self.tr("New name:"),
            QLineEdit.EchoMode.Normal,
            group.name,
        )
        self._room.back_to_board()
        if ok:
            self.rename_current(name)

    def recolour_current(self, colour: str) -> None:
        doc = self._room.document()
        if doc is not None and self.current is not None:
            self._room.push(
                ChangeGroupCommand(doc, self.current, {"colour": colour}, self._room.status)
            )

    def remove_current(self) -> None:
        """Remove the current group; its notes stay (untagged), and undo brings it back."""
        doc = self._room.document()
        group = self.current_group()
        if doc is None or group is None:
            return
        self._room.push(RemoveGroupCommand(doc, group.id, self._room.status))
        self._room.status(
            self.tr(
                "Removed %1; its notes stay on the board (Undo brings the group back)."
            ).replace("%1", group.name),
            6000,
        )
