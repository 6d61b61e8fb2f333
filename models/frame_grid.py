"""Editing a frame's structure: add, remove and reorder rows and columns (segments, lanes,
stages, groups) and the free zones of a free frame.

Cells keep their keys and their notes when they move; the zones and notes after the edited
row/column shift by the same amount as their cell. Removing a part that holds notes is
refused unless the caller says what to do with the notes (:data:`NotesPolicy`): notes are
never deleted as a side effect. Each operation is one transaction and returns a
:class:`FrameEdit` whose ``before`` state undoes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from models.clock import now_iso
from models.frame_types import (
    FrameEdit,
    FrameLayoutError,
    FrameState,
    NotesPolicy,
    ZoneNotEmptyError,
    is_cell,
)
from models.lazy_sql import sa, tables
from models.note_values import clean_text
from models.records import NoteData, ZoneData
from models.templates.plan import HEADER, MOOD, MOOD_LANE, cell_key

if TYPE_CHECKING:
    from models.document import BoardDocument
    from models.frames import FrameStore
    from models.templates.grid import Rect, Regrid

# models.templates.grid (the geometry of editing rows and columns) is imported by the
# operations that use it: opening and painting a board never do.

Axis = Literal["row", "col"]
RELEASE_GAP = 80.0
"""Distance between a frame's bottom edge and notes released from a removed part."""
PLAIN_CELL = "#FFFFFF"


def set_note_places(
    conn: sa.Connection, places: Sequence[tuple[int, float, float, int | None]]
) -> None:
    """Write (id, x, y, zone_id) of many notes in one executemany: moving a frame of 500
    notes is one statement, not 500."""
    if not places:
        return
    stamp = now_iso()
    statement = (
        sa.update(tables.NoteRow)
        .where(tables.NoteRow.c.id == sa.bindparam("note_id"))
        .values(
            x=sa.bindparam("new_x"),
            y=sa.bindparam("new_y"),
            zone_id=sa.bindparam("new_zone"),
            updated_at=stamp,
        )
    )
    conn.execute(
        statement,
        [{"note_id": i, "new_x": x, "new_y": y, "new_zone": zone} for i, x, y, zone in places],
    )


def _shared_colour(zones: Sequence[ZoneData]) -> str | None:
    colours = {zone.colour for zone in zones}
    return colours.pop() if len(colours) == 1 else None


def _unique_key(wanted: str | None, taken: set[str], stem: str) -> str:
    if wanted and "/" not in wanted and wanted not in taken:
        return wanted
    number = 1
    while f"{stem}-{number}" in taken:
        number += 1
    return f"{stem}-{number}"


class GridEditor:
    def __init__(self, store: FrameStore, document: BoardDocument) -> None:
        self._store = store
        self._doc = document

    # --- rows and columns -----------------------------------------------------------------
    def _grid_state(self, frame_id: int, axis: Axis) -> FrameState:
        from models.templates.grid import is_grid

        before = self._store.state(frame_id)
        if not is_grid(before.zones):
            raise FrameLayoutError("This frame has no rows or columns; edit its zones instead.")
        if axis == "row" and not any(zone.col == HEADER for zone in before.zones):
            raise FrameLayoutError("This frame has a single row; add or remove columns instead.")
        return before

    def add(
        self,
        frame_id: int,
        axis: Axis,
        index: int,
        title: str,
        prompt: str,
        key: str | None,
        size: float | None,
    ) -> FrameEdit:
        from models.templates.grid import Slot, current_slots, regrid, shape_of

        before = self._grid_state(frame_id, axis)
        assert before.frame is not None
        shape = shape_of(before.frame, before.zones)
        tracks = shape.columns if axis == "col" else shape.rows
        index = min(max(index, 0), len(tracks))
        size = size if size is not None and size > 0 else tracks[max(index - 1, 0)].size
        slots = current_slots(tracks)
        slots.insert(index, Slot(None, float(size)))
        columns = slots if axis == "col" else current_slots(shape.columns)
        rows = slots if axis == "row" else current_slots(shape.rows)
        plan = regrid(shape, before.zones, columns, rows)
        headers = [z for z in before.zones if (z.row if axis == "col" else z.col) == HEADER]
        key = _unique_key(key, {z.key for z in headers}, "column" if axis == "col" else "row")
        neighbour = min(headers, key=lambda z: abs((z.col if axis == "col" else z.row) - index))
        with self._doc.write() as conn:
            self._relayout(conn, before, plan)
            new_header = {
                "key": key,
                "title": clean_text(title),
                "prompt": clean_text(prompt),
                "colour": neighbour.colour,
                "data": {},
            }
            self._create(conn, before, plan, axis, new_header)
        return self._store.edit_since(before)

    def _create(
        self,
        conn: sa.Connection,
        before: FrameState,
        plan: Regrid,
        axis: Axis,
        new_header: dict[str, Any],
    ) -> None:
        """Make the header and cells of the new row or column at the places ``plan`` left."""
        moved = {zone.id: plan.moved[zone.id] for zone in before.zones if zone.id in plan.moved}
        col_headers = {moved[z.id].col: z for z in before.zones if z.row == HEADER}
        row_headers = {moved[z.id].row: z for z in before.zones if z.col == HEADER}
        cells = [z for z in before.zones if is_cell(z)]
        made: list[int] = []
        for rect in plan.created:
            values: dict[str, Any]
            if rect.row == HEADER or rect.col == HEADER:
                values = dict(new_header)
            else:
                row_zone, col_zone = row_headers.get(rect.row), col_headers.get(rect.col)
                row_key = row_zone.key if row_zone else new_header["key"]
                col_key = col_zone.key if col_zone else new_header["key"]
                single_row = not row_headers and axis == "col"
                if axis == "col":
                    peers = [c for c in cells if moved[c.id].row == rect.row]
                else:
                    peers = [c for c in cells if moved[c.id].col == rect.col]
                mood = row_zone is not None and bool(row_zone.data.get(MOOD_LANE))
                values = {
                    "key": cell_key(None if single_row else row_key, col_key),
                    "title": "",
                    "prompt": "",
                    "colour": _shared_colour(peers) or PLAIN_CELL,
                    "data": {MOOD: None} if mood else {},
                }
            values.update(
                row=rect.row, col=rect.col, x=rect.x, y=rect.y, width=rect.width, height=rect.height
            )
            made.append(self._store.insert_zone(conn, before.frame_id, values))
        self._doc.record("zone", added=made)

    def _relayout(self, conn: sa.Connection, before: FrameState, plan: Regrid) -> None:
        """Move kept zones and their notes to their new places; drop removed zones."""
        zones = {zone.id: zone for zone in before.zones}
        shift: dict[int, tuple[float, float]] = {}
        for zone_id, rect in plan.moved.items():
            old = zones[zone_id]
            shift[zone_id] = (rect.x - old.x, rect.y - old.y)
            if (rect.row, rect.col, rect.x, rect.y, rect.width, rect.height) != (
                old.row,
                old.col,
                old.x,
                old.y,
                old.width,
                old.height,
            ):
                conn.execute(
                    sa.update(tables.ZoneRow)
                    .where(tables.ZoneRow.c.id == zone_id)
                    .values(
                        row=rect.row,
                        col=rect.col,
                        x=rect.x,
                        y=rect.y,
                        width=rect.width,
                        height=rect.height,
                    )
                )
        places = []
        for note in before.notes:
            dx, dy = shift.get(note.zone_id or 0, (0.0, 0.0))
            if dx or dy:
                places.append((note.id, note.x + dx, note.y + dy, note.zone_id))
        set_note_places(conn, places)
        moved_notes = [place[0] for place in places]
        if plan.removed:
            conn.execute(sa.delete(tables.ZoneRow).where(tables.ZoneRow.c.id.in_(plan.removed)))
        conn.execute(
            sa.update(tables.FrameRow)
            .where(tables.FrameRow.c.id == before.frame_id)
            .values(width=plan.width, height=plan.height)
        )
        self._doc.record("frame", updated=[before.frame_id])
        self._doc.record("zone", updated=list(plan.moved), removed=list(plan.removed))
        self._doc.record("note", updated=moved_notes)

    def remove(self, frame_id: int, axis: Axis, index: int, policy: NotesPolicy) -> FrameEdit:
        from models.templates.grid import current_slots, regrid, shape_of

        before = self._grid_state(frame_id, axis)
        assert before.frame is not None
        shape = shape_of(before.frame, before.zones)
        tracks = shape.columns if axis == "col" else shape.rows
        if not 0 <= index < len(tracks):
            raise FrameLayoutError("That row or column is no longer in the frame.")
        if len(tracks) == 1:
            raise FrameLayoutError("A frame keeps at least one row and one column.")
        doomed = {
            z.id
            for z in before.zones
            if is_cell(z) and (z.col if axis == "col" else z.row) == index
        }
        inside = [note for note in before.notes if note.zone_id in doomed]
        self._check_empty(inside, policy, "column" if axis == "col" else "row")
        slots = current_slots(tracks)
        del slots[index]
        columns = slots if axis == "col" else current_slots(shape.columns)
        rows = slots if axis == "row" else current_slots(shape.rows)
        plan = regrid(shape, before.zones, columns, rows)
        track = tracks[index]
        top = shape.rows[0].start if axis == "col" else track.start
        with self._doc.write() as conn:
            self._relayout(conn, before, plan)
            self._dispose(conn, inside, policy, before.frame.y + plan.height + RELEASE_GAP - top)
        return self._store.edit_since(before)

    def _check_empty(
        self,
        inside: Sequence[NoteData],
        policy: NotesPolicy,
        what: Literal["row", "column", "zone"],
    ) -> None:
        if not inside or policy != "refuse":
            return
        ids, n = [note.id for note in inside], len(inside)
        if what == "row":
            raise ZoneNotEmptyError(
                "This row holds {n} notes. Move them first, or choose to keep "
                "them below the frame or to delete them.",
                ids,
                n=n,
            )
        if what == "column":
            raise ZoneNotEmptyError(
                "This column holds {n} notes. Move them first, or choose to "
                "keep them below the frame or to delete them.",
                ids,
                n=n,
            )
        raise ZoneNotEmptyError(
            "This zone holds {n} notes. Move them first, or choose to keep "
            "them below the frame or to delete them.",
            ids,
            n=n,
        )

    def _dispose(
        self, conn: sa.Connection, inside: Sequence[NoteData], policy: NotesPolicy, dy: float
    ) -> None:
        """Release notes of a removed part below the frame, or delete them, as asked."""
        if not inside:
            return
        if policy == "delete":
            self._doc.notes.remove([note.id for note in inside])
            return
        set_note_places(conn, [(note.id, note.x, note.y + dy, None) for note in inside])
        self._doc.record("note", updated=[note.id for note in inside])

    def reorder(self, frame_id: int, axis: Axis, index: int, to: int) -> FrameEdit:
        from models.templates.grid import current_slots, regrid, shape_of

        before = self._grid_state(frame_id, axis)
        assert before.frame is not None
        shape = shape_of(before.frame, before.zones)
        tracks = shape.columns if axis == "col" else shape.rows
        if not (0 <= index < len(tracks) and 0 <= to < len(tracks)):
            raise FrameLayoutError("That row or column is no longer in the frame.")
        slots = current_slots(tracks)
        slots.insert(to, slots.pop(index))
        columns = slots if axis == "col" else current_slots(shape.columns)
        rows = slots if axis == "row" else current_slots(shape.rows)
        plan = regrid(shape, before.zones, columns, rows)
        with self._doc.write() as conn:
            self._relayout(conn, before, plan)
        return self._store.edit_since(before)

    # --- free zones -----------------------------------------------------------------------
    def add_free(
        self, frame_id: int, title: str, prompt: str, rect: Rect | None, colour: str | None
    ) -> FrameEdit:
        from models.templates.grid import Rect, is_grid

        before = self._store.state(frame_id)
        assert before.frame is not None
        if is_grid(before.zones):
            raise FrameLayoutError("Add a row or a column to this frame instead.")
        frame = before.frame
        last = max(before.zones, key=lambda z: (z.row, z.id), default=None)
        row = (last.row + 1) if last else 0
        if rect is None:
            gap = 40.0
            if last is None:
                rect = Rect(row, 0, frame.x, frame.y, 480.0, 480.0)
            else:
                rect = Rect(row, 0, last.x + last.width + gap, last.y, last.width, last.height)
        taken = {zone.key for zone in before.zones}
        values = {
            "key": _unique_key(None, taken, "zone"),
            "title": clean_text(title),
            "prompt": clean_text(prompt),
            "colour": colour or (last.colour if last else PLAIN_CELL),
            "data": {},
            "row": row,
            "col": 0,
            "x": rect.x,
            "y": rect.y,
            "width": rect.width,
            "height": rect.height,
        }
        right = max(frame.x + frame.width, rect.x + rect.width)
        bottom = max(frame.y + frame.height, rect.y + rect.height)
        left, top = min(frame.x, rect.x), min(frame.y, rect.y)
        with self._doc.write() as conn:
            zone_id = self._store.insert_zone(conn, frame_id, values)
            conn.execute(
                sa.update(tables.FrameRow)
                .where(tables.FrameRow.c.id == frame_id)
                .values(x=left, y=top, width=right - left, height=bottom - top)
            )
            self._doc.record("zone", added=[zone_id])
            self._doc.record("frame", updated=[frame_id])
        return self._store.edit_since(before)

    def remove_free(self, zone_id: int, policy: NotesPolicy) -> FrameEdit:
        from models.templates.grid import is_grid

        zone = self._store.zone(zone_id)
        if zone is None:
            raise FrameLayoutError("That zone is no longer on the board.")
        before = self._store.state(zone.frame_id)
        assert before.frame is not None
        if is_grid(before.zones):
            raise FrameLayoutError("Remove a row or a column of this frame instead.")
        if len(before.zones) == 1:
            raise FrameLayoutError("A frame keeps at least one zone.")
        inside = [note for note in before.notes if note.zone_id == zone_id]
        self._check_empty(inside, policy, "zone")
        frame_bottom = before.frame.y + before.frame.height
        with self._doc.write() as conn:
            conn.execute(sa.delete(tables.ZoneRow).where(tables.ZoneRow.c.id == zone_id))
            self._doc.record("zone", removed=[zone_id])
            self._dispose(conn, inside, policy, frame_bottom + RELEASE_GAP - zone.y)
        return self._store.edit_since(before)
