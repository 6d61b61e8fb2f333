"""How the canvas looks: colours, fonts, sizes and level-of-detail thresholds in one place.

Kept apart from the items so the projector view, the PNG export and tests agree on one look,
and so the thresholds that decide what is drawn at which zoom can be tuned without touching
painting code.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from PySide6.QtGui import QColor, QFont

from canvas.fonts import shipped_family

BACKGROUND: Final = QColor("#E9ECEF")
"""A light grey canvas: paper-like on a projector, and white notes still stand out on it."""

TEXT_COLOUR: Final = QColor("#1B1B1B")
SHADOW_COLOUR: Final = QColor("#C3C7CC")
"""Opaque, not translucent: translucent fills cost ten times more per note in the raster
engine. It is the background darkened by about 15 %."""
SELECTION_COLOUR: Final = QColor("#1A5FD0")
MARKER_COLOUR: Final = QColor("#4A4A4A")

SHADOW_OFFSET: Final = 4.0
"""Scene units the drop shadow falls right and down; also how far the bounds reach past a note."""

PADDING_RATIO: Final = 0.07
"""Inner margin as a share of the note's shorter side (12 units on a default 200 note)."""
MIN_PADDING: Final = 5.0
MAX_PADDING: Final = 28.0

BASE_FONT_PX: Final = 32
"""Largest text on a default 200-unit note: readable from the back of a room when projected."""
MAX_FONT_PX: Final = 96
"""Bigger notes may use bigger text, up to this."""
MIN_FONT_PX: Final = 12
"""Below this the note stops shrinking its text and shows a "more text" marker instead."""
GROW_FONT_PX: Final = 18
"""Text size "grow to fit" aims for: small enough to keep notes compact, big enough to read."""

MORE_STRIP_RATIO: Final = 0.13
"""Share of an overflowing note's height kept free at the bottom for the "more" marker."""

HANDLE_PX: Final = 18.0
"""Resize handle and grow button size on screen, in device pixels, at every zoom."""

TEXT_LOD: Final = 0.2
"""Below this scale an item draws only its coloured block. Above it, each note still checks
that its own text would be at least MIN_READABLE_TEXT_PX high, so a frame shown whole on the
projector (about 0.3) keeps its big-lettered notes readable."""
SHADOW_LOD: Final = 0.5
"""Below this scale the 4-unit shadow is a pixel or two and is left out."""
MIN_READABLE_TEXT_PX: Final = 5.0
"""On-screen text height below which drawing glyphs is wasted time."""
FAR_SCALE: Final = 0.2
"""Below this scale a view draws all notes itself as batched blocks instead of per-item paints."""
MAX_ITEM_PAINTS: Final = 900
"""A view switches to batched blocks when more notes than this are visible at once."""
MAX_TEXT_PAINTS: Final = 450
"""A view draws notes without text when more than this many are visible (about 20 µs a note
with text: 450 fill most of a 16 ms frame)."""


@cache
def note_font(pixel_size: int) -> QFont:
    """One shared QFont per pixel size: fonts are compared on every paint, and sharing makes
    that comparison and the glyph cache cheap."""
    font = QFont()
    font.setFamilies([shipped_family()])
    font.setPixelSize(pixel_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def padding_for(width: float, height: float) -> float:
    return min(max(min(width, height) * PADDING_RATIO, MIN_PADDING), MAX_PADDING)


def base_font_px(width: float, height: float) -> int:
    """Short text on a big note may be big; a default note starts at :data:`BASE_FONT_PX`."""
    return int(min(max(min(width, height) * BASE_FONT_PX / 200.0, BASE_FONT_PX), MAX_FONT_PX))
