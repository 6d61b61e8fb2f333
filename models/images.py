"""Images kept inside the board file, so a board stays one self-contained file.

The model never decodes image bytes (no Qt here); it checks the size limit and recognises the
format from the first bytes, so a renamed or random file is refused before it is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from models.clock import now_iso
from models.errors import LimitError
from models.lazy_sql import sa, tables
from models.limits import MAX_IMAGE_BYTES

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


_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif")


def is_heif(data: bytes) -> bool:
    """Whether ``data`` starts like a HEIC/HEIF (or AVIF) file, what phones and tablets write.

    The board never stores these (exports could not read them); the window converts them when
    the installed Qt plugins decode them and names the format when they do not."""
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def sha256_of(data: bytes) -> str:
    import hashlib  # here, not at start: loading OpenSSL would delay the first frame (~3 ms)

    return hashlib.sha256(data).hexdigest()


class ImageRecord(NamedTuple):
    """One ``images`` row, whole, as undo keeps it."""

    id: int
    mime: str
    data: bytes
    sha256: str
    caption: str
    created_at: str


@cache
def _record() -> Any:
    return (
        tables.ImageRow.c.id,
        tables.ImageRow.c.mime,
        tables.ImageRow.c.data,
        tables.ImageRow.c.sha256,
        tables.ImageRow.c.caption,
        tables.ImageRow.c.created_at,
    )


class ImageStore:
    def __init__(self, document: BoardDocument) -> None:
        self._doc = document

    def add(self, data: bytes, caption: str = "") -> int:
        """Store an image (an identical one already stored is reused); returns its id."""
        return self.add_new(data, caption)[0]

    def add_new(
        self, data: bytes, caption: str = "", digest: str | None = None
    ) -> tuple[int, bool]:
        """Like :meth:`add`, and whether the row is new (undo removes only new rows).
        ``digest`` is the bytes' SHA-256 when the caller already computed it (off the GUI
        thread); :func:`sha256_of` makes it."""
        if len(data) > MAX_IMAGE_BYTES:
            raise LimitError(
                "The image is {size} MB; a board keeps images of up to {limit} MB each, so that "
                "it stays quick to open, save and send. Make it smaller and add it again.",
                size=round(len(data) / 1_048_576, 1),
                limit=MAX_IMAGE_BYTES // 1_048_576,
            )
        mime = sniff_mime(data)
        if mime is None:
            raise LimitError("That file is not a PNG, JPEG, GIF or WebP image.")
        digest = digest or sha256_of(data)
        with self._doc.write() as conn:
            existing = conn.execute(
                sa.select(tables.ImageRow.c.id).where(tables.ImageRow.c.sha256 == digest)
            ).scalar()
            if existing is not None:
                return int(existing), False
            key = conn.execute(
                sa.insert(tables.ImageRow).values(
                    mime=mime, data=data, sha256=digest, caption=caption, created_at=now_iso()
                )
            ).inserted_primary_key
            assert key is not None
            image_id = int(key[0])
            self._doc.record("image", added=[image_id])
        return image_id, True

    def take(self, image_ids: Sequence[int]) -> list[ImageRecord]:
        """Delete images (undo of adding them); returns the rows for :meth:`put_back`."""
        if not image_ids:
            return []
        with self._doc.write() as conn:
            rows = conn.execute(
                sa.select(*_record()).where(tables.ImageRow.c.id.in_(image_ids))
            ).all()
            conn.execute(sa.delete(tables.ImageRow).where(tables.ImageRow.c.id.in_(image_ids)))
            self._doc.record("image", removed=list(image_ids))
        return [ImageRecord(*row) for row in rows]

    def put_back(self, records: Sequence[ImageRecord]) -> None:
        """Insert images taken by :meth:`take` again, with their ids."""
        if not records:
            return
        with self._doc.write() as conn:
            for record in records:
                conn.execute(sa.insert(tables.ImageRow).values(**record._asdict()))
            self._doc.record("image", added=[record.id for record in records])

    def data(self, image_id: int) -> tuple[str, bytes] | None:
        """``(mime, bytes)`` of an image, or ``None`` when it is missing."""
        with self._doc.read() as conn:
            row = conn.execute(
                sa.select(tables.ImageRow.c.mime, tables.ImageRow.c.data).where(
                    tables.ImageRow.c.id == image_id
                )
            ).first()
        return None if row is None else (str(row[0]), bytes(row[1]))
