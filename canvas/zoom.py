"""Zoom arithmetic for a board view: clamped scales, anchored zooming, fitting a rectangle.

The view keeps a pure uniform scale (no rotation, no shear) so ``transform().m11()`` *is* the
zoom, and level-of-detail decisions in items and in the far view can read it directly.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsView

MIN_SCALE = 0.02
"""Zooming out by hand stops here, or lower on a board too big to be seen whole at 2 %."""
FIT_MIN_SCALE = 0.0005
"""Showing a whole board never stops short of it (a 2,000 m wide board still fits)."""
MAX_SCALE = 4.0
STEP = 1.25
"""One zoom-in step; five steps double the size roughly three times over."""
FIT_MARGIN_PX = 48
MAX_FIT_SCALE = 2.0
"""Zoom to fit never enlarges beyond this: one lone note should not fill the projector."""
WHEEL_BASE = 1.0015
"""Scale factor per eighth of a degree of wheel rotation (one notch = 120 → about ×1.2)."""


def clamp_scale(scale: float, floor: float = MIN_SCALE) -> float:
    if not math.isfinite(scale) or scale <= 0.0:
        return 1.0
    return min(max(scale, floor), MAX_SCALE)


def zoom_out_floor(view: QGraphicsView) -> float:
    """How far a hand can zoom out: 2 %, or as far as showing the whole scene needs."""
    rect = view.sceneRect()
    viewport = view.viewport().rect()
    if rect.width() <= 0 or rect.height() <= 0:
        return MIN_SCALE
    whole = min(viewport.width() / rect.width(), viewport.height() / rect.height())
    return max(min(MIN_SCALE, whole), FIT_MIN_SCALE)


def current_scale(view: QGraphicsView) -> float:
    return view.transform().m11()


def set_scale(view: QGraphicsView, scale: float, anchor: QPointF | None = None) -> float:
    """Set the scale, keeping the scene point under ``anchor`` (viewport pixels) in place.

    Without an anchor the view centre stays put. Returns the scale actually set.
    """
    scale = clamp_scale(scale, zoom_out_floor(view))
    centre = QRectF(view.viewport().rect()).center()
    if anchor is None:
        anchor = centre
    if math.isclose(scale, current_scale(view), rel_tol=1e-9):
        return scale
    fixed = _exact_scene_point(view, anchor)
    view.setTransform(QTransform.fromScale(scale, scale))
    view.centerOn(fixed + (centre - anchor) / scale)
    return scale


def _exact_scene_point(view: QGraphicsView, pos: QPointF) -> QPointF:
    """``mapToScene`` for a fractional viewport position."""
    inverted, ok = view.viewportTransform().inverted()
    return inverted.map(pos) if ok else QPointF(view.mapToScene(QPoint(int(pos.x()), int(pos.y()))))


def fit_scale(view: QGraphicsView, rect: QRectF, max_scale: float = MAX_FIT_SCALE) -> float:
    """The scale at which ``rect`` (scene units) fills the viewport, less a margin."""
    viewport = view.viewport().rect()
    width = max(viewport.width() - 2 * FIT_MARGIN_PX, 1)
    height = max(viewport.height() - 2 * FIT_MARGIN_PX, 1)
    if rect.width() <= 0 or rect.height() <= 0:
        return clamp_scale(min(1.0, max_scale))
    return clamp_scale(min(width / rect.width(), height / rect.height(), max_scale), FIT_MIN_SCALE)


def fit(view: QGraphicsView, rect: QRectF, max_scale: float = MAX_FIT_SCALE) -> float:
    """Zoom and scroll so ``rect`` is all visible and centred; returns the new scale."""
    scale = fit_scale(view, rect, max_scale)
    view.setTransform(QTransform.fromScale(scale, scale))
    view.centerOn(rect.center())
    return scale
