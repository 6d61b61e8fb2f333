"""Projector stops for photos: each photo on the board can be shown alone, filling the screen.

Kept apart from :mod:`canvas.stops` (which lists the board, frames and zones) so the two can
change independently; :func:`canvas.stops.board_stops` appends these after the others.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF

from canvas.stops import Stop
from models.document import BoardDocument
from models.photos import PHOTO_KIND

PHOTO_MARGIN = 8.0
"""Board units around the card, so its white edge shows on the projector."""


def photo_stops(document: BoardDocument) -> list[Stop]:
    """One stop per photo, in reading order (top to bottom, then left to right)."""
    cards = [note for note in document.notes.all() if note.kind == PHOTO_KIND]
    cards.sort(key=lambda note: (round(note.y / 100.0), note.x, note.id))
    stops = []
    for number, note in enumerate(cards, start=1):
        title = note.text.strip() or QCoreApplication.translate(
            "PhotoStops", "Photo {number}"
        ).format(number=number)
        rect = QRectF(note.x, note.y, note.width, note.height).adjusted(
            -PHOTO_MARGIN, -PHOTO_MARGIN, PHOTO_MARGIN, PHOTO_MARGIN
        )
        stops.append(Stop("photo", note.id, title, rect))
    return stops
