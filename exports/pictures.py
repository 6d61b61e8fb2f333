"""Decoding the board's images for print, defensively.

An image blob can be missing, truncated or not an image at all (a board file is data from
anywhere); every failure becomes ``None`` and the painter draws a placeholder instead. Photos
are scaled down once per export: a phone photo at full size would make a handout of tens of
megabytes for a picture a few centimetres wide.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Final

from PIL import Image, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

from models.snapshot import ImageData

MAX_PIXELS: Final = 1600
"""Longest side kept: sharp when printed at A4 width, small enough to embed many."""
Image.MAX_IMAGE_PIXELS = 80_000_000


@dataclass(frozen=True, slots=True)
class Picture:
    reader: ImageReader
    width: int
    height: int


def decode(data: bytes) -> Image.Image | None:
    """The image as opaque RGB, at most :data:`MAX_PIXELS` on its longest side, or ``None``."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            image = opened.copy()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError,
            Image.DecompressionBombError):
        return None
    if image.width <= 0 or image.height <= 0:
        return None
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    elif image.mode != "RGB":
        image = image.convert("RGB")
    image.thumbnail((MAX_PIXELS, MAX_PIXELS))
    return image


class PictureCache:
    """Each image decoded at most once per export."""

    def __init__(self) -> None:
        self._done: dict[int, Picture | None] = {}

    def get(self, image: ImageData | None) -> Picture | None:
        if image is None:
            return None
        if image.id not in self._done:
            decoded = decode(image.data)
            self._done[image.id] = (
                None if decoded is None
                else Picture(ImageReader(decoded), decoded.width, decoded.height))
        return self._done[image.id]
