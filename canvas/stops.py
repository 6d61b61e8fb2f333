"""Where the projector can go, in the order a workshop walks the board.

The whole board first, then each frame followed by the cells of that frame that hold notes
(an empty cell has nothing to show the room), then the next frame. The facilitator steps with
Page Down / Page Up, jumps frame to frame with Ctrl+Page Down / Ctrl+Page Up, or picks a stop
from a list; the list is rebuilt from the document, so a new frame or a first note in a cell is
a new stop at once.

A stop is plain data (kind, id, title, scene rectangle), so other kinds can join the list
(a photo, say) without the presenter knowing more than "show this rectangle, titled so".
A stop shown as a reading layout may be split into pages (see :mod:`canvas.reading`); a page
is the same stop with ``page``/``pages`` set.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF

from models.document import BoardDocument
from models.frame_types import FrameGrid, is_cell
from models.records import FrameData, NoteData, ZoneData
from models.templates.plan import HEADER

BOARD_MARGIN = 40.0
TITLE_ROOM = 0.08

BOARD = "board"
FRAME = "frame"
ZONE = "zone"
FRAME_KINDS = frozenset({BOARD, FRAME})
"""Kinds Ctrl+Page Down / Ctrl+Page Up step between (every kind but a part of a frame)."""


@dataclass(frozen=True, slots=True)
class Stop:
    kind: str
    """"board", "frame", "zone" (a cell or free zone), or a kind another module adds."""
    id: int | None
    title: str
    rect: QRectF
    frame_id: int | None = None
    heading: str = ""
    """The frame's title, above a cell's own title in a reading layout."""
    page: int = 0
    pages: int = 1

    @property
    def key(self) -> tuple[str, int | None, int]:
        return (self.kind, self.id, self.page)

    def paged(self, page: int, pages: int) -> Stop:
        return replace(self, page=page, pages=pages)


def board_rect(
    document: BoardDocument, notes: QRectF | None, frames: list[FrameData] | None = None
) -> QRectF | None:
    """Everything on the board: the notes and every frame (``frames`` when already read)."""
    area = QRectF(notes) if notes is not None else None
    for frame in document.frames.all() if frames is None else frames:
        rect = QRectF(frame.x, frame.y, frame.width, frame.height)
        area = rect if area is None else area.united(rect)
    if area is None:
        return None
    # Room above the top frames for their titles, which the far view writes above a frame
    # whose own title bar is too thin to read (see canvas.frame_layer).
    above = area.height() * TITLE_ROOM
    return area.adjusted(-BOARD_MARGIN, -BOARD_MARGIN - above, BOARD_MARGIN, BOARD_MARGIN)


@dataclass(slots=True)
class BoardParts:
    """Frames, zones and the notes of each cell, read once (three queries) for a stop list
    and its layouts: a board with thirty stops does not ask the file ninety times."""

    frames: list[FrameData]
    zones: dict[int, list[ZoneData]]
    """Zones per frame id, headers included, in row/column order."""
    notes: dict[int, list[NoteData]]
    """Notes per zone id, in z order (only the zones read, see ``occupied``)."""
    occupied: frozenset[int] | None = None
    """The cells holding notes, when ``notes`` holds only some of them (read lazily)."""

    def has_notes(self, zone_id: int) -> bool:
        if self.occupied is not None:
            return zone_id in self.occupied
        return bool(self.notes.get(zone_id))

    @classmethod
    def read(cls, document: BoardDocument) -> BoardParts:
        zones: dict[int, list[ZoneData]] = {}
        every = document.frames.zones()
        for zone in every:
            zones.setdefault(zone.frame_id, []).append(zone)
        notes: dict[int, list[NoteData]] = {}
        for note in document.frames.notes_in(z.id for z in every if is_cell(z)):
            if note.zone_id is not None:
                notes.setdefault(note.zone_id, []).append(note)
        return cls(document.frames.all(), zones, notes)

    def grid(self, frame: FrameData) -> FrameGrid:
        zones = self.zones.get(frame.id, [])
        return FrameGrid(
            frame,
            tuple(sorted((z for z in zones if z.row == HEADER), key=lambda z: z.col)),
            tuple(sorted((z for z in zones if z.col == HEADER), key=lambda z: z.row)),
            tuple(z for z in zones if is_cell(z)),
        )

    def label(self, grid: FrameGrid, zone: ZoneData) -> str:
        """What a cell means, in words (as :meth:`models.frames.FrameStore.label`)."""
        row = next((z.title for z in grid.rows if z.row == zone.row), "")
        col = next((z.title for z in grid.columns if z.col == zone.col), "")
        return " · ".join(part for part in (row, col, zone.title) if part)


def board_stops(
    document: BoardDocument,
    notes: QRectF | None,
    board_title: str,
    parts: BoardParts | None = None,
    photos: list[Stop] | None = None,
) -> list[Stop]:
    """The whole board, then each frame followed by its non-empty cells in reading order,
    then the photos (``photos`` when already listed)."""
    parts = parts or BoardParts.read(document)
    stops: list[Stop] = []
    whole = board_rect(document, notes, parts.frames)
    if whole is not None:
        stops.append(Stop(BOARD, None, board_title, whole))
    for frame in parts.frames:
        title = frame.title or frame.template_key
        stops.append(
            Stop(
                FRAME,
                frame.id,
                title,
                QRectF(frame.x, frame.y, frame.width, frame.height),
                frame.id,
            )
        )
        grid = parts.grid(frame)
        cells = list(grid.cells)
        if len(cells) <= 1:
            continue  # the frame's own stop shows its one cell
        for zone in sorted(cells, key=lambda z: (z.row, z.col, z.y, z.x)):
            if not parts.has_notes(zone.id):
                continue
            label = parts.label(grid, zone) or zone.title
            stops.append(
                Stop(
                    ZONE,
                    zone.id,
                    label or title,
                    QRectF(zone.x, zone.y, zone.width, zone.height),
                    frame.id,
                    heading=title,
                )
            )
    if photos is None:
        from canvas.photo_stops import photo_stops  # after the frames; imports Stop from here

        photos = photo_stops(document)
    stops.extend(photos)
    return stops


def next_index(
    stops: list[Stop],
    current: tuple[str, int | None, int] | None,
    delta: int,
    frames_only: bool = False,
) -> int | None:
    """Where Page Down (+1) / Page Up (−1) go from ``current``; with ``frames_only`` the
    next or previous board or frame stop, also from inside a frame (a cell, a page)."""
    if not stops:
        return None
    keys = [stop.key for stop in stops]
    if current not in keys:
        # A stop that vanished (its cell emptied): start from its frame, else from the ends.
        found = next(
            (
                i
                for i, s in enumerate(stops)
                if current is not None and s.kind == FRAME and s.id == current[1]
            ),
            None,
        )
        if found is None:
            return 0 if delta > 0 else len(stops) - 1
        here = found
    else:
        here = keys.index(current)
    if not frames_only:
        return min(max(here + delta, 0), len(stops) - 1)
    if delta > 0:
        later = [
            i
            for i in range(here + 1, len(stops))
            if stops[i].kind in FRAME_KINDS and stops[i].page == 0
        ]
        return later[0] if later else here
    # Backwards: from inside a frame (a cell, a later page) Ctrl+Page Up goes to the frame
    # before this one, not to this frame's own start.
    start = here
    while start > 0 and not (stops[start].kind in FRAME_KINDS and stops[start].page == 0):
        start -= 1
    earlier = [
        i for i in range(start - 1, -1, -1) if stops[i].kind in FRAME_KINDS and stops[i].page == 0
    ]
    return earlier[0] if earlier else start
