"""The feelings curve of a journey map: one emotion mark per stage (−2…+2), joined by a line.

The curve is drawn on the wall below the notes, as on paper and in the handout: the feelings
lane also holds the group's thoughts as notes, and their text stays readable. Marks sit at the
centre of their stage, where tidied notes leave a gap. At a readable zoom each unmarked stage
shows a faint five-step scale; clicking a step sets the mark, dragging a mark moves it (one
undo step each).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas.frame_style import mood_y
from canvas.frame_text import frame_font
from models.records import ZoneData
from models.templates.plan import MOOD, MOOD_RANGE

MOOD_Z = -1.0e8
"""Above every frame, below every note."""
MOOD_COLOUR = QColor("#B5462F")
"""The handout's curve colour."""
TICK_COLOUR = QColor("#8C939C")
MARK_RADIUS = 26.0
TICK_RADIUS = 9.0
TICK_LOD = 0.3
"""Below this scale the clickable steps are not drawn (and not clickable)."""

_LINE_PEN = QPen(
    MOOD_COLOUR, 7.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
)
_HALO_PEN = QPen(
    QColor("#FFFFFF"),
    13.0,
    Qt.PenStyle.SolidLine,
    Qt.PenCapStyle.RoundCap,
    Qt.PenJoinStyle.RoundJoin,
)
_TICK_PEN = QPen(TICK_COLOUR, 2.5)
_MARK_PEN = QPen(QColor("#FFFFFF"), 4.0)


def mood_label(mood: int) -> str:
    return f"{mood:+d}".replace("-", "−") if mood else "0"


def mood_value(zone: ZoneData) -> int | None:
    value = zone.data.get(MOOD)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


class MoodItem(QGraphicsItem):
    """The curves and marks of one frame's feelings lanes (in scene coordinates)."""

    Type: int = 65536 + 12

    def __init__(self, frame_id: int) -> None:
        super().__init__()
        self.frame_id = frame_id
        self._cells: list[ZoneData] = []
        self._preview: dict[int, int | None] = {}
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(MOOD_Z)

    def type(self) -> int:
        return MoodItem.Type

    def set_cells(self, cells: list[ZoneData]) -> None:
        self.prepareGeometryChange()
        self._cells = sorted(cells, key=lambda z: (z.row, z.col))
        self._preview.clear()
        bounds = QRectF()
        for zone in self._cells:
            bounds = bounds.united(QRectF(zone.x, zone.y, zone.width, zone.height))
        self._bounds = bounds.adjusted(
            -MARK_RADIUS * 2, -MARK_RADIUS * 2, MARK_RADIUS * 2, MARK_RADIUS * 2
        )
        self.update()

    @property
    def cells(self) -> list[ZoneData]:
        return list(self._cells)

    def mood_of(self, zone: ZoneData) -> int | None:
        if zone.id in self._preview:
            return self._preview[zone.id]
        return mood_value(zone)

    def preview(self, zone_id: int, mood: int | None) -> None:
        """Show a mark where a drag has it, before the command is pushed."""
        self._preview[zone_id] = mood
        self.update()

    def clear_preview(self) -> None:
        self._preview.clear()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    # --- geometry in scene coordinates -------------------------------------------------------
    def _scene_zone(self, zone: ZoneData) -> QRectF:
        offset = self.pos()
        return QRectF(zone.x + offset.x(), zone.y + offset.y(), zone.width, zone.height)

    def points(self) -> list[list[QPointF]]:
        """Mark centres (item coordinates), one list per feelings lane, left to right."""
        lanes: dict[int, list[QPointF]] = {}
        for zone in self._cells:
            mood = self.mood_of(zone)
            if mood is not None:
                lanes.setdefault(zone.row, []).append(
                    QPointF(zone.x + zone.width / 2.0, mood_y(zone, mood))
                )
        return list(lanes.values())

    def hit(self, scene_pos: QPointF, lod: float) -> tuple[ZoneData, int, bool] | None:
        """(cell, level, on its current mark) for a press on a step or a mark, else None."""
        if lod < TICK_LOD or not self._cells:
            return None
        reach = max(MARK_RADIUS, 12.0 / max(lod, 1e-6))
        low, high = MOOD_RANGE
        for zone in self._cells:
            rect = self._scene_zone(zone)
            if abs(scene_pos.x() - rect.center().x()) > reach:
                continue
            current = self.mood_of(zone)
            if current is not None and abs(scene_pos.y() - mood_y(rect, current)) <= reach:
                return zone, current, True
            for level in range(high, low - 1, -1):
                if abs(scene_pos.y() - mood_y(rect, level)) <= max(TICK_RADIUS * 1.6, 10.0 / lod):
                    return zone, level, False
        return None

    def level_at(self, zone: ZoneData, scene_y: float) -> int:
        """The nearest level to ``scene_y`` in ``zone``'s cell (while dragging a mark)."""
        rect = self._scene_zone(zone)
        low, high = MOOD_RANGE
        raw = (0.5 - (scene_y - rect.y()) / max(rect.height(), 1.0)) / 0.2
        return int(min(max(round(raw), low), high))

    # --- painting -------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = painter.worldTransform().m11()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if lod >= TICK_LOD:
            self._paint_ticks(painter)
        paint_curves(painter, self.points(), lod)
        if lod >= TICK_LOD:
            self._paint_labels(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_ticks(self, painter: QPainter) -> None:
        painter.setPen(_TICK_PEN)
        painter.setBrush(QColor("#FFFFFF"))
        low, high = MOOD_RANGE
        for zone in self._cells:
            if self.mood_of(zone) is not None:
                continue
            x = zone.x + zone.width / 2.0
            for level in range(low, high + 1):
                painter.drawEllipse(QPointF(x, mood_y(zone, level)), TICK_RADIUS, TICK_RADIUS)

    def _paint_labels(self, painter: QPainter) -> None:
        painter.setFont(frame_font(24, True))
        painter.setPen(QColor("#FFFFFF"))
        for zone in self._cells:
            mood = self.mood_of(zone)
            if mood is None:
                continue
            centre = QPointF(zone.x + zone.width / 2.0, mood_y(zone, mood))
            box = QRectF(
                centre.x() - MARK_RADIUS, centre.y() - MARK_RADIUS, MARK_RADIUS * 2, MARK_RADIUS * 2
            )
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), mood_label(mood))


def paint_curves(painter: QPainter, lanes: list[list[QPointF]], lod: float) -> None:
    """Smooth curves through the marks and the marks themselves (also the far view's)."""
    grow = max(1.0, 1.6 / max(lod * 4.0, 1e-6)) if lod < 0.25 else 1.0
    halo, line = QPen(_HALO_PEN), QPen(_LINE_PEN)
    halo.setWidthF(_HALO_PEN.widthF() * grow)
    line.setWidthF(_LINE_PEN.widthF() * grow)
    for points in lanes:
        if len(points) > 1:
            path = smooth_path(points)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(halo)
            painter.drawPath(path)
            painter.setPen(line)
            painter.drawPath(path)
        painter.setPen(_MARK_PEN)
        painter.setBrush(MOOD_COLOUR)
        radius = MARK_RADIUS * grow
        for point in points:
            painter.drawEllipse(point, radius, radius)


def smooth_path(points: list[QPointF]) -> QPainterPath:
    """A curve through every point, flat at each point (no overshoot above +2 or below −2)."""
    path = QPainterPath(points[0])
    for before, after in itertools.pairwise(points):
        middle = (before.x() + after.x()) / 2.0
        path.cubicTo(QPointF(middle, before.y()), QPointF(middle, after.y()), after)
    return path
