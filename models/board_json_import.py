"""Writing a checked board payload (:func:`models.board_json.parse`) into a board.

Into an empty board the ids are kept, so export → import → export gives the same text; into a
board with content, rows get new ids and the imported content is placed to the right of it.
Everything is written in one transaction, so a failed import creates nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from models.board_rows import RowWriter
from models.schema import FrameRow, NoteRow
from models.snapshot import Rect, bounds, take_snapshot

if TYPE_CHECKING:
    from models.board_json import BoardPayload
    from models.document import BoardDocument


@dataclass(frozen=True)
class ImportSummary:
    counts: dict[str, int]
    frame_ids: list[int]
    note_ids: list[int]


def import_payload(doc: BoardDocument, payload: BoardPayload) -> ImportSummary:
    """Write a checked board into ``doc`` in one transaction (see the module docstring)."""
    writer = RowWriter(doc)
    with doc.write():
        empty = writer.board_is_empty()
        dx = 0.0 if empty else _offset(doc, payload)
        dz = 0.0 if empty else writer.top(NoteRow.c.z)
        fz = 0.0 if empty else writer.top(FrameRow.c.z)
        if empty:
            writer.update_board({k: v for k, v in payload.board.items() if v})
        groups = writer.insert("group", payload.groups, keep_ids=empty)
        frames = writer.insert(
            "frame", [_moved(r, dx) | {"z": r["z"] + fz} for r in payload.frames], keep_ids=empty
        )
        zones = writer.insert(
            "zone",
            [_moved(r, dx) | {"frame_id": frames[r["frame_id"]]} for r in payload.zones],
            keep_ids=empty,
        )
        images = writer.insert("image", payload.images, keep_ids=empty)
        notes = writer.insert(
            "note",
            [
                _moved(r, dx)
                | {
                    "z": r["z"] + dz,
                    "zone_id": _map(zones, r["zone_id"]),
                    "group_id": _map(groups, r["group_id"]),
                    "image_id": _map(images, r["image_id"]),
                }
                for r in payload.notes
            ],
            keep_ids=empty,
        )
        votes = writer.insert(
            "vote",
            [r | {"frame_id": _map(frames, r["frame_id"])} for r in payload.votes],
            keep_ids=empty,
        )
        writer.insert(
            "dot",
            [
                r
                | {
                    "vote_id": votes[r["vote_id"]],
                    "note_id": notes[r["note_id"]],
                    "group_id": _map(groups, r["group_id"]),
                }
                for r in payload.dots
            ],
            keep_ids=empty,
        )
    return ImportSummary(payload.counts, list(frames.values()), list(notes.values()))


def _map(ids: dict[int, int], value: int | None) -> int | None:
    return None if value is None else ids[value]


def _moved(row: dict[str, Any], dx: float) -> dict[str, Any]:
    return row | {"x": row["x"] + dx} if dx else row


def _offset(doc: BoardDocument, payload: BoardPayload) -> float:
    """How far right imported content goes so that it lands beside what the board holds."""
    existing = take_snapshot(doc).content_bounds()
    incoming = bounds(
        [Rect(r["x"], r["y"], r["width"], r["height"]) for r in (*payload.frames, *payload.notes)]
    )
    if existing is None or incoming is None:
        return 0.0
    return existing.right + 400.0 - incoming.x
