"""Decoding the board's images for print, defensively.

An image blob can be missing, truncated or not an image at all (a board file is data from
anywhere); every failure becomes ``None`` and the painter draws a placeholder instead. Photos
are scaled down once per export: a phone photo at full size would make a handout of tens of
megabytes for a picture a few centimetres wide. Each placement then gets a JPEG of about
:data:`PRINT_DPI` at its printed size (a thumbnail on an overview page, larger in the
appendix), which ReportLab embeds as it is instead of as raw pixels.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from typing import Final

from PIL import Image, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

from models.snapshot import ImageData

MAX_PIXELS: Final = 1600
"""Longest side kept: sharp when printed at A4 width, small enough to embed many."""
PRINT_DPI: Final = 200
"""Pixels per inch of a printed photo: sharp on paper, a fraction of a 300 dpi file."""
JPEG_QUALITY: Final = 85
_STEP: Final = 32
_RESAMPLE: Final = Image.Resampling.BILINEAR
_GAP: Final = 2.0
"""Shrink by whole factors first (cheap box reduce), then filter the last step: on paper at
200 dpi it looks the same as Lanczos all the way, in a fraction of the time."""
Image.MAX_IMAGE_PIXELS = 80_000_000


@dataclass(slots=True)
class Picture:
    image: Image.Image
    width: int
    height: int
    _readers: dict[int, ImageReader] = field(default_factory=dict)

    def reader_for(self, width_pt: float, height_pt: float) -> ImageReader:
        """A JPEG of this picture with about :data:`PRINT_DPI` at ``width_pt`` × ``height_pt``
        points (never more pixels than decoded), made once per size step."""
        wanted = max(width_pt, height_pt) / 72.0 * PRINT_DPI
        longest = max(self.width, self.height)
        side = min(longest, max(_STEP, math.ceil(wanted / _STEP) * _STEP))
        reader = self._readers.get(side)
        if reader is None:
            copy = self.image
            if side < longest:
                copy = self.image.copy()
                copy.thumbnail((side, side), _RESAMPLE, reducing_gap=_GAP)
            buffer = io.BytesIO()
            copy.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
            buffer.seek(0)
            reader = self._readers[side] = ImageReader(buffer)
        return reader


def decode(data: bytes) -> Image.Image | None:
    """The image as opaque RGB, at most :data:`MAX_PIXELS` on its longest side, or ``None``."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            # A JPEG decodes straight to a fraction of its size (DCT scaling): a 4096 px
            # photo reaches print size in a quarter of the time and memory.
            ratio = MAX_PIXELS / max(opened.width, opened.height, 1)
            if ratio < 1.0:
                opened.draft(
                    "RGB", (math.ceil(opened.width * ratio), math.ceil(opened.height * ratio))
                )
            opened.load()
            image = opened.copy()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
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
    image.thumbnail((MAX_PIXELS, MAX_PIXELS), _RESAMPLE, reducing_gap=_GAP)
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
                None if decoded is None else Picture(decoded, decoded.width, decoded.height)
            )
        return self._done[image.id]
