"""File › New, Open, Save a Copy, Save As and the example board, for one main window.

Each flow takes an optional path so it can be driven without a dialog (tests, command line);
with no path it asks with Qt's file dialog.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFile, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from canvas.error_text import error_text
from models.demo import DEMO_FILE, create_demo_board
from models.document import BOARD_SUFFIX, BoardDocument
from models.errors import BoardError
from ui.first_look import show_first_frame
from ui.i18n import current_language
from ui.notice_box import notice
from ui.settings import BOARD_FILTER, boards_folder

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == BOARD_SUFFIX else path.with_name(path.name + BOARD_SUFFIX)


def ui_language() -> str:
    return current_language()


class BoardFiles(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._told_gone: weakref.ref[BoardDocument] | None = None
        """The board whose deleted file the user was told about (once per board)."""

    def _ask_save_path(self, caption: str, suggestion: str) -> Path | None:
        start = str(boards_folder() / suggestion)
        name, _ = QFileDialog.getSaveFileName(
            self._window, caption, start, self.tr(str(BOARD_FILTER))
        )
        return with_suffix(Path(name)) if name else None

    def _make_room(self, path: Path) -> bool:
        """The user confirmed replacing ``path``: move the old file to the trash, never delete."""
        if not path.exists():
            return True
        current = self._window.document
        if current is not None and current.path.resolve() == path.resolve():
            self._window.alert(
                self.tr("Cannot replace the open board"),
                self.tr("Choose another name: this board is open now."),
            )
            return False
        if QFile.moveToTrash(str(path)):
            return True
        self._window.alert(
            self.tr("Cannot replace the file"),
            self.tr("“%1” could not be moved to the trash; choose another name.").replace(
                "%1", path.name
            ),
        )
        return False

    def new_board(self, path: Path | None = None, title: str = "") -> bool:
        path = path or self._ask_save_path(self.tr("New Board"), self.tr("New workshop"))
        if path is None or not self._make_room(path):
            return False
        try:
            document = BoardDocument.create(path, title=title or path.stem, language=ui_language())
            document.groups.ensure_defaults(ui_language())
        except BoardError as error:
            self._window.alert(
                self.tr("Cannot create the board"), error_text(error), QMessageBox.Icon.Critical
            )
            return False
        self._window.show_document(document)
        from ui.board_info_dialog import ask_new_board_details

        self.details_dialog = ask_new_board_details(self._window)
        return True

    def open_board(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self._window,
                self.tr("Open Board"),
                str(boards_folder()),
                self.tr(str(BOARD_FILTER)),
            )
            if not name:
                return False
            path = Path(name)
        return self._window.open_path(path)

    def open_demo(self, folder: Path | None = None) -> bool:
        language = ui_language()
        path = (folder or boards_folder()) / DEMO_FILE[language]
        if path.exists():
            opened = self._window.open_path(path)
        else:
            try:
                document = create_demo_board(path, language)
            except BoardError as error:
                self._window.alert(
                    self.tr("Cannot create the example board"),
                    error_text(error),
                    QMessageBox.Icon.Critical,
                )
                return False
            self._window.show_document(document)
            opened = True
        if opened:  # after the window's own fit (also queued), the first frame, readable
            QTimer.singleShot(0, lambda: show_first_frame(self._window))
        return opened

    def save_copy(self, path: Path | None = None) -> Path | None:
        """Write a copy and keep working on the current board."""
        document = self._window.document
        if document is None:
            return None
        suggestion = self.tr("%1 (copy)").replace("%1", document.path.stem)
        path = path or self._ask_save_path(self.tr("Save a Copy"), suggestion)
        if path is None or not self._make_room(path):
            return None
        try:
            document.save_copy(path)
        except BoardError as error:
            self._window.alert(self.tr("The copy was not saved"), error_text(error))
            return None
        self._window.statusBar().showMessage(
            self.tr("Copy saved as %1").replace("%1", str(path)), 6000
        )
        return path

    def save_as(self, path: Path | None = None) -> bool:
        """Copy the board to ``path`` and continue working there (the original stays as it was)."""
        document = self._window.document
        if document is None:
            return False
        path = path or self._ask_save_path(self.tr("Save As"), document.path.stem)
        if path is None:
            return False
        # A note still in the quick box goes on this board first, so the copy has it: the
        # board closes next, and the box's note would land in the file left behind.
        self._window.room.quick.board_closing()
        copied = self.save_copy(path)
        if copied is not None and copied.resolve() == document.path.resolve():
            self._window.close_board()  # its file was deleted: work goes on in the new one
        return copied is not None and self._window.open_path(copied)

    def file_gone(self) -> bool:
        """Whether another program deleted or replaced the open board's file; says so once
        per board in a box, since every change from then on lives only in this window."""
        document = self._window.document
        if document is None or document.read_only or not document.file_gone():
            return False
        if self._told_gone is None or self._told_gone() is not document:
            self._told_gone = weakref.ref(document)
            notice(
                self._window,
                self.tr("The board file is gone"),
                self.tr(
                    "“%1” was deleted or replaced by another program. Everything is still "
                    "here in the window, but not in a file: choose File › Save As… now (the "
                    "same name is fine) to keep it."
                ).replace("%1", document.path.name),
                QMessageBox.Icon.Critical,
            )
        return True

    def edit_board_info(self) -> None:
        from ui.board_info_dialog import BoardInfoDialog

        window = self._window
        if window.document is None or window.undo_stack is None:
            return
        BoardInfoDialog(window.document, window.undo_stack, window).open()
