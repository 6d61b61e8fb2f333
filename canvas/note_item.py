"""One sticky note on the canvas, painted by hand from a cached text layout.

Items are views of :class:`~models.records.NoteData` rows: the scene hands them fresh rows
after each committed change and they never write the model themselves. During a drag or a
resize gesture they show a preview (position or size) that the gesture turns into one undo
command on release.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas import item_repaint, look, note_cache, note_cover, note_sprites, style
from canvas.layout_queue import LayoutQueue, paint_budget
from canvas.text_fit import FittedText, fit_text
from models.records import NoteData

_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
)
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_TEXT_PEN = QPen(style.TEXT_COLOUR)


def _cosmetic_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


_SELECTION_PEN = _cosmetic_pen(style.SELECTION_COLOUR, 3.0)
_HANDLE_PEN = _cosmetic_pen(QColor("#FFFFFF"), 1.5)
_COLOURS: dict[str, QColor] = {}


def colour_for(name: str) -> QColor:
    """Shared QColor per ``#RRGGBB``: parsing a colour name costs ~10 µs, a lookup nothing."""
    colour = _COLOURS.get(name)
    if colour is None:
        colour = _COLOURS[name] = QColor(name)
    return colour


_GEOMETRY: dict[tuple[float, float], tuple[QRectF, QRectF]] = {}
"""(rect, bounding rect) per note size, shared by every note of that size (never changed in
place): most notes of a board share a handful of sizes."""


def _geometry(width: float, height: float) -> tuple[QRectF, QRectF]:
    found = _GEOMETRY.get((width, height))
    if found is None:
        if len(_GEOMETRY) >= 1024:  # resize drags make many sizes; keep it small
            _GEOMETRY.clear()
        found = _GEOMETRY[(width, height)] = (
            QRectF(0.0, 0.0, width, height),
            QRectF(
                -1.0, -1.0, width + style.SHADOW_OFFSET + 2.0, height + style.SHADOW_OFFSET + 2.0
            ),
        )
    return found


def _shadow_strips(rect: QRectF) -> list[QRectF]:
    """The visible part of a drop shadow: a strip right of and a strip below the note.

    Filling only the strips (not a whole translucent rect under the note) keeps a note's paint
    cheap; translucent fills are the slowest thing the raster engine does here.
    """
    offset = style.SHADOW_OFFSET
    return [
        QRectF(rect.right(), offset, offset, rect.height()),
        QRectF(offset, rect.bottom(), rect.width() - offset, offset),
    ]


class NoteItem(QGraphicsItem):
    """A note's block, shadow, fitted text, selection frame, resize handle and grow button."""

    Type: int = 65536 + 1
    """QGraphicsItem.UserType + 1, so ``item.type()`` tells notes apart without isinstance."""
    keeps_aspect = False
    """A resize keeps the width-to-height ratio (photos)."""

    _fit: FittedText | None = None
    _shadow: list[QRectF] | None = None
    editing = False
    text_hidden = False
    """Defaults on the class: a board of 20,000 notes keeps no copies of them per note."""
    pictures: dict[int, note_sprites.Seen] | None = None
    """Per view's look, the picture this note's face is copied from and what it shows
    (:mod:`canvas.note_sprites`); made when the note is first painted in a view."""
    cached_in: note_cache.Kept | None = None
    """Set while Qt keeps this note's pixels per view (:mod:`canvas.note_cache`)."""

    def __init__(self, note: NoteData, queue: LayoutQueue | None = None) -> None:
        super().__init__()
        self.note = note
        self._queue = queue
        self.setFlags(_FLAGS)
        self._rect, self._bounds = _geometry(note.width, note.height)
        self._colour = colour_for(note.colour)
        self.setPos(note.x, note.y)
        self.setZValue(note.z)

    # --- identity and geometry ------------------------------------------------------------
    def type(self) -> int:
        return NoteItem.Type

    @property
    def note_id(self) -> int:
        return self.note.id

    @property
    def colour(self) -> QColor:
        return self._colour

    @property
    def cover_opaque(self) -> bool:
        """Whether this item's paint fills its whole rect opaquely, so a note exactly under it
        need not be painted (a plain note; a photo may leave margins, a card paints itself)."""
        return not self.keeps_aspect and self.type() == NoteItem.Type

    def _set_geometry(self, width: float, height: float) -> None:
        self._rect, self._bounds = _geometry(width, height)
        self._shadow = None

    def boundingRect(self) -> QRectF:
        return self._bounds

    def rect(self) -> QRectF:
        """The note's own area in item coordinates (without the shadow)."""
        return self._rect

    def text_box(self) -> QRectF:
        """Where the text and its in-place editor go, in item coordinates."""
        return self._rect

    def scene_rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def size(self) -> tuple[float, float]:
        return self._rect.width(), self._rect.height()

    def handle_rect(self, scale: float) -> QRectF:
        """The bottom-right resize handle: a fixed size on screen at every zoom."""
        side = min(
            style.HANDLE_PX / max(scale, 1e-6), self._rect.width() / 3.0, self._rect.height() / 3.0
        )
        return QRectF(self._rect.width() - side, self._rect.height() - side, side, side)

    def grow_button_rect(self, scale: float) -> QRectF:
        """The "show all text" button at the bottom centre, offered when text overflows."""
        strip = self._rect.height() * style.MORE_STRIP_RATIO
        side = min(style.HANDLE_PX * 1.3 / max(scale, 1e-6), strip * 1.2)
        return QRectF(
            (self._rect.width() - side) / 2.0,
            self._rect.height() - strip / 2.0 - side / 2.0 - strip * 0.1,
            side,
            side,
        )

    def update(self, rect: QRectF | None = None) -> None:  # type: ignore[override]
        """Repaint in every view. Pixels kept of the note are let go first (Qt's own
        invalidation reaches only the first view that repaints, see :mod:`note_cache`);
        then the views get the area without Qt's walk of every item of the scene
        (see :mod:`item_repaint`)."""
        if self.cached_in is not None:
            note_cache.drop(self)
        item_repaint.repaint(self, rect)

    # --- model and previews -----------------------------------------------------------------
    def apply(self, note: NoteData) -> None:
        """Take a fresh row from the model; relayout only when text or size changed."""
        old = self.note
        self.note = note
        if self.size() != (note.width, note.height):
            self.prepareGeometryChange()
            self._set_geometry(note.width, note.height)
            self._invalidate_fit()
        if old.text != note.text:
            self._invalidate_fit()
        if old.colour != note.colour:
            self._colour = colour_for(note.colour)
        if self.pos() != QPointF(note.x, note.y):
            self.setPos(note.x, note.y)
        if self.zValue() != note.z:
            self.setZValue(note.z)
        self.update()

    def preview_size(self, width: float, height: float) -> None:
        """Show a size the model does not have yet (during a resize drag)."""
        self.prepareGeometryChange()
        self._set_geometry(width, height)
        self._invalidate_fit()
        self.update()

    def reset_preview(self) -> None:
        """Drop any preview and show the model's row again."""
        self.preview_size(self.note.width, self.note.height)
        self.setPos(self.note.x, self.note.y)

    def _invalidate_fit(self) -> None:
        self._fit = None
        if self._queue is not None:
            self._queue.discard(self)

    def ensure_fit(self) -> FittedText:
        if self._fit is None:
            language = getattr(self.scene(), "language", "")  # the board's, for hyphens
            self._fit = fit_text(self.note.text, self._rect.width(), self._rect.height(), language)
            if self._queue is not None:
                self._queue.kept(self)
        return self._fit

    def forget_fit(self) -> None:
        """Let the text layout go (the scene keeps a bounded number); made again when drawn."""
        self._fit = None

    @property
    def fitted(self) -> FittedText | None:
        """The current layout if it has been made (None while waiting for the queue)."""
        return self._fit

    @property
    def overflows(self) -> bool:
        return self.ensure_fit().overflow

    # --- painting ---------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # The hot path: a few hundred of these per frame, so it stays flat and allocation-free.
        # A cached note is only painted to draw its kept pixels (see canvas.note_cache).
        cached = self.cached_in is not None
        if not cached and note_cover.covered(self):
            return  # a note lies exactly on this one and is painted over it in this pass
        transform = painter.worldTransform()
        lod = transform.m11()
        view_look = look.current
        selected = self.isSelected()
        if cached and (selected or self.editing):
            note_cache.after_paint(self)  # Qt is drawing its pixels: drawn directly next
        if lod < style.TEXT_LOD or not paint_budget.text_allowed:
            painter.fillRect(self._rect, self._colour)
            if view_look.decorates:
                look.decorate(painter, self, lod)
            if selected:
                self._paint_selection(painter, lod)
            if not selected and note_cache.candidates is not None and type(self) is NoteItem:
                note_cache.offer(self, True)
            return
        if (
            not cached
            and view_look is not look.PLAIN
            and not selected
            and not self.editing
            and note_cache.candidates is None
            and note_sprites.paint(painter, self, transform, lod, view_look)
        ):
            return
        self.paint_face(painter, lod, view_look, selected)
        if selected:
            self._paint_selection(painter, lod)
            if view_look.handles:
                self._paint_handle(painter, lod)
        elif note_cache.candidates is not None and type(self) is NoteItem:
            note_cache.offer(self, self._fit is not None or self._blank(view_look))

    def _blank(self, view_look: look.ViewLook) -> bool:
        """Whether this note shows no text in ``view_look``."""
        return (
            self.editing
            or self.text_hidden
            or self.note.hidden
            or view_look.hide_text
            or not self.note.text.strip()
        )

    def paint_shadow(self, painter: QPainter, lod: float) -> None:
        """The drop shadow, where it is more than a pixel or two (leaves the pen off)."""
        painter.setPen(_NO_PEN)
        if lod >= style.SHADOW_LOD:
            shadow = self._shadow
            if shadow is None:
                shadow = self._shadow = _shadow_strips(self._rect)
            painter.setBrush(style.SHADOW_COLOUR)
            painter.drawRects(shadow)

    def paint_block(self, painter: QPainter, lod: float, dim: bool) -> None:
        """The shadow and the plain block (faded for a look's highlight when ``dim``): what
        lies under a note's copied face (:mod:`canvas.note_sprites`)."""
        self.paint_shadow(painter, lod)
        painter.setBrush(self._colour)
        painter.drawRect(self._rect)
        if dim:
            painter.fillRect(self._rect, look.DIM_COLOUR)

    def paint_face(
        self,
        painter: QPainter,
        lod: float,
        view_look: look.ViewLook,
        selected: bool = False,
        shadow: bool = True,
        dots: bool = True,
    ) -> None:
        """Shadow (if ``shadow``), block, text and the look's marks (its dots if ``dots``):
        everything but the selection (painter in item units at scale ``lod``, at least
        :data:`style.TEXT_LOD`)."""
        if shadow:
            self.paint_shadow(painter, lod)
        else:
            painter.setPen(_NO_PEN)
        painter.setBrush(self._colour)
        painter.drawRect(self._rect)
        fit = self._fit
        blank = self.editing or self.text_hidden or self.note.hidden or view_look.hide_text
        if fit is None and not blank:
            fit = self._fit_or_queue()
        colours = look.dot_colours(self) if view_look.dots is not None else ()
        strip = look.dot_strip(self, lod, colours) if colours else 0.0
        if fit is not None and not blank and strip > fit.origin.y():
            look.paint_text_below(
                painter, self, fit.runs, fit.origin, fit.size.height(), strip, fit.pixel_size, lod
            )
        elif fit is not None and not blank and fit.pixel_size * lod >= view_look.min_text_px:
            painter.setPen(_TEXT_PEN)
            for run in fit.runs:
                painter.drawGlyphRun(fit.origin, run)
            if fit.overflow and not selected:
                self._paint_more_marker(painter, lod)
        if view_look.decorates:
            look.decorate(painter, self, lod, colours if dots else ())

    def text_ready(self) -> bool:
        """Whether the text this note shows is laid out (or there is none to show), laying it
        out now if the frame's budget allows."""
        return (
            self._fit is not None or self._blank(look.current) or self._fit_or_queue() is not None
        )

    def _fit_or_queue(self) -> FittedText | None:
        """Lay the text out now if this frame still has time for it, else queue it."""
        if not self.note.text.strip():
            return None
        if paint_budget.allows() or self._queue is None:
            return self.ensure_fit()
        self._queue.push(self)
        return None

    def _paint_more_marker(self, painter: QPainter, lod: float) -> None:
        """Three dots at the bottom edge: there is more text than the note shows."""
        strip = self._rect.height() * style.MORE_STRIP_RATIO
        radius = min(3.0 / lod, strip / 5.0)
        gap = radius * 3.2
        centre = QPointF(self._rect.width() / 2.0, self._rect.height() - strip / 2.0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(_NO_PEN)
        painter.setBrush(style.MARKER_COLOUR)
        for step in (-1, 0, 1):
            painter.drawEllipse(centre + QPointF(step * gap, 0.0), radius, radius)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_selection(self, painter: QPainter, lod: float) -> None:
        inset = 1.5 / lod
        painter.setPen(_SELECTION_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._rect.adjusted(inset, inset, -inset, -inset))

    def _paint_handle(self, painter: QPainter, lod: float) -> None:
        handle = self.handle_rect(lod)
        corner = QPolygonF([handle.topRight(), handle.bottomRight(), handle.bottomLeft()])
        painter.setPen(_NO_PEN)
        painter.setBrush(style.SELECTION_COLOUR)
        painter.drawPolygon(corner)
        if self._fit is not None and self._fit.overflow:
            self._paint_grow_button(painter, lod)

    def _paint_grow_button(self, painter: QPainter, lod: float) -> None:
        button = self.grow_button_rect(lod)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(_NO_PEN)
        painter.setBrush(QBrush(style.SELECTION_COLOUR))
        painter.drawEllipse(button)
        painter.setPen(_HANDLE_PEN)
        arm = button.width() * 0.28
        centre = button.center()
        painter.drawLine(centre - QPointF(arm, 0.0), centre + QPointF(arm, 0.0))
        painter.drawLine(centre - QPointF(0.0, arm), centre + QPointF(0.0, arm))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
