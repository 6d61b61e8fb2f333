"""Smooth moves of a view to a rectangle: the projector glides to the next frame or zone.

A jump cut from the whole board to one zone loses the room ("where are we now?"); a short
glide (~300 ms) shows where the zone lies. The scale changes geometrically and the centre
linearly, so zooming in feels even, and the move ends exactly on the target.
"""

from __future__ import annotations

import math
import weakref

from PySide6.QtCore import (
    QEasingCurve,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsView

from canvas import zoom

DURATION_MS = 300


def visible_rect(view: QGraphicsView) -> QRectF:
    """The scene area the view shows now."""
    return view.mapToScene(view.viewport().rect()).boundingRect()


Margins = float | QMarginsF
"""Room left free around a target: the same on every side, or per side (the projector keeps
a band for its clock above the board and one for its messages below)."""


def as_margins(margin: Margins) -> QMarginsF:
    if isinstance(margin, QMarginsF):
        return margin
    return QMarginsF(margin, margin, margin, margin)


def scale_to_show(
    view: QGraphicsView, rect: QRectF, margin_px: Margins, max_scale: float = zoom.MAX_SCALE
) -> float:
    viewport = view.viewport().rect()
    margins = as_margins(margin_px)
    width = max(viewport.width() - margins.left() - margins.right(), 1.0)
    height = max(viewport.height() - margins.top() - margins.bottom(), 1.0)
    if rect.width() <= 0 or rect.height() <= 0:
        return zoom.clamp_scale(min(1.0, max_scale))
    return zoom.clamp_scale(
        min(width / rect.width(), height / rect.height(), max_scale), zoom.FIT_MIN_SCALE
    )


def place(view: QGraphicsView, scale: float, centre: QPointF) -> None:
    before = view.transform().m11()
    view.setTransform(QTransform.fromScale(scale, scale))
    view.centerOn(centre)
    changed = getattr(view, "zoomChanged", None)
    if changed is not None and scale != before:
        changed.emit(scale)  # the zoom shown in the status bar follows the flight


class ViewFlight(QObject):
    """Moves one view to rectangles, animated or at once; ``arrived`` when a move ends."""

    arrived = Signal(float)
    """The scale the view arrived at."""

    def __init__(self, view: QGraphicsView, duration_ms: int = DURATION_MS) -> None:
        super().__init__(view)
        self._ref = weakref.ref(view)  # no cycle through the view (see canvas.interaction)
        self.duration_ms = duration_ms
        self._from = (1.0, QPointF())
        self._to = (1.0, QPointF())
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._step)
        self._animation.finished.connect(self._finish)

    @property
    def _view(self) -> QGraphicsView:
        view = self._ref()
        assert view is not None
        return view

    def is_flying(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def fly_to(
        self,
        rect: QRectF,
        margin_px: Margins = zoom.FIT_MARGIN_PX,
        max_scale: float = zoom.MAX_FIT_SCALE,
        animate: bool = True,
    ) -> None:
        """Show all of ``rect`` centred in the view's area inside the margins."""
        self._animation.stop()
        scale = scale_to_show(self._view, rect, margin_px, max_scale)
        margins = as_margins(margin_px)
        shift = QPointF(
            (margins.right() - margins.left()) / 2.0, (margins.bottom() - margins.top()) / 2.0
        ) / max(scale, 1e-6)
        target = (scale, rect.center() + shift)
        start = (self._view.transform().m11(), visible_rect(self._view).center())
        if not animate or self.duration_ms <= 0 or not self._view.isVisible():
            self._to = target
            self._finish()
            return
        self._from, self._to = start, target
        self._animation.setDuration(self.duration_ms)
        self._animation.start()

    def stop(self) -> None:
        self._animation.stop()

    def _step(self, value: object) -> None:
        t = float(value)  # type: ignore[arg-type]
        (s0, c0), (s1, c1) = self._from, self._to
        scale = s0 * math.pow(s1 / s0, t) if s0 > 0 and s1 > 0 else s1
        place(self._view, scale, c0 + (c1 - c0) * t)

    def _finish(self) -> None:
        scale, centre = self._to
        place(self._view, scale, centre)
        self.arrived.emit(scale)
