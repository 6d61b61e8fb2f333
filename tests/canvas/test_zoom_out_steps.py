"""What a wheel zoom-out step draws, and what it need not draw again: the board's picture
(the strips of a far zoom-out) copies each kind of frame from one drawing of it, and the
scroll bars keep the viewport's size until the zoom rests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from canvas import zoom_sketch
from canvas.far_overview import FarOverview
from canvas.frame_items import FrameItem, ZoneItem
from models.templates.starters import DREAM_FEAR
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import SMALL_GRID
from tests.canvas.test_zoom_glide import settle, spread_notes, wheel


def _frames(board: Board) -> list[FrameItem]:
    """Three small grids and two dream/fear frames, side by side."""
    ids = [board.document.frames.instantiate(SMALL_GRID, x, 3000.0) for x in (0.0, 900.0, 1800.0)]
    ids += [board.document.frames.instantiate(DREAM_FEAR, x, 4000.0) for x in (0.0, 3500.0)]
    board.qtbot.waitUntil(lambda: all(board.scene.frames.frame_item(i) for i in ids))
    found = [board.scene.frames.frame_item(i) for i in ids]
    return [frame for frame in found if frame is not None]


def _picture(board: Board) -> tuple[QImage, QTransform]:
    content = board.scene.content_rect()
    assert content is not None
    overview = FarOverview()
    overview.prepare(content, "state", board.view._overview_steps)
    image = overview._image
    assert image is not None
    own = image.width() / overview._area.width()
    mapping = QTransform.fromTranslate(
        -overview._area.left(), -overview._area.top()
    ) * QTransform.fromScale(own, own)
    return image, mapping


def _near(found: QColor, wanted: QColor) -> bool:
    return (
        max(
            abs(found.red() - wanted.red()),
            abs(found.green() - wanted.green()),
            abs(found.blue() - wanted.blue()),
        )
        <= 2
    )


def test_the_boards_picture_shows_every_frames_zones_in_place(board: Board) -> None:
    frames = _frames(board)
    image, mapping = _picture(board)
    checked = 0
    for frame in frames:
        for zone in frame.childItems():
            if not isinstance(zone, ZoneItem):
                continue
            rect = mapping.mapRect(zone.rect().translated(zone.pos() + frame.pos()))
            if rect.width() < 5 or rect.height() < 5:
                continue  # too small to hold a pixel away from its edges
            point = rect.center().toPoint()
            wanted = zone_colour(zone)
            assert _near(image.pixelColor(point), wanted), (frame.frame.title, zone.zone.title)
            checked += 1
    assert checked >= 20


def zone_colour(zone: ZoneItem) -> QColor:
    from canvas.note_item import colour_for

    return QColor(colour_for(zone.zone.colour))


def test_the_boards_picture_equals_each_frame_drawn_on_its_own(board: Board) -> None:
    """Copied from its kind's drawing, a frame lands within a pixel of where drawing it
    there would put it: the two pictures differ only along edges."""
    frames = _frames(board)
    image, mapping = _picture(board)
    alone = QImage(image.size(), image.format())
    alone.fill(image.pixelColor(0, 0))
    painter = QPainter(alone)
    painter.setTransform(mapping)
    for frame in frames:
        zoom_sketch._paint_frame(painter, frame, False)
    painter.end()
    differing = 0
    inside = 0
    for frame in frames:
        rect = mapping.mapRect(frame.scene_rect()).toRect()
        for y in range(rect.top(), rect.bottom(), 2):
            for x in range(rect.left(), rect.right(), 2):
                inside += 1
                if not _near(image.pixelColor(x, y), alone.pixelColor(x, y)):
                    differing += 1
    assert inside > 2000
    assert differing < inside * 0.06, (differing, inside)


def test_each_kind_of_frame_is_drawn_once_for_the_boards_picture(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    frames = _frames(board)
    zoom_sketch._STAMPS.clear()
    drawn: list[FrameItem] = []
    plain = zoom_sketch._paint_frame

    def counted(painter: QPainter, frame: FrameItem, lines: bool) -> None:
        drawn.append(frame)
        plain(painter, frame, lines)

    monkeypatch.setattr(zoom_sketch, "_paint_frame", counted)
    _picture(board)
    assert len(frames) == 5
    assert len(drawn) == 2, "a small grid and a dream/fear frame"


def test_a_frame_on_a_turned_picture_is_drawn_as_it_is(board: Board) -> None:
    """Only a picture that scales and moves takes the copies: a turned one draws the frame."""
    frame = _frames(board)[0]
    image = QImage(QSize(200, 200), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.translate(100.0, 100.0)
    painter.rotate(90.0)
    painter.scale(0.1, 0.1)
    painter.translate(-frame.scene_rect().center())
    zoom_sketch._paint_stamped(painter, frame)
    painter.end()
    assert image.pixelColor(100, 100) != QColor(Qt.GlobalColor.white)


def test_the_viewport_keeps_its_size_while_a_zoom_moves(board: Board) -> None:
    """Zooming out until the board fits across: the scroll bar goes once the zoom rests,
    not mid-zoom (a new viewport size made the zoom's two pictures anew)."""
    spread_notes(board, columns=30, rows=6)
    view = board.view
    view.viewport().repaint()
    bar = view.horizontalScrollBar()
    assert bar.isVisibleTo(view), "the board is wider than the view at 100 %"
    size = view.viewport().size()
    for _ in range(20):
        wheel(board, -120)
        assert view.zooming
        assert view.viewport().size() == size
    content = board.scene.content_rect()
    assert content is not None
    assert content.width() * view.scale_factor() < size.width() / 2, "it fits across"
    settle(board)
    assert not bar.isVisibleTo(view), "gone once the zoom rests"
    assert view.viewport().height() > size.height()
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    # And back in: the bar comes back once that zoom rests.
    for _ in range(20):
        wheel(board, 120)
        assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    settle(board)
    assert bar.isVisibleTo(view)
