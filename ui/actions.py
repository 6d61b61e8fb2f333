"""The window's QActions: standard shortcuts, menus and their texts, in one place.

Actions that act on the board forward to the current :class:`canvas.view.BoardView` by slot
name, so one set of actions serves whichever board is open. Undo/Redo come from a QUndoGroup and
follow the active board's stack. Texts are set in :meth:`BoardActions.retranslate`, which runs
again when the user switches language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QUndoGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from models.palette import PALETTE

Key = QKeySequence.StandardKey


def swatch_icon(hex_colour: str, size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_colour))
    return QIcon(pixmap)


class BoardActions(QObject):
    """Every menu action of the main window. ``view_slot`` calls a slot on the current view."""

    def __init__(
        self,
        window: QWidget,
        undo_group: QUndoGroup,
        view_slot: Callable[[str], Callable[[], None]],
    ) -> None:
        super().__init__(window)
        self._window = window
        make = self._make
        # File
        self.new_board = make(Key.New)
        self.open_board = make(Key.Open)
        self.open_demo = make()
        self.save_copy = make()
        self.save_as = make(Key.SaveAs)
        self.board_info = make()
        self.close_board = make(Key.Close)
        self.quit = make(Key.Quit)
        # Edit
        self.undo = undo_group.createUndoAction(window)
        self.undo.setShortcuts(QKeySequence.keyBindings(Key.Undo))
        self.redo = undo_group.createRedoAction(window)
        # Ctrl+Y redoes on every platform (the README promises it; Linux binds only
        # Ctrl+Shift+Z by default).
        redo_keys = QKeySequence.keyBindings(Key.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo.setShortcuts(redo_keys)
        window.addActions([self.undo, self.redo])
        self.new_note = make("Ctrl+Return", view_slot("new_note"))
        self.edit_note = make("F2", view_slot("edit_selected"))
        self.cut = make(Key.Cut, view_slot("cut_selected"))
        self.copy = make(Key.Copy, view_slot("copy_selected"))
        self.paste = make(Key.Paste, view_slot("paste"))
        self.duplicate = make("Ctrl+D", view_slot("duplicate_selected"))
        self.delete = make(Key.Delete, view_slot("delete_selected"))
        self.delete.setShortcuts([QKeySequence(Key.Delete), QKeySequence("Backspace")])
        self.select_all = make(Key.SelectAll, view_slot("select_all"))
        self.front = make("Ctrl+Shift+]", view_slot("bring_to_front"))
        self.back = make("Ctrl+Shift+[", view_slot("send_to_back"))
        self.grow = make("Ctrl+G", view_slot("grow_selected_to_fit"))
        self.colours: dict[str, QAction] = {}
        for index, (name, hex_colour) in enumerate(PALETTE.items(), start=1):
            action = make(f"Alt+{index}")
            action.setIcon(swatch_icon(hex_colour))
            action.setData(hex_colour)
            self.colours[name] = action
        # View
        self.zoom_in = make(Key.ZoomIn, view_slot("zoom_in"))
        self.zoom_in.setShortcuts([QKeySequence(Key.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = make(Key.ZoomOut, view_slot("zoom_out"))
        self.zoom_fit = make("Ctrl+0", view_slot("zoom_to_fit"))
        self.zoom_reset = make("Ctrl+1", view_slot("zoom_reset"))
        self.zoom_selection = make("Ctrl+2", view_slot("zoom_to_selection"))
        self.history = make("Ctrl+H")
        self.history.setCheckable(True)
        self.full_screen = make(Key.FullScreen)
        self.full_screen.setCheckable(True)
        self.languages: dict[str, QAction] = {}
        for code, name in (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")):
            action = make()
            action.setText(name)
            action.setCheckable(True)
            action.setData(code)
            self.languages[code] = action
        # Help
        self.shortcuts = make(Key.HelpContents)
        self.about = make()
        self.menus: dict[str, QMenu] = {}
        self.retranslate()

    def _make(
        self,
        shortcut: QKeySequence.StandardKey | str | None = None,
        slot: Callable[[], None] | None = None,
    ) -> QAction:
        action = QAction(self._window)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def retranslate(self) -> None:
        texts = {
            self.new_board: self.tr("&New Board…"),
            self.open_board: self.tr("&Open Board…"),
            self.open_demo: self.tr("Open the &Example Board"),
            self.save_copy: self.tr("Save a &Copy…"),
            self.save_as: self.tr("Save &As…"),
            self.board_info: self.tr("Workshop &Details…"),
            self.close_board: self.tr("&Close Board"),
            self.quit: self.tr("&Quit"),
            self.new_note: self.tr("New &Note"),
            self.edit_note: self.tr("&Edit Text"),
            self.cut: self.tr("Cu&t"),
            self.copy: self.tr("&Copy"),
            self.paste: self.tr("&Paste"),
            self.duplicate: self.tr("D&uplicate"),
            self.delete: self.tr("&Delete"),
            self.select_all: self.tr("Select &All"),
            self.front: self.tr("Bring to &Front"),
            self.back: self.tr("Send to &Back"),
            self.grow: self.tr("&Grow to Fit Text"),
            self.zoom_in: self.tr("Zoom &In"),
            self.zoom_out: self.tr("Zoom &Out"),
            self.zoom_fit: self.tr("&Fit Whole Board"),
            self.zoom_reset: self.tr("&Actual Size (100 %)"),
            self.zoom_selection: self.tr("Fit &Selection"),
            self.history: self.tr("Undo &History"),
            self.full_screen: self.tr("F&ull Screen"),
            self.shortcuts: self.tr("&Keyboard Shortcuts"),
            self.about: self.tr("&About Pajalauta"),
        }
        colour_names = {
            "yellow": self.tr("Yellow"),
            "orange": self.tr("Orange"),
            "pink": self.tr("Pink"),
            "green": self.tr("Green"),
            "blue": self.tr("Blue"),
            "purple": self.tr("Purple"),
            "grey": self.tr("Grey"),
            "white": self.tr("White"),
        }
        for action, text in texts.items():
            action.setText(text)
        # The toolbar shows these short words; the menu and tooltip say what is undone. A
        # toolbar that widened with "Undo Add note “…”" moved every button after it.
        self.undo.setIconText(
            QCoreApplication.translate("QUndoGroup", "Undo", "Default text for undo action")
        )  # Qt's own catalogue
        self.redo.setIconText(
            QCoreApplication.translate("QUndoGroup", "Redo", "Default text for redo action")
        )
        for name, action in self.colours.items():
            action.setText(colour_names[name])
        menu_titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "colour": self.tr("&Colour"),
            "view": self.tr("&View"),
            "language": self.tr("&Language"),
            "help": self.tr("&Help"),
        }
        for key, menu in self.menus.items():
            menu.setTitle(menu_titles[key])

    def board_actions(self) -> list[QAction]:
        """Actions that need an open, writable board."""
        return [
            self.new_note,
            self.edit_note,
            self.cut,
            self.paste,
            self.duplicate,
            self.delete,
            self.front,
            self.back,
            self.grow,
            *self.colours.values(),
        ]

    def view_actions(self) -> list[QAction]:
        """Actions that need an open board, read-only or not."""
        return [
            self.copy,
            self.select_all,
            self.zoom_in,
            self.zoom_out,
            self.zoom_fit,
            self.zoom_reset,
            self.zoom_selection,
            self.save_copy,
            self.save_as,
            self.close_board,
            self.board_info,
        ]

    def build_menus(self, bar: QMenuBar, recent_menu: QMenu) -> None:
        menus = self.menus
        menus["file"] = file_menu = bar.addMenu("")
        file_menu.addActions([self.new_board, self.open_board])
        file_menu.addMenu(recent_menu)
        file_menu.addAction(self.open_demo)
        file_menu.addSeparator()
        file_menu.addActions([self.save_copy, self.save_as, self.board_info])
        file_menu.addSeparator()
        file_menu.addActions([self.close_board, self.quit])
        menus["edit"] = edit_menu = bar.addMenu("")
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.new_note, self.edit_note])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit_menu.addAction(self.select_all)
        edit_menu.addSeparator()
        menus["colour"] = colour_menu = edit_menu.addMenu("")
        colour_menu.addActions(list(self.colours.values()))
        edit_menu.addActions([self.front, self.back, self.grow])
        menus["view"] = view_menu = bar.addMenu("")
        view_menu.addActions(
            [self.zoom_in, self.zoom_out, self.zoom_reset, self.zoom_fit, self.zoom_selection]
        )
        view_menu.addSeparator()
        view_menu.addActions([self.history, self.full_screen])
        view_menu.addSeparator()
        menus["language"] = language_menu = view_menu.addMenu("")
        language_menu.addActions(list(self.languages.values()))
        menus["help"] = help_menu = bar.addMenu("")
        help_menu.addActions([self.shortcuts, self.about])
        self.retranslate()
