"""Every starter template drawn offscreen near and far, and reopened from its file the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QUndoStack
from pytestqt.qtbot import QtBot

from canvas.card_item import CardItem
from canvas.frame_style import TITLE_BAR, accent_for
from canvas.mood_item import MOOD_COLOUR
from canvas.scene import BoardScene
from canvas.view import BoardView
from models.document import BoardDocument
from models.experiment import new_card
from models.templates import TEMPLATES
from models.templates.demo_content import populate_demo
from models.templates.plan import HEADER
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import dark_pixels, render


def near(image: QImage, x: int, y: int, colour: QColor, tolerance: int = 6) -> bool:
    found = image.pixelColor(x, y)
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(
            (found.red(), found.green(), found.blue()),
            (colour.red(), colour.green(), colour.blue()),
            strict=True,
        )
    )


def count_colour(image: QImage, colour: QColor, step: int = 3, tolerance: int = 10) -> int:
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if near(image, x, y, colour, tolerance)
    )


@pytest.mark.parametrize("language", ["fi", "en"])
@pytest.mark.parametrize("key", list(TEMPLATES))
def test_each_starter_template_is_drawn_with_its_headers(
    board: Board, key: str, language: str
) -> None:
    board.document.update_info({"language": language})
    frame_id = board.document.frames.instantiate(TEMPLATES[key], 0.0, 0.0)
    board.qtbot.waitUntil(lambda: board.scene.frames.frame_item(frame_id) is not None)
    frame = board.document.frames.get(frame_id)
    assert frame is not None
    image = render(board, QRectF(frame.x, frame.y, frame.width, frame.height), 0.5)
    title_h = board.document.frames.grid(frame_id).title_height
    assert near(image, 4, int(title_h * 0.5 * 0.15), TITLE_BAR), "the dark title bar"
    bar_text = sum(
        1
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, int(title_h * 0.25)).lightness() > 200
    )
    assert bar_text > 3, "the frame's title is written on its bar"
    for zone in board.document.frames.zones(frame_id):
        x, y = int((zone.x - frame.x) * 0.5), int((zone.y - frame.y) * 0.5)
        inset = 8
        if zone.row == HEADER or zone.col == HEADER or zone.title:
            text = dark_pixels(
                image,
                x + 10,
                y + 8,
                int(zone.width * 0.5) - 20,
                int(min(zone.height, 200) * 0.5) - 16,
            )
            assert text > 4, f"the title of {zone.key} is written in it"
        if zone.row >= 0 and zone.col >= 0 and zone.title == "":
            corner = QColor(zone.colour)
            assert near(image, x + int(zone.width * 0.5) - inset, y + inset, corner), (
                f"cell {zone.key} is filled with its colour"
            )


def test_header_edges_take_the_colour_of_their_cells(board: Board) -> None:
    frame_id = board.document.frames.instantiate(TEMPLATES["dream_fear"], 0.0, 0.0)
    grid = board.document.frames.grid(frame_id)
    dreams = next(z for z in grid.columns if z.key == "dreams")
    accent = accent_for(dreams, grid.cell(0, dreams.col).colour)  # type: ignore[union-attr]
    assert accent is not None and accent.hslHueF() == pytest.approx(
        QColor("#EDF8E7").hslHueF(), abs=0.02
    ), "a green edge under a green column"
    image = render(board, QRectF(dreams.x, dreams.y, dreams.width, dreams.height))
    assert near(image, int(dreams.width / 2), int(dreams.height - 4), accent)


def test_the_feelings_lane_shows_a_curve_through_its_marks(board: Board) -> None:
    frame_id = board.document.frames.instantiate(TEMPLATES["journey_map"], 0.0, 0.0)
    grid = board.document.frames.grid(frame_id)
    lane = [grid.cell(2, col) for col in range(len(grid.columns))]
    for zone, mood in zip(lane, (-1, 2, 0, -2, 1, 1), strict=True):
        board.document.frames.set_mood(zone.id, mood)  # type: ignore[union-attr]
    first, last = lane[0], lane[-1]
    assert first is not None and last is not None
    area = QRectF(first.x, first.y, last.x + last.width - first.x, first.height)
    image = render(board, area, 0.5)
    assert count_colour(image, MOOD_COLOUR) > 200, "the curve and its marks are drawn"
    second = lane[1]
    assert second is not None
    mark = (second.x - first.x + second.width / 2) * 0.5, second.height * (0.5 - 0.4) * 0.5
    assert near(image, int(mark[0]), int(mark[1]) + 6, MOOD_COLOUR, 12), "+2 near the top"


def test_far_view_draws_frames_titles_and_curves_cheaply(board: Board) -> None:
    populate_demo(board.document, "fi")
    board.view.zoom_to_fit()
    board.view.resize(1000, 700)
    board.view._set_scale(0.08)
    board.view.centerOn(QPointF(3400.0, 2800.0))
    image = board.view.viewport().grab().toImage()
    assert count_colour(image, TITLE_BAR, 2, 4) > 150, "title bars (or labels) of all frames"
    white_text = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() > 240
        and near(image, x, min(y + 2, image.height() - 1), TITLE_BAR, 60)
    )
    assert white_text > 20, "frame titles are written in the far view"
    assert count_colour(image, MOOD_COLOUR, 2, 12) > 10, "the feelings curve shows far away"


def test_zoom_to_fit_takes_frames_into_account(board: Board) -> None:
    frame_id = board.document.frames.instantiate(TEMPLATES["idea_lists"], 5000.0, 5000.0)
    board.qtbot.waitUntil(lambda: board.scene.frames.frame_item(frame_id) is not None)
    board.view.zoom_to_fit()
    frame = board.document.frames.get(frame_id)
    assert frame is not None
    visible = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
    assert visible.contains(QRectF(frame.x, frame.y, frame.width, frame.height))


def test_a_board_from_templates_reopens_with_the_same_items(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "esimerkki.pajalauta"
    doc = BoardDocument.create(path, language="fi")
    populate_demo(doc, "fi")
    card_zone = doc.frames.zones()[-1]
    doc.notes.add([new_card(card_zone.x + 500, card_zone.y + 500, theme="Sámi: Áŋđ", owner="Ánde")])

    def picture(document: BoardDocument) -> tuple[object, ...]:
        scene = BoardScene(document)
        try:
            frames = [
                (f.frame, f.title_height, f.pos().x(), f.pos().y())
                for f in scene.frames.frame_items()
            ]
            zones = [(z.zone, z.scene_rect().getRect()) for z in scene.frames.zone_items()]
            moods = [m.points() for m in scene.frames.mood_items()]
            cards = sorted(
                (i.note_id, dict(i.note.fields))
                for i in scene.note_items()
                if isinstance(i, CardItem)
            )
            return (
                frames,
                zones,
                [[(p.x(), p.y()) for p in lane] for m in moods for lane in m],
                cards,
                document.frames.all(),
                document.frames.zones(),
                document.notes.all(),
            )
        finally:
            scene.detach()

    before = picture(doc)
    assert len(before[0]) == 4 and len(before[3]) == 5
    doc.close()
    again = BoardDocument.open(path)
    try:
        assert picture(again) == before
    finally:
        again.close()


def test_a_second_view_on_the_same_scene_shows_the_frames(board: Board, qtbot: QtBot) -> None:
    frame_id = board.document.frames.instantiate(TEMPLATES["idea_lists"], 0.0, 0.0)
    other = BoardView(board.scene, QUndoStack())
    qtbot.addWidget(other)
    other.resize(800, 600)
    other.show()
    qtbot.waitExposed(other)
    other.zoom_to_fit()
    image = other.viewport().grab().toImage()
    assert count_colour(image, TITLE_BAR, 3, 4) > 20
    assert board.scene.frames.frame_item(frame_id) is not None
