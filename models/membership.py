"""Which cell a note belongs to: the cell under its centre, the topmost frame winning.

Membership is stored (``notes.zone_id``) so the handout and votes can group notes by segment,
stage or theme; it changes only here and in operations that carry notes along with cells.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, cast

from sqlalchemy import select

from models.card_theme import follow_themes
from models.frame_grid import set_note_places
from models.frame_types import FrameLayoutError, is_cell
from models.records import NotePatch
from models.schema import FrameRow, ZoneRow
from models.templates.plan import HEADER
from models.templates.tidy import tidy_positions

if TYPE_CHECKING:
    from models.document import BoardDocument
    from models.frames import FrameStore


def settle(document: BoardDocument, note_ids: Iterable[int]) -> None:
    """The one rule for a note or card that has just been put somewhere (made on the laptop,
    pasted, imported or sent from a phone): it belongs to the cell under its centre, and an
    experiment card takes that cell's theme. Call inside the caller's write transaction so it
    is part of the same undo step."""
    ids = list(note_ids)
    with document.write():
        document.frames.assign_zones(ids)
        follow_themes(document, ids)


class Membership:
    def __init__(self, document: BoardDocument) -> None:
        self._doc = document

    def _cells_top_first(self) -> list[tuple[int, float, float, float, float]]:
        query = (select(ZoneRow.id, ZoneRow.x, ZoneRow.y, ZoneRow.width, ZoneRow.height)
                 .join(FrameRow, FrameRow.id == ZoneRow.frame_id)
                 .where(ZoneRow.row != HEADER, ZoneRow.col != HEADER)
                 .order_by(FrameRow.z.desc(), FrameRow.id.desc(), ZoneRow.id))
        with self._doc.read() as conn:
            return [(int(i), x, y, w, h) for i, x, y, w, h in conn.execute(query).all()]

    @staticmethod
    def _under(cells: Sequence[tuple[int, float, float, float, float]], x: float,
               y: float) -> int | None:
        return next((zone_id for zone_id, left, top, width, height in cells
                     if left <= x < left + width and top <= y < top + height), None)

    def zone_at(self, x: float, y: float) -> int | None:
        """The cell under a point; where frames overlap, the topmost frame's cell wins.
        A point on a cell's left or top edge is inside it, on its right or bottom edge not."""
        return self._under(self._cells_top_first(), x, y)

    def assign_zones(self, note_ids: Iterable[int]) -> dict[int, NotePatch]:
        """Store for each note the zone under its centre; returns the previous ``zone_id`` of
        the notes that changed (``doc.notes.update(result)`` undoes it)."""
        cells = self._cells_top_first()
        previous: dict[int, NotePatch] = {}
        places = []
        for note in self._doc.notes.many(note_ids):
            zone_id = self._under(cells, note.x + note.width / 2, note.y + note.height / 2)
            if zone_id != note.zone_id:
                previous[note.id] = {"zone_id": note.zone_id}
                places.append((note.id, note.x, note.y, zone_id))
        if places:
            with self._doc.write() as conn:
                set_note_places(conn, places)
                self._doc.record("note", updated=list(previous))
        return previous

    def tidy(self, frames: FrameStore, zone_id: int) -> dict[int, NotePatch]:
        """Arrange a zone's notes in a grid in reading order, all staying inside the zone;
        returns their previous positions (``doc.notes.update(result)`` undoes it)."""
        zone = frames.zone(zone_id)
        if zone is None or not is_cell(zone):
            raise FrameLayoutError("Only notes in a cell of a frame can be tidied.")
        notes = frames.notes_in([zone_id])
        places = tidy_positions(zone, notes)
        patches = {note_id: cast(NotePatch, {"x": x, "y": y})
                   for note_id, (x, y) in places.items()}
        return self._doc.notes.update(patches)
