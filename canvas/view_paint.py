"""How a board view paints: the level of detail and the far view.

Several views may share one scene (laptop and projector); each decides for itself whether to
let Qt paint every item or to draw the notes as batched blocks (see :mod:`canvas.far_view`),
kept as one image while nothing changes (:mod:`canvas.far_backdrop`). While a wheel or pinch
zoom moves, frames come from the last one, scaled (:mod:`canvas.view_glide`); the frame drawn
once the zoom rests is exact.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QPainter,
    QPaintEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QRubberBand,
    QStyle,
    QStyleOptionRubberBand,
)

from canvas import frame_warmup, look, note_cache, style
from canvas.dots import DotTally
from canvas.far_backdrop import FarBackdrop
from canvas.far_damage import lit_area
from canvas.far_paint import paint_blocks, paint_outlines
from canvas.interaction import InteractiveView
from canvas.layout_queue import paint_budget
from canvas.photo_item import paint_far_photos

LAYOUT_BUDGET_SECONDS = 0.005
"""Text layout allowed per frame; the rest waits for the background queue."""
REST_MS = 150
"""A frame drawn from another zoom's plans or picture while zooming is drawn anew this long
after the zoom last changed."""


class PaintingView(InteractiveView):
    """The painting half of :class:`canvas.view.BoardView`."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.look = look.ViewLook()
        """How this view paints notes (blank cards, dots …); see :mod:`canvas.look`."""
        self._far_scale = 0.0
        self._backdrop = FarBackdrop()
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_MS)
        self._rest.timeout.connect(self._rested)
        self._gliding = False
        """A wheel or pinch zoom is moving (see :class:`canvas.view_glide.GlidingView`)."""
        self._blocks_in_order = False
        """The last far view drawn drew its notes in stacking order (:mod:`canvas.far_stack`)."""
        self._kept_in_order = False
        """The same of the backdrop image kept (see :meth:`_draw_kept`)."""

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        frame_warmup.busy()
        with look.painting_with(self.look):
            note_cache.frame_begins(
                self,
                self._scene,
                self._note_state(),
                self._note_place(),
                refused=self.look.high_contrast,
                exposed=self._exposed(event),
            )
            try:
                self._paint_view(event)
            finally:
                note_cache.frame_ends(self._scene)

    def _exposed(self, event: QPaintEvent) -> QRectF | None:
        """The scene area a frame of a wheel pan repaints (a step's strip: only the notes
        wholly inside it are kept as pixels, see :mod:`canvas.note_cache`); None for any
        other frame, and for one that repaints the whole view."""
        rect = event.rect()
        if not self._panning() or rect.contains(self.viewport().rect()):
            return None
        # Not mapToScene(QRect): it maps the last pixel's corner, a pixel short of the edge
        # a note repainted whole (its update()) reaches.
        inverse, _ = self.viewportTransform().inverted()
        return inverse.mapRect(QRectF(rect).adjusted(-1.0, -1.0, 1.0, 1.0))

    def _panning(self) -> bool:
        """A wheel pan is moving (see :class:`canvas.view_glide.GlidingView`)."""
        return False

    def _note_place(self) -> tuple[object, ...]:
        """The zoom notes are painted at (a change lets the kept pixels of the notes in sight
        go: see :mod:`canvas.note_cache`)."""
        matrix = self.transform()
        return (matrix.m11(), matrix.m12(), matrix.m21(), matrix.m22(), self._gliding)

    def notes_area(self) -> QRectF | None:
        """The scene area whose notes this view paints as items now (None: it paints none,
        far out or zooming)."""
        if self._gliding or self._use_blocks(self.scale_factor()):
            return None
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _note_state(self) -> tuple[object, ...]:
        """Everything else a note's pixels in this view depend on besides the note itself."""
        view_look, scene = self.look, self._scene
        dots = view_look.dots
        return (
            self.devicePixelRatioF(),
            self._visible_notes(self.scale_factor()) < style.MAX_TEXT_PAINTS,
            view_look.hide_text,
            view_look.high_contrast,
            view_look.min_text_px,
            view_look.handles,
            dots,
            getattr(dots, "revision", 0),
            view_look.dot_group,
            view_look.only_group_dots,
            view_look.dim_except,
            scene.text_hidden(),
            scene.language,
        )

    def _paint_view(self, event: QPaintEvent) -> None:
        scale = self.scale_factor()
        if self._gliding:
            self._paint_glide(scale)
            return
        visible = self._visible_notes(scale)
        if scale < style.FAR_SCALE or visible >= style.MAX_ITEM_PAINTS:
            self._paint_blocks(event, scale)
            return
        paint_budget.open(LAYOUT_BUDGET_SECONDS, text_allowed=visible < style.MAX_TEXT_PAINTS)
        try:
            super().paintEvent(event)
        finally:
            paint_budget.close()

    def _draw_far(
        self,
        painter: QPainter,
        device_rect: QRectF,
        visible: QRectF,
        scale: float,
        moving: bool = False,
    ) -> bool:
        """The far view of ``visible`` (scene units) through the painter's transform; the
        background fills ``device_rect`` (device pixels) first. False when the frames were
        drawn from another zoom's plans while the zoom is ``moving``."""
        exact = self._draw_backdrop(painter, device_rect, visible, scale, moving)
        self._draw_over(painter, visible, scale, marks=False)
        return exact

    def _draw_backdrop(
        self,
        painter: QPainter,
        device_rect: QRectF,
        visible: QRectF,
        scale: float,
        moving: bool = False,
    ) -> bool:
        """Background, frames, feelings curves, note blocks and the look's marks on them: what
        :class:`FarBackdrop` keeps. Few notes in sight are drawn in stacking order, each
        with its marks (see :mod:`canvas.far_stack`); many in colour batches, marks over."""
        transform = painter.transform()
        painter.resetTransform()
        painter.fillRect(device_rect, self._background())
        painter.setTransform(transform)
        # A zoom in motion takes the plans of any zoom kept: stale and scaled, like its picture.
        reach = math.inf if self._gliding else 0.0
        exact = bool(self._scene.frames.paint_far(painter, visible, scale, moving, reach))
        self._scene.frames.paint_moods(painter, visible, scale)
        self._blocks_in_order = self._draw_blocks(painter, visible, scale)
        return exact

    def _draw_kept(
        self, painter: QPainter, device_rect: QRectF, visible: QRectF, scale: float, moving: bool
    ) -> bool:
        """:meth:`_draw_backdrop` for the image the view keeps (see :class:`FarBackdrop`)."""
        exact = self._draw_backdrop(painter, device_rect, visible, scale, moving)
        self._kept_in_order = self._blocks_in_order
        return exact

    def _draw_blocks(
        self, painter: QPainter, area: QRectF, scale: float, in_order: bool = True
    ) -> bool:
        """The notes' blocks near ``area`` with the look's marks; True when drawn in stacking
        order (see :func:`canvas.far_paint.paint_blocks`; never without ``in_order``)."""
        marks = look.FarMarks(self._scene, scale) if self.look.decorates else None
        cache = self._scene.far_cache()
        ordered = paint_blocks(painter, cache, area=area, marks=marks, in_order=in_order)
        if not ordered and marks is not None:
            look.decorate_far(painter, self._scene, area, scale)
        return ordered

    def _draw_backdrop_part(
        self, painter: QPainter, device_rect: QRectF, visible: QRectF, scale: float, part: QRectF
    ) -> None:
        """Part of the backdrop drawn again (see :class:`FarBackdrop`): what
        :meth:`_draw_backdrop` draws there, the painter clipped to it."""
        transform = painter.transform()
        painter.resetTransform()
        painter.fillRect(device_rect, self._background())
        painter.setTransform(transform)
        self._scene.frames.paint_far(painter, visible, scale, False, 0.0)
        self._scene.frames.paint_moods(painter, visible, scale)
        self._draw_blocks(painter, part, scale, self._kept_in_order)  # as the image drew them

    def _backdrop_changed(self, kept: object, state: object) -> list[QRectF] | None:
        """Where the backdrop of ``state`` differs from that of ``kept`` (both made by
        :meth:`_backdrop_state`): the cells whose drop highlight came or went (a drop), and
        the notes' blocks changed and dots placed since when the backdrop was drawn in
        stacking order, when that is all that changed."""
        if not (isinstance(kept, tuple) and isinstance(state, tuple)) or kept[3] != state[3]:
            return None
        lit = lit_area(self._scene, kept[2] ^ state[2], self.scale_factor())
        if kept[:2] == state[:2]:
            return lit
        if not self._kept_in_order:
            return None  # colour batches: a block drawn again would land over the others
        cache = self._scene.far_cache()
        boxes = cache.damage_since(kept[0]) if kept[0] != state[0] else []
        if boxes is None:
            return None
        if kept[1] != state[1]:
            dots = self.look.dots
            touched = dots.touched_since(kept[1]) if isinstance(dots, DotTally) else None
            if touched is None:
                return None
            boxes += [box for note_id in touched if (box := cache.box_of(note_id)) is not None]
        return [QRectF(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in boxes] + lit

    def _draw_over(
        self,
        painter: QPainter,
        visible: QRectF,
        scale: float,
        areas: Sequence[QRectF] = (),
        marks: bool = True,
    ) -> None:
        """Selection outlines, photos and (``marks``: when not drawn with the blocks) the
        look's marks, over the backdrop (the marks only on notes touching ``areas`` when
        given: the painter is clipped to them)."""
        grow = 2.0 / max(scale, 1e-6)
        paint_outlines(painter, self._scene.selection_outlines(grow))
        paint_far_photos(painter, self._scene.photo_items(), visible, scale)
        if marks and self.look.decorates:
            look.decorate_far(painter, self._scene, visible, scale, areas)

    def _background(self) -> QBrush:
        own = self.backgroundBrush()
        return own if own.style() != Qt.BrushStyle.NoBrush else self._scene.backgroundBrush()

    def _backdrop_state(self) -> tuple[object, ...]:
        """What the kept backdrop image depends on besides the zoom and the area (the look's
        marks are drawn into it)."""
        view_look = self.look
        dots = view_look.dots
        return (
            self._scene.far_cache().revision,
            getattr(dots, "placed", 0),
            frozenset(self._scene.frames.highlighted()),
            (
                self._scene.frames.far_state(),
                look.current.min_text_px,
                self._background().color().rgba(),
                self._background().style(),
                view_look.decorates,
                dots,
                getattr(dots, "revision", 0),
                view_look.dot_group,
                view_look.only_group_dots,
                view_look.dim_except,
                view_look.high_contrast,
            ),
        )

    def render(  # type: ignore[override]
        self,
        painter: QPainter,
        target: QRectF | None = None,
        source: QRect | None = None,
        mode: Qt.AspectRatioMode = Qt.AspectRatioMode.KeepAspectRatio,
    ) -> None:
        """A picture of what the view shows, drawn like the screen: when the picture is far
        out (or shows too many notes for items), the same batched far view, not every item's
        own paint (which is what ``QGraphicsView.render`` alone would do)."""
        source_rect = (
            QRect(source) if source is not None and not source.isEmpty() else self.viewport().rect()
        )
        target_rect = (
            QRectF(target)
            if target is not None and not target.isEmpty()
            else QRectF(0.0, 0.0, painter.device().width(), painter.device().height())
        )
        sx = target_rect.width() / max(source_rect.width(), 1)
        sy = target_rect.height() / max(source_rect.height(), 1)
        if mode == Qt.AspectRatioMode.KeepAspectRatio:
            sx = sy = min(sx, sy)
        elif mode == Qt.AspectRatioMode.KeepAspectRatioByExpanding:
            sx = sy = max(sx, sy)
        scale = self.scale_factor() * min(sx, sy)
        if not self._use_blocks(scale) and not self._use_blocks(self.scale_factor()):
            super().render(painter, target_rect, source_rect, mode)
            return
        visible = self.mapToScene(source_rect).boundingRect()
        mapping = QTransform()
        mapping.translate(target_rect.left(), target_rect.top())
        mapping.scale(sx, sy)
        mapping.translate(-source_rect.left(), -source_rect.top())
        painter.save()
        painter.setClipRect(target_rect)
        painter.setTransform(self.viewportTransform() * mapping, True)
        self._draw_far(painter, painter.transform().mapRect(visible), visible, scale)
        painter.restore()

    def draws_blocks_at(self, scale: float) -> bool:
        """Whether a frame of this view at ``scale`` draws notes as blocks (no text)."""
        return self._use_blocks(scale)

    def draws_text_at(self, scale: float) -> bool:
        """Whether a frame of this view at ``scale`` may draw notes' texts (not as blocks,
        and few enough notes in sight)."""
        return not self._use_blocks(scale) and self._visible_notes(scale) < style.MAX_TEXT_PAINTS

    def _use_blocks(self, scale: float) -> bool:
        """Whether a frame at ``scale`` is drawn as batched blocks."""
        return scale < style.FAR_SCALE or self._visible_notes(scale) >= style.MAX_ITEM_PAINTS

    def _visible_notes(self, scale: float) -> int:
        """About how many notes are in sight, counted only where it can matter (medium
        zoom on a big board), at most :data:`style.MAX_ITEM_PAINTS`."""
        if (
            scale < style.FAR_SCALE
            or scale >= 2.0 * style.TEXT_LOD
            or self._scene.note_count() < style.MAX_TEXT_PAINTS
        ):
            return 0
        cache = self._scene.far_cache()
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        key = (cache.revision, visible.x(), visible.y(), visible.width(), visible.height())
        if self._far_decision is None or self._far_decision[0] != key:
            self._far_decision = (key, cache.count_in(visible, style.MAX_ITEM_PAINTS))
        return self._far_decision[1]

    def _paint_blocks(self, event: QPaintEvent, scale: float) -> None:
        painter = QPainter(self.viewport())
        painter.setTransform(self.viewportTransform())
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        moving = scale != self._far_scale
        self._far_scale = scale
        exact = self._backdrop.paint(
            painter,
            visible,
            scale,
            moving,
            self._backdrop_state(),
            self._draw_kept,
            self._backdrop_changed,
            self._draw_backdrop_part,
        )
        if not exact:
            self._rest.start()  # once the zoom rests, its own plans
        self._draw_over(painter, visible, scale, marks=False)
        self._paint_band(painter)
        painter.end()

    def _paint_band(self, painter: QPainter) -> None:
        """The rubber band of a selection being dragged, over a frame the view drew itself."""
        painter.resetTransform()
        band = self.rubberBandRect()
        if not band.isEmpty():
            option = QStyleOptionRubberBand()
            option.initFrom(self.viewport())
            option.rect = band
            option.shape = QRubberBand.Shape.Rectangle
            self.style().drawControl(
                QStyle.ControlElement.CE_RubberBand, option, painter, self.viewport()
            )

    def _paint_glide(self, scale: float) -> None:
        """A frame of a zoom in motion (see :class:`canvas.view_glide.GlidingView`)."""
        raise NotImplementedError

    def _rested(self) -> None:
        self._far_scale = self.scale_factor()  # the far view draws this zoom exactly
        self.viewport().update()
