"""Big targets for the room bars: every control at least 44 px tall with 16 px text at 100 %
scaling, and larger when the desktop scales its text up.

Text sizes are in points, so they follow the desktop's font scaling (logical DPI); heights are
taken from the resulting font's line height, never below :data:`MIN_TARGET_PX`, so the target
grows with the text. Device-pixel scaling (a 200 % screen) multiplies both, as Qt does for all
logical sizes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

MIN_TARGET_PX = 44
TEXT_PT = 12
"""16 px at 96 DPI: readable at arm's length for people who do not sit at screens all day."""
TEXT_STYLE = f"font-size: {TEXT_PT}pt;"
LINE_FACTOR = 2.2
"""A target's height as a multiple of its text's line height."""


def fit_target(widget: QWidget) -> int:
    """Give ``widget`` a height that fits a finger and its text; returns that height."""
    widget.ensurePolished()
    height = max(MIN_TARGET_PX, round(widget.fontMetrics().height() * LINE_FACTOR))
    widget.setMinimumHeight(height)
    return height
