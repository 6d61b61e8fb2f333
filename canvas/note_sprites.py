"""A note seen again at the same zoom is copied from a picture of it instead of drawn.

Drawing a note with its text and dots costs about 30 µs of Python and raster work; a view
showing a frame whole has two or three hundred of them, and repaints them all whenever a
phone's note arrives or a dot is placed. The same note at the same zoom is the same pixels,
so the third time a note is painted the same way in a view its face (block, text, dots,
marks) is drawn once into an opaque pixmap in device pixels and, from then on, copied from it
unscaled: an opaque copy is a plain memory copy, a few microseconds. The shadow and the
block are still drawn (flat fills), and the picture copied over the block's inside.

The pixels stay exactly those drawn directly: the picture is keyed by everything the face's
paint reads (text, size, colour, zoom, the device pixel ratio, the note's position within its
device pixel, its dots and the view's look), is drawn with the same fraction of a pixel at its
origin, and covers the device pixels inside the note's block but its outermost ring (Qt
fills a pixel whose centre lies in the block, and a centre exactly on its edge goes either
way by rounding: the block drawn under the copy fills those as drawing does), so the copy
lands on the pixels drawing would have touched. A note's dots are not in its picture: they
are copied from their own (:mod:`canvas.dot_sprites`) over it, as drawing does; notes with
the high-contrast edge (past the block) are drawn.

Selected, edited, translucent and rotated notes, and pictures for export (no view's look),
are always drawn directly; so is a note the first :data:`SIGHTINGS` times it is painted the
same way, so frames at a new zoom (a zoom step and the frame where it rests, a fresh view)
cost what they did before. Pictures are kept up to
:data:`MAX_BYTES`, the oldest first out.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPixmap, QTransform

from canvas import look

if TYPE_CHECKING:
    from canvas.note_item import NoteItem
    from models.records import NoteData

MAX_BYTES = 40 * 1024 * 1024
"""Pixels kept: a 1600 × 1000 view covered with notes about six times over (a note is ~90 KB
at 100 %, ~8 KB in a frame shown whole)."""
SIGHTINGS = 2
"""Paints that draw a note before its picture is drawn (at the next): a zoom passing through
a scale paints each note there once or twice, and drawing pictures nobody copies would make
those frames dearer."""
_SUBPIXEL = 4096.0
"""A note's offset within its device pixel is told apart in 1/4096ths of a pixel."""
_IDENTITY = QTransform()


class _Picture:
    """One note's face in device pixels; ``pixmap`` is None once let go for room."""

    __slots__ = ("bytes", "left", "pixmap", "top")

    def __init__(self, pixmap: QPixmap, left: int, top: int) -> None:
        self.pixmap: QPixmap | None = pixmap
        self.left, self.top = left, top
        self.bytes = pixmap.width() * pixmap.height() * 4


Seen = tuple[
    tuple[object, ...],
    "NoteData",
    QRectF,
    tuple[int, int],
    tuple[int, ...],
    bool,
    "_Picture | int",
]
"""What a note was last painted with in one view, and its picture if it has one (else how
many times it was painted so)."""

_kept: dict[int, _Picture] = {}
"""Every picture still held, oldest first; notes refer to theirs, so letting one go here
(its pixmap set to None) frees its pixels even while its note lives."""
_next = 0
_bytes = 0

_frame = -1
_lod = 0.0
_token: tuple[object, ...] | None = None
_ratio = 1.0
_tokens: dict[tuple[object, ...], tuple[object, ...]] = {}
"""One object per distinct view state, so a note compares its picture's by identity."""


def _view_token(painter: QPainter, lod: float, view: look.ViewLook) -> None:
    """What every note's face in this view's paint depends on besides the note, worked out
    once per paint (None when pictures are not copied: a rotated or translucent paint, the
    high-contrast edge)."""
    global _frame, _lod, _token, _ratio
    _frame, _lod, _token = look.frames, lod, None
    transform = painter.worldTransform()
    if view.high_contrast or transform.isRotating() or painter.opacity() != 1.0:
        return
    device = painter.device()
    _ratio = device.devicePixelRatioF() if device is not None else 1.0
    state = (
        lod,
        _ratio,
        view.dim_except,
        view.hide_text,
        view.min_text_px,
        view.dots is not None,
        view.dot_group,
        view.only_group_dots,
    )
    token = _tokens.get(state)
    if token is None:
        if len(_tokens) > 256:
            _tokens.clear()
        token = _tokens[state] = state
    _token = token


def paint(
    painter: QPainter, item: NoteItem, transform: QTransform, lod: float, view: look.ViewLook
) -> bool:
    """Paint ``item`` (not selected, not edited; the painter in item units under
    ``transform`` at scale ``lod``, at least :data:`style.TEXT_LOD`): its shadow, then its
    face copied from its picture, drawing the picture first if the note was painted like
    this in this view :data:`SIGHTINGS` times before. False (nothing painted) when the
    caller must draw it itself.

    The hot path of a steady frame: as few calls into Qt as will do (each costs about a
    microsecond)."""
    if look.frames != _frame or _lod != lod:
        _view_token(painter, lod, view)
    token = _token
    if token is None:
        return False
    ratio = _ratio
    note = item.note
    dots = view.dots
    colours = dots.colours(note.id, view.dot_group, view.only_group_dots) if dots else ()
    dotted = tuple(colour.rgba() for colour in colours) if colours else ()
    x, y = transform.dx() * ratio, transform.dy() * ratio
    left, top = math.floor(x), math.floor(y)
    fx, fy = x - left, y - top
    rect = item.rect()
    place = (int(fx * _SUBPIXEL), int(fy * _SUBPIXEL))
    hidden = item.text_hidden
    pictures = item.pictures
    if pictures is None:
        pictures = item.pictures = {}
    mine = pictures.get(id(view))
    if (
        mine is None
        or mine[0] is not token
        or mine[1] is not note
        or mine[2] is not rect
        or mine[3] != place
        or mine[4] != dotted
        or mine[5] != hidden
    ):
        pictures[id(view)] = (token, note, rect, place, dotted, hidden, 1)
        return False  # the first time: drawn
    kept = mine[6]
    if isinstance(kept, int) and kept < SIGHTINGS:
        pictures[id(view)] = (token, note, rect, place, dotted, hidden, kept + 1)
        return False
    picture = kept if isinstance(kept, _Picture) else None
    pixmap = picture.pixmap if picture is not None else None
    if picture is None or pixmap is None:
        picture = _draw(painter, item, lod, ratio, fx, fy)
        if picture is None:
            return False
        pictures[id(view)] = (token, note, rect, place, dotted, hidden, picture)
        pixmap = picture.pixmap
        if pixmap is None:  # let go at once: more than MAX_BYTES in one picture
            return False
    item.paint_block(painter, lod, view.dim_except is not None and note.group_id != view.dim_except)
    painter.setWorldTransform(_IDENTITY)
    if ratio == 1.0:
        painter.drawPixmap(left + picture.left, top + picture.top, pixmap)
    else:
        painter.drawPixmap(
            QPointF((left + picture.left) / ratio, (top + picture.top) / ratio), pixmap
        )
    if colours:  # copied from their own pictures, placed as drawing places them
        painter.setWorldTransform(transform)
        look.paint_dots(painter, rect, colours, lod)
    # Else the painter is left unscaled: Qt restores its state after each item's paint.
    return True


def _draw(
    painter: QPainter, item: NoteItem, lod: float, ratio: float, fx: float, fy: float
) -> _Picture | None:
    """``item``'s face drawn into an opaque pixmap of the device pixels inside its block
    (Qt fills those whose centre lies in it; the outermost ring of them is left out), the
    note's origin at ``(fx, fy)`` from its origin pixel; None when its text is not laid out
    yet (it is drawn directly meanwhile)."""
    global _next, _bytes
    if not item.text_ready():
        return None
    rect = item.rect()
    pixels = lod * ratio
    # The block's device pixels; an edge lying (almost) exactly between two pixels goes
    # either way by rounding, so the copy stops a pixel short of it and the block drawn
    # under the copy every time fills that row as drawing does.
    left, top = _inner(fx), _inner(fy)
    width = _outer(fx + rect.width() * pixels) - left
    height = _outer(fy + rect.height() * pixels) - top
    if width <= 0 or height <= 0:
        return None
    pixmap = QPixmap(width, height)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(item.colour)  # opaque: copied without blending
    drawing = QPainter(pixmap)
    drawing.setRenderHints(painter.renderHints())
    drawing.setWorldTransform(
        QTransform(lod, 0.0, 0.0, lod, (fx - left) / ratio, (fy - top) / ratio)
    )
    item.paint_face(drawing, lod, look.current, shadow=False, dots=False)
    drawing.end()
    picture = _Picture(pixmap, left, top)
    _kept[_next] = picture
    _next += 1
    _bytes += picture.bytes
    while _bytes > MAX_BYTES and len(_kept) > 1:
        oldest = _kept.pop(next(iter(_kept)))
        oldest.pixmap = None
        _bytes -= oldest.bytes
    return picture


_HALF = 1e-6
"""How near a pixel's centre an edge may lie before its rounding is in doubt."""


def _inner(edge: float) -> int:
    """The first pixel surely inside a block whose leading edge is at ``edge`` (a pixel is
    filled when its centre, ``i + 0.5``, lies in the block)."""
    centre = edge + 0.5
    nearest = round(centre)
    return nearest if abs(centre - nearest) < _HALF else math.floor(centre)


def _outer(edge: float) -> int:
    """The pixel past the last one surely inside a block whose trailing edge is at
    ``edge``."""
    centre = edge + 0.5
    nearest = round(centre)
    return nearest - 1 if abs(centre - nearest) < _HALF else math.floor(centre)


def forget() -> None:
    """Let every picture go (tests; a board closed)."""
    global _bytes, _frame, _token
    for picture in _kept.values():
        picture.pixmap = None
    _kept.clear()
    _tokens.clear()
    _bytes, _frame, _token = 0, -1, None


def kept_bytes() -> int:
    return _bytes
