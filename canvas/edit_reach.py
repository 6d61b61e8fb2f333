"""A note opened for writing comes within reach: at a zoom where it is a block or too small
to read, the typing would show nowhere (the far view draws notes as blocks, and a 200-unit
note at 16 % is 32 pixels wide), so the view glides to the note until it reads."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

if TYPE_CHECKING:
    from canvas.fly import ViewFlight
    from canvas.view import BoardView

READABLE_NOTE_PX = 120.0
"""A note at least this wide on screen is read where it is: the view stays put."""
REACH_NOTE_PX = 240.0
"""How wide a note brought within reach is on screen (never past 100 %)."""
GLIDE_MS = 220


class EditReach:
    """Brings the note one view starts editing within reach (held by that view)."""

    def __init__(self, view: BoardView) -> None:
        self._ref = weakref.ref(view)  # no cycle through the view (see canvas.interaction)
        self._flight: ViewFlight | None = None

    def reach(self, rect: QRectF) -> bool:
        """Glide so the note at ``rect`` (scene units) is read, when it is not yet; True
        when the view moves."""
        view = self._ref()
        if view is None:
            return False
        scale = view.transform().m11()
        if rect.width() <= 0 or (
            rect.width() * scale >= READABLE_NOTE_PX and not view.uses_blocks()
        ):
            return False
        target = min(1.0, max(scale, REACH_NOTE_PX / rect.width()))
        viewport = view.viewport().rect()
        sight = QRectF(0.0, 0.0, viewport.width() / target, viewport.height() / target)
        sight.moveCenter(rect.center())
        if self._flight is None:
            from canvas.fly import ViewFlight  # loaded the first time, as by the projector

            self._flight = ViewFlight(view, GLIDE_MS)
        view.end_glide()
        self._flight.fly_to(sight, 0, target)
        return True

    def flying(self) -> bool:
        return self._flight is not None and self._flight.is_flying()
