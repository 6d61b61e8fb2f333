"""A board view's wheel or pinch zoom in motion: frames drawn from the last one, scaled.

While the zoom moves (:mod:`canvas.zoom_glide`), the view starts from the frame already on
screen, shows it scaled, sketches the strips a zoom-out reveals (:mod:`canvas.zoom_sketch`, or
cut from the whole board's picture, :mod:`canvas.far_overview`) and, zooming in, draws the
tiles blurred too much anew, a few a step. :data:`canvas.view_paint.REST_MS` after the last
step the frame is drawn whole and exact, as a view freshly opened there draws it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsView

from canvas import frame_warmup, style
from canvas.far_overview import FarOverview
from canvas.frame_items import FrameItem
from canvas.layout_queue import paint_budget
from canvas.view_ahead import TextAhead
from canvas.view_bars import PausedBars
from canvas.view_paint import LAYOUT_BUDGET_SECONDS, REST_MS, PaintingView
from canvas.zoom_glide import BUDGET_SECONDS, ZoomGlide, screen_source
from canvas.zoom_sketch import Piece, sketch_far, sketch_far_pieces

PREPARE_MS = 60
"""After a zoom rests, the whole board's picture for the next zoom-out (see
:mod:`canvas.far_overview`) is drawn this long after, once the board is idle."""
OVERVIEW_AFTER_OPEN_MS = 2000
"""And this long after a view is made (a board opened)."""
OVERVIEW_BELOW_SCALE = 5.0 * style.FAR_SCALE
"""A zoom heading out below this draws the whole board's picture a few pieces a step, so it is
ready when the far view's edges need it."""
PREPARE_SECONDS = 0.004
"""Drawing of the board's picture per idle turn, ahead of a zoom (at least one piece)."""
BUILD_SECONDS = 0.002
"""Drawing of the board's picture a step (at least one piece: a frame, a colour of notes)."""
GROUND_BANDS = 4
"""The board's picture's background is filled in this many pieces."""
SHARPEN_MS = 25
"""A zoom paused this long between steps draws more of its blurred tiles anew ..."""
SHARPEN_SECONDS = 0.012
"""... for about this long a frame."""
WARM_MS = 1000
"""After a view first paints, this long before the images for a first zoom are made."""
RELEASE_MS = 30_000
"""The zoom's two full-view images are kept this long after it rests (the next zoom starts
without allocating 16 MB), then given back."""


class GlidingView(PaintingView):
    """The zoom-in-motion half of :class:`canvas.view.BoardView`'s painting."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._glide = ZoomGlide()
        self._shown: tuple[QTransform, object] | None = None
        """The transform and state of the frame last painted exactly (what the screen shows)."""
        self._opaque = False
        self._update_mode = QGraphicsView.ViewportUpdateMode.SmartViewportUpdate
        self._glide_scale = 0.0
        """The zoom of the glide's last frame (which way it heads)."""
        self._overview = FarOverview()
        self._prepare = QTimer(self)
        self._prepare.setSingleShot(True)
        self._prepare.timeout.connect(self._prepare_overview)
        # The board's picture for a first far zoom-out, drawn while a board just opened is idle.
        self._prepare_anywhere = True
        self._prepare.start(OVERVIEW_AFTER_OPEN_MS)
        self._glide_budget = BUDGET_SECONDS
        self._sharpening = False
        self._sharpen = QTimer(self)
        self._sharpen.setSingleShot(True)
        self._sharpen.setInterval(SHARPEN_MS)
        self._sharpen.timeout.connect(self._sharpen_glide)
        self._warm = QTimer(self)
        self._warm.setSingleShot(True)
        self._warm.setInterval(WARM_MS)
        self._warm.timeout.connect(self._warm_glide)
        self._warmed = False
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(RELEASE_MS)
        self._release.timeout.connect(self._glide.release)
        self._content: tuple[object, QRectF | None] | None = None
        self._frame_places: tuple[int, list[tuple[QRectF, FrameItem]]] | None = None
        self._scroll_bars = PausedBars(self, REST_MS)
        self.ahead = TextAhead(self)
        """Texts of the notes around the view laid out while it rests (see
        :mod:`canvas.view_ahead`)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._warmed:
            self._warmed = True
            self._warm.start()
        # What the screen shows now: a zoom starting next starts from it (see _seed_glide).
        self._shown = None if self._gliding else (self.viewportTransform(), self._glide_state())
        self.ahead.painted()
        if not self._gliding:
            self._overview_stale()

    @property
    def zooming(self) -> bool:
        """A wheel or pinch zoom is moving: frames are drawn from the last one, scaled."""
        return self._gliding

    def glide_steps(self) -> int:
        """Frames shown from the kept picture since it was last drawn whole."""
        return self._glide.steps

    def glide_redrawn(self) -> int:
        """Tiles of the picture drawn anew, exactly, since it was last drawn whole."""
        return self._glide.redrawn

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._glide_on()
        else:
            self._pan_on()
        super().wheelEvent(event)

    def _pan_on(self) -> None:
        """A wheel pan step: the scroll bars show where it rests (see :mod:`canvas.view_bars`)."""
        self._scroll_bars.pan_step()

    def _panning(self) -> bool:
        return self._scroll_bars.panning

    def scroll_bars_paused(self) -> bool:
        """The scroll bars wait for a wheel pan or zoom to rest before they show its place."""
        return self._scroll_bars.paused

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, (QNativeGestureEvent, QGestureEvent)):
            self._glide_on()
        return super().viewportEvent(event)

    def _glide_on(self) -> None:
        """A wheel or pinch zoom step: frames come from the last one, scaled, until the
        zoom rests (not while text is being typed: the editor needs its exact note)."""
        if self.is_editing():
            return
        if not self._gliding:
            self._frame_places = None  # a frame moved by a drag keeps its revision
            self._release.stop()
            self._glide_scale = self.scale_factor()
            self._seed_glide()
            # The picture covers every pixel: Qt need not fill the background first.
            viewport = self.viewport()
            self._opaque = viewport.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
            viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
            # Every frame is drawn whole: a scroll need not move the pixels on screen first.
            self._update_mode = self.viewportUpdateMode()
            self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
            # Drawn with the style's gradients, two scroll bars cost 2-3 ms a step: they
            # show where the zoom rests, and stay shown or hidden until then.
            self._scroll_bars.pause(hold=True)
        self._gliding = True
        self._rest.start()

    def _seed_glide(self) -> None:
        """The zoom's first step starts from the frame on screen, when it is up to date."""
        state = self._glide_state()
        transform = self.viewportTransform()
        if self._shown != (transform, state):
            return
        found = screen_source(self.viewport())
        if found is not None:
            source, rect = found
            size = self.viewport().size()
            self._glide.seed(source, rect, transform, size, self.scale_factor(), state)

    def _glide_state(self) -> tuple[int, int]:
        """What a picture of the board depends on besides the zoom and the place."""
        return (self._scene.far_cache().revision, self._scene.frames.revision)

    def _warm_glide(self) -> None:
        """A board just shown: the images for its first zoom, made while nobody waits
        (given back :data:`RELEASE_MS` later if no zoom came): 16 MB touched, ~3 ms."""
        if self.isInteractive() and self.isVisible() and not self._gliding:
            ratio = self.viewport().devicePixelRatioF()
            size = self.viewport().size()
            width, height = math.ceil(size.width() * ratio), math.ceil(size.height() * ratio)
            self._glide.warm(QSize(width, height))
            self._release.start()

    def end_glide(self) -> None:
        """A zoom by a menu or key goes where it goes at once: drawn exactly, not from the
        picture of a wheel zoom still in motion."""
        if self._gliding:
            self._rest.stop()
            self._rested()

    def _sharpen_glide(self) -> None:
        """The wheel paused mid-zoom: a frame that draws more of the blurred tiles anew."""
        if self._gliding:
            self._glide_budget, self._sharpening = SHARPEN_SECONDS, True
            self.viewport().update()

    def _rested(self) -> None:
        if self._gliding:
            self._gliding = False
            self._glide.forget()
            self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, self._opaque)
            self.setViewportUpdateMode(self._update_mode)
            self._release.start()
            # The next zoom-out's edges come from the board's picture: drawn now, at rest.
            self._prepare.start(PREPARE_MS)
        super()._rested()
        self._scroll_bars.resume()

    def _prepare_overview(self) -> None:
        if not frame_warmup.quiet():  # work ahead never delays a frame someone waits for
            self._prepare.start(round(frame_warmup.QUIET_SECONDS * 1000))
            return
        # Far out, at open, or kept fresh once drawn: a zoom-out after an edit then cuts its
        # edges from the picture instead of sketching thousands of notes a step.
        far_ish = self.scale_factor() < 2.0 * style.FAR_SCALE or self._overview.drawn()
        if not (far_ish or self._prepare_anywhere) or self._gliding or not self.isVisible():
            return
        state = self._overview_state()
        content = self._content_at(state)
        if content is None:
            return
        # In slices, each after the board was quiet: a phone's note is never kept waiting.
        if self._overview.build(content, state, self._overview_steps, PREPARE_SECONDS):
            self._prepare_anywhere = False
        else:
            self._prepare.start(0)

    def overview_fresh(self) -> bool:
        """Whether the board's picture a zoom-out cuts its edges from is drawn and up to date."""
        return self._overview.fresh(self._overview_state())

    def _overview_stale(self) -> None:
        """A frame at rest: a board's picture drawn before is drawn anew once the board is
        quiet, if what it shows changed (an edit, a phone's note)."""
        waiting = self._prepare.isActive() or not self._overview.drawn()
        if not waiting and not self._overview.fresh(self._overview_state()):
            self._prepare.start(PREPARE_MS)

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
        budget, self._glide_budget = self._glide_budget, BUDGET_SECONDS
        pause, self._sharpening = self._sharpening, False
        self._glide.paint(
            painter,
            self.viewportTransform(),
            self.viewport().size(),
            scale,
            self._glide_state(),
            self._draw_strips,
            budget,
            one_at_least=pause,  # a pause's frame sharpens the view, however slow the tiles
        )
        self._paint_band(painter)
        painter.end()
        if self._glide.blurred:
            self._sharpen.start()  # unless the next step comes first
        outwards, self._glide_scale = scale < self._glide_scale, scale
        if outwards and scale < OVERVIEW_BELOW_SCALE:
            # Heading for the far view: its edges will come from the board's picture (the
            # board's extent is only worked out while that picture is still to be drawn:
            # a walk over every frame, a millisecond a step on a big board).
            state = self._overview_state()
            if not self._overview.fresh(state):
                content = self._content_at(state)
                if content is not None:
                    self._overview.build(content, state, self._overview_steps, BUILD_SECONDS)

    def _draw_strips(self, painter: QPainter, strips: list[QRect], whole: bool) -> None:
        """``strips`` of the viewport (pixels, through the painter's transform): drawn
        exactly when ``whole``, else the strips the kept picture does not cover, in the far
        view where a frame at this zoom is far and as a sketch without text otherwise (see
        :mod:`canvas.zoom_sketch`); the frame drawn when the zoom rests is exact."""
        scale = self.scale_factor()
        far = scale < style.FAR_SCALE or self._visible_notes(scale) >= style.MAX_ITEM_PAINTS
        if whole and not far:
            paint_budget.open(
                LAYOUT_BUDGET_SECONDS,
                text_allowed=self._visible_notes(scale) < style.MAX_TEXT_PAINTS,
                moving=True,
            )
            try:
                for strip in strips:
                    QGraphicsView.render(self, painter, QRectF(strip), strip)
            finally:
                paint_budget.close()
            return
        base = painter.transform()
        mapping = self.viewportTransform() * base
        region = QRegion()
        for strip in strips:
            region += strip
        painter.setClipRegion(region)
        painter.setTransform(mapping)
        device = base.mapRect(QRectF(region.boundingRect()))
        visible = self.mapToScene(region.boundingRect()).boundingRect()
        if whole:
            self._draw_far(painter, device, visible, scale, True)
            return
        # The strips lie around the kept picture: the marks over them are only those of the
        # notes the strips touch (the bounding rectangle of four strips is the whole view).
        areas = [self.mapToScene(strip).boundingRect() for strip in strips]
        if far and self._overview_strips(painter, device, visible, scale, areas):
            return
        if far:
            # No picture of the whole board yet (it is drawn once the board is idle).
            self._prepare.start(PREPARE_MS)
        # Each strip on its own, costing what it shows: frames, zones and the notes' blocks,
        # no item looked up (the strips of a zoom-out step at 30 % hold hundreds of notes on
        # a big board: 6-15 ms a step drawn item by item at 20,000 notes).
        frames = self._frames_near(visible)
        sketch_far(painter, frames, self._scene.far_cache(), areas, self._background())
        if not far:
            self._scene.frames.paint_moods(painter, visible, scale)
        self._draw_over(painter, visible, scale, areas)

    def _content_at(self, state: tuple[object, ...]) -> QRectF | None:
        """The board's extent, worked out once per ``state`` of its notes and frames (a walk
        over every frame: milliseconds a zoom step on a big board)."""
        if self._content is None or self._content[0] != state:
            self._content = (state, self._scene.content_rect())
        return self._content[1]

    def _frames_near(self, area: QRectF) -> list[FrameItem]:
        """The frames touching ``area``, bottom to top. Their places are kept while the zoom
        moves: asking every frame of a big board for its place costs milliseconds a step."""
        revision = self._scene.frames.revision
        if self._frame_places is None or self._frame_places[0] != revision:
            frames = self._scene.frames.frame_items()
            self._frame_places = (revision, [(frame.scene_rect(), frame) for frame in frames])
        return [frame for place, frame in self._frame_places[1] if place.intersects(area)]

    def _overview_strips(
        self,
        painter: QPainter,
        device: QRectF,
        visible: QRectF,
        scale: float,
        areas: list[QRectF],
    ) -> bool:
        """The strips cut from the whole board's picture (:mod:`canvas.far_overview`), when
        it is drawn and up to date."""
        if not self._overview.fresh(self._overview_state()):
            return False
        transform = painter.transform()
        painter.resetTransform()
        painter.fillRect(device, self._background())
        painter.setTransform(transform)
        if not self._overview.paint(painter, scale):
            return False
        self._draw_over(painter, visible, scale, areas)
        return True

    def _overview_steps(self, area: QRectF) -> list[Piece]:
        """The whole board for :class:`FarOverview`, sketched in pieces: texts drawn at its
        small zoom would be huge and blurred in a strip of a closer one."""
        frames = self._scene.frames.frame_items()
        blocks = self._scene.far_cache()
        background = self._background()

        def band(index: int) -> Piece:
            def ground(painter: QPainter) -> None:  # to the image's last (partly covered) pixel
                transform = painter.transform()
                painter.resetTransform()
                device = painter.device()
                top = device.height() * index // GROUND_BANDS
                bottom = device.height() * (index + 1) // GROUND_BANDS
                painter.fillRect(QRect(0, top, device.width(), bottom - top), background)
                painter.setTransform(transform)

            return ground

        # The ground in bands: filling the picture's fresh 6 MB at once was a 4-5 ms piece in
        # the first step of a zoom-out (its memory touched for the first time).
        grounds = [band(index) for index in range(GROUND_BANDS)]
        return [
            *grounds,
            *sketch_far_pieces(frames, blocks, [area], background, lines=False, ground=False),
        ]
