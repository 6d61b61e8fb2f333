"""Workshop details (title, date, place, facilitators, language): one undoable change.

Asked once when a board is made from a template (prefilled with the template's name and today's
date; "Skip" keeps the board as made) and editable any time from File › Workshop Details…; the
handout's cover and page headers print them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from canvas.commands import DocumentCommand
from canvas.error_text import error_text
from models.document import BoardDocument
from models.errors import BoardError
from models.records import BoardPatch


class UpdateBoardInfoCommand(DocumentCommand):
    """Failures go the way of every command (:class:`canvas.commands.DocumentCommand`);
    the last message is kept in ``error`` for the dialog."""

    def __init__(self, document: BoardDocument, patch: BoardPatch) -> None:
        self.error = ""
        super().__init__(
            document,
            QCoreApplication.translate("UpdateBoardInfoCommand", "Workshop details"),
            self._keep_error,
        )
        self._new = patch
        self._old: BoardPatch = {}

    def _keep_error(self, problem: str | BoardError) -> None:
        self.error = error_text(problem)

    def _apply(self) -> None:
        self._old = self._document.update_info(self._new)

    def _revert(self) -> None:
        self._document.update_info(self._old)


def today_text() -> str:
    """Today as people write it on a wall: 6.3.2026."""
    today = QDate.currentDate()
    return f"{today.day()}.{today.month()}.{today.year()}"


class BoardInfoDialog(QDialog):
    """``new``: asked right after the board was made, with "Skip" instead of "Cancel"."""

    def __init__(
        self,
        document: BoardDocument,
        stack: QUndoStack,
        parent: QWidget | None = None,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop Details"))
        self._document = document
        self._stack = stack
        info = document.info()
        form = QFormLayout(self)
        if new:
            intro = QLabel(
                self.tr(
                    "The handout's cover and page headers show these. You can "
                    "change them later in File › Workshop Details…"
                )
            )
            intro.setWordWrap(True)
            form.addRow(intro)
        self.title_edit = QLineEdit(info.title)
        self.date_edit = QLineEdit(info.workshop_date or (today_text() if new else ""))
        self.date_edit.setPlaceholderText(self.tr("e.g. 6.3.2026, klo 9–12"))
        self.place_edit = QLineEdit(info.place)
        self.facilitators_edit = QPlainTextEdit(info.facilitators)
        self.facilitators_edit.setPlaceholderText(self.tr("One name per line"))
        self.language = QComboBox()
        self.language.addItem("Suomi", "fi")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(info.language)))
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Place"), self.place_edit)
        form.addRow(self.tr("Facilitators"), self.facilitators_edit)
        form.addRow(self.tr("Board language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if new:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Skip"))
        self.buttons = buttons
        form.addRow(buttons)
        self.setReadOnly(document.read_only)
        self.resize(520, 320)

    def setReadOnly(self, read_only: bool) -> None:
        for widget in (self.title_edit, self.date_edit, self.place_edit):
            widget.setReadOnly(read_only)
        self.facilitators_edit.setReadOnly(read_only)
        self.language.setEnabled(not read_only)

    def patch(self) -> BoardPatch:
        info = self._document.info()
        wanted: BoardPatch = {
            "title": self.title_edit.text().strip(),
            "workshop_date": self.date_edit.text().strip(),
            "place": self.place_edit.text().strip(),
            "facilitators": self.facilitators_edit.toPlainText().strip(),
            "language": str(self.language.currentData()),
        }
        return {
            key: value
            for key, value in wanted.items()  # type: ignore[return-value]
            if getattr(info, key) != value
        }

    def accept(self) -> None:
        if not self._document.read_only:
            patch = self.patch()
            if patch:
                command = UpdateBoardInfoCommand(self._document, patch)
                self._stack.push(command)
                if command.error:
                    QMessageBox.warning(self, self.windowTitle(), command.error)
                    return
        super().accept()


def ask_new_board_details(window: QWidget) -> BoardInfoDialog | None:
    """Right after a board was made: ask for its workshop details (window-modal, prefilled,
    "Skip" keeps the board as made). ``window`` is the main window showing the new board."""
    document = getattr(window, "document", None)
    stack = getattr(window, "undo_stack", None)
    if not isinstance(document, BoardDocument) or not isinstance(stack, QUndoStack):
        return None
    dialog = BoardInfoDialog(document, stack, window, new=True)
    room = getattr(window, "room", None)
    if room is not None:
        dialog.finished.connect(lambda _result: room.back_to_board())
    dialog.open()
    return dialog
