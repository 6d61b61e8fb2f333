"""Decoded photos at the sizes the views need, made on a worker thread and kept in bounds.

A photo is decoded at a power-of-two size just above what the view shows (JPEG decodes
straight to a fraction of its size, so a far photo costs a few milliseconds and kilobytes).
Paint never waits: it draws the nearest size already decoded (or a grey card) and the item
repaints when the wanted size arrives. The cache forgets the least recently drawn sizes past
:data:`BUDGET_BYTES`, so full-size pixels are kept only for the few photos looked at closely.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
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
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap

from models.document import BoardDocument
from models.images import ImageStore

LEVELS: Final = (128, 256, 512, 1024, 2048, 4096)
BUDGET_BYTES: Final = 160 * 1_048_576
LARGE: Final = 1024
KEEP_LARGE_SECONDS: Final = 2.0
"""A size of 1024 px or more not drawn for this long goes once the photo is drawn smaller."""
IN_FLIGHT: Final = 2
"""Photos read and waiting for the decoder at once: each holds its file bytes (megabytes)."""
FEED_SECONDS: Final = 0.006
"""GUI-thread time per event-loop turn spent reading photo bytes for the decoder."""

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
        self._levels: dict[int, set[int]] = {}
        self._used: dict[Key, float] = {}
        self._pending: set[Key] = set()
        self._wanted: deque[Key] = deque()
        self._in_flight = 0
        self._broken: set[int] = set()
        self._feeder = QTimer(self)
        self._feeder.setSingleShot(True)
        self._feeder.setInterval(0)
        self._feeder.timeout.connect(self._feed)
        self._bytes = 0
        self._closed = False

    @property
    def cached_bytes(self) -> int:
        return self._bytes

    def close(self) -> None:
        """Stop decoding (before the document closes); waits for a decode under way."""
        self._closed = True
        self._feeder.stop()
        self._wanted.clear()
        self._pool.clear()
        self._pool.waitForDone()
        self._pixmaps.clear()
        self._levels.clear()
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
            now = time.monotonic()
            self._used[key] = now
            self._forget_large(image_id, key[1], now)
            return pixmap
        self._request(key)
        levels = self._levels.get(image_id)
        if not levels:
            return None
        nearest = min(levels, key=lambda level: abs(LEVELS.index(level) - LEVELS.index(key[1])))
        return self._pixmaps[(image_id, nearest)]

    def _forget_large(self, image_id: int, wanted: int, now: float) -> None:
        """A photo drawn small lets go of its large sizes that no view drew lately."""
        levels = self._levels.get(image_id, ())
        for level in [lv for lv in levels if lv > wanted and lv >= LARGE]:
            if now - self._used.get((image_id, level), 0.0) > KEEP_LARGE_SECONDS:
                self._drop((image_id, level))

    def is_broken(self, image_id: int) -> bool:
        """The image is missing from the board or could not be decoded."""
        return image_id in self._broken

    def levels(self, image_id: int) -> set[int]:
        """Sizes of one photo decoded now (for tests and benchmarks)."""
        return set(self._levels.get(image_id, ()))

    def wait(self) -> None:
        """Finish every decode asked for (exports and tests that need final pixels)."""
        while self._wanted or self._in_flight:
            self._feed()
            self._pool.waitForDone()
            QCoreApplication.sendPostedEvents(self, 0)

    def _request(self, key: Key) -> None:
        """Queue a decode; the bytes are read from the board a few at a time between frames
        (the board's connection belongs to the GUI thread), never inside a paint."""
        if key in self._pending or self._closed or key[0] in self._broken:
            return
        self._pending.add(key)
        self._wanted.append(key)
        if not self._feeder.isActive():
            self._feeder.start()

    def _feed(self) -> None:
        started = time.perf_counter()
        while (
            self._wanted
            and self._in_flight < IN_FLIGHT
            and time.perf_counter() - started < FEED_SECONDS
        ):
            key = self._wanted.popleft()
            found = None if self._closed else self._store.data(key[0])
            if found is None:
                self._pending.discard(key)
                self._broken.add(key[0])
                continue
            self._in_flight += 1
            self._pool.start(_Decode(key, found[1], self._signals))
        if self._wanted and self._in_flight < IN_FLIGHT and not self._closed:
            self._feeder.start()

    def _arrived(self, key: Key, image: QImage) -> None:
        self._pending.discard(key)
        self._in_flight -= 1
        if self._wanted and not self._feeder.isActive():
            self._feeder.start()
        if image.isNull():
            self._broken.add(key[0])  # a damaged blob: the card stays grey, asked once
        if self._closed or image.isNull():
            return
        self._put(key, QPixmap.fromImage(image))
        self.ready.emit(key[0])

    def _put(self, key: Key, pixmap: QPixmap) -> None:
        old = self._pixmaps.pop(key, None)
        if old is not None:
            self._bytes -= _size(old)
        self._pixmaps[key] = pixmap
        self._levels.setdefault(key[0], set()).add(key[1])
        self._bytes += _size(pixmap)
        self._used[key] = time.monotonic()
        while self._bytes > BUDGET_BYTES and len(self._pixmaps) > 1:
            self._drop(next(iter(self._pixmaps)))

    def _drop(self, key: Key) -> None:
        pixmap = self._pixmaps.pop(key, None)
        if pixmap is not None:
            self._bytes -= _size(pixmap)
            self._levels[key[0]].discard(key[1])
            self._used.pop(key, None)


def _size(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4
