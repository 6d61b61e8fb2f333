"""The projector's stops of one board, read lazily, and which stops a change touched.

Listing the stops needs the frames, the zones and which cells hold notes (one query on the
zone index), not the notes: a stop's notes are read when that stop is laid out. Changes are
noted as they arrive (a set of ids, nothing read) and sorted out on the next look: the zones
the changed notes left (known for every stop read) and the zones they are in now (one query
for the changed notes only) are the stops touched, each with its frame. A change to notes in
one frame touches that frame and its cells, never another frame.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QRectF

from canvas.photo_stops import photo_stops
from canvas.stops import BOARD, FRAME, ZONE, BoardParts, Stop, board_rect, board_stops
from models.document import BoardDocument
from models.frame_types import is_cell
from models.records import Change, FrameData, NoteData, ZoneData
from models.zone_notes import occupied_zones, zones_of

PHOTO = "photo"
StopId = tuple[str, int]
"""A stop without its page: (kind, id)."""


@dataclass(slots=True)
class _Pending:
    notes: set[int] = field(default_factory=set)
    frames: set[int] = field(default_factory=set)
    zones: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.notes or self.frames or self.zones)


class StopIndex:
    """Frames and zones of one board, the cells holding notes, and the notes of the stops
    read so far (by the zone each was in when read)."""

    def __init__(self, document: BoardDocument) -> None:
        self._doc = document
        self._frames: list[FrameData] | None = None
        self._zones: dict[int, list[ZoneData]] = {}
        self._zone_frame: dict[int, int] = {}
        self._occupied: frozenset[int] | None = None
        self._note_zone: dict[int, int] = {}
        self._pending = _Pending()
        self._list: list[Stop] | None = None
        self._list_stale = False
        self._occupied_before: frozenset[int] | None = None

    @property
    def document(self) -> BoardDocument:
        return self._doc

    # --- changes ------------------------------------------------------------------------
    def note_changes(self, changes: Iterable[Change]) -> bool:
        """Remember what ``changes`` touched (ids only, nothing read); whether any did."""
        touched = False
        for change in changes:
            ids = change.added | change.updated | change.removed
            if not ids:
                continue
            if change.entity == "note":
                self._pending.notes |= ids
            elif change.entity == "frame":
                self._pending.frames |= ids
            elif change.entity == "zone":
                self._pending.zones |= ids
            else:
                continue
            touched = True
        return touched

    def settle(self) -> set[StopId]:
        """Sort out the changes noted since the last look: the stops they touched."""
        pending, self._pending = self._pending, _Pending()
        if not pending:
            return set()
        touched: set[StopId] = set()
        zones: set[int] = set()
        if pending.frames or pending.zones:
            before = dict(self._zone_frame)
            self._frames = None
            self._read_structure()
            touched |= {(FRAME, frame_id) for frame_id in pending.frames}
            for zone_id in pending.zones:
                zones.add(zone_id)
                if zone_id in before:
                    touched.add((FRAME, before[zone_id]))
        if pending.notes:
            for note_id in pending.notes:
                old = self._note_zone.pop(note_id, None)
                if old is not None:
                    zones.add(old)
            zones |= {z for z in zones_of(self._doc, pending.notes).values() if z is not None}
        for zone_id in zones:
            touched.add((ZONE, zone_id))
            frame_id = self._zone_frame.get(zone_id)
            if frame_id is not None:
                touched.add((FRAME, frame_id))
        self._occupied = None
        if pending.frames or pending.zones:
            self._list = None
        else:
            self._list_stale = True  # cells emptied or filled, photos, the board's extent
        return touched

    def pending(self) -> bool:
        return bool(self._pending)

    # --- the list -----------------------------------------------------------------------
    def _read_structure(self) -> None:
        if self._frames is not None:
            return
        self._frames = self._doc.frames.all()
        self._zones = {}
        for zone in self._doc.frames.zones():
            self._zones.setdefault(zone.frame_id, []).append(zone)
        self._zone_frame = {
            zone.id: frame_id for frame_id, zones in self._zones.items() for zone in zones
        }

    def parts(self, notes: dict[int, list[NoteData]] | None = None) -> BoardParts:
        """The frames and zones, with the notes of some zones (``notes``), the cells holding
        notes named in ``occupied``."""
        self._read_structure()
        assert self._frames is not None
        if self._occupied is None:
            self._occupied = occupied_zones(self._doc)
        return BoardParts(self._frames, self._zones, notes or {}, self._occupied)

    def stops(
        self, notes_rect: Callable[[], QRectF | None], board_title: Callable[[], str]
    ) -> list[Stop]:
        """Every stop, one page each, kept until a change is sorted out. After notes only
        changed, the list is made again only if a cell emptied or filled or a photo changed;
        else only the whole board's stop and the photos' stops follow the notes."""
        if self._list is not None and self._list_stale:
            before = self._occupied_before
            parts = self.parts()
            photos = photo_stops(self._doc)
            kept = self._list
            old_photos = [stop for stop in kept if stop.kind == PHOTO]
            self._list_stale = False
            whole = board_rect(self._doc, notes_rect(), parts.frames)
            if parts.occupied == before and kept and kept[0].kind == BOARD and whole is not None:
                others = kept[1 : len(kept) - len(old_photos)]
                self._list = [replace(kept[0], rect=whole), *others, *photos]
                self._occupied_before = self._occupied
                return self._list
            self._list = board_stops(self._doc, notes_rect(), board_title(), parts, photos)
        if self._list is None:
            self._list_stale = False
            self._list = board_stops(self._doc, notes_rect(), board_title(), self.parts())
        self._occupied_before = self._occupied
        return self._list

    def forget_list(self) -> None:
        """A title may have changed: list again."""
        self._list = None

    # --- the notes of a stop --------------------------------------------------------------
    def frame(self, frame_id: int) -> FrameData | None:
        self._read_structure()
        assert self._frames is not None
        return next((frame for frame in self._frames if frame.id == frame_id), None)

    def zones(self, frame_id: int) -> list[ZoneData]:
        self._read_structure()
        return self._zones.get(frame_id, [])

    def notes_of(self, zone_ids: Sequence[int]) -> dict[int, list[NoteData]]:
        """The notes of these zones, in z order, read now; remembered by zone, so a later
        change to one of them is known to touch its stop."""
        cells = [zone_id for zone_id in zone_ids if self._is_cell(zone_id)]
        found: dict[int, list[NoteData]] = {}
        if not cells:
            return found
        for note in self._doc.frames.notes_in(cells):
            if note.zone_id is not None:
                found.setdefault(note.zone_id, []).append(note)
                self._note_zone[note.id] = note.zone_id
        return found

    def _is_cell(self, zone_id: int) -> bool:
        frame_id = self._zone_frame.get(zone_id)
        if frame_id is None:
            return False
        return any(zone.id == zone_id and is_cell(zone) for zone in self._zones[frame_id])
