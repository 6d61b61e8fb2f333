"""How one view shows the shared scene: per-view painting options for notes.

The laptop and the projector show the same :class:`~canvas.scene.BoardScene` (the same items),
but not always the same way: the projector may show blank cards while groups write, a dark
high-contrast background, no resize handles, or a vote's dots that the laptop keeps to the
group that placed them. A view makes its :class:`ViewLook` the current one while it paints
(like :data:`canvas.layout_queue.paint_budget`), and :class:`~canvas.note_item.NoteItem`
reads it; painting outside a view (PNG export, ``scene.render``) uses :data:`PLAIN`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGlyphRun, QPainter, QPen

from canvas import style
from canvas.dot_sprites import paint_row

if TYPE_CHECKING:
    from canvas.far_view import FarCache
    from canvas.note_item import NoteItem


class DotSource(Protocol):
    """Where a look finds the dots of the vote it shows (see :class:`canvas.dots.DotTally`)."""

    def colours(
        self, note_id: int, group_id: int | None = None, only_group: bool = False
    ) -> Sequence[QColor]: ...

    def note_ids(self) -> Iterable[int]: ...


class NoteLookup(Protocol):
    def items_for(self, note_ids: Iterable[int]) -> list[NoteItem]: ...

    def note_items(self) -> Iterator[NoteItem]: ...

    def item_for(self, note_id: int) -> NoteItem | None: ...

    def far_cache(self) -> FarCache: ...


DIM_COLOUR = QColor(233, 236, 239, 190)
"""The canvas background, mostly opaque: notes of other groups fade into the board."""
DOT_EDGE = QColor("#111111")
CONTRAST_EDGE = QColor("#FFFFFF")
COUNT_TEXT = QColor("#FFFFFF")


def _pen(colour: QColor, width: float, cosmetic: bool = True) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(cosmetic)
    return pen


_CONTRAST_PEN = _pen(CONTRAST_EDGE, 3.0)
_NO_PEN = QPen(Qt.PenStyle.NoPen)


class ViewLook:
    """The options one view paints notes with. Change fields, then call :meth:`changed` and
    repaint the view."""

    __slots__ = (
        "decorates",
        "dim_except",
        "dot_group",
        "dots",
        "handles",
        "hide_text",
        "high_contrast",
        "min_text_px",
        "only_group_dots",
    )

    def __init__(self) -> None:
        self.hide_text = False
        """Blank cards: colour without text (private writing, projector only)."""
        self.high_contrast = False
        """White edges around notes (for a dark background)."""
        self.min_text_px = style.MIN_READABLE_TEXT_PX
        """Text smaller than this on screen is not drawn (the projector: 18 px, the back row)."""
        self.handles = True
        """Resize handle and grow button on selected notes (the editing view only)."""
        self.dots: DotSource | None = None
        """The vote whose dots are drawn on notes, or None for no dots."""
        self.dot_group: int | None = None
        self.only_group_dots = False
        """Draw only the dots of :attr:`dot_group` (a hidden vote on the laptop)."""
        self.dim_except: int | None = None
        """Highlight one group: notes of other groups are faded."""
        self.decorates = False
        """Whether a note must call :func:`decorate` after its body (kept cheap to test)."""

    def changed(self) -> None:
        self.decorates = self.dots is not None or self.dim_except is not None or self.high_contrast


PLAIN = ViewLook()
current: ViewLook = PLAIN
"""The look of the view being painted now; :data:`PLAIN` outside a view's paint."""
frames = 0
"""Paints begun with :func:`painting_with`: what a note's paint may keep for the rest of one
view's paint (:mod:`canvas.note_sprites`) is kept while this stays the same."""


@contextmanager
def painting_with(look: ViewLook) -> Iterator[None]:
    global current, frames
    previous, current = current, look
    frames += 1
    try:
        yield
    finally:
        current = previous


def dot_colours(item: NoteItem) -> Sequence[QColor]:
    """The dots the current look shows on ``item`` (none when it shows no vote)."""
    look = current
    if look.dots is None:
        return ()
    return look.dots.colours(item.note_id, look.dot_group, look.only_group_dots)


def decorate(
    painter: QPainter, item: NoteItem, lod: float, colours: Sequence[QColor] | None = None
) -> None:
    """Draw what the current look adds on top of a painted note (painter in item units);
    ``colours``: its dots if the caller has already asked for them."""
    look = current
    rect = item.rect()
    if look.dim_except is not None and item.note.group_id != look.dim_except:
        painter.fillRect(rect, DIM_COLOUR)
    if look.high_contrast:
        painter.setPen(_CONTRAST_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
    if look.dots is not None:
        if colours is None:
            colours = look.dots.colours(item.note_id, look.dot_group, look.only_group_dots)
        if colours:
            paint_dots(painter, rect, colours, lod)


def decorate_far(
    painter: QPainter,
    scene: NoteLookup,
    visible: QRectF,
    scale: float,
    areas: Sequence[QRectF] = (),
) -> None:
    """The far view draws notes as batched blocks; add the current look's marks to those in
    sight (painter in scene units). With only dots to draw, only notes with dots are visited.
    ``areas`` (within ``visible``): only notes touching one of them are marked, once each (a
    zoom step that draws only the strips at the view's edges)."""
    look = current
    dots = look.dots
    dim = look.dim_except
    if dots is not None and dim is None and not look.high_contrast:
        items: Iterable[NoteItem] = scene.items_for(dots.note_ids())
    else:
        items = scene.note_items()
    blocks = scene.far_cache()
    for item in items:
        note = item.note
        if (
            note.x > visible.right()
            or note.y > visible.bottom()
            or note.x + note.width < visible.left()
            or note.y + note.height < visible.top()
        ):
            continue
        if areas and not any(
            note.x <= area.right()
            and note.y <= area.bottom()
            and note.x + note.width >= area.left()
            and note.y + note.height >= area.top()
            for area in areas
        ):
            continue
        wants_dots = dots is not None and dots.colours(
            note.id, look.dot_group, look.only_group_dots
        )
        if not (wants_dots or dim is not None or look.high_contrast) or blocks.buried(note.id):
            continue  # no marks, or a note lies exactly on this one and hides them
        painter.save()
        painter.translate(item.pos())
        decorate(painter, item, scale)
        painter.restore()


class FarMarks:
    """The current look's marks of notes the far view draws one by one in stacking order
    (:func:`canvas.far_stack.paint_in_order`), each right after its block."""

    def __init__(self, scene: NoteLookup, scale: float) -> None:
        self._scene, self._scale = scene, scale
        look = current
        self._every = look.dim_except is not None or look.high_contrast
        self._dots = look.dots

    def has(self, note_id: int) -> bool:
        look = current
        if self._every:
            return True
        dots = self._dots
        return dots is not None and bool(
            dots.colours(note_id, look.dot_group, look.only_group_dots)
        )

    def paint(self, painter: QPainter, note_id: int) -> None:
        item = self._scene.item_for(note_id)
        if item is None:
            return
        painter.save()
        painter.translate(item.pos())
        decorate(painter, item, self._scale)
        painter.restore()


_STICKERS: dict[int, QColor] = {}


def sticker(colour: QColor) -> QColor:
    """A dot in its group's colour, but deeper than the pastel notes, so a yellow group's
    dot still stands out on a yellow note (and never looks like an empty ring)."""
    key = colour.rgba()
    found = _STICKERS.get(key)
    if found is None:
        hue, saturation, value = colour.hue(), colour.saturation(), colour.value()
        if saturation < 20:  # grey, white, no group: a dark grey dot
            found = QColor.fromHsv(0, 0, int(value * 0.4))
        else:
            found = QColor.fromHsv(max(hue, 0), min(255, saturation + 110), int(value * 0.82))
        _STICKERS[key] = found
    return found


def dot_radius(rect: QRectF, lod: float) -> float:
    """Big enough to see from the back of the room (at least 6 px), never more than a fifth
    of the note."""
    side = min(rect.width(), rect.height())
    return min(max(side * 0.09, 6.0 / max(lod, 1e-6)), side * 0.2)


def dot_centres(rect: QRectF, count: int, radius: float) -> list[QPointF]:
    """Where dots sit: a row along the top edge from the right, wrapping into a second row."""
    step = radius * 2.3
    margin = radius * 0.6
    per_row = max(1, int((rect.width() - 2 * margin) // step))
    centres = []
    for index in range(count):
        row, col = divmod(index, per_row)
        centres.append(
            QPointF(
                rect.right() - margin - radius - col * step,
                rect.top() + margin + radius + row * step,
            )
        )
    return centres


def _dot_rows(rect: QRectF, count: int, radius: float) -> int:
    per_row = max(1, int((rect.width() - 1.2 * radius) // (radius * 2.3)))
    return 1 if count <= per_row else 2


def dot_strip(item: NoteItem, lod: float, colours: Sequence[QColor] | None = None) -> float:
    """Height at the top of a note kept free of text for its dots under the current look
    (0 when it shows none): dots never cover what a note says. ``colours``: its dots if the
    caller has already asked for them."""
    if colours is None:
        colours = dot_colours(item)
    if not colours:
        return 0.0
    rect = item.rect()
    radius = dot_radius(rect, lod)
    rows = _dot_rows(rect, len(colours), radius)
    return radius * 0.6 * 1.5 + 2 * radius + (rows - 1) * radius * 2.3


def paint_text_below(
    painter: QPainter,
    item: NoteItem,
    runs: Sequence[QGlyphRun],
    origin: QPointF,
    block_height: float,
    strip: float,
    pixel_size: float,
    lod: float,
) -> float:
    """Draw a note's text in the part below its dot strip, scaled down only as far as it
    must to fit there (and not at all if that is below the view's smallest text); returns
    the scale used."""
    rect = item.rect()
    bottom_pad = max(origin.x(), 2.0)
    room = rect.height() - strip - bottom_pad
    scale = min(1.0, room / block_height) if block_height > 0 else 1.0
    if pixel_size * scale * lod < current.min_text_px:
        return scale
    middle = rect.width() / 2.0
    top = strip + max((room - block_height * scale) / 2.0, 0.0)
    painter.save()
    painter.setPen(style.TEXT_COLOUR)
    painter.translate(middle, top)
    painter.scale(scale, scale)
    painter.translate(-middle, -origin.y())
    for run in runs:
        painter.drawGlyphRun(origin, run)
    painter.restore()
    return scale


_RING_PEN = _pen(CONTRAST_EDGE, 1.0, cosmetic=False)


def dot_pad(rect: QRectF, lod: float) -> float:
    """How far (item units) a note's dots may reach past its edge: their rings'
    antialiased rim."""
    edge = max(dot_radius(rect, lod) * 0.22, 1.0 / max(lod, 1e-6))
    return 2.0 * edge + 2.0 / max(lod, 1e-6)


def paint_dots(painter: QPainter, rect: QRectF, colours: Sequence[QColor], lod: float) -> None:
    """Coloured dots in the strip along the top, each with a dark edge inside a white ring,
    so a dot shows on a note of any colour (its own too, and a dark one); more than two
    rows become one dark dot with the count. Copied from a pixmap of the row made the first
    time these dots were drawn on a note of this size at this zoom
    (:mod:`canvas.dot_sprites`)."""
    radius = dot_radius(rect, lod)
    pad = dot_pad(rect, lod)
    rows = _dot_rows(rect, len(colours), radius)
    bottom = rect.top() + radius * 0.6 + 2 * radius + (rows - 1) * radius * 2.3
    area = QRectF(rect.left() - pad, rect.top() - pad, rect.width() + 2 * pad, 0.0)
    area.setBottom(min(bottom, rect.bottom()) + pad)
    paint_row(painter, rect, colours, lod, area, draw_dots)


def draw_dots(painter: QPainter, rect: QRectF, colours: Sequence[QColor], lod: float) -> None:
    """:func:`paint_dots` drawn (lod: the scale its sizes are chosen for)."""
    radius = dot_radius(rect, lod)
    per_row = max(1, int((rect.width() - 1.2 * radius) // (radius * 2.3)))
    shown = list(colours)
    overflow = len(shown) > 2 * per_row
    if overflow:
        shown = shown[: 2 * per_row - 1]
    centres = dot_centres(rect, len(shown) + (1 if overflow else 0), radius)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    edge = max(radius * 0.22, 1.0 / max(lod, 1e-6))
    ring = QPen(_RING_PEN)
    ring.setWidthF(edge * 1.6)
    painter.setPen(ring)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for centre in centres:
        painter.drawEllipse(centre, radius + edge * 0.9, radius + edge * 0.9)
    painter.setPen(_pen(DOT_EDGE, edge, cosmetic=False))
    for centre, colour in zip(centres, shown, strict=False):
        painter.setBrush(sticker(colour))
        painter.drawEllipse(centre, radius, radius)
    if overflow:
        centre = centres[-1]
        painter.setBrush(DOT_EDGE)
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(COUNT_TEXT)
        painter.setFont(style.note_font(max(int(radius), 4)))
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(len(colours)))
    painter.setPen(_NO_PEN)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
