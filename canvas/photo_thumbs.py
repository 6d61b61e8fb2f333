"""Decoded photos at the sizes the views need, made on a worker thread and kept in bounds.

A photo is decoded at a power-of-two size just above what the view shows (JPEG decodes
straight to a fraction of its size, so a far photo costs a few milliseconds and kilobytes).
Paint never waits: it draws the nearest size already decoded (or a grey card) and the item
repaints when the wanted size arrives. The cache forgets the least recently drawn sizes past
:data:`BUDGET_BYTES`, so full-size pixels are kept only for the few photos looked at closely.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Final

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap

from models.document import BoardDocument
from models.images import ImageStore

LEVELS: Final = (128, 256, 512, 1024, 2048, 4096)
BUDGET_BYTES: Final = 160 * 1_048_576

Key = tuple[int, int]


def level_for(pixels: float) -> int:
    """The smallest cached size that shows ``pixels`` (longest side on screen) sharply."""
    for level in LEVELS:
        if level >= pixels:
            return level
    return LEVELS[-1]


def decode(data: bytes, longest: int) -> QImage:
    """The image at most ``longest`` pixels on its longer side (orientation applied)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > longest:
        ratio = longest / max(size.width(), size.height())
        reader.setScaledSize(
            QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
        )
    return reader.read()


class _Signals(QObject):
    done = Signal(object, object)


class _Decode(QRunnable):
    def __init__(self, key: Key, data: bytes, signals: _Signals) -> None:
        super().__init__()
        self._key, self._data, self._signals = key, data, signals

    def run(self) -> None:
        image = decode(self._data, self._key[1])
        self._data = b""
        self._signals.done.emit(self._key, image)


class ThumbnailCache(QObject):
    """Decoded sizes of the board's photos for every view of one scene."""

    ready = Signal(int)
    """An image id whose newly decoded size the items showing it should repaint with."""

    def __init__(self, document: BoardDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = ImageStore(document)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.done.connect(self._arrived)
        self._pixmaps: OrderedDict[Key, QPixmap] = OrderedDict()
        self._pending: set[Key] = set()
        self._bytes = 0
        self._closed = False

    @property
    def cached_bytes(self) -> int:
        return self._bytes

    def close(self) -> None:
        """Stop decoding (before the document closes); waits for a decode under way."""
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone()
        self._pixmaps.clear()
        self._bytes = 0

    def seed(self, image_id: int, image: QImage) -> None:
        """A size already decoded elsewhere (the preview made while adding the photo)."""
        if not image.isNull():
            longest = max(image.width(), image.height())
            self._put((image_id, level_for(longest)), QPixmap.fromImage(image))

    def best(self, image_id: int, pixels: float) -> QPixmap | None:
        """The size for ``pixels`` if decoded, else the closest decoded one (the wanted one is
        then on its way), else ``None``."""
        key = (image_id, level_for(pixels))
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        self._request(key)
        closest: QPixmap | None = None
        distance = 99
        for (cached_id, level), candidate in self._pixmaps.items():
            if cached_id == image_id:
                step = abs(LEVELS.index(level) - LEVELS.index(key[1])) if level in LEVELS else 9
                if step < distance:
                    closest, distance = candidate, step
        return closest

    def wait(self) -> None:
        """Finish every decode asked for (exports and tests that need final pixels)."""
        self._pool.waitForDone()
        QCoreApplication.sendPostedEvents(self, 0)

    def _request(self, key: Key) -> None:
        if key in self._pending or self._closed:
            return
        found = self._store.data(key[0])
        if found is None:
            return
        self._pending.add(key)
        self._pool.start(_Decode(key, found[1], self._signals))

    def _arrived(self, key: Key, image: QImage) -> None:
        self._pending.discard(key)
        if self._closed or image.isNull():
            return
        self._put(key, QPixmap.fromImage(image))
        self.ready.emit(key[0])

    def _put(self, key: Key, pixmap: QPixmap) -> None:
        old = self._pixmaps.pop(key, None)
        if old is not None:
            self._bytes -= _size(old)
        self._pixmaps[key] = pixmap
        self._bytes += _size(pixmap)
        while self._bytes > BUDGET_BYTES and len(self._pixmaps) > 1:
            _, dropped = self._pixmaps.popitem(last=False)
            self._bytes -= _size(dropped)


def _size(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4
