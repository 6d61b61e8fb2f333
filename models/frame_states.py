"""Whole-frame states, the undo and redo of every frame edit: :func:`apply_state` makes the
board match a :class:`~models.frame_types.FrameState` for one frame (frame row, zones, member
notes, votes), and :func:`edit_since` pairs a state taken before an edit with the frame as it
is after it. ``doc.frames.apply`` and ``doc.frames.edit_since`` call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from models.clock import now_iso
from models.frame_grid import set_note_places
from models.frame_types import FrameEdit, FrameState
from models.lazy_sql import sa, tables
from models.records import ZoneData

if TYPE_CHECKING:
    from models.document import BoardDocument
    from models.frames import FrameStore


def apply_state(doc: BoardDocument, state: FrameState) -> None:
    """Make the board match ``state`` for one frame: the undo and redo of every frame edit.
    Writes absolute values, so a frame comes back exactly (same ids, same numbers)."""
    with doc.write() as conn:
        frame_id = state.frame_id
        current = set(
            conn.execute(
                sa.select(tables.ZoneRow.c.id).where(tables.ZoneRow.c.frame_id == frame_id)
            )
            .scalars()
            .all()
        )
        exists = conn.execute(
            sa.select(tables.FrameRow.c.id).where(tables.FrameRow.c.id == frame_id)
        ).first()
        wanted = {zone.id: zone for zone in state.zones} if state.frame else {}
        gone = sorted(current - set(wanted))
        loose = _members(conn, gone)
        if state.frame is None:
            if exists:
                conn.execute(sa.delete(tables.FrameRow).where(tables.FrameRow.c.id == frame_id))
                doc.record("frame", removed=[frame_id])
        else:
            values = {
                name: getattr(state.frame, name)
                for name in (
                    "template_key",
                    "title",
                    "x",
                    "y",
                    "width",
                    "height",
                    "z",
                    "position",
                )
            }
            if exists:
                conn.execute(
                    sa.update(tables.FrameRow)
                    .where(tables.FrameRow.c.id == frame_id)
                    .values(**values)
                )
                doc.record("frame", updated=[frame_id])
            else:
                conn.execute(
                    sa.insert(tables.FrameRow).values(
                        id=frame_id, created_at=state.created_at, **values
                    )
                )
                doc.record("frame", added=[frame_id])
            if gone:
                conn.execute(sa.delete(tables.ZoneRow).where(tables.ZoneRow.c.id.in_(gone)))
            for zone in state.zones:
                values = vars_of(zone)
                if zone.id in current:
                    conn.execute(
                        sa.update(tables.ZoneRow)
                        .where(tables.ZoneRow.c.id == zone.id)
                        .values(**values)
                    )
                else:
                    conn.execute(
                        sa.insert(tables.ZoneRow).values(id=zone.id, frame_id=frame_id, **values)
                    )
            conn.execute(
                sa.update(tables.VoteRow)
                .where(tables.VoteRow.c.id.in_(state.vote_ids))
                .values(frame_id=frame_id)
            )
            doc.record(
                "zone",
                added=sorted(set(wanted) - current),
                updated=sorted(set(wanted) & current),
            )
        doc.record("zone", removed=gone)
        _place_notes(doc, conn, state, loose)


def _place_notes(
    doc: BoardDocument, conn: sa.Connection, state: FrameState, loose: list[int]
) -> None:
    listed = {note.id: note for note in state.notes}
    present = (
        set(
            conn.execute(sa.select(tables.NoteRow.c.id).where(tables.NoteRow.c.id.in_(listed)))
            .scalars()
            .all()
        )
        if listed
        else set()
    )
    missing = [note for note in state.notes if note.id not in present]
    if missing:
        doc.notes.restore(missing)
    zone_ids = [zone.id for zone in state.zones] if state.frame else []
    strays = [i for i in _members(conn, zone_ids) if i not in listed]
    set_note_places(
        conn, [(i, listed[i].x, listed[i].y, listed[i].zone_id) for i in sorted(present)]
    )
    stamp = now_iso()
    if strays:
        conn.execute(
            sa.update(tables.NoteRow)
            .where(tables.NoteRow.c.id.in_(strays))
            .values(zone_id=None, updated_at=stamp)
        )
    absent = [i for i in state.absent_notes if i not in listed]
    if absent:
        doc.notes.remove(absent)
    doc.record("note", updated=sorted(present | set(strays) | set(loose)))


def _members(conn: sa.Connection, zone_ids: Sequence[int]) -> list[int]:
    if not zone_ids:
        return []
    return list(
        conn.execute(
            sa.select(tables.NoteRow.c.id)
            .where(tables.NoteRow.c.zone_id.in_(zone_ids))
            .order_by(tables.NoteRow.c.id)
        )
        .scalars()
        .all()
    )


def edit_since(store: FrameStore, before: FrameState) -> FrameEdit:
    """Pair ``before`` with the frame as it is now; notes of ``before`` that are gone are
    recorded as absent, notes that left the frame keep their new place."""
    frame = store.get(before.frame_id)
    if frame is None:
        zones: tuple[ZoneData, ...] = ()
        votes: tuple[int, ...] = ()
        created = before.created_at
    else:
        now = store.state(before.frame_id)
        zones, created, votes = now.zones, now.created_at, now.vote_ids
    ids = [note.id for note in before.notes]
    if frame is not None:
        ids += [n.id for n in store.notes_in(z.id for z in zones) if n.id not in ids]
    notes = store.document.notes.many(ids)
    found = {note.id for note in notes}
    absent = tuple(i for i in ids if i not in found)
    after = FrameState(before.frame_id, frame, created, zones, tuple(notes), absent, votes)
    return FrameEdit(before, after)


def vars_of(zone: Any) -> dict[str, Any]:
    """The stored columns of a zone (a plan or a :class:`ZoneData`) except ids."""
    names = ("key", "title", "prompt", "row", "col", "x", "y", "width", "height", "colour")
    return {**{name: getattr(zone, name) for name in names}, "data": dict(zone.data)}
