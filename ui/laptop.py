"""The shared laptop's safety rails, installed on the main window in one call.

- a note's own right-click menu (:mod:`ui.note_menu`);
- no toolbar/dock menu from a stray right-click, so the room bars cannot be hidden by it;
- paste goes into the cell the quick-note box targets when the pointer is not on the board.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ui.note_menu import NoteMenus

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _targeted_zone(window: MainWindow) -> int | None:
    """The cell the quick-note box writes into, if the room has one chosen."""
    room = getattr(window, "room", None)
    quick = getattr(room, "quick", None)
    target = getattr(quick, "target_zone", None)
    value = target() if callable(target) else None
    return value if isinstance(value, int) else None


def install(window: MainWindow) -> NoteMenus:
    """Add the note menu and the rails to ``window`` (once, when it is built)."""
    # QMainWindow offers a menu that hides toolbars and docks on any right-click that no
    # widget takes; on a shared laptop one such click hid the groups bar.
    window.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    menus = NoteMenus(window)
    window.note_menus = menus  # type: ignore[attr-defined]

    def follow_board() -> None:
        view = window.view
        if view is not None:
            view.paste_target = lambda: _targeted_zone(window)

    window.boardChanged.connect(follow_board)
    follow_board()
    return menus
