"""File › Export Handout…: choose sections and paper, then write the PDF off the GUI thread.

The board is read into an immutable snapshot on the GUI thread (tens of milliseconds); the
slow part, laying out and writing the PDF, runs in a QThreadPool worker that touches neither
SQLite nor Qt widgets. Progress arrives through a queued signal; Cancel sets an event the writer
polls. The writer replaces the target only when the file is complete. When it is written, a
message says where, with "Open" and "Show in Folder" (the desktop's own PDF viewer and file
manager, through QDesktopServices).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canvas.error_text import error_text
from exports.handout import SECTIONS, ExportCancelled, section_titles, write_handout
from models.document import BoardDocument
from models.errors import BoardError
from models.snapshot import BoardSnapshot, take_snapshot


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(str)
    failed = Signal(str)
    cancelled = Signal()


class HandoutJob(QRunnable):
    def __init__(
        self, snapshot: BoardSnapshot, target: Path, page_size: str, sections: list[str]
    ) -> None:
        super().__init__()
        self.signals = _Signals()
        self.cancel_event = threading.Event()
        self._snapshot, self._target = snapshot, target
        self._page_size, self._sections = page_size, sections

    def run(self) -> None:
        try:
            result = write_handout(
                self._snapshot,
                self._target,
                page_size=self._page_size,
                sections=self._sections,
                progress=self.signals.progress.emit,
                cancel=self.cancel_event.is_set,
            )
        except ExportCancelled:
            self.signals.cancelled.emit()
        except BoardError as error:
            self.signals.failed.emit(error_text(error))
        except Exception as error:  # the UI must hear of any failure, never hang
            self.signals.failed.emit(str(error))
        else:
            self.signals.done.emit(str(result.path))


class ExportDialog(QDialog):
    """Sections, paper size and file name; a progress bar while the handout is written."""

    def __init__(self, document: BoardDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Handout"))
        self._document = document
        self._job: HandoutJob | None = None
        self.done_box: QMessageBox | None = None
        language = document.info().language
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.path_edit = QLineEdit(str(document.path.with_suffix(".pdf")))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        self.page_size = QComboBox()
        self.page_size.addItem("A4", "A4")
        self.page_size.addItem("Letter", "Letter")
        form.addRow(self.tr("Paper"), self.page_size)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Sections (the cover and contents are always there):")))
        self.sections: dict[str, QCheckBox] = {}
        for key, title in section_titles(language).items():
            box = QCheckBox(title)
            box.setChecked(True)
            self.sections[key] = box
            layout.addWidget(box)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel_or_close)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def chosen_sections(self) -> list[str]:
        return [key for key in SECTIONS if key in self.sections and self.sections[key].isChecked()]

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Handout"), self.path_edit.text(), self.tr("PDF (*.pdf)")
        )
        if name:
            self.path_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def start(self) -> None:
        """Begin writing; returns at once (the job runs on the thread pool)."""
        if self._job is not None:
            return
        target = Path(self.path_edit.text()).expanduser()
        try:
            snapshot = take_snapshot(self._document)
        except BoardError as error:
            self.status.setText(error_text(error))
            return
        job = HandoutJob(
            snapshot, target, str(self.page_size.currentData()), self.chosen_sections()
        )
        job.signals.progress.connect(self._on_progress)
        job.signals.done.connect(self._on_done)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self._job = job
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Writing the handout…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        QThreadPool.globalInstance().start(job)

    def cancel_or_close(self) -> None:
        if self._job is not None:
            self._job.cancel_event.set()
            self.status.setText(self.tr("Cancelling…"))
        else:
            super().reject()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self, text: str) -> None:
        self._job = None
        self.status.setText(text)
        self.progress.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _on_done(self, path: str) -> None:
        self._finish(self.tr("Saved: %1").replace("%1", path))
        self.accept()
        self.done_box = self.tell_done(Path(path))

    def tell_done(self, path: Path) -> QMessageBox:
        """The handout is written: say where, and offer to open it or its folder."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Handout Ready"),
            self.tr("The handout was saved as “%1”.").replace("%1", path.name),
            QMessageBox.StandardButton.NoButton,
            self.parentWidget(),
        )
        box.setInformativeText(str(path.parent))
        open_file = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        show_folder = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_file)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            clicked = box.clickedButton()
            if clicked is open_file:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            elif clicked is show_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

        box.finished.connect(answered)
        box.open()
        return box

    def _on_failed(self, message: str) -> None:
        self._finish(message)

    def _on_cancelled(self) -> None:
        self._finish(self.tr("Cancelled; no file was written."))

    def reject(self) -> None:
        """Closing the window while writing cancels the export first."""
        if self._job is not None:
            self.cancel_or_close()
            return
        super().reject()

    def is_busy(self) -> bool:
        return self._job is not None
