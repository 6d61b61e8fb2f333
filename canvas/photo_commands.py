"""The undo step that adds photos: image rows and their cards, one transaction, one step.

Undo takes back exactly the rows the step added (an image already in the board, reused by
its checksum, stays); redo puts the same rows back with the same ids, so the cards, their
votes and any later steps that name them stay valid. Only the rows this step made are read
or kept: the GUI thread never reads a photo back that it has just written.
"""

from __future__ import annotations

from collections.abc import Sequence

from canvas.commands import Reporter, _DocumentCommand
from models.document import BoardDocument
from models.images import ImageRecord, ImageStore
from models.membership import settle
from models.records import NoteData, NotePatch


class AddPhotosCommand(_DocumentCommand):
    """Store each photo's bytes and create its card (``patches[i]`` shows ``images[i]``; a
    ``None`` image is a plain note pasted along with photos)."""

    def __init__(
        self,
        document: BoardDocument,
        patches: Sequence[NotePatch],
        images: Sequence[bytes | None],
        text: str,
        report: Reporter,
        digests: Sequence[str] = (),
    ) -> None:
        super().__init__(document, text, report)
        self._patches = list(patches)
        self._images = list(images)
        self._digests = list(digests) or [""] * len(self._images)
        self._ids: list[int] = []
        self._new_images: list[int] = []
        self._removed: list[NoteData] = []
        self._taken: list[ImageRecord] = []

    @property
    def ids(self) -> list[int]:
        """Ids of the created cards (empty until the first successful redo)."""
        return list(self._ids)

    def _apply(self) -> None:
        store = ImageStore(self._document)
        if self._ids:
            with self._document.write():
                store.put_back(self._taken)
                self._document.notes.restore(self._removed)
            self._taken, self._removed = [], []
            return
        with self._document.write():
            patches: list[NotePatch] = []
            new_images: list[int] = []
            for patch, data, digest in zip(self._patches, self._images, self._digests, strict=True):
                patch = NotePatch(**patch)
                if data is not None:
                    image_id, new = store.add_new(data, digest=digest or None)
                    patch["image_id"] = image_id
                    if new:
                        new_images.append(image_id)
                patches.append(patch)
            ids = self._document.notes.add(patches)
            settle(self._document, ids)
        self._ids, self._new_images = ids, new_images
        self._images = []  # the rows hold the bytes now

    def _revert(self) -> None:
        with self._document.write():
            removed = self._document.notes.remove(self._ids)
            taken = ImageStore(self._document).take(self._new_images)
        self._removed, self._taken = removed, taken
