"""Turning a file or a pasted picture into what the board stores, on a worker thread.

Runs without widgets (QImage, QImageReader and QImageWriter are safe off the GUI thread). The
camera's EXIF orientation is applied; a photo larger than print needs is scaled down and
re-encoded; a file whose pixels need no change is stored byte for byte. Every refusal is a
:class:`PhotoRefused` whose message names the file and says why in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QImageWriter

from models.images import is_heif, sha256_of, sniff_mime
from models.limits import MAX_IMAGE_BYTES
from models.photos import PhotoFacts, scaled_for_storage

MAX_FILE_BYTES: Final = 200 * 1_048_576
"""Files read at all; larger ones are refused before reading (no photo needs more)."""
PREVIEW_SIDE: Final = 512
JPEG_QUALITY: Final = 88
_KEPT_AS_IS: Final = ("image/jpeg", "image/png", "image/webp", "image/gif")

translate = QCoreApplication.translate


class PhotoRefused(Exception):
    """A file that cannot become a photo; ``message`` is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes
    """What the board stores: the original bytes or a re-encoded JPEG/PNG."""
    mime: str
    facts: PhotoFacts
    preview: QImage
    """A small copy for the first paint, so the canvas need not decode the photo again."""
    digest: str = ""
    """SHA-256 of :attr:`data`, computed on the worker thread."""


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f}"


def prepare_file(path: Path) -> PreparedPhoto:
    """Read and prepare one image file (called on a worker thread)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PhotoRefused(
                translate(
                    "Photos",
                    "“{name}” is {size} MB. Pajalauta reads photos up to {limit} MB and "
                    "keeps each at most {kept} MB inside the board, so the board stays quick to "
                    "open and to send. Make the photo smaller and add it again.",
                ).format(
                    name=path.name,
                    size=_mb(size),
                    limit=MAX_FILE_BYTES // 1_048_576,
                    kept=MAX_IMAGE_BYTES // 1_048_576,
                )
            )
        data = path.read_bytes()
    except OSError as error:
        raise PhotoRefused(
            translate("Photos", "“{name}” could not be read: {reason}").format(
                name=path.name, reason=error.strerror or str(error)
            )
        ) from None
    return prepare_bytes(data, path.name)


_QT_FORMATS: Final = {
    "image/png": b"png",
    "image/jpeg": b"jpeg",
    "image/gif": b"gif",
    "image/webp": b"webp",
}


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    """A reader of ``data``, told its format when the signature names one. Left to guess,
    Qt asks every image plugin in turn, and the SVG plugin's guess makes Qt objects; on a
    worker thread (photos are prepared on one) that waits for a lock of Qt's that the GUI
    thread may hold while it waits for Python, and both stop for good."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    known = _QT_FORMATS.get(sniff_mime(data) or "") or (b"heif" if is_heif(data) else None)
    if known is not None:
        reader.setFormat(known)
        reader.setAutoDetectImageFormat(False)
    reader.setAutoTransform(True)
    return reader, buffer


def prepare_bytes(data: bytes, name: str) -> PreparedPhoto:
    """Decode, orient and (when too large) scale one image given as bytes."""
    reader, _buffer = _reader(data)
    if not reader.canRead():
        if is_heif(data):
            raise PhotoRefused(
                translate(
                    "Photos",
                    "“{name}” is a HEIC/HEIF photo (the format of iPhones and many "
                    "tablets), and this computer has no Qt image plugin that reads it. Save it "
                    "as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible) and add "
                    "it again.",
                ).format(name=name)
            )
        raise PhotoRefused(
            translate(
                "Photos",
                "“{name}” is not a picture Pajalauta can read. Photos can be JPEG, "
                "PNG or WebP files.",
            ).format(name=name)
        )
    raw = reader.size()
    rotated = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    shown_w, shown_h = (raw.height(), raw.width()) if rotated else (raw.width(), raw.height())
    target = scaled_for_storage(shown_w, shown_h) if raw.isValid() else None
    if target is not None:
        w, h = (target[1], target[0]) if rotated else target
        reader.setScaledSize(QSize(w, h))
    image = reader.read()
    if image.isNull():
        raise PhotoRefused(
            translate(
                "Photos",
                "“{name}” is damaged and could not be opened ({reason}). Nothing was added.",
            ).format(name=name, reason=reader.errorString())
        )
    if target is None and max(image.width(), image.height()) > 4096:
        image = _shrunk(image)  # a format that did not report its size up front
    mime = sniff_mime(data)
    untouched = (
        target is None
        and mime in _KEPT_AS_IS
        and len(data) <= MAX_IMAGE_BYTES
        and reader.transformation() == QImageIOHandler.Transformation.TransformationNone
        and (image.width(), image.height()) == (shown_w, shown_h)
    )
    if untouched:
        stored, stored_mime = data, str(mime)
    else:
        stored, stored_mime = encode(image)
    facts = PhotoFacts(
        image.width(),
        image.height(),
        shown_w or image.width(),
        shown_h or image.height(),
        len(data),
        name,
    )
    return PreparedPhoto(stored, stored_mime, facts, _preview(image), sha256_of(stored))


def prepare_image(image: QImage, name: str = "") -> PreparedPhoto:
    """A picture that arrived decoded (pasted from the clipboard), stored as PNG or JPEG."""
    if image.isNull():
        raise PhotoRefused(translate("Photos", "The clipboard's picture is empty."))
    original = (image.width(), image.height())
    if max(original) > 4096:
        image = _shrunk(image)
    stored, mime = encode(image, prefer_png=True)
    facts = PhotoFacts(image.width(), image.height(), *original, len(stored), name)
    return PreparedPhoto(stored, mime, facts, _preview(image), sha256_of(stored))


def _shrunk(image: QImage) -> QImage:
    target = scaled_for_storage(image.width(), image.height())
    if target is None:
        return image
    return image.scaled(
        target[0],
        target[1],
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def encode(image: QImage, prefer_png: bool = False) -> tuple[bytes, str]:
    """PNG when the picture has transparency (or is a screenshot), else JPEG; scaled down
    further in the rare case the result is still over the board's per-image limit."""
    png = prefer_png or image.hasAlphaChannel()
    while True:
        data = _write(image, "png" if png else "jpeg")
        if len(data) <= MAX_IMAGE_BYTES:
            return data, "image/png" if png else "image/jpeg"
        if png and not image.hasAlphaChannel():
            png = False
            continue
        image = image.scaled(
            int(image.width() * 0.75),
            int(image.height() * 0.75),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )


def _write(image: QImage, fmt: str) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt.encode())
    if fmt == "jpeg":
        writer.setQuality(JPEG_QUALITY)
        writer.setOptimizedWrite(True)
        if image.hasAlphaChannel():
            image = image.convertToFormat(QImage.Format.Format_RGB32)
    if not writer.write(image):
        raise PhotoRefused(
            translate("Photos", "The picture could not be encoded: {reason}").format(
                reason=writer.errorString()
            )
        )
    buffer.close()
    return bytes(array.data())


def _preview(image: QImage) -> QImage:
    if max(image.width(), image.height()) <= PREVIEW_SIDE:
        return image.copy()
    return image.scaled(
        PREVIEW_SIDE,
        PREVIEW_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
