"""How each projector stop is shown, planned once and kept while its content stays the same.

A stop is shown on the wall itself when everything in sight reaches 18 px, else in a reading
layout (:mod:`canvas.reading`), which may take several pages. Laying out a cell's cards costs
a few milliseconds a note, so layouts are kept by what they show (the notes' texts, colours
and order, the screen area): an edit re-plans the one cell it touched, not the board.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QRectF

from canvas.legibility import wall_is_legible
from canvas.reading import MIN_PX, Page, Steps, cell_page_steps, drain
from canvas.reading_frame import structure_page
from canvas.scene import BoardScene
from canvas.stops import FRAME, ZONE, BoardParts, Stop
from models.records import NoteData, ZoneData

KEPT_LAYOUTS = 256


def _note_key(note: NoteData, x0: float = 0.0, y0: float = 0.0) -> tuple[Hashable, ...]:
    """What a layout shows of a note; its place relative to (``x0``, ``y0``)."""
    return (
        note.id,
        note.text,
        note.colour,
        note.kind,
        round(note.x - x0),
        round(note.y - y0),
        round(note.width),
        round(note.height),
        repr(sorted(note.fields.items())) if note.fields else "",
        note.hidden,  # a private phone note is a blank card until revealed
    )


def dot_strip(area: QRectF) -> float:
    """Height kept free at the top of each card while a vote's dots are shown."""
    return max(40.0, area.height() / 14.0)


def _zone_key(zone: ZoneData) -> tuple[Hashable, ...]:
    return (
        zone.id,
        zone.title,
        zone.prompt,
        zone.colour,
        zone.row,
        zone.col,
        round(zone.x),
        round(zone.y),
        round(zone.width),
        round(zone.height),
    )


class StopPlanner:
    """Plans stops for one board; ``plan(stop, area)`` is None for the wall, else pages."""

    def __init__(self) -> None:
        self._layouts: OrderedDict[Hashable, list[Page] | None] = OrderedDict()
        self._limit = KEPT_LAYOUTS

    def clear(self) -> None:
        self._layouts.clear()
        self._limit = KEPT_LAYOUTS

    def keep_at_least(self, count: int) -> None:
        """Room for ``count`` layouts: every stop laid out in idle time keeps its layout, so a
        change undone finds the layouts it had (kept by what they show) instead of laying out
        again every stop it touched."""
        self._limit = max(self._limit, count)

    def _kept(self, key: Hashable, make: Callable[[], list[Page] | None]) -> list[Page] | None:
        if key in self._layouts:
            self._layouts.move_to_end(key)
            return self._layouts[key]
        return self._keep(key, make())

    def _keep(self, key: Hashable, found: list[Page] | None) -> list[Page] | None:
        self._layouts[key] = found
        while len(self._layouts) > self._limit:
            self._layouts.popitem(last=False)
        return found

    def _kept_steps(
        self, key: Hashable, make: Callable[[], Steps[list[Page]]]
    ) -> Steps[list[Page] | None]:
        if key in self._layouts:
            self._layouts.move_to_end(key)
            return self._layouts[key]
        return self._keep(key, (yield from make()))

    def plan(
        self,
        parts: BoardParts,
        language: str,
        scene: BoardScene,
        stop: Stop,
        area: QRectF,
        dots: bool = False,
    ) -> list[Page] | None:
        """``dots``: a vote's dots are shown, so each card keeps a strip free for them."""
        return drain(self.plan_steps(parts, language, scene, stop, area, dots))

    def plan_steps(
        self,
        parts: BoardParts,
        language: str,
        scene: BoardScene,
        stop: Stop,
        area: QRectF,
        dots: bool = False,
    ) -> Steps[list[Page] | None]:
        """:meth:`plan` a step at a time (a cell a page tried at a time, a frame at once)."""
        if stop.kind not in (FRAME, ZONE) or stop.id is None:
            return None
        size = (
            round(area.width()),
            round(area.height()),
            round(area.left()),
            round(area.top()),
            language,
            dots,
        )
        strip = dot_strip(area) if dots else 0.0
        if stop.kind == ZONE:
            # A cell on the wall never stands alone (its neighbours, headers and the
            # feelings curve show around it), so a cell always gets a reading layout.
            notes = parts.notes.get(stop.id, [])
            # Reading order follows the notes' places relative to each other: a cell whose
            # notes all moved together (a drag of the whole selection) keeps its layout.
            x0 = min((note.x for note in notes), default=0.0)
            y0 = min((note.y for note in notes), default=0.0)
            key = ("cell", size, tuple(_note_key(note, x0, y0) for note in notes))
            return (
                yield from self._kept_steps(
                    key, lambda: cell_page_steps(notes, area, language, strip=strip)
                )
            )
        frame = next((f for f in parts.frames if f.id == stop.id), None)
        if frame is None:
            return None
        zones = parts.zones.get(stop.id, [])
        notes = [note for zone in zones for note in parts.notes.get(zone.id, [])]
        rect = stop.rect
        frame_key: Hashable = (
            "frame",
            size,
            (
                frame.title,
                round(rect.x()),
                round(rect.y()),
                round(rect.width()),
                round(rect.height()),
            ),
            tuple(_zone_key(zone) for zone in zones),
            tuple((*_note_key(n), n.zone_id) for n in notes),
        )

        def structure() -> list[Page] | None:
            # Kept with the layout: whether the wall itself is legible depends on the same
            # texts, sizes and places (it lays out every note of the frame to find out).
            if wall_is_legible(scene, rect, area.size(), MIN_PX):
                return None
            by_zone: dict[int, list[NoteData]] = {}
            for note in notes:
                if note.zone_id is not None:
                    by_zone.setdefault(note.zone_id, []).append(note)
            return [structure_page(parts.grid(frame), zones, by_zone, area, language, strip=strip)]

        return self._kept(frame_key, structure)
