"""Photos coming into a board view: dropped files, pasted pictures, chosen files.

Each way in ends the same: a :class:`~canvas.photo_batch.PhotoBatch` prepares the pictures on
worker threads, then one :class:`~canvas.photo_commands.AddPhotosCommand` adds them all as
one undo step, centred where they were dropped (fitting the cell there) or in the view.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QPointF, Signal
from PySide6.QtGui import QImage, QUndoStack

from canvas import clipboard
from canvas.commands import Reporter
from canvas.photo_commands import AddPhotosCommand
from canvas.scene import BoardScene
from canvas.undo_text import Undo
from models.photos import photo_patches

if TYPE_CHECKING:  # the batch and the picture code load with the first photo, not at start
    from canvas.photo_batch import Job, PhotoBatch
    from canvas.photo_prepare import PreparedPhoto

PHOTO_SUFFIXES = frozenset(
    {
        ".jpg",
        ".jpeg",
        ".jfif",
        ".png",
        ".webp",
        ".gif",
        ".heic",
        ".heif",
        ".avif",
        ".bmp",
        ".tif",
        ".tiff",
    }
)
"""Files a drop offers to take; anything else in a drop is left to others (and a file
renamed to one of these but holding something else is refused with a message)."""

translate = QCoreApplication.translate


def image_paths(mime: QMimeData) -> list[Path]:
    """Local files in ``mime`` that look like pictures, in the order given."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in PHOTO_SUFFIXES]


class PhotoInput(QObject):
    """Adds photos to one scene through one undo stack."""

    batchStarted = Signal(object)
    """A :class:`PhotoBatch` began (the window may show its progress)."""
    photosAdded = Signal(list)
    """Ids of the cards one batch added."""

    def __init__(
        self,
        scene: BoardScene,
        undo_stack: QUndoStack,
        report: Reporter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scene = scene
        self._stack = undo_stack
        self._report = report
        self._batches: list[PhotoBatch] = []
        self.group_id: int | None = None
        """The group writing now (the view keeps it current): photos join it like notes."""

    def busy(self) -> bool:
        return bool(self._batches)

    # --- ways in ----------------------------------------------------------------------------
    def accepts(self, mime: QMimeData) -> bool:
        """Whether a drag carries something this adds (picture files or picture data)."""
        return bool(image_paths(mime)) or mime.hasImage()

    def drop(self, mime: QMimeData, scene_pos: QPointF) -> bool:
        """Add what ``mime`` carries where it was dropped; False if it holds no pictures."""
        paths = image_paths(mime)
        if paths:
            self.add_files(paths, scene_pos)
            return True
        if mime.hasImage():
            self.add_image(QImage(mime.imageData()), scene_pos)
            return True
        return False

    def paste(self, mime: QMimeData, centre: QPointF, group_id: int | None) -> bool:
        """Paste copied photo cards, a picture or picture files; False leaves the paste to
        the note clipboard (text and copied notes)."""
        photos = clipboard.photo_payload(mime)
        if photos is not None:
            self._paste_cards(mime, photos, centre, group_id)
            return True
        if mime.hasFormat(clipboard.MIME_TYPE):
            return False
        if mime.hasImage():
            self.add_image(QImage(mime.imageData()), centre)
            return True
        paths = image_paths(mime)
        if paths:
            self.add_files(paths, centre)
            return True
        return False

    def add_files(self, paths: Sequence[Path], centre: QPointF) -> PhotoBatch:
        from canvas.photo_prepare import prepare_file

        jobs: list[Job] = [partial(prepare_file, Path(path)) for path in paths]
        return self._start(jobs, centre)

    def add_image(self, image: QImage, centre: QPointF) -> PhotoBatch:
        from canvas.photo_prepare import prepare_image

        return self._start([partial(prepare_image, image.copy())], centre)

    # --- doing it ---------------------------------------------------------------------------
    def _start(self, jobs: list[Job], centre: QPointF) -> PhotoBatch:
        from canvas.photo_batch import PhotoBatch

        batch = PhotoBatch(jobs, self)
        self._batches.append(batch)
        batch.finished.connect(lambda: self._finish(batch, QPointF(centre)))
        self.batchStarted.emit(batch)
        batch.start()
        return batch

    def _finish(self, batch: PhotoBatch, centre: QPointF) -> None:
        if batch in self._batches:
            self._batches.remove(batch)
        batch.deleteLater()
        refused = batch.refused
        prepared = batch.prepared
        if prepared and not batch.cancelled:
            self._add(prepared, centre)
        if refused and not batch.cancelled:
            self._report("\n\n".join(refused))

    def _add(self, prepared: list[PreparedPhoto], centre: QPointF) -> None:
        document = self._scene.document
        zone_id = document.frames.zone_at(centre.x(), centre.y())
        zone = document.frames.zone(zone_id) if zone_id is not None else None
        room = (zone.width, zone.height) if zone is not None else None
        patches = photo_patches([p.facts for p in prepared], (centre.x(), centre.y()), room)
        for patch in patches:
            patch["group_id"] = self.group_id
        text = Undo.tr("Add %n photo(s)", "", len(prepared))
        command = AddPhotosCommand(
            document,
            patches,
            [p.data for p in prepared],
            text,
            self._report,
            [p.digest for p in prepared],
        )
        self._stack.push(command)
        ids = command.ids
        if not ids:
            return
        for note, photo in zip(document.notes.many(ids), prepared, strict=False):
            if note.image_id is not None:
                self._scene.thumbnails.seed(note.image_id, photo.preview)
        self._scene.select_notes(ids)
        self.photosAdded.emit(ids)

    def _paste_cards(
        self, mime: QMimeData, images: list[bytes | None], centre: QPointF, group_id: int | None
    ) -> None:
        try:
            patches = clipboard.patches_from_mime(mime, centre, "#FFFFFF", group_id)
        except clipboard.PasteRefused as refused:
            self._report(refused.message)
            return
        if len(patches) != len(images):
            return
        text = Undo.tr("Paste %n photo(s)", "", len(patches))
        command = AddPhotosCommand(self._scene.document, patches, images, text, self._report)
        self._stack.push(command)
        if command.ids:
            self._scene.select_notes(command.ids)
