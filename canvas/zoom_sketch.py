"""A quick sketch of part of the board: frames, zones and notes as plain filled shapes.

While a zoom moves outwards the view shows its last frame scaled and must fill the strips
around it that the frame did not show (see :mod:`canvas.zoom_glide`). Painting every item
there costs as much as a whole frame (zone fills, text, one render setup per strip), and even
a plain fill per note item costs milliseconds where the strips hold hundreds of notes (a big
board at 30 %), so the strips get this sketch — the same colours and places without text, the
notes as the far view's blocks, no item looked up — for the moment until the zoom rests and
the frame is drawn whole.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QTransform

from canvas.far_paint import paint_blocks
from canvas.far_view import FarCache
from canvas.frame_items import FarKey, FrameItem, ZoneItem
from canvas.frame_style import FRAME_BORDER, FRAME_FILL, TITLE_BAR, ZONE_BORDER
from canvas.note_item import colour_for

_FRAME_PEN = QPen(FRAME_BORDER, 1.5)
_FRAME_PEN.setCosmetic(True)
_ZONE_PEN = QPen(ZONE_BORDER, 1.0)
_ZONE_PEN.setCosmetic(True)


def _frame(painter: QPainter, frame: FrameItem) -> None:
    painter.setPen(_FRAME_PEN)
    painter.setBrush(FRAME_FILL)
    painter.drawRect(frame.scene_rect())
    bar = frame.title_rect()
    if bar.height() > 0:
        painter.fillRect(bar.translated(frame.pos()), TITLE_BAR)


_ZONES: dict[FarKey, list[tuple[str, list[QRectF]]]] = {}
"""Each kind of frame's zones by colour, in frame coordinates (frames of one template share)."""


def _zones_of(frame: FrameItem) -> list[tuple[str, list[QRectF]]]:
    key = frame.far_key()
    found = _ZONES.get(key)
    if found is None:
        if len(_ZONES) >= 256:
            _ZONES.clear()
        by_colour: dict[str, list[QRectF]] = {}
        for zone in frame.childItems():
            if isinstance(zone, ZoneItem):
                rect = zone.rect().translated(zone.pos())
                by_colour.setdefault(zone.zone.colour, []).append(rect)
        found = _ZONES[key] = list(by_colour.items())
    return found


def _paint_frame(painter: QPainter, frame: FrameItem, lines: bool) -> None:
    """A frame and its zones (painter in scene coordinates)."""
    _frame(painter, frame)
    origin = frame.pos()
    painter.setPen(_ZONE_PEN if lines else Qt.PenStyle.NoPen)
    painter.translate(origin)
    for colour, rects in _zones_of(frame):
        painter.setBrush(colour_for(colour))
        painter.drawRects(rects)
    painter.translate(-origin)


_STAMPS: dict[tuple[FarKey, float], QImage] = {}
"""A kind of frame (zones without lines) drawn once at a zoom, for the board's picture
(:mod:`canvas.far_overview`): a workshop board repeats its templates, and one image copied
costs a tenth of a frame's dozen fills (300 frames of a 20,000-note board: 18 ms of the
picture's pieces drawn during a zoom-out's steps, 2 ms with the copies)."""
_SIMPLE = (
    QTransform.TransformationType.TxNone,
    QTransform.TransformationType.TxTranslate,
    QTransform.TransformationType.TxScale,
)
STAMP_MARGIN = 1
"""Pixels around a frame's stamp for its border pen (1.5 px, half outside the frame)."""
MAX_STAMPS = 64


def _stamp(frame: FrameItem, scale: float) -> QImage:
    """``frame`` without zone lines drawn at ``scale`` (device pixels a scene unit), its
    top-left corner :data:`STAMP_MARGIN` pixels in; the same image for every frame of its kind."""
    key = (frame.far_key(), scale)
    found = _STAMPS.get(key)
    if found is None:
        if len(_STAMPS) >= MAX_STAMPS:
            _STAMPS.clear()
        rect = frame.scene_rect()
        margin = 2 * STAMP_MARGIN
        found = QImage(
            math.ceil(rect.width() * scale) + margin,
            math.ceil(rect.height() * scale) + margin,
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        found.fill(Qt.GlobalColor.transparent)
        painter = QPainter(found)
        painter.translate(STAMP_MARGIN, STAMP_MARGIN)
        painter.scale(scale, scale)
        painter.translate(-rect.left(), -rect.top())
        _paint_frame(painter, frame, False)
        painter.end()
        _STAMPS[key] = found
    return found


def _paint_stamped(painter: QPainter, frame: FrameItem) -> None:
    """:func:`_paint_frame` without lines, from the stamp of its kind when the painter only
    scales and moves (the board's picture), to the nearest pixel."""
    transform = painter.transform()
    scale = transform.m11()
    if transform.type() not in _SIMPLE or scale != transform.m22() or scale <= 0:
        _paint_frame(painter, frame, False)
        return
    image = _stamp(frame, scale)
    corner = transform.map(frame.scene_rect().topLeft())
    painter.resetTransform()
    at = QPointF(round(corner.x()) - STAMP_MARGIN, round(corner.y()) - STAMP_MARGIN)
    painter.drawImage(at, image)
    painter.setTransform(transform)


def sketch_far(
    painter: QPainter,
    frames: Iterable[FrameItem],
    blocks: FarCache,
    areas: list[QRectF],
    background: QBrush,
    lines: bool = True,
) -> None:
    """Sketch ``areas`` of a board seen from far (painter in scene coordinates, clipped to
    them): the frames there, bottom to top, with their zones, then every note as a block —
    no item lookup, which costs more than the drawing when thousands of notes are in sight.
    Without ``lines`` the zones are plain fills (a picture of the whole board)."""
    for piece in sketch_far_pieces(frames, blocks, areas, background, lines):
        piece(painter)


BATCH_RECTS = 1000
"""Notes drawn by one piece at most: a colour of 5,000 notes drawn at once was a 5 ms piece
in a zoom step whose budget for the board's picture is 2 ms."""

Piece = Callable[[QPainter], None]
"""Draws one piece of a sketch (painter in scene coordinates)."""


def sketch_far_pieces(
    frames: Iterable[FrameItem],
    blocks: FarCache,
    areas: list[QRectF],
    background: QBrush,
    lines: bool = True,
    ground: bool = True,
) -> list[Piece]:
    """:func:`sketch_far` in pieces, drawn in turn: the background (unless ``ground`` is
    False: the caller fills it), each frame, the notes a colour at a time; so a big board's
    sketch can be spread over a few turns."""

    def fill(painter: QPainter) -> None:
        for area in areas:
            painter.fillRect(area, background)

    def frame_piece(frame: FrameItem) -> Piece:
        def draw(painter: QPainter) -> None:
            if lines:
                _paint_frame(painter, frame, True)
            else:
                _paint_stamped(painter, frame)

        return draw

    def batch(colour: QColor, rects: list[QRectF]) -> Piece:
        def draw(painter: QPainter) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRects(rects)

        return draw

    def near(painter: QPainter) -> None:
        for area in areas:
            paint_blocks(painter, blocks, area=area)

    pieces: list[Piece] = [fill] if ground else []
    for frame in frames:
        if any(frame.scene_rect().intersects(area) for area in areas):
            pieces.append(frame_piece(frame))
    if any(blocks.spans_most(area) for area in areas):
        # Far out: the notes near the areas (strips round a zoom-out step), in colour order:
        # every note of a 20,000-note board clipped to the strips cost 10-15 ms a step.
        pieces.extend(
            batch(colour, rects[start : start + BATCH_RECTS])
            for colour, rects in blocks.batches_near(areas)
            for start in range(0, len(rects), BATCH_RECTS)
        )
    else:
        pieces.append(near)
    return pieces
