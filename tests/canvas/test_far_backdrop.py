"""The far view is drawn once into an image per view and copied while nothing changed, and
frames of one template share one drawing per zoom: whatever changes on the board must still
show at once, each frame must keep its own texts, and a zoom in motion is drawn anew by
itself once it rests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QUndoStack
from PySide6.QtWidgets import QApplication

from canvas import style
from canvas.far_backdrop import FarBackdrop
from canvas.frame_style import TITLE_BAR
from canvas.view import BoardView
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import ORIGIN, SMALL_GRID, cell, centre, insert_small_grid

FAR = style.FAR_SCALE * 0.5
PURPLE = QColor("#7B3FA0")


def grab(board: Board) -> QImage:
    board.view.viewport().repaint()
    return board.view.viewport().grab().toImage()


def colour_at(board: Board, image: QImage, x: float, y: float) -> QColor:
    point = board.vp(x, y)
    return image.pixelColor(point.x(), point.y())


def close(a: QColor, b: QColor, tolerance: int = 8) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < (
        tolerance
    )


def far_on(board: Board, x: float = 0.0, y: float = 0.0) -> None:
    board.view._set_scale(FAR)
    board.view.centerOn(QPointF(x, y))


def test_a_note_added_far_away_is_drawn_at_once(board: Board) -> None:
    frame_id = insert_small_grid(board)
    far_on(board)
    x, y = centre(cell(board, frame_id, 0, 1))
    before = grab(board)
    assert not close(colour_at(board, before, x, y), PURPLE)
    [note_id] = board.document.notes.add(
        [{"x": x - 100, "y": y - 100, "text": "uusi", "colour": PURPLE.name().upper()}]
    )
    board.qtbot.waitUntil(lambda: board.scene.item_for(note_id) is not None)
    assert close(colour_at(board, grab(board), x, y), PURPLE), "the new note shows"
    board.document.notes.update({note_id: {"x": x + 2000.0}})
    item = board.scene.item_for(note_id)
    assert item is not None
    board.qtbot.waitUntil(lambda: item.pos().x() > x)
    image = grab(board)
    assert not close(colour_at(board, image, x, y), PURPLE), "gone from where it was"
    assert close(colour_at(board, image, x + 2100.0, y), PURPLE), "drawn where it went"


def test_a_highlighted_cell_shows_far_away_and_goes_again(board: Board) -> None:
    frame_id = insert_small_grid(board)
    far_on(board)
    target = cell(board, frame_id, 0, 0)
    x, y = centre(target)
    plain = colour_at(board, grab(board), x, y)
    board.scene.frames.highlight([target.id])
    lit = colour_at(board, grab(board), x, y)
    assert not close(plain, lit, 3), "the drop target is tinted"
    board.scene.frames.highlight([])
    assert close(colour_at(board, grab(board), x, y), plain, 3), "and plain again"


def test_frames_of_one_template_keep_their_own_texts_far_away(board: Board) -> None:
    first = insert_small_grid(board)
    second = board.document.frames.instantiate(SMALL_GRID, ORIGIN[0] + 1000.0, ORIGIN[1])
    board.qtbot.waitUntil(lambda: board.scene.frames.frame_item(second) is not None)
    board.view._set_scale(0.15)
    board.view.centerOn(QPointF(ORIGIN[0] + 875.0, 0.0))
    header = next(z for z in board.document.frames.zones(first) if z.title == "Alarivi")
    twin = next(z for z in board.document.frames.zones(second) if z.title == "Alarivi")

    def header_pixels(image: QImage, zone_id: int) -> list[int]:
        zone = board.document.frames.zone(zone_id)
        assert zone is not None
        corner, end = board.vp(zone.x, zone.y), board.vp(zone.x + zone.width, zone.y + zone.height)
        return [
            image.pixel(px, py)
            for py in range(corner.y() + 1, end.y() - 1)
            for px in range(corner.x() + 1, end.x() - 1)
        ]

    before = grab(board)
    board.document.frames.rename_zone(header.id, "Ö")
    zone_item = board.scene.frames.zone_item(header.id)
    assert zone_item is not None
    board.qtbot.waitUntil(lambda: zone_item.zone.title == "Ö")
    after = grab(board)
    assert header_pixels(before, header.id) != header_pixels(after, header.id), "renamed"
    assert header_pixels(before, twin.id) == header_pixels(after, twin.id), "the twin is not"


def test_a_board_of_many_frames_shows_every_frame_far_away(board: Board) -> None:
    ids = [
        board.document.frames.instantiate(SMALL_GRID, col * 1000.0, row * 900.0)
        for row in range(5)
        for col in range(6)
    ]
    board.qtbot.waitUntil(lambda: all(board.scene.frames.frame_item(i) for i in ids))
    board.view.zoom_to_fit()
    image = grab(board)
    for frame_id in ids:
        frame = board.document.frames.get(frame_id)
        assert frame is not None
        bar = board.vp(frame.x + frame.width * 0.9, frame.y + 25.0)
        assert close(image.pixelColor(bar.x(), bar.y()), TITLE_BAR, 12), frame_id
        x, y = centre(cell(board, frame_id, 1, 0))
        assert close(colour_at(board, image, x, y), QColor("#FBEBEA"), 12), frame_id
    picture = QImage(board.view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = QPainter(picture)
    board.view.render(painter)
    painter.end()
    assert picture == image.convertToFormat(QImage.Format.Format_ARGB32), (
        "a picture of the view is what the screen shows"
    )


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_zoom_in_motion_is_drawn_anew_by_itself_once_it_rests(board: Board) -> None:
    insert_small_grid(board)
    far_on(board)
    grab(board)
    paints = _Paints()
    board.view.viewport().installEventFilter(paints)
    board.view._set_scale(FAR * 1.2)
    QApplication.processEvents()  # the step's own frame: the kept image, scaled
    moved = paints.count
    assert moved > 0
    board.qtbot.waitUntil(lambda: paints.count > moved, timeout=2000)
    board.view.viewport().removeEventFilter(paints)


def _counting(calls: list[float]) -> object:
    def draw(painter: QPainter, device: QRectF, area: QRectF, scale: float, moving: bool) -> bool:
        calls.append(scale)
        painter.fillRect(area, QColor("#336699"))
        return not moving

    return draw


def test_the_kept_image_is_drawn_again_only_when_it_must() -> None:
    backdrop = FarBackdrop()
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    calls: list[float] = []
    draw = _counting(calls)

    def show(scale: float, dx: float, state: object, moving: bool) -> bool:
        painter = QPainter(image)
        painter.translate(dx, 0.0)
        painter.scale(scale, scale)
        visible = painter.transform().inverted()[0].mapRect(QRectF(0, 0, 400, 300))
        exact = backdrop.paint(painter, visible, scale, moving, state, draw)  # type: ignore[arg-type]
        painter.end()
        return exact

    assert show(0.1, 0.0, 1, False) and len(calls) == 1, "the first frame: drawn straight"
    assert show(0.1, 0.0, 1, False) and len(calls) == 2, "the next one: drawn into the image"
    assert show(0.1, 0.0, 1, False) and len(calls) == 2, "nothing changed: copied"
    assert show(0.1, -40.0, 1, False) and len(calls) == 2, "a scroll within the margin"
    assert show(0.1, -40.0, 2, False) and len(calls) == 3, "the board changed"
    assert not show(0.11, -40.0, 2, True) and len(calls) == 3, "zooming: the kept one, scaled"
    assert show(0.11, -40.0, 2, False) and len(calls) == 4, "at rest: drawn at its zoom"
    assert show(0.11, -4000.0, 2, False) and len(calls) == 5, "scrolled far: drawn anew"
    assert not show(0.5, -4000.0, 2, True) and len(calls) == 6, "zoomed too far to scale it"


def test_a_views_first_frame_drawn_straight_has_the_pixels_of_the_kept_image(
    board: Board,
) -> None:
    """A new view's first far frame is drawn onto the window, the next into the image kept
    and copied: the three frames are the same pixels."""
    ids = [
        board.document.frames.instantiate(SMALL_GRID, col * 1000.0, row * 900.0)
        for row in range(3)
        for col in range(4)
    ]
    board.qtbot.waitUntil(lambda: all(board.scene.frames.frame_item(i) for i in ids))
    board.document.notes.add(
        [
            {"x": 40.0 + i * 170.0, "y": 100.0 + (i % 5) * 160.0, "text": f"lappu {i}"}
            for i in range(20)
        ]
        + [{"x": 300.0, "y": 1000.0, "text": "violetti", "colour": PURPLE.name().upper()}]
    )
    view = BoardView(board.scene, QUndoStack())
    board.qtbot.addWidget(view)
    view.resize(board.view.size())
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.show()
    view._set_scale(FAR)
    view.centerOn(QPointF(1800.0, 1200.0))
    assert view.draws_blocks_at(view.scale_factor())
    backdrop = view._backdrop
    assert not backdrop._shown, "nothing painted yet"
    frames = [view.viewport().grab().toImage() for _ in range(3)]
    assert backdrop._image is not None, "kept from the second frame on"
    assert frames[0] == frames[1] == frames[2]
    assert frames[0].pixelColor(view.mapFromScene(QPointF(350.0, 1050.0))) == PURPLE


def test_a_far_view_drawn_anew_over_its_kept_image_equals_a_fresh_views(board: Board) -> None:
    frame_id = insert_small_grid(board)
    far_on(board)
    x, y = centre(cell(board, frame_id, 0, 1))
    [note_id] = board.document.notes.add(
        [{"x": x - 100, "y": y - 100, "text": "uusi", "colour": PURPLE.name().upper()}]
    )
    board.qtbot.waitUntil(lambda: board.scene.item_for(note_id) is not None)
    grab(board)
    grab(board)  # from here on drawn through the kept image
    kept = board.view._backdrop._image
    assert kept is not None
    board.document.notes.update({note_id: {"x": x + 2000.0}})
    item = board.scene.item_for(note_id)
    assert item is not None
    board.qtbot.waitUntil(lambda: item.pos().x() > x)
    image = grab(board)
    assert board.view._backdrop._image is kept, "drawn anew over the image it kept"
    fresh = BoardView(board.scene, board.stack)
    board.qtbot.addWidget(fresh)
    fresh.resize(board.view.size())
    fresh.show()
    board.qtbot.waitExposed(fresh)
    fresh.setTransform(board.view.transform())
    fresh.horizontalScrollBar().setValue(board.view.horizontalScrollBar().value())
    fresh.verticalScrollBar().setValue(board.view.verticalScrollBar().value())
    assert fresh.mapFromScene(QPointF(x, y)) == board.vp(x, y)
    fresh.viewport().repaint()
    assert image == fresh.viewport().grab().toImage(), "nothing of the old picture shows"
