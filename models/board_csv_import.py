"""Placing notes read from a CSV file on a board.

Every row is resolved first — which frame, which zone, which group — and only then is
anything written, in one transaction. Rules:

* with a chosen frame (``frame_id``), every row goes into it; a zone name must be one of its
  cells (its title, its "row / column" label or its key), a row without a zone goes into its
  first cell (or, in a frame without cells, into the frame itself);
* otherwise the ``frame`` column decides: an existing frame of that title, else a new plain
  frame with one zone per zone name; a file without a frame column lands in one new plain frame;
  an empty frame cell in a file that has the column means "outside every frame", as exported.

Notes are laid out in a grid after what a zone already holds. Votes become dots of one ended
voting round, so exported vote counts come back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import update

from models.board_csv import CsvNote
from models.board_rows import RowWriter
from models.board_validate import ExchangeError
from models.clock import now_iso
from models.groups import DEFAULT_GROUP_COLOURS
from models.palette import DEFAULT_COLOUR
from models.records import FrameData, ZoneData
from models.schema import FrameRow, NoteRow
from models.snapshot import BoardSnapshot, bounds, frame_rect, take_snapshot

if TYPE_CHECKING:
    from models.document import BoardDocument

NOTE: Final = 200.0
GAP: Final = 20.0
TITLE_ROOM: Final = 70.0
FRAME_TITLE: Final = 90.0
ZONE_COLUMNS: Final = 3
LOOSE_COLUMNS: Final = 6
DEFAULT_FRAME: Final = {"fi": "Tuodut laput", "sv": "Importerade lappar", "en": "Imported notes"}
VOTE_TITLE: Final = {"fi": "Tuodut äänet", "sv": "Importerade röster", "en": "Imported votes"}


@dataclass(frozen=True)
class CsvImport:
    note_ids: list[int]
    new_frame_ids: list[int]
    frame_ids: list[int] = field(default_factory=list)


@dataclass
class _Target:
    """Where one row goes: a zone, a frame's free area, or the open board."""

    frame: FrameData | None
    zone: ZoneData | None
    new_frame: str | None = None
    new_zone: str | None = None


def _match_zone(snapshot: BoardSnapshot, frame: FrameData, name: str) -> ZoneData | None:
    wanted = name.casefold()
    for zone in snapshot.cells(frame.id):
        names = {
            snapshot.zone_label(zone).casefold(),
            zone.title.strip().casefold(),
            zone.key.casefold(),
        }
        if wanted in names:
            return zone
    return None


def _existing(snapshot: BoardSnapshot, frame: FrameData, row: CsvNote) -> _Target:
    if row.zone:
        zone = _match_zone(snapshot, frame, row.zone)
        if zone is None:
            known = ", ".join(f"“{snapshot.zone_label(z)}”" for z in snapshot.cells(frame.id)[:6])
            if known:
                raise ExchangeError(
                    "Row {line}: the frame “{frame}” has no zone “{zone}” (it has {known} …).",
                    line=row.line,
                    frame=frame.title,
                    zone=row.zone,
                    known=known,
                )
            raise ExchangeError(
                "Row {line}: the frame “{frame}” has no zone “{zone}”.",
                line=row.line,
                frame=frame.title,
                zone=row.zone,
            )
        return _Target(frame, zone)
    cells = snapshot.cells(frame.id)
    return _Target(frame, cells[0] if cells else None)


def resolve(
    snapshot: BoardSnapshot, rows: Sequence[CsvNote], frame_id: int | None
) -> list[_Target]:
    """Decide every row's place, or raise :class:`ExchangeError` before anything is written."""
    if frame_id is not None:
        frame = snapshot.frame_by_id.get(frame_id)
        if frame is None:
            raise ExchangeError("The board has no frame with id {id}.", id=frame_id)
        return [_existing(snapshot, frame, row) for row in rows]
    by_title: dict[str, FrameData] = {}
    for frame in snapshot.frames:
        by_title.setdefault(frame.title.strip().casefold(), frame)
    targets = []
    default = DEFAULT_FRAME.get(snapshot.language, DEFAULT_FRAME["fi"])
    for row in rows:
        if row.frame == "":
            targets.append(_Target(None, None))
            continue
        title = row.frame if row.frame is not None else default
        frame = by_title.get(title.casefold())
        if frame is not None:
            targets.append(_existing(snapshot, frame, row))
        else:
            targets.append(_Target(None, None, new_frame=title, new_zone=row.zone or None))
    return targets


def import_rows(
    doc: BoardDocument, rows: Sequence[CsvNote], frame_id: int | None = None
) -> CsvImport:
    """Check where every row goes, then add all notes (and frames, zones, groups, dots) in
    one transaction."""
    snapshot = take_snapshot(doc)
    targets = resolve(snapshot, rows, frame_id)
    return _Placer(doc, snapshot).write(rows, targets)


class _Placer:
    def __init__(self, doc: BoardDocument, snapshot: BoardSnapshot) -> None:
        self.doc = doc
        self.snapshot = snapshot
        self.writer = RowWriter(doc)
        bounds = snapshot.content_bounds()
        self.left = bounds.right + 400.0 if bounds else 0.0
        self.top = bounds.y if bounds else 0.0
        self.filled: dict[tuple[str, int], int] = {}
        self.frames: dict[int, FrameData] = dict(snapshot.frame_by_id)
        self.loose_top: dict[int, float] = {}
        self.grow: dict[int, float] = {}
        self.below: tuple[float, float] | None = None

    def _slot(
        self, key: tuple[str, int], columns: int, existing: Callable[[], int]
    ) -> tuple[int, int]:
        index = self.filled[key] if key in self.filled else existing()
        self.filled[key] = index + 1
        return divmod(index, columns)

    def _in_zone(self, zone: ZoneData) -> tuple[float, float]:
        columns = max(1, int((zone.width - GAP) // (NOTE + GAP)))
        room = TITLE_ROOM if zone.title.strip() else GAP
        row, col = self._slot(
            ("zone", zone.id), columns, lambda: len(self.snapshot.notes_in_zone(zone.id))
        )
        return zone.x + GAP + col * (NOTE + GAP), zone.y + room + row * (NOTE + GAP)

    def _group_ids(self, rows: Sequence[CsvNote]) -> dict[str, int]:
        known = {group.name.casefold(): group.id for group in self.snapshot.groups}
        new: list[str] = []
        for row in rows:
            if row.group and row.group.casefold() not in known:
                known[row.group.casefold()] = -len(new) - 1
                new.append(row.group)
        count = len(self.snapshot.groups)
        made = self.writer.insert(
            "group",
            [
                {
                    "id": -index - 1,
                    "name": name,
                    "position": count + index,
                    "colour": DEFAULT_GROUP_COLOURS[(count + index) % len(DEFAULT_GROUP_COLOURS)],
                }
                for index, name in enumerate(new)
            ],
            keep_ids=False,
        )
        return {name: made.get(group_id, group_id) for name, group_id in known.items()}

    def _new_frames(self, rows: Sequence[CsvNote], targets: list[_Target]) -> list[int]:
        """Plain frames for unknown frame titles: one zone per zone name, sized to fit."""
        plans: dict[str, dict[str, int]] = {}
        loose: dict[str, int] = {}
        for target in targets:
            if target.new_frame is None:
                continue
            zones = plans.setdefault(target.new_frame, {})
            if target.new_zone:
                zones[target.new_zone] = zones.get(target.new_zone, 0) + 1
            else:
                loose[target.new_frame] = loose.get(target.new_frame, 0) + 1
        created: list[int] = []
        position = max((frame.position for frame in self.snapshot.frames), default=-1) + 1
        z = self.writer.top(FrameRow.c.z)
        for title, zones in plans.items():
            frame_id, zone_rows = self._plan_frame(
                title, zones, loose.get(title, 0), position, z + 1
            )
            created.append(frame_id)
            position += 1
            frame = self.frames[frame_id]
            for target in targets:
                if target.new_frame == title:
                    target.frame = frame
                    target.zone = next(
                        (zone for zone in zone_rows if zone.title == target.new_zone), None
                    )
        return created

    def _plan_frame(
        self, title: str, zones: dict[str, int], loose: int, position: int, z: float
    ) -> tuple[int, list[ZoneData]]:
        zone_width = ZONE_COLUMNS * (NOTE + GAP) + GAP
        rows_needed = max((-(-count // ZONE_COLUMNS) for count in zones.values()), default=0)
        zone_height = TITLE_ROOM + rows_needed * (NOTE + GAP) + GAP if zones else 0.0
        loose_columns = max(LOOSE_COLUMNS, ZONE_COLUMNS * len(zones))
        loose_rows = -(-loose // loose_columns)
        width = max(len(zones) * zone_width, loose_columns * (NOTE + GAP) + GAP)
        height = FRAME_TITLE + zone_height + loose_rows * (NOTE + GAP) + (GAP if loose else 0)
        x, y = self.left, self.top
        self.left += width + 200.0
        frame_id = next(
            iter(
                self.writer.insert(
                    "frame",
                    [
                        {
                            "id": 0,
                            "template_key": "",
                            "title": title,
                            "x": x,
                            "y": y,
                            "width": width,
                            "height": height,
                            "z": z,
                            "position": position,
                        }
                    ],
                    keep_ids=False,
                ).values()
            )
        )
        zone_values: list[dict[str, Any]] = [
            {
                "id": index + 1,
                "frame_id": frame_id,
                "key": f"zone{index + 1}",
                "title": name,
                "prompt": "",
                "row": 0,
                "col": index,
                "x": x + index * zone_width,
                "y": y + FRAME_TITLE,
                "width": zone_width,
                "height": zone_height,
                "colour": "#FFFFFF",
                "data": {},
            }
            for index, name in enumerate(zones)
        ]
        ids = self.writer.insert("zone", zone_values, keep_ids=False)
        made = [
            ZoneData(
                ids[v["id"]],
                frame_id,
                v["key"],
                v["title"],
                "",
                0,
                v["col"],
                v["x"],
                v["y"],
                v["width"],
                v["height"],
            )
            for v in zone_values
        ]
        self.frames[frame_id] = FrameData(frame_id, "", title, x, y, width, height, z, position)
        self.loose_top[frame_id] = y + FRAME_TITLE + zone_height
        return frame_id, made

    def _loose_place(self, frame: FrameData | None) -> tuple[float, float]:
        if frame is None:
            row, col = self._slot(("board", 0), LOOSE_COLUMNS * 2, lambda: 0)
            if self.below is None:  # below everything, including frames made by this import
                around = bounds(
                    [
                        *(frame_rect(f) for f in self.frames.values()),
                        *filter(None, [self.snapshot.content_bounds()]),
                    ]
                )
                self.below = (around.x, around.bottom + 400.0) if around else (0.0, 0.0)
            left, top = self.below
            return left + col * (NOTE + GAP), top + row * (NOTE + GAP)
        # A new frame fills below its zones; an existing one below its title, then grows.
        top = self.loose_top.get(frame.id, frame.y + FRAME_TITLE)
        columns = max(1, int((frame.width - GAP) // (NOTE + GAP)))
        row, col = self._slot(
            ("frame", frame.id), columns, lambda: len(self.snapshot.loose_notes(frame.id))
        )
        y = top + row * (NOTE + GAP)
        self.grow[frame.id] = max(self.grow.get(frame.id, 0.0), y + NOTE + GAP - frame.y)
        return frame.x + GAP + col * (NOTE + GAP), y

    def write(self, rows: Sequence[CsvNote], targets: list[_Target]) -> CsvImport:
        language = self.snapshot.language
        with self.doc.write():
            groups = self._group_ids(rows)
            new_frames = self._new_frames(rows, targets)
            z = self.writer.top(NoteRow.c.z)
            values = []
            for index, (row, target) in enumerate(zip(rows, targets, strict=True)):
                if target.zone is not None:
                    x, y = self._in_zone(target.zone)
                else:
                    x, y = self._loose_place(target.frame)
                group_id = groups.get(row.group.casefold()) if row.group else None
                group = self.snapshot.group_by_id.get(group_id) if group_id else None
                values.append(
                    {
                        "id": index + 1,
                        "text": row.text,
                        "x": x,
                        "y": y,
                        "width": NOTE,
                        "height": NOTE,
                        "z": z + index + 1,
                        "colour": row.colour or (group.colour if group else DEFAULT_COLOUR),
                        "zone_id": target.zone.id if target.zone else None,
                        "group_id": group_id,
                        "author": row.author,
                        "kind": "note",
                        "fields": {},
                        "image_id": None,
                        "created_at": row.created,
                        "updated_at": row.created,
                    }
                )
            notes = self.writer.insert("note", values, keep_ids=False)
            self._grow_frames()
            self._votes(rows, notes, language)
        frame_ids = sorted({t.frame.id for t in targets if t.frame is not None})
        return CsvImport(list(notes.values()), new_frames, frame_ids)

    def _grow_frames(self) -> None:
        for frame_id, height in self.grow.items():
            frame = self.frames[frame_id]
            if height > frame.height:
                with self.doc.write() as conn:
                    conn.execute(
                        update(FrameRow).where(FrameRow.c.id == frame_id).values(height=height)
                    )
                    self.doc.record("frame", updated=[frame_id])

    def _votes(self, rows: Sequence[CsvNote], notes: dict[int, int], language: str) -> None:
        if not any(row.votes for row in rows):
            return
        title = VOTE_TITLE.get(language, VOTE_TITLE["fi"])
        vote = self.writer.insert(
            "vote",
            [
                {
                    "id": 1,
                    "title": title,
                    "frame_id": None,
                    "budget": 0,
                    "budget_per": "group",
                    "hidden": False,
                    "started_at": "",
                    "ended_at": now_iso(),
                }
            ],
            keep_ids=False,
        )[1]
        dots = [
            {
                "id": 1,
                "vote_id": vote,
                "note_id": notes[index + 1],
                "group_id": None,
                "voter": "",
                "created_at": "",
            }
            for index, row in enumerate(rows)
            for _ in range(row.votes)
        ]
        self.writer.insert("dot", [d | {"id": n + 1} for n, d in enumerate(dots)], keep_ids=False)
