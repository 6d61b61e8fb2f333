"""A small grid template that fits the test view at 100 %, and helpers for frame tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from models.records import ZoneData
from models.templates import Band, GridLayout, Label, Template
from tests.canvas.conftest import Board

SMALL_GRID = Template(
    key="test_small_grid",
    name=Label("Pieni ruudukko", "Small grid"),
    description=Label("Testi", "Test"),
    layout=GridLayout(
        rows=(
            Band("top", Label("Ylärivi", "Top row"), Label("Ylhäällä", "Up here")),
            Band("bottom", Label("Alarivi", "Bottom row"), colour="#FBEBEA"),
        ),
        columns=(
            Band(
                "left", Label("Vasen", "Left"), Label("Mitä vasemmalla?", "Left?"), colour="#EDF8E7"
            ),
            Band("right", Label("Oikea", "Right"), colour="#EAF2FB"),
        ),
        cell_width=300.0,
        cell_height=250.0,
        row_header_width=150.0,
        column_header_height=80.0,
    ),
    title_height=50.0,
)
"""750 × 630 units: at (-450, -330) it fills the middle of a 1000 × 700 view at 100 %."""
ORIGIN = (-450.0, -330.0)


def insert_small_grid(board: Board) -> int:
    frame_id = board.document.frames.instantiate(SMALL_GRID, *ORIGIN)
    board.qtbot.waitUntil(lambda: board.scene.frames.frame_item(frame_id) is not None)
    return frame_id


def cell(board: Board, frame_id: int, row: int, col: int) -> ZoneData:
    found = board.document.frames.grid(frame_id).cell(row, col)
    assert found is not None
    return found


def centre(zone: ZoneData) -> tuple[float, float]:
    return zone.x + zone.width / 2, zone.y + zone.height / 2


def point_in(board: Board, zone: ZoneData, fx: float = 0.5, fy: float = 0.5) -> QPoint:
    return board.vp(zone.x + zone.width * fx, zone.y + zone.height * fy)


def frame_rows(board: Board, frame_id: int) -> tuple[Any, ...]:
    """The frame, its zones and its notes as the file holds them."""
    doc = board.document
    zones = doc.frames.zones(frame_id)
    notes = doc.frames.notes_in(z.id for z in zones)
    return (
        doc.frames.get(frame_id),
        tuple(zones),
        tuple((n.id, n.x, n.y, n.zone_id) for n in notes),
    )


def render(board: Board, area: QRectF, scale: float = 1.0) -> QImage:
    board.scene.finish_layouts()
    image = QImage(
        int(area.width() * scale), int(area.height() * scale), QImage.Format.Format_ARGB32
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    board.scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


def dark_pixels(image: QImage, left: int, top: int, width: int, height: int) -> int:
    count = 0
    for y in range(top, top + height, 2):
        for x in range(left, left + width, 2):
            if image.pixelColor(x, y).lightness() < 100:
                count += 1
    return count
