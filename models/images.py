"""Images kept inside the board file, so a board stays one self-contained file.

The model never decodes image bytes (no Qt here); it checks the size limit and recognises the
format from the first bytes, so a renamed or random file is refused before it is stored.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from models.clock import now_iso
from models.errors import LimitError
from models.limits import MAX_IMAGE_BYTES
from models.schema import ImageRow

if TYPE_CHECKING:
    from models.document import BoardDocument

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def sniff_mime(data: bytes) -> str | None:
    """The image type from its signature, or ``None`` for anything we do not store."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


class ImageStore:
    def __init__(self, document: BoardDocument) -> None:
        self._doc = document

    def add(self, data: bytes, caption: str = "") -> int:
        """Store an image (an identical one already stored is reused); returns its id."""
        if len(data) > MAX_IMAGE_BYTES:
            raise LimitError(
                "The image is {size} MB; a board accepts images up to {limit} MB. Make it "
                "smaller and add it again.",
                size=round(len(data) / 1_048_576, 1), limit=MAX_IMAGE_BYTES // 1_048_576,
            )
        mime = sniff_mime(data)
        if mime is None:
            raise LimitError("That file is not a PNG, JPEG, GIF or WebP image.")
        digest = hashlib.sha256(data).hexdigest()
        with self._doc.write() as conn:
            existing = conn.execute(select(ImageRow.id).where(ImageRow.sha256 == digest)).scalar()
            if existing is not None:
                return int(existing)
            key = conn.execute(insert(ImageRow).values(
                mime=mime, data=data, sha256=digest, caption=caption, created_at=now_iso()
            )).inserted_primary_key
            assert key is not None
            image_id = int(key[0])
            self._doc.record("image", added=[image_id])
        return image_id

    def data(self, image_id: int) -> tuple[str, bytes] | None:
        """``(mime, bytes)`` of an image, or ``None`` when it is missing."""
        with self._doc.read() as conn:
            row = conn.execute(
                select(ImageRow.mime, ImageRow.data).where(ImageRow.id == image_id)
            ).first()
        return None if row is None else (str(row[0]), bytes(row[1]))
