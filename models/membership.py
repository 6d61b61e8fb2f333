"""Which cell a note belongs to: the cell under its centre, the topmost frame winning.

Membership is stored (``notes.zone_id``) so the handout and votes can group notes by segment,
stage or theme; it changes only here and in operations that carry notes along with cells.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from models import note_sql
from models.card_theme import follow_themes, themed_fields
from models.clock import now_iso
from models.frame_types import FrameLayoutError, is_cell
from models.limits import MAX_NOTE_SIZE, MIN_NOTE_SIZE
from models.records import NoteData, NotePatch
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


def settled(document: BoardDocument, notes: Sequence[NoteData]) -> list[NoteData]:
    """``notes`` about to be inserted (a duplicate's copies), each with the zone that
    :func:`settle` would then store and a card with its cell's theme: the same rule, decided
    before the insert, so 5,000 copies are written once and not read back to be settled."""
    centres = {
        index: (note.x + note.width / 2, note.y + note.height / 2)
        for index, note in enumerate(notes)
    }
    zones = document.frames.zones_under(centres)
    themes: dict[int, str | None] = {}
    made: list[NoteData] = []
    for index, note in enumerate(notes):
        zone_id = zones[index]
        if zone_id != note.zone_id:
            note = replace(note, zone_id=zone_id)
        fields = themed_fields(document, note, themes)
        made.append(note if fields is None else replace(note, fields=fields))  # a few cards
    return made


Cell = tuple[int, float, float, float, float]
_PLACE = ("x", "y", "width", "height", "zone_id")
BUCKET = 1000.0
"""Side of a square of the grid that sorts cells for many lookups at once (scene units)."""


_CELLS_IN_AREA = (
    "SELECT zones.id, zones.x, zones.y, zones.width, zones.height"
    " FROM zones JOIN frames ON frames.id = zones.frame_id"
    " WHERE zones.frame_id IN (SELECT id FROM frames"
    " WHERE x <= :right AND x + width >= :left AND y <= :bottom AND y + height >= :top)"
    ' AND zones."row" != :header AND zones.col != :header'
    " ORDER BY frames.z DESC, frames.id DESC, zones.id"
)
"""One statement SQLite caches: frames under the area (a scan of the few frame rows), then
their cells through ``ix_zones_frame``; topmost frame first. In SQL text, because the window
asks for the cell under its centre as a board opens, before SQLAlchemy is imported."""


def _cell(row: Sequence[Any]) -> Cell:
    zone_id, x, y, width, height = row
    return int(zone_id), x, y, width, height


def _size(value: Any) -> float:
    """A width or height as a note stores it (see ``models.notes``: clamped to the limits)."""
    return min(max(float(value), MIN_NOTE_SIZE), MAX_NOTE_SIZE)


class Membership:
    def __init__(self, document: BoardDocument) -> None:
        self._doc = document

    def _cells_top_first(
        self, left: float, top: float, right: float, bottom: float
    ) -> list[tuple[int, float, float, float, float]]:
        """Cells of the frames that reach into the area: the few frames are found first and
        their cells through the frame index, so the cost follows the area, not the board."""
        area = {"left": left, "top": top, "right": right, "bottom": bottom, "header": HEADER}
        return self._doc.read_rows(_CELLS_IN_AREA, _cell, area)

    @staticmethod
    def _under(
        cells: Sequence[tuple[int, float, float, float, float]], x: float, y: float
    ) -> int | None:
        for zone_id, left, top, width, height in cells:
            if left <= x < left + width and top <= y < top + height:
                return zone_id
        return None

    @staticmethod
    def _buckets(cells: Sequence[Cell]) -> dict[tuple[int, int], list[Cell]]:
        """Cells by the squares of a coarse grid they touch, top frame first in each: a
        point is then tested against the few cells of its square, not all of them."""
        buckets: dict[tuple[int, int], list[Cell]] = {}
        for cell in cells:
            _, left, top, width, height = cell
            for bx in range(int(left // BUCKET), int((left + width) // BUCKET) + 1):
                for by in range(int(top // BUCKET), int((top + height) // BUCKET) + 1):
                    buckets.setdefault((bx, by), []).append(cell)
        return buckets

    def zone_at(self, x: float, y: float) -> int | None:
        """The cell under a point; where frames overlap, the topmost frame's cell wins.
        A point on a cell's left or top edge is inside it, on its right or bottom edge not."""
        return self._under(self._cells_top_first(x, y, x, y), x, y)

    def assign_zones(self, note_ids: Iterable[int]) -> dict[int, NotePatch]:
        """Store for each note the zone under its centre; returns the previous ``zone_id`` of
        the notes that changed (``doc.notes.update(result)`` undoes it)."""
        return {nid: {"zone_id": old} for nid, (old, _new) in self.reassign(note_ids).items()}

    def reassign(self, note_ids: Iterable[int]) -> dict[int, tuple[int | None, int | None]]:
        """Store for each note the zone under its centre; returns (previous, new) ``zone_id``
        of the notes that changed. Reads only the notes' places and writes only the zones
        that change, each in one statement, whatever the number of notes."""
        changed = self.zones_after({note_id: {} for note_id in note_ids})
        if changed:
            with self._doc.write() as conn:
                rows = [(new, nid) for nid, (_old, new) in changed.items()]
                stamp = now_iso()
                note_sql.update_rows(conn, ("zone_id",), rows, stamp)
                values = {nid: {"zone_id": new, "updated_at": stamp} for new, nid in rows}
                self._doc.record("note", updated=list(changed), values=values)
        return changed

    def zones_after(
        self, patches: Mapping[int, Mapping[str, Any]]
    ) -> dict[int, tuple[int | None, int | None]]:
        """(previous, new) ``zone_id`` of the notes whose centre, once ``patches`` (places
        and sizes) are applied, lies in another cell; writes nothing. A move can then store
        its notes' new places and cells in one statement (one row write per note)."""
        places = self._doc.notes.columns(patches, _PLACE)
        if not places:
            return {}
        centres: dict[int, tuple[float, float]] = {}
        for nid, (x, y, width, height, _zone) in places.items():
            patch = patches[nid]
            if patch:
                x = float(patch.get("x", x))
                y = float(patch.get("y", y))
                if "width" in patch or "height" in patch:
                    width = _size(patch.get("width", width))
                    height = _size(patch.get("height", height))
            centres[nid] = (x + width / 2, y + height / 2)
        zones = self.zones_under(centres)
        return {
            nid: (old, zone_id)
            for nid, zone_id in zones.items()
            if zone_id != (old := places[nid][4])
        }

    def zones_under(self, centres: Mapping[int, tuple[float, float]]) -> dict[int, int | None]:
        """The cell under each point (one query for the cells of the area they span)."""
        if not centres:
            return {}
        cells = self._cells_top_first(
            min(x for x, _ in centres.values()),
            min(y for _, y in centres.values()),
            max(x for x, _ in centres.values()),
            max(y for _, y in centres.values()),
        )
        buckets = self._buckets(cells)
        under = self._under
        return {
            key: under(buckets.get((int(x // BUCKET), int(y // BUCKET)), ()), x, y)
            for key, (x, y) in centres.items()
        }

    def tidy(self, frames: FrameStore, zone_id: int) -> dict[int, NotePatch]:
        """Arrange a zone's notes in a grid in reading order, all staying inside the zone;
        returns their previous positions (``doc.notes.update(result)`` undoes it)."""
        zone = frames.zone(zone_id)
        if zone is None or not is_cell(zone):
            raise FrameLayoutError("Only notes in a cell of a frame can be tidied.")
        notes = frames.notes_in([zone_id])
        places = tidy_positions(zone, notes)
        patches = {note_id: cast(NotePatch, {"x": x, "y": y}) for note_id, (x, y) in places.items()}
        return self._doc.notes.update(patches)
