"""The status mark of an experiment card's half: whose results are still missing, at a glance."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

FILLED = QColor("#2E7D32")
PARTIAL = QColor("#E0A100")
OPEN = QColor("#8C939C")


def paint_status(painter: QPainter, row: QRectF, status: str, s: float) -> None:
    """A green tick when the half is filled, half a disc when begun, a ring when empty."""
    radius = min(row.height() * 0.32, 9.0 * s)
    centre = QPointF(row.right() - 16.0 * s, row.center().y())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    box = QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2)
    if status == "filled":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(FILLED)
        painter.drawEllipse(box)
        tick = QPainterPath(QPointF(centre.x() - radius * 0.5, centre.y()))
        tick.lineTo(centre.x() - radius * 0.1, centre.y() + radius * 0.45)
        tick.lineTo(centre.x() + radius * 0.55, centre.y() - radius * 0.45)
        painter.setPen(QPen(QColor("#FFFFFF"), max(radius * 0.28, 1.0)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    else:
        ring = QPen(PARTIAL if status == "partial" else OPEN, max(radius * 0.25, 1.0))
        painter.setPen(ring)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(box)
        if status == "partial":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PARTIAL)
            painter.drawPie(box, 90 * 16, 180 * 16)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
