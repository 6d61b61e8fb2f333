"""What changed since a revision: the boxes of the notes changed, the last few hundred.

A view keeps its far view as one image (:mod:`canvas.far_backdrop`); a phone's note landing
in sight changed the blocks, and the whole image (2.25 windows: background, frames, every
block and the dots on them) was drawn again for one note, some 10-25 ms on this machine, for
every arrival of sixty phones writing. Knowing which boxes changed since the image was drawn,
the view draws only those parts of it again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

if TYPE_CHECKING:
    from canvas.scene import BoardScene

Box = tuple[float, float, float, float]

MOST = 512
"""Changed boxes remembered; a change of more notes than that at once is not remembered box
by box (the views then draw their pictures whole, as a bulk change repaints them anyway)."""


class DamageLog:
    """The boxes changed at each revision after :attr:`_known_after`."""

    __slots__ = ("_known_after", "_log")

    def __init__(self) -> None:
        self._log: list[tuple[int, Box]] = []
        self._known_after = 0
        """Every change made after this revision is in :attr:`_log`."""

    def add(self, revision: int, boxes: Iterable[Box]) -> None:
        """``boxes`` (where notes were and are now) changed, making ``revision``."""
        log = self._log
        log.extend((revision, box) for box in boxes)
        if len(log) > MOST:
            cut = len(log) - MOST // 2
            self._known_after = max(self._known_after, log[cut - 1][0])
            del log[:cut]

    def lost(self, revision: int) -> None:
        """Everything may have changed up to ``revision`` (a board filled at once)."""
        self._log.clear()
        self._known_after = revision

    def since(self, revision: int) -> list[Box] | None:
        """The boxes changed after ``revision``; None when that is not known any more."""
        if revision < self._known_after:
            return None
        return [box for at, box in self._log if at > revision]


HIGHLIGHT_REACH_PX = 3.0
"""How far a drop highlight's border reaches out of its cell on screen, at most."""


def lit_area(scene: BoardScene, zone_ids: Iterable[int], scale: float) -> list[QRectF]:
    """One scene area around these cells and their highlight's border (see
    :func:`canvas.frame_far.paint_far`): a drop's cells drawn again as one part."""
    area = QRectF()
    for zone_id in zone_ids:
        zone = scene.frames.zone_item(zone_id)
        if zone is not None:
            area = area.united(zone.scene_rect())
    if area.isEmpty():
        return []
    grow = HIGHLIGHT_REACH_PX / max(scale, 1e-6)
    return [area.adjusted(-grow, -grow, grow, grow)]
