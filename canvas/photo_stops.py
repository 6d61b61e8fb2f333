"""Projector stops for photos: each photo on the board can be shown alone, filling the screen.

Kept apart from :mod:`canvas.stops` (which lists the board, frames and zones) so the two can
change independently; :func:`canvas.stops.board_stops` appends these after the others.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF

from canvas.photo_item import pixel_size
from canvas.stops import Stop
from models.document import BoardDocument
from models.photos import card_layout, fitted, photo_notes

PHOTO_MARGIN = 4.0
"""Board units around the picture, so a hair of the white card shows on the projector."""


def photo_stops(document: BoardDocument) -> list[Stop]:
    """One stop per photo, in reading order (top to bottom, then left to right)."""
    cards = photo_notes(document)
    cards.sort(key=lambda note: (round(note.y / 100.0), note.x, note.id))
    stops = []
    for number, note in enumerate(cards, start=1):
        title = note.text.strip() or QCoreApplication.translate(
            "PhotoStops", "Photo {number}"
        ).format(number=number)
        # The picture and its caption, not the card's white margins: the photo fills the
        # projector and the caption under it stays whole.
        area, caption = card_layout(note.width, note.height, bool(note.text.strip()))
        width, height = pixel_size(note)
        box = fitted(area, width, height) if width else area
        rect = QRectF(box.x, box.y, box.width, box.height)
        if caption.height > 0:
            rect = rect.united(QRectF(caption.x, caption.y, caption.width, caption.height))
        rect = rect.translated(note.x, note.y).adjusted(
            -PHOTO_MARGIN, -PHOTO_MARGIN, PHOTO_MARGIN, PHOTO_MARGIN
        )
        stops.append(Stop("photo", note.id, title, rect))
    return stops
