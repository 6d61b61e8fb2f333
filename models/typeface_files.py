"""Where the shipped typeface files live: one place for the canvas, the projector and exports.

The fonts ship inside the package (DejaVu Sans, licence beside them) so that text is laid out
the same on every machine: a note that fits on one laptop fits on every laptop, on the
projector and in the handout, whatever fonts the machine happens to have.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

FONT_DIR: Final = Path(__file__).resolve().parent / "fonts"
REGULAR_FILE: Final = FONT_DIR / "DejaVuSans.ttf"
BOLD_FILE: Final = FONT_DIR / "DejaVuSans-Bold.ttf"
FAMILY: Final = "DejaVu Sans"
"""The family name inside both files."""
