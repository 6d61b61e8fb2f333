"""How big the projector draws text at a stop: the measure behind "readable from the back row".

On-screen text height is the font's pixel size times the view's scale. For the wall's own
layout this module reads the sizes the items chose (note fits, card faces, header boxes) and
multiplies; for a reading layout the sizes are screen pixels already (:mod:`canvas.reading`).
The presenter uses :func:`wall_is_legible` to decide how a stop is shown, and the legibility
benchmark and tests report the same figures.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSizeF

from canvas import zoom
from canvas.card_item import CardItem
from canvas.frame_items import FrameItem, ZoneItem

if TYPE_CHECKING:
    from canvas.scene import BoardScene


@dataclass(slots=True)
class Seen:
    """What one stop shows: on-screen text heights (px) of notes and of headers, and the
    painted rectangles (screen px) of everything with text, for overlap checks."""

    notes: list[float] = field(default_factory=list)
    headers: list[float] = field(default_factory=list)
    note_ids: set[int] = field(default_factory=set)
    """Notes whose text is shown at a readable size."""
    rects: list[QRectF] = field(default_factory=list)

    def smallest(self) -> float | None:
        sizes = self.notes + self.headers
        return min(sizes) if sizes else None


def fit_scale(area: QSizeF, rect: QRectF, max_scale: float = zoom.MAX_FIT_SCALE) -> float:
    """The scale at which ``rect`` fills ``area`` (as :class:`canvas.fly.ViewFlight` flies)."""
    if rect.width() <= 0 or rect.height() <= 0:
        return zoom.clamp_scale(min(1.0, max_scale))
    return zoom.clamp_scale(
        min(area.width() / rect.width(), area.height() / rect.height(), max_scale)
    )


def note_px(item: object) -> float | None:
    """Scene-unit size of the smallest text a note or card draws (None: no text)."""
    if isinstance(item, CardItem):
        face = item.face()
        sizes = [lines.pixel_size for _, lines, _ in face.lines] + [
            size for _, text, size, _, _, _ in face.texts if text
        ]
        return float(min(sizes)) if sizes else None
    text = getattr(item, "note").text  # noqa: B009 - any note item
    if not text.strip():
        return None
    return float(item.ensure_fit().pixel_size)  # type: ignore[attr-defined]


def header_px(zone: ZoneItem) -> list[float]:
    box = zone.text_box()
    return [float(lines.pixel_size) for lines in (box.title, box.prompt) if lines is not None]


def _texts(scene: BoardScene, area: QRectF, scale: float) -> Iterator[tuple[bool, float, object]]:
    """(is a note, on-screen px, item) of each text the wall shows inside ``area``; lazily,
    so a question answered by the first small text does not lay out every note."""
    for item in scene.items(area):
        if isinstance(item, FrameItem):
            box = item.text_box()
            if box.title is not None and area.contains(item.scene_rect().topLeft()):
                yield False, box.title.pixel_size * scale, item
            continue
        if isinstance(item, ZoneItem):
            if not item.is_cell and item.zone.title.strip():
                for px in header_px(item):
                    yield False, px * scale, item
            continue
        if getattr(item, "note", None) is None or not hasattr(item, "ensure_fit"):
            continue
        size = note_px(item)
        if size is not None:
            yield True, size * scale, item


def wall_seen(scene: BoardScene, area: QRectF, scale: float, min_px: float) -> Seen:
    """Text the wall shows inside ``area`` at ``scale`` (notes and headers whose text would be
    drawn at all, i.e. at least ``min_px`` on screen; smaller text is left out of the view)."""
    seen = Seen()
    for is_note, px, item in _texts(scene, area, scale):
        if not is_note:
            seen.headers.append(px)
            continue
        seen.notes.append(px)
        if px >= min_px:
            seen.note_ids.add(item.note.id)  # type: ignore[attr-defined]
    return seen


def wall_is_legible(
    scene: BoardScene,
    rect: QRectF,
    area: QSizeF,
    min_px: float,
    max_scale: float = zoom.MAX_FIT_SCALE,
) -> bool:
    """Whether showing ``rect`` fitted to ``area`` draws every note and header ≥ ``min_px``
    (the answer comes at the first smaller text)."""
    scale = fit_scale(area, rect, max_scale)
    sight = QRectF(0.0, 0.0, area.width() / scale, area.height() / scale)
    sight.moveCenter(rect.center())
    return all(px >= min_px for _, px, _ in _texts(scene, sight, scale))
