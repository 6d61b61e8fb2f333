"""The window's QActions: names, standard shortcuts and menus, in one place.

Actions that act on the board forward to the current :class:`canvas.view.BoardView` by slot
name, so one set of actions serves whichever board is open. Undo/Redo come from a QUndoGroup and
follow the active board's stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QUndoGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from models.palette import PALETTE

Key = QKeySequence.StandardKey

# Colour names, translated through the same context as the menus.
COLOUR_LABELS = {
    "yellow": "Yellow", "orange": "Orange", "pink": "Pink", "green": "Green",
    "blue": "Blue", "purple": "Purple", "grey": "Grey", "white": "White",
}


def swatch_icon(hex_colour: str, size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_colour))
    return QIcon(pixmap)


class BoardActions(QObject):
    """Every menu action of the main window. ``view_slot`` calls a slot on the current view."""

    def __init__(self, window: QWidget, undo_group: QUndoGroup,
                 view_slot: Callable[[str], Callable[[], None]]) -> None:
        super().__init__(window)
        self._window = window
        make = self._make
        # File
        self.new_board = make(self.tr("&New Board…"), Key.New)
        self.open_board = make(self.tr("&Open Board…"), Key.Open)
        self.open_demo = make(self.tr("Open the &Example Board"))
        self.save_copy = make(self.tr("Save a &Copy…"))
        self.save_as = make(self.tr("Save &As…"), Key.SaveAs)
        self.board_info = make(self.tr("Workshop &Details…"))
        self.close_board = make(self.tr("&Close Board"), Key.Close)
        self.quit = make(self.tr("&Quit"), Key.Quit)
        # Edit
        self.undo = undo_group.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(Key.Undo))
        self.redo = undo_group.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcuts(QKeySequence.keyBindings(Key.Redo))
        self.new_note = make(self.tr("New &Note"), "Ctrl+Return", view_slot("new_note"))
        self.edit_note = make(self.tr("&Edit Text"), "F2", view_slot("edit_selected"))
        self.cut = make(self.tr("Cu&t"), Key.Cut, view_slot("cut_selected"))
        self.copy = make(self.tr("&Copy"), Key.Copy, view_slot("copy_selected"))
        self.paste = make(self.tr("&Paste"), Key.Paste, view_slot("paste"))
        self.duplicate = make(self.tr("D&uplicate"), "Ctrl+D", view_slot("duplicate_selected"))
        self.delete = make(self.tr("&Delete"), Key.Delete, view_slot("delete_selected"))
        self.delete.setShortcuts([QKeySequence(Key.Delete), QKeySequence("Backspace")])
        self.select_all = make(self.tr("Select &All"), Key.SelectAll, view_slot("select_all"))
        self.front = make(self.tr("Bring to &Front"), "Ctrl+Shift+]", view_slot("bring_to_front"))
        self.back = make(self.tr("Send to &Back"), "Ctrl+Shift+[", view_slot("send_to_back"))
        self.grow = make(self.tr("&Grow to Fit Text"), "Ctrl+G", view_slot("grow_selected_to_fit"))
        self.colours: dict[str, QAction] = {}
        for index, (name, hex_colour) in enumerate(PALETTE.items(), start=1):
            action = make(self.tr(COLOUR_LABELS[name]), f"Alt+{index}")
            action.setIcon(swatch_icon(hex_colour))
            action.setData(hex_colour)
            self.colours[name] = action
        # View
        self.zoom_in = make(self.tr("Zoom &In"), Key.ZoomIn, view_slot("zoom_in"))
        self.zoom_in.setShortcuts([QKeySequence(Key.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = make(self.tr("Zoom &Out"), Key.ZoomOut, view_slot("zoom_out"))
        self.zoom_fit = make(self.tr("&Fit Whole Board"), "Ctrl+0", view_slot("zoom_to_fit"))
        self.zoom_reset = make(self.tr("&Actual Size (100 %)"), "Ctrl+1", view_slot("zoom_reset"))
        self.zoom_selection = make(
            self.tr("Fit &Selection"), "Ctrl+2", view_slot("zoom_to_selection")
        )
        self.history = make(self.tr("Undo &History"), "Ctrl+H")
        self.history.setCheckable(True)
        self.full_screen = make(self.tr("F&ull Screen"), Key.FullScreen)
        self.full_screen.setCheckable(True)
        # Help
        self.shortcuts = make(self.tr("&Keyboard Shortcuts"), Key.HelpContents)
        self.about = make(self.tr("&About Pajalauta"))

    def _make(self, text: str, shortcut: QKeySequence.StandardKey | str | None = None,
              slot: Callable[[], None] | None = None) -> QAction:
        action = QAction(text, self._window)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def board_actions(self) -> list[QAction]:
        """Actions that need an open (writable) board."""
        return [
            self.new_note, self.edit_note, self.cut, self.paste, self.duplicate, self.delete,
            self.front, self.back, self.grow, *self.colours.values(),
        ]

    def view_actions(self) -> list[QAction]:
        """Actions that need an open board, read-only or not."""
        return [
            self.copy, self.select_all, self.zoom_in, self.zoom_out, self.zoom_fit,
            self.zoom_reset, self.zoom_selection, self.save_copy, self.save_as,
            self.close_board, self.board_info,
        ]

    def build_menus(self, bar: QMenuBar, recent_menu: QMenu) -> None:
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_board, self.open_board])
        file_menu.addMenu(recent_menu)
        file_menu.addAction(self.open_demo)
        file_menu.addSeparator()
        file_menu.addActions([self.save_copy, self.save_as, self.board_info])
        file_menu.addSeparator()
        file_menu.addActions([self.close_board, self.quit])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.new_note, self.edit_note])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit_menu.addAction(self.select_all)
        edit_menu.addSeparator()
        colour_menu = edit_menu.addMenu(self.tr("&Colour"))
        colour_menu.addActions(list(self.colours.values()))
        edit_menu.addActions([self.front, self.back, self.grow])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset, self.zoom_fit,
                              self.zoom_selection])
        view_menu.addSeparator()
        view_menu.addActions([self.history, self.full_screen])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts, self.about])
