"""Size limits that keep a board file quick to open and a handout printable."""

from __future__ import annotations

from typing import Final

MAX_NOTE_TEXT: Final = 4_000
"""Characters in one note; a page of text is far more than a sticky note ever holds."""

MAX_PASTE_NOTES: Final = 500
"""Notes one paste may create; a larger paste is refused with a message, not truncated."""

MAX_IMAGE_BYTES: Final = 20 * 1024 * 1024
"""Bytes of one embedded image (a phone photo is 3–8 MB)."""

MIN_NOTE_SIZE: Final = 60.0
MAX_NOTE_SIZE: Final = 4_000.0
