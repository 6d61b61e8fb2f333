"""What may be shown of a board outside the room's screens: everything but the notes written
privately from phones that the facilitator has not revealed yet (``notes.hidden``).

The projector shows such a note as a blank card; a handout or a picture of the board is
passed on after the workshop, so it leaves them out entirely, with their dots. Revealing on
the board and exporting again brings them in. Why not print them: private writing is used for
what people would not say aloud, and a handout that shows what the room never saw cannot be
taken back, while a missing note is one click away.
"""

from __future__ import annotations

import dataclasses

from models.snapshot import BoardSnapshot


def revealed(snapshot: BoardSnapshot) -> tuple[BoardSnapshot, int]:
    """``snapshot`` without hidden notes, and how many were left out."""
    hidden = {note.id for note in snapshot.notes if note.hidden}
    if not hidden:
        return snapshot, 0
    shown = dataclasses.replace(
        snapshot,
        notes=tuple(note for note in snapshot.notes if note.id not in hidden),
        dots=tuple(dot for dot in snapshot.dots if dot.note_id not in hidden),
    )
    return shown, len(hidden)
