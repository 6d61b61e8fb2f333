"""The undo step that adds photos: image rows and their cards, one transaction, one step.

Undo takes back exactly the rows the step added (an image already in the board, reused by
its checksum, stays); redo puts the same rows back with the same ids, so the cards, their
votes and any later steps that name them stay valid.
"""

from __future__ import annotations

from collections.abc import Sequence

from canvas.card_theme import follow_themes
from canvas.commands import Reporter, _DocumentCommand
from models.added_rows import AddedRows, added_since, put_back, row_ids, take_back
from models.document import BoardDocument
from models.images import ImageStore
from models.records import NotePatch


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
    ) -> None:
        super().__init__(document, text, report)
        self._patches = list(patches)
        self._images = list(images)
        self._added: AddedRows | None = None

    @property
    def ids(self) -> list[int]:
        """Ids of the created cards (empty until the first successful redo)."""
        return self._added.ids("note") if self._added is not None else []

    def _apply(self) -> None:
        if self._added is not None:
            put_back(self._document, self._added)
            return
        before = row_ids(self._document)
        store = ImageStore(self._document)
        with self._document.write():
            patches: list[NotePatch] = []
            for patch, data in zip(self._patches, self._images, strict=True):
                patch = dict(patch)  # type: ignore[assignment]
                if data is not None:
                    patch["image_id"] = store.add(data)
                patches.append(patch)
            ids = self._document.notes.add(patches)
            self._document.frames.assign_zones(ids)
            follow_themes(self._document, ids)
        self._added = added_since(self._document, before)
        self._images = []  # the rows hold the bytes now

    def _revert(self) -> None:
        if self._added is not None:
            take_back(self._document, self._added)
