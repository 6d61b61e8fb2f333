"""Insert › Photo…, and the window's side of adding photos: progress and what happened.

The canvas does the work (:mod:`canvas.photo_input`); this module offers the file dialog,
shows a batch's progress (with Cancel) while the photos are prepared in the background, and
says in the status bar what was added and which photos were scaled down from what size.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from canvas.photo_input import PhotoInput

if TYPE_CHECKING:
    from canvas.photo_batch import PhotoBatch  # loads with the first photo
    from ui.main_window import MainWindow

PROGRESS_AFTER_MS = 300
"""A batch quicker than this shows no progress dialog at all."""


class PhotoActions(QObject):
    """Insert › Photo… for one main window, following whichever board it shows."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._input: PhotoInput | None = None
        self.dialog: QFileDialog | None = None
        self.progress: QProgressDialog | None = None
        self.insert_photo = QAction(window)
        self.insert_photo.triggered.connect(lambda _checked=False: self.choose())
        window.addAction(self.insert_photo)
        self._place_in_menu()
        self.retranslate()
        window.boardChanged.connect(self._board_changed)
        window.installEventFilter(self)
        self._board_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _place_in_menu(self) -> None:
        templates = getattr(self._window, "template_actions", None)
        menu = getattr(templates, "insert_menu", None)
        if menu is None:
            menu = self._window.acts.menus["edit"]
        actions = menu.actions()
        card: QAction | None = getattr(templates, "new_card", None)
        index = actions.index(card) if card is not None and card in actions else -1
        if 0 <= index < len(actions) - 1:
            menu.insertAction(actions[index + 1], self.insert_photo)
        else:
            menu.addAction(self.insert_photo)

    def retranslate(self) -> None:
        self.insert_photo.setText(self.tr("&Photo…"))
        self.insert_photo.setStatusTip(
            self.tr(
                "Add photos from files (JPEG, PNG, WebP); you can also drop them on the board or "
                "paste a picture"
            )
        )

    def _board_changed(self) -> None:
        view = self._window.view
        document = self._window.document
        self.insert_photo.setEnabled(
            view is not None and document is not None and not document.read_only
        )
        photos = getattr(view, "photos", None)
        if photos is not None and photos is not self._input:
            self._input = photos
            photos.batchStarted.connect(self._show_progress)
            photos.photosAdded.connect(self._tell_added)

    # --- choosing files ---------------------------------------------------------------------
    def choose(self) -> QFileDialog | None:
        """Open the file dialog (not blocking); the chosen files are added when it closes."""
        if self._input is None or not self.insert_photo.isEnabled():
            return None
        dialog = QFileDialog(self._window, self.tr("Insert Photos"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [
                self.tr("Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.gif)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._files_chosen)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _files_chosen(self, names: list[str]) -> None:
        self.dialog = None
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> PhotoBatch | None:
        view = self._window.view
        if self._input is None or view is None or not paths:
            return None
        centre = view.mapToScene(view.viewport().rect().center())
        return self._input.add_files(paths, QPointF(centre))

    # --- while and after --------------------------------------------------------------------
    def _show_progress(self, batch: PhotoBatch) -> None:
        progress = QProgressDialog(
            self.tr("Preparing photos…"), self.tr("Cancel"), 0, len(batch), self._window
        )
        progress.setWindowTitle(self.tr("Insert Photos"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_AFTER_MS)
        progress.setAutoClose(True)
        progress.setValue(0)
        progress.canceled.connect(batch.cancel)
        batch.progressed.connect(lambda done, _total: progress.setValue(done))
        batch.finished.connect(progress.reset)
        batch.destroyed.connect(progress.deleteLater)
        self.progress = progress

    def _tell_added(self, ids: list[int]) -> None:
        document = self._window.document
        if document is None:
            return
        notes = document.notes.many(ids)
        scaled = [note.fields for note in notes if "original" in note.fields]
        message = self.tr("Added %n photo(s).", "", len(notes))
        for fields in scaled:
            message += " " + self.tr("“%1” was scaled down from %2 to %3 pixels.").replace(
                "%1", fields.get("file", "")
            ).replace("%2", fields["original"]).replace("%3", fields.get("pixels", ""))
        self._window.statusBar().showMessage(message, 10_000)


def install(window: MainWindow) -> PhotoActions:
    """Add Insert › Photo… to ``window`` (once, after the template menus)."""
    actions = PhotoActions(window)
    window.photo_actions = actions  # type: ignore[attr-defined]
    return actions
