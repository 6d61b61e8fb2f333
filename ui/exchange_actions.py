"""File › Export and File › Import: CSV, JSON, PNG and the handout, from the open board.

Exports read the model (``exports/``) and write whole files atomically. Importing notes from
a CSV into the open board is one undoable step; importing a JSON board makes a new board file
and opens it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from canvas.commands import DocumentCommand
from canvas.error_text import error_text
from models.document import BoardDocument
from models.errors import BoardError

if TYPE_CHECKING:
    from models.added_rows import AddedRows
    from ui.main_window import MainWindow


class ImportNotesCommand(DocumentCommand):
    """Notes (and any frames, zones, groups, dots) added from a CSV, as one undo step.
    Failures go the way of every command; the last message is kept in ``error``."""

    def __init__(self, document: BoardDocument, data: bytes, frame_id: int | None) -> None:
        self.error = ""
        super().__init__(
            document,
            QCoreApplication.translate("ImportNotesCommand", "Import notes"),
            self._keep_error,
        )
        self._data, self._frame_id = data, frame_id
        self._added: AddedRows | None = None
        self.count = 0

    def _keep_error(self, problem: str | BoardError) -> None:
        self.error = error_text(problem)

    def _apply(self) -> None:
        # The exchange formats load when first used, not at start.
        from models.added_rows import added_since, put_back, row_ids
        from models.board_csv import parse as parse_csv
        from models.board_csv_import import import_rows

        if self._added is None:
            rows = parse_csv(self._data)
            before = row_ids(self._document)
            self.count = len(import_rows(self._document, rows, self._frame_id).note_ids)
            self._added = added_since(self._document, before)
        else:
            put_back(self._document, self._added)

    def _revert(self) -> None:
        from models.added_rows import take_back

        if self._added is not None:
            take_back(self._document, self._added)


class ExchangeActions(QObject):
    """Adds the Export and Import sub-menus to a main window's File menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.export_menu = QMenu(window)
        self.import_menu = QMenu(window)
        self.handout = self.export_menu.addAction("", self.export_handout)
        self.handout.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        window.addAction(self.handout)
        self.csv = self.export_menu.addAction("", self.export_csv)
        self.json = self.export_menu.addAction("", self.export_json)
        self.png = self.export_menu.addAction("", self.export_png)
        self.csv_in = self.import_menu.addAction("", self.import_notes)
        self.json_in = self.import_menu.addAction("", self.import_board)
        self.retranslate()

    def install(self, file_menu: QMenu, before: QAction | None = None) -> None:
        file_menu.insertMenu(before, self.export_menu) if before else file_menu.addMenu(
            self.export_menu
        )
        file_menu.insertMenu(before, self.import_menu) if before else file_menu.addMenu(
            self.import_menu
        )

    def retranslate(self) -> None:
        self.export_menu.setTitle(self.tr("E&xport"))
        self.import_menu.setTitle(self.tr("&Import"))
        self.handout.setText(self.tr("&Handout (PDF)…"))
        self.csv.setText(self.tr("Notes as &CSV…"))
        self.json.setText(self.tr("Board as &JSON…"))
        self.png.setText(self.tr("&Picture (PNG)…"))
        self.csv_in.setText(self.tr("Notes from a &CSV file…"))
        self.json_in.setText(self.tr("Board from a &JSON file…"))

    def set_enabled(self, has_board: bool, writable: bool) -> None:
        self.export_menu.setEnabled(has_board)
        self.csv_in.setEnabled(writable)

    # --- exports --------------------------------------------------------------------------
    def _target(self, caption: str, suffix: str, filter_text: str) -> Path | None:
        document = self._window.document
        if document is None:
            return None
        start = str(document.path.with_suffix(suffix))
        name, _ = QFileDialog.getSaveFileName(self._window, caption, start, filter_text)
        if not name:
            return None
        return Path(name if name.lower().endswith(suffix) else name + suffix)

    def _report(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    def export_handout(self) -> None:
        from ui.export_dialog import ExportDialog

        if self._window.document is not None:
            ExportDialog(self._window.document, self._window).open()

    def export_csv(self, path: Path | None = None) -> bool:
        path = path or self._target(self.tr("Export Notes as CSV"), ".csv", "CSV (*.csv)")
        from exports.exchange import write_csv

        return self._export(path, lambda doc, p: write_csv(doc, p))

    def export_json(self, path: Path | None = None) -> bool:
        path = path or self._target(self.tr("Export Board as JSON"), ".json", "JSON (*.json)")
        from exports.exchange import write_json

        return self._export(path, lambda doc, p: write_json(doc, p))

    def export_png(self, path: Path | None = None, width: int | None = None) -> bool:
        from exports.png import write_png

        if width is None:
            width, ok = QInputDialog.getInt(
                self._window,
                self.tr("Export Picture"),
                self.tr("Width in pixels:"),
                2400,
                400,
                12000,
                200,
            )
            if not ok:
                return False
        path = path or self._target(self.tr("Export Picture"), ".png", "PNG (*.png)")
        return self._export(path, lambda doc, p: write_png(doc, p, width=width))

    def _export(self, path: Path | None, write: object) -> bool:
        document = self._window.document
        if path is None or document is None:
            return False
        try:
            write(document, path)  # type: ignore[operator]
        except BoardError as error:
            self._window.alert(self.tr("Export failed"), error_text(error))
            return False
        self._report(self.tr("Saved %1").replace("%1", str(path)))
        return True

    # --- imports --------------------------------------------------------------------------
    def import_notes(self, path: Path | None = None, frame_id: int | None = None) -> bool:
        window = self._window
        if window.document is None or window.undo_stack is None:
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                window, self.tr("Import Notes"), "", self.tr("CSV files (*.csv *.txt)")
            )
            if not name:
                return False
            path = Path(name)
        from exports.exchange import read_input

        try:
            data = read_input(path)
        except BoardError as error:
            window.alert(self.tr("Import failed"), error_text(error))
            return False
        command = ImportNotesCommand(window.document, data, frame_id)
        window.undo_stack.push(command)
        if command.error:
            window.alert(self.tr("Nothing was imported"), command.error)
            return False
        self._report(self.tr("%n notes imported", "", command.count))
        return True

    def import_board(self, source: Path | None = None, board: Path | None = None) -> bool:
        """A JSON board becomes a new board file, which then opens."""
        window = self._window
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                window, self.tr("Import Board"), "", self.tr("JSON files (*.json)")
            )
            if not name:
                return False
            source = Path(name)
        if board is None:
            name, _ = QFileDialog.getSaveFileName(
                window,
                self.tr("Save the Imported Board As"),
                str(source.with_suffix(".pajalauta")),
                self.tr("Pajalauta boards (*.pajalauta)"),
            )
            if not name:
                return False
            board = Path(name)
        if board.exists():
            QMessageBox.warning(
                window, self.tr("Import Board"), self.tr("Choose a name that is not in use yet.")
            )
            return False
        from exports.exchange import import_file

        try:
            import_file(source, board)
        except BoardError as error:
            window.alert(self.tr("Import failed"), error_text(error))
            return False
        return window.open_path(board)
