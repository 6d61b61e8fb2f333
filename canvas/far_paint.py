"""Drawing the far view's blocks (see :class:`canvas.far_view.FarCache`): every note as a
block of its colour, or in stacking order where few are in sight, and the selection's frames
over them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

from canvas import style
from canvas.far_stack import Marks, paint_in_order

if TYPE_CHECKING:
    from canvas.far_view import FarCache


def grown_rects(blocks: Sequence[tuple[QColor, list[QRectF]]], grow: float) -> list[QRectF]:
    """The rectangles of ``blocks`` grown by ``grow`` on every side: the selection's frames
    (see :meth:`FarCache.outlines`) from the selected blocks, one C++ addition a note
    (about half of making each frame from four numbers, for each view's zoom)."""
    margins, grown = QMarginsF(grow, grow, grow, grow), QRectF.marginsAdded
    return [grown(rect, margins) for _, rects in blocks for rect in rects]  # a fifth less than +


_SELECTION_BRUSH = QBrush(style.SELECTION_COLOUR)


class Outlines(NamedTuple):
    """How the far view frames the selection: ``frames`` (the selected blocks grown, see
    :meth:`FarCache.outlines`) filled in the selection colour, then ``blocks`` (the selected
    blocks, see :meth:`FarCache.selected_blocks`) over them in their own colours. Where a
    selected note overlaps another, the selected one shows on top."""

    frames: list[QRectF]
    blocks: list[tuple[QColor, list[QRectF]]]


NO_OUTLINES = Outlines([], [])


def paint_blocks(
    painter: QPainter,
    cache: FarCache,
    outlines: Outlines = NO_OUTLINES,
    area: QRectF | None = None,
    marks: Marks | None = None,
    in_order: bool = True,
) -> bool:
    """Draw every note as a block (painter in scene coordinates), or those near ``area``,
    then frame the selection (``outlines``). Near ``area`` with few enough notes in sight,
    in stacking order without the notes lying exactly under another, each with its
    ``marks`` (see :mod:`canvas.far_stack`): True then; False when drawn in colour batches
    (marks left to the caller), always so without ``in_order`` (part of a picture drawn in
    batches drawn again)."""
    ordered = cache.in_order(area) if area is not None and in_order else None
    if ordered is not None:
        paint_in_order(painter, ordered, marks)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in cache.batches if area is None else cache.batches_in(area):
            painter.setBrush(colour)
            painter.drawRects(rects)
    paint_outlines(painter, outlines)
    return ordered is not None


def paint_outlines(painter: QPainter, outlines: Outlines) -> None:
    """Frame the selected notes' blocks (see :class:`Outlines`)."""
    if not outlines.frames:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_SELECTION_BRUSH)
    painter.drawRects(outlines.frames)
    for colour, rects in outlines.blocks:
        painter.setBrush(colour)
        painter.drawRects(rects)
