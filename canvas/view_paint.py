"""How a board view paints: the level of detail, the far view and a zoom in motion.

Several views may share one scene (laptop and projector); each decides for itself whether to
let Qt paint every item or to draw the notes as batched blocks (see :mod:`canvas.far_view`),
kept as one image while nothing changes (:mod:`canvas.far_backdrop`). While a wheel or pinch
zoom moves, frames come from the last one, scaled, and only the strips it reveals are drawn
(:mod:`canvas.zoom_glide`); the frame drawn once the zoom rests is exact.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsView,
    QRubberBand,
    QStyle,
    QStyleOptionRubberBand,
)

from canvas import frame_warmup, look, style
from canvas.far_backdrop import FarBackdrop
from canvas.far_overview import FarOverview
from canvas.far_view import paint_blocks, paint_outlines
from canvas.interaction import InteractiveView
from canvas.layout_queue import paint_budget
from canvas.photo_item import paint_far_photos
from canvas.zoom_glide import ZoomGlide
from canvas.zoom_sketch import sketch, sketch_far

LAYOUT_BUDGET_SECONDS = 0.005
"""Text layout allowed per frame; the rest waits for the background queue."""
REST_MS = 150
"""A frame drawn from another zoom's plans or picture while zooming is drawn anew this long
after the zoom last changed."""
PREPARE_MS = 60
"""After that, the whole board's picture for the next zoom-out (see :mod:`canvas.far_overview`)."""
OVERVIEW_AFTER_OPEN_MS = 2000
"""And this long after a view is made (a board opened)."""


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
        self._glide = ZoomGlide()
        self._gliding = False
        self._overview = FarOverview()
        self._prepare = QTimer(self)
        self._prepare.setSingleShot(True)
        self._prepare.timeout.connect(self._prepare_overview)
        # The board's picture for a first far zoom-out, drawn while a board just opened is idle.
        self._prepare_anywhere = True
        self._prepare.start(OVERVIEW_AFTER_OPEN_MS)

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        frame_warmup.busy()
        with look.painting_with(self.look):
            self._paint_view(event)

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
        self._draw_over(painter, visible, scale)
        return exact

    def _draw_backdrop(
        self,
        painter: QPainter,
        device_rect: QRectF,
        visible: QRectF,
        scale: float,
        moving: bool = False,
    ) -> bool:
        """Background, frames, feelings curves and note blocks: what :class:`FarBackdrop`
        keeps."""
        transform = painter.transform()
        painter.resetTransform()
        painter.fillRect(device_rect, self._background())
        painter.setTransform(transform)
        # A zoom in motion takes the plans of any zoom kept: stale and scaled, like its picture.
        reach = math.inf if self._gliding else 0.0
        exact = bool(self._scene.frames.paint_far(painter, visible, scale, moving, reach))
        self._scene.frames.paint_moods(painter, visible, scale)
        paint_blocks(painter, self._scene.far_cache(), [], visible)
        return exact

    def _draw_over(self, painter: QPainter, visible: QRectF, scale: float) -> None:
        """Selection outlines, photos and the look's marks, over the backdrop."""
        grow = 2.0 / max(scale, 1e-6)
        paint_outlines(painter, self._scene.selection_outlines(grow))
        paint_far_photos(painter, self._scene.photo_items(), visible, scale)
        if self.look.decorates:
            look.decorate_far(painter, self._scene, visible, scale)

    def _background(self) -> QBrush:
        own = self.backgroundBrush()
        return own if own.style() != Qt.BrushStyle.NoBrush else self._scene.backgroundBrush()

    def _backdrop_state(self) -> tuple[object, ...]:
        """What the kept backdrop image depends on besides the zoom and the area."""
        return (
            self._scene.far_cache().revision,
            self._scene.frames.far_state(),
            look.current.min_text_px,
            self._background().color().rgba(),
            self._background().style(),
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
            painter, visible, scale, moving, self._backdrop_state(), self._draw_backdrop
        )
        if not exact:
            self._rest.start()  # once the zoom rests, its own plans
        self._draw_over(painter, visible, scale)
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

    # --- a zoom in motion (canvas/zoom_glide.py) --------------------------------------------
    @property
    def zooming(self) -> bool:
        """A wheel or pinch zoom is moving: frames are drawn from the last one, scaled."""
        return self._gliding

    def glide_steps(self) -> int:
        """Frames shown from the kept picture since it was last drawn whole."""
        return self._glide.steps

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._glide_on()
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, (QNativeGestureEvent, QGestureEvent)):
            self._glide_on()
        return super().viewportEvent(event)

    def _glide_on(self) -> None:
        """A wheel or pinch zoom step: frames come from the last one, scaled, until the
        zoom rests (not while text is being typed: the editor needs its exact note)."""
        if self.is_editing():
            return
        self._gliding = True
        self._rest.start()

    def _rested(self) -> None:
        if self._gliding:
            self._gliding = False
            self._glide.forget()
            self._far_scale = self.scale_factor()  # the far view draws this zoom exactly
            # The next zoom-out's edges come from the board's picture: drawn now, at rest.
            self._prepare.start(PREPARE_MS)
        self.viewport().update()

    def _prepare_overview(self) -> None:
        if not frame_warmup.quiet():  # work ahead never delays a frame someone waits for
            self._prepare.start(round(frame_warmup.QUIET_SECONDS * 1000))
            return
        content = self._scene.content_rect()
        far_ish = self._prepare_anywhere or self.scale_factor() < 2.0 * style.FAR_SCALE
        self._prepare_anywhere = False
        if far_ish and not self._gliding and content is not None and self.isVisible():
            self._overview.prepare(content, self._overview_state(), self._overview_draw)

    def _overview_state(self) -> tuple[object, ...]:
        """What the sketch of the whole board depends on: the notes and frames as synced
        (a frame dragged shows in the board's picture once the drag is committed)."""
        background = self._background()
        return (
            self._scene.far_cache().revision,
            self._scene.frames.revision,
            background.color().rgba(),
            background.style(),
        )

    def _paint_glide(self, scale: float) -> None:
        painter = QPainter(self.viewport())
        state = (self._scene.far_cache().revision, self._scene.frames.revision)
        self._glide.paint(
            painter,
            self.viewportTransform(),
            self.viewport().size(),
            scale,
            state,
            self._draw_strips,
        )
        self._paint_band(painter)
        painter.end()

    def _draw_strips(self, painter: QPainter, strips: list[QRect], whole: bool) -> None:
        """``strips`` of the viewport (pixels): the whole view drawn exactly when ``whole``,
        else the strips the kept picture does not cover, in the far view where a frame at
        this zoom is far and as a sketch without text otherwise (see
        :mod:`canvas.zoom_sketch`); the frame drawn when the zoom rests is exact."""
        scale = self.scale_factor()
        far = scale < style.FAR_SCALE or self._visible_notes(scale) >= style.MAX_ITEM_PAINTS
        if whole and not far:
            paint_budget.open(
                LAYOUT_BUDGET_SECONDS,
                text_allowed=self._visible_notes(scale) < style.MAX_TEXT_PAINTS,
            )
            try:
                QGraphicsView.render(self, painter, QRectF(strips[0]), strips[0])
            finally:
                paint_budget.close()
            return
        region = QRegion()
        for strip in strips:
            region += strip
        painter.setClipRegion(region)
        painter.setTransform(self.viewportTransform())
        if far:
            device = QRectF(region.boundingRect())
            visible = self.mapToScene(region.boundingRect()).boundingRect()
            if not whole and self._overview_strips(painter, device, visible, scale):
                return
            if whole or self._scene.frames.far_ready():
                self._draw_far(painter, device, visible, scale, True)
            else:  # working out far plans the first time costs 30-90 ms: a sketch meanwhile
                frames = self._scene.frames.frame_items()
                areas = [self.mapToScene(strip).boundingRect() for strip in strips]
                sketch_far(painter, frames, self._scene.far_cache(), areas, self._background())
                self._draw_over(painter, visible, scale)
            return
        for strip in strips:
            area = self.mapToScene(strip).boundingRect()
            painter.resetTransform()
            painter.setClipRect(strip)
            painter.setTransform(self.viewportTransform())
            sketch(painter, self._scene, area, self._background())

    def _overview_strips(
        self, painter: QPainter, device: QRectF, visible: QRectF, scale: float
    ) -> bool:
        """The strips cut from the whole board's picture (:mod:`canvas.far_overview`)."""
        state = self._overview_state()
        fresh = self._overview.fresh(state)
        content = self._overview.content if fresh else self._scene.content_rect()
        if content is None:
            return False
        transform = painter.transform()
        painter.resetTransform()
        painter.fillRect(device, self._background())
        painter.setTransform(transform)
        if not self._overview.paint(painter, content, scale, state, self._overview_draw):
            return False
        self._draw_over(painter, visible, scale)
        return True

    def _overview_draw(
        self, painter: QPainter, device: QRectF, area: QRectF, scale: float, _: bool
    ) -> bool:
        """The whole board for :class:`FarOverview`, sketched: texts drawn at its small zoom
        would be huge and blurred in a strip of a closer one."""
        frames = self._scene.frames.frame_items()
        blocks = self._scene.far_cache()
        sketch_far(painter, frames, blocks, [area], self._background(), lines=False)
        return False
