"""Where the projector can go: the whole board, each frame, each zone, in board order.

The facilitator steps through these with Page Down / Page Up (or picks one from a list);
the list is rebuilt from the document, so a new frame is a new stop at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QRectF

from models.document import BoardDocument
from models.frame_types import is_cell

StopKind = Literal["board", "frame", "zone", "photo"]
BOARD_MARGIN = 40.0


@dataclass(frozen=True, slots=True)
class Stop:
    kind: StopKind
    id: int | None
    title: str
    rect: QRectF
    frame_id: int | None = None


def board_rect(document: BoardDocument, notes: QRectF | None) -> QRectF | None:
    """Everything on the board: the notes and every frame."""
    area = QRectF(notes) if notes is not None else None
    for frame in document.frames.all():
        rect = QRectF(frame.x, frame.y, frame.width, frame.height)
        area = rect if area is None else area.united(rect)
    if area is None:
        return None
    return area.adjusted(-BOARD_MARGIN, -BOARD_MARGIN, BOARD_MARGIN, BOARD_MARGIN)


def board_stops(document: BoardDocument, notes: QRectF | None, board_title: str) -> list[Stop]:
    """The whole board first, then each frame followed by its zones (reading order)."""
    stops: list[Stop] = []
    whole = board_rect(document, notes)
    if whole is not None:
        stops.append(Stop("board", None, board_title, whole))
    zones = document.frames.zones()
    for frame in document.frames.all():
        title = frame.title or frame.template_key
        stops.append(Stop("frame", frame.id, title,
                          QRectF(frame.x, frame.y, frame.width, frame.height), frame.id))
        cells = [zone for zone in zones if zone.frame_id == frame.id and is_cell(zone)]
        if len(cells) <= 1:
            continue
        for zone in cells:
            label = document.frames.label(zone.id) or zone.title
            stops.append(Stop("zone", zone.id, label or title,
                              QRectF(zone.x, zone.y, zone.width, zone.height), frame.id))
    from canvas.photo_stops import photo_stops  # photos: a separate module (see there)

    stops.extend(photo_stops(document))
    return stops
