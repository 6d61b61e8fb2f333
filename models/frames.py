"""Frames (template instances) and their zones: insert, move, remove, rename, edit rows and
columns, and which zone a note belongs to. ``doc.frames`` is a :class:`FrameStore`.

Undo is built on whole-frame states (:class:`~models.frame_types.FrameEdit`): undo is
``apply(edit.before)``, redo is ``apply(edit.after)``; both write absolute values, so a
frame comes back exactly (same ids, same numbers), however many steps are undone.

Which cell a note belongs to is decided in :mod:`models.membership`; inserting or moving a
frame over loose notes does not adopt them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal

from models.clock import now_iso
from models.frame_grid import GridEditor, set_note_places
from models.frame_rows import (
    ALL_FRAMES,
    ALL_ZONES,
    frame_columns,
    frame_from_row,
    zone_columns,
    zone_from_row,
    zone_order,
    zone_reader,
)
from models.frame_states import apply_state, edit_since, vars_of
from models.frame_types import (
    FrameEdit,
    FrameGrid,
    FrameLayoutError,
    FrameState,
    NotesPolicy,
    ZoneNotEmptyError,
    is_cell,
)
from models.lazy_sql import sa, tables
from models.membership import Membership
from models.note_values import clean_text
from models.records import FrameData, NoteData, NotePatch, ZoneData
from models.templates.format import Template
from models.templates.plan import HEADER, MOOD, MOOD_RANGE, plan_frame

if TYPE_CHECKING:
    from models.document import BoardDocument
    from models.templates.grid import Rect


class FrameStore:
    """Reads and writes the ``frames`` and ``zones`` tables of one :class:`BoardDocument`."""

    def __init__(self, document: BoardDocument) -> None:
        self._doc = document
        self._grid = GridEditor(self, document)
        self._membership = Membership(document)

    # --- reading --------------------------------------------------------------------------
    @property
    def document(self) -> BoardDocument:
        return self._doc

    def all(self) -> list[FrameData]:
        check = self._doc.checks.frame
        return self._doc.read_rows(ALL_FRAMES, lambda row: check(frame_from_row(row)))

    def get(self, frame_id: int) -> FrameData | None:
        with self._doc.read() as conn:
            row = conn.execute(
                sa.select(*frame_columns()).where(tables.FrameRow.c.id == frame_id)
            ).first()
        return self._doc.checks.frame(frame_from_row(row)) if row is not None else None

    def zones(self, frame_id: int | None = None) -> list[ZoneData]:
        """Zones of one frame (or of all frames), headers included, in row/column order."""
        check = self._doc.checks.zone
        if frame_id is None:  # opening a board: plain rows, straight from the driver
            read = zone_reader()
            return self._doc.read_rows(ALL_ZONES, lambda row: check(read(row)))
        query = (
            sa.select(*zone_columns())
            .order_by(*zone_order())
            .where(tables.ZoneRow.c.frame_id == frame_id)
        )
        with self._doc.read() as conn:
            return [check(zone_from_row(row)) for row in conn.execute(query).all()]

    def zone(self, zone_id: int) -> ZoneData | None:
        with self._doc.read() as conn:
            row = conn.execute(
                sa.select(*zone_columns()).where(tables.ZoneRow.c.id == zone_id)
            ).first()
        return self._doc.checks.zone(zone_from_row(row)) if row is not None else None

    def grid(self, frame_id: int) -> FrameGrid:
        frame = self._require(frame_id)
        zones = self.zones(frame_id)
        return FrameGrid(
            frame,
            tuple(sorted((z for z in zones if z.row == HEADER), key=lambda z: z.col)),
            tuple(sorted((z for z in zones if z.col == HEADER), key=lambda z: z.row)),
            tuple(z for z in zones if is_cell(z)),
        )

    def label(self, zone_id: int) -> str:
        """What a cell means, in words: "Loppuasiakas · Unelmat", "Odottaminen · Ideat"."""
        zone = self.zone(zone_id)
        if zone is None:
            return ""
        if not is_cell(zone):
            return zone.title
        grid = self.grid(zone.frame_id)
        row = next((z.title for z in grid.rows if z.row == zone.row), "")
        col = next((z.title for z in grid.columns if z.col == zone.col), "")
        return " · ".join(part for part in (row, col, zone.title) if part)

    def notes_in(self, zone_ids: Iterable[int]) -> list[NoteData]:
        """Notes belonging to these zones, in z order."""
        wanted = list(zone_ids)
        with self._doc.read() as conn:
            ids = (
                conn.execute(
                    sa.select(tables.NoteRow.c.id)
                    .where(tables.NoteRow.c.zone_id.in_(wanted))
                    .order_by(tables.NoteRow.c.z, tables.NoteRow.c.id)
                )
                .scalars()
                .all()
            )
        return self._doc.notes.many(ids)

    def state(self, frame_id: int) -> FrameState:
        """The frame as it is now, with its member notes: what :meth:`apply` brings back."""
        frame = self._require(frame_id)
        zones = self.zones(frame_id)
        with self._doc.read() as conn:
            created = conn.execute(
                sa.select(tables.FrameRow.c.created_at).where(tables.FrameRow.c.id == frame_id)
            ).scalar_one()
            votes = (
                conn.execute(
                    sa.select(tables.VoteRow.c.id)
                    .where(tables.VoteRow.c.frame_id == frame_id)
                    .order_by(tables.VoteRow.c.id)
                )
                .scalars()
                .all()
            )
        notes = self.notes_in(zone.id for zone in zones)
        return FrameState(frame_id, frame, created, tuple(zones), tuple(notes), (), tuple(votes))

    def _require(self, frame_id: int) -> FrameData:
        frame = self.get(frame_id)
        if frame is None:
            raise FrameLayoutError("That frame is no longer on the board.")
        return frame

    # --- inserting and restoring ----------------------------------------------------------
    def instantiate(
        self,
        template: Template,
        x: float,
        y: float,
        language: str | None = None,
        options: Mapping[str, bool] | None = None,
    ) -> int:
        """Put a new frame of ``template`` with its top-left corner at (x, y); returns its id.

        Titles and prompts are copied in ``language`` (default: the board's), so a facilitator
        can rename them on this board without touching the template.
        """
        language = language or self._doc.info().language
        plan = plan_frame(template, x, y, language, options, self._doc.groups.all())
        stamp = now_iso()
        with self._doc.write() as conn:
            top = conn.execute(
                sa.select(sa.func.max(tables.FrameRow.c.z), sa.func.max(tables.FrameRow.c.position))
            ).one()
            key = conn.execute(
                sa.insert(tables.FrameRow).values(
                    template_key=plan.template_key,
                    title=plan.title,
                    x=plan.x,
                    y=plan.y,
                    width=plan.width,
                    height=plan.height,
                    z=(top[0] or 0.0) + 1.0,
                    position=(top[1] if top[1] is not None else -1) + 1,
                    created_at=stamp,
                )
            ).inserted_primary_key
            assert key is not None
            frame_id = int(key[0])
            zone_ids = [self.insert_zone(conn, frame_id, vars_of(zone)) for zone in plan.zones]
            self._doc.record("frame", added=[frame_id])
            self._doc.record("zone", added=zone_ids)
        return frame_id

    def insert_zone(self, conn: sa.Connection, frame_id: int, values: Mapping[str, Any]) -> int:
        """Insert one zone inside the caller's transaction (the caller records it)."""
        key = conn.execute(
            sa.insert(tables.ZoneRow).values(frame_id=frame_id, **values)
        ).inserted_primary_key
        assert key is not None
        return int(key[0])

    def apply(self, state: FrameState) -> None:
        """Make the board match ``state`` for this frame: the undo and redo of every edit."""
        apply_state(self._doc, state)

    def edit_since(self, before: FrameState) -> FrameEdit:
        """Pair ``before`` with the frame as it is now (:func:`~models.frame_states.edit_since`)."""
        return edit_since(self, before)

    # --- whole frames ---------------------------------------------------------------------
    def remove(self, frame_id: int, notes: Literal["release", "delete"] = "release") -> FrameEdit:
        """Take a frame off the board. Its notes stay where they are without a zone
        (``release``), or go with it (``delete``); ``apply(edit.before)`` brings all back."""
        before = self.state(frame_id)
        kept = tuple(replace(note, zone_id=None) for note in before.notes)
        absent = tuple(note.id for note in before.notes)
        if notes == "release":
            gone = FrameState(frame_id, None, before.created_at, (), kept)
        else:
            gone = FrameState(frame_id, None, before.created_at, (), (), absent)
        self.apply(gone)
        return self.edit_since(before)

    def move(self, frame_id: int, dx: float, dy: float) -> FrameEdit:
        """Move a frame with its zones and member notes."""
        before = self.state(frame_id)
        with self._doc.write() as conn:
            conn.execute(
                sa.update(tables.FrameRow)
                .where(tables.FrameRow.c.id == frame_id)
                .values(x=tables.FrameRow.c.x + dx, y=tables.FrameRow.c.y + dy)
            )
            conn.execute(
                sa.update(tables.ZoneRow)
                .where(tables.ZoneRow.c.frame_id == frame_id)
                .values(x=tables.ZoneRow.c.x + dx, y=tables.ZoneRow.c.y + dy)
            )
            set_note_places(conn, [(n.id, n.x + dx, n.y + dy, n.zone_id) for n in before.notes])
            self._doc.record("frame", updated=[frame_id])
            self._doc.record("zone", updated=[zone.id for zone in before.zones])
            self._doc.record("note", updated=[note.id for note in before.notes])
        return self.edit_since(before)

    def rename_frame(self, frame_id: int, title: str) -> str:
        """Change a frame's title; returns the previous one (rename again to undo)."""
        previous = self._require(frame_id).title
        with self._doc.write() as conn:
            conn.execute(
                sa.update(tables.FrameRow)
                .where(tables.FrameRow.c.id == frame_id)
                .values(title=clean_text(title))
            )
            self._doc.record("frame", updated=[frame_id])
        return previous

    # --- zones ----------------------------------------------------------------------------
    def rename_zone(
        self, zone_id: int, title: str | None = None, prompt: str | None = None
    ) -> tuple[str, str]:
        """Rename a segment, stage, lane, group column or theme in place (its header zone) or
        a cell; returns the previous (title, prompt)."""
        zone = self.zone(zone_id)
        if zone is None:
            raise FrameLayoutError("That part of the frame is no longer on the board.")
        values = {}
        if title is not None:
            values["title"] = clean_text(title)
        if prompt is not None:
            values["prompt"] = clean_text(prompt)
        if values:
            with self._doc.write() as conn:
                conn.execute(
                    sa.update(tables.ZoneRow).where(tables.ZoneRow.c.id == zone_id).values(**values)
                )
                self._doc.record("zone", updated=[zone_id])
        return zone.title, zone.prompt

    def set_mood(self, zone_id: int, mood: int | None) -> int | None:
        """Mark how a journey-map stage feels (−2…+2, ``None`` clears); returns the previous."""
        zone = self.zone(zone_id)
        if zone is None or MOOD not in zone.data:
            raise FrameLayoutError("Only the feelings lane of a journey map holds a feeling.")
        low, high = MOOD_RANGE
        if mood is not None and not (isinstance(mood, int) and low <= mood <= high):
            raise ValueError(f"a feeling is a whole number from {low} to {high}, not {mood!r}")
        with self._doc.write() as conn:
            conn.execute(
                sa.update(tables.ZoneRow)
                .where(tables.ZoneRow.c.id == zone_id)
                .values(data={**zone.data, MOOD: mood})
            )
            self._doc.record("zone", updated=[zone_id])
        previous = zone.data[MOOD]
        return int(previous) if previous is not None else None

    def zone_at(self, x: float, y: float) -> int | None:
        """The cell under a point (see :meth:`models.membership.Membership.zone_at`)."""
        return self._membership.zone_at(x, y)

    def assign_zones(self, note_ids: Iterable[int]) -> dict[int, NotePatch]:
        """Store each note's cell; returns previous ``zone_id`` values for undo."""
        return self._membership.assign_zones(note_ids)

    def reassign_zones(self, note_ids: Iterable[int]) -> dict[int, tuple[int | None, int | None]]:
        """Like :meth:`assign_zones`; returns (previous, new) ``zone_id`` of changed notes."""
        return self._membership.reassign(note_ids)

    def zones_after(
        self, patches: Mapping[int, Mapping[str, Any]]
    ) -> dict[int, tuple[int | None, int | None]]:
        """(previous, new) ``zone_id`` of notes that ``patches`` move into another cell."""
        return self._membership.zones_after(patches)

    def zones_under(self, centres: Mapping[int, tuple[float, float]]) -> dict[int, int | None]:
        """The cell under each point (see :meth:`models.membership.Membership.zones_under`)."""
        return self._membership.zones_under(centres)

    def tidy(self, zone_id: int) -> dict[int, NotePatch]:
        """Arrange a cell's notes in a grid; returns their previous positions for undo."""
        return self._membership.tidy(self, zone_id)

    # --- rows, columns and free zones (see models.frame_grid) -----------------------------
    def add_column(
        self,
        frame_id: int,
        index: int,
        title: str = "",
        prompt: str = "",
        key: str | None = None,
        width: float | None = None,
    ) -> FrameEdit:
        return self._grid.add(frame_id, "col", index, title, prompt, key, width)

    def add_row(
        self,
        frame_id: int,
        index: int,
        title: str = "",
        prompt: str = "",
        key: str | None = None,
        height: float | None = None,
    ) -> FrameEdit:
        return self._grid.add(frame_id, "row", index, title, prompt, key, height)

    def remove_column(self, frame_id: int, index: int, notes: NotesPolicy = "refuse") -> FrameEdit:
        return self._grid.remove(frame_id, "col", index, notes)

    def remove_row(self, frame_id: int, index: int, notes: NotesPolicy = "refuse") -> FrameEdit:
        return self._grid.remove(frame_id, "row", index, notes)

    def move_column(self, frame_id: int, index: int, to: int) -> FrameEdit:
        return self._grid.reorder(frame_id, "col", index, to)

    def move_row(self, frame_id: int, index: int, to: int) -> FrameEdit:
        return self._grid.reorder(frame_id, "row", index, to)

    def add_zone(
        self,
        frame_id: int,
        title: str,
        prompt: str = "",
        rect: Rect | None = None,
        colour: str | None = None,
    ) -> FrameEdit:
        """Add a zone to a free frame (a new theme on the experiment wall); without ``rect`` it
        goes right of the last zone, the same size. The frame grows to hold it."""
        return self._grid.add_free(frame_id, title, prompt, rect, colour)

    def remove_zone(self, zone_id: int, notes: NotesPolicy = "refuse") -> FrameEdit:
        """Remove a zone of a free frame; the frame keeps its size."""
        return self._grid.remove_free(zone_id, notes)


__all__ = [
    "FrameEdit",
    "FrameGrid",
    "FrameLayoutError",
    "FrameState",
    "FrameStore",
    "NotesPolicy",
    "ZoneNotEmptyError",
    "is_cell",
]
