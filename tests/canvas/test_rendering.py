"""What the notes look like in pixels, near and far, rendered offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QUndoStack
from pytestqt.qtbot import QtBot

import canvas.scene
import canvas.scene_items
from canvas import style
from canvas.note_item import NoteItem
from canvas.view import BoardView
from models.palette import PALETTE
from tests.canvas.conftest import Board


def render_scene(board: Board, area: QRectF, scale: float = 1.0) -> QImage:
    board.scene.finish_layouts()
    image = QImage(
        int(area.width() * scale), int(area.height() * scale), QImage.Format.Format_ARGB32
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    board.scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


def colour_at(image: QImage, x: float, y: float) -> str:
    return image.pixelColor(int(x), int(y)).name().upper()


def dark_pixels(image: QImage, rect: QRect) -> int:
    count = 0
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right(), 2):
            if image.pixelColor(x, y).lightness() < 90:
                count += 1
    return count


@pytest.fixture
def notes(board: Board) -> dict[str, int]:
    return {
        "green": board.add(text="Lähiruuan hyödyntäminen", colour=PALETTE["green"], x=0.0, y=0.0),
        "pink": board.add(text="", colour=PALETTE["pink"], x=300.0, y=0.0),
        "blue": board.add(
            text="Uusia liinoja, kukkia, verhoja",
            colour=PALETTE["blue"],
            x=0.0,
            y=300.0,
            width=400.0,
        ),
    }


def test_scene_render_draws_each_note_in_its_colour_with_text(
    board: Board, notes: dict[str, int]
) -> None:
    image = render_scene(board, QRectF(-50, -50, 600, 600))
    # Just inside each note's top-left corner (the padding, never text).
    assert colour_at(image, 50 + 5, 50 + 5) == PALETTE["green"]
    assert colour_at(image, 350 + 100, 50 + 100) == PALETTE["pink"]
    assert colour_at(image, 50 + 395, 350 + 5) == PALETTE["blue"]
    assert colour_at(image, 50 + 250, 50 + 100) == style.BACKGROUND.name().upper()
    assert dark_pixels(image, QRect(50, 50, 200, 200)) > 40, "the green note shows its text"
    assert dark_pixels(image, QRect(350, 50, 200, 200)) == 0, "the empty note shows none"


def test_hidden_text_leaves_blank_cards(board: Board, notes: dict[str, int]) -> None:
    board.scene.set_text_hidden(True)
    image = render_scene(board, QRectF(-50, -50, 600, 600))
    assert colour_at(image, 55, 55) == PALETTE["green"]
    assert dark_pixels(image, QRect(50, 50, 200, 200)) == 0


def test_selection_and_resize_handle_are_drawn(board: Board, notes: dict[str, int]) -> None:
    board.scene.select_notes([notes["green"]])
    image = render_scene(board, QRectF(-50, -50, 600, 600))
    selection = style.SELECTION_COLOUR.name().upper()
    assert colour_at(image, 50 + 100, 50 + 1) == selection, "frame along the top edge"
    assert colour_at(image, 50 + 197, 50 + 197) == selection, "handle in the corner"
    assert colour_at(image, 350 + 100, 50 + 1) == PALETTE["pink"], "unselected: no frame"


def test_far_view_draws_batched_blocks_without_item_paints(
    board: Board, notes: dict[str, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    class CountingNoteItem(NoteItem):
        """A fresh subclass: PySide looks its paint() override up anew."""

        def paint(self, *args: object) -> None:  # type: ignore[override]
            calls.append(self.note_id)
            super().paint(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(canvas.scene_items, "NoteItem", CountingNoteItem)
    scene = canvas.scene.BoardScene(board.document)
    view = BoardView(scene, QUndoStack())
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.centerOn(QPointF(200.0, 250.0))
    view.viewport().grab()
    assert calls, "near: Qt paints the items"

    for _ in range(12):
        view.zoom_out()
    assert view.scale_factor() < style.FAR_SCALE
    calls.clear()
    image = view.viewport().grab().toImage()
    assert calls == [], "far: the view draws blocks itself"
    ratio = image.width() / view.viewport().width()  # device pixel ratio of the grab
    for name, note_id in notes.items():
        note = board.note(note_id)
        centre = view.mapFromScene(QPointF(note.x + note.width / 2, note.y + note.height / 2))
        assert colour_at(image, centre.x() * ratio, centre.y() * ratio) == PALETTE[name]
    empty = view.mapFromScene(QPointF(-2000.0, -2000.0))
    assert colour_at(image, empty.x() * ratio, empty.y() * ratio) == style.BACKGROUND.name().upper()
    assert (
        dark_pixels(
            image,
            QRect(view.mapFromScene(QPointF(0, 0)), QPoint(view.mapFromScene(QPointF(200, 200)))),
        )
        == 0
    ), "no text at this distance"
    scene.detach()


def test_far_view_frames_the_selection(board: Board, notes: dict[str, int]) -> None:
    view = board.view
    view.centerOn(QPointF(200.0, 250.0))
    for _ in range(12):
        view.zoom_out()
    board.scene.select_notes([notes["blue"]])
    image = view.viewport().grab().toImage()
    corner = view.mapFromScene(QPointF(0.0, 300.0))
    found = {
        colour_at(image, corner.x() + dx, corner.y() + dy)
        for dx in range(-3, 2)
        for dy in range(-3, 2)
    }
    assert style.SELECTION_COLOUR.name().upper() in found


def test_crowded_medium_zoom_switches_to_blocks(board: Board, qtbot: object) -> None:
    board.document.notes.add(
        [
            {
                "text": f"lappu {i}",
                "x": (i % 60) * 70.0,
                "y": (i // 60) * 70.0,
                "width": 60.0,
                "height": 60.0,
            }
            for i in range(style.MAX_ITEM_PAINTS + 300)
        ]
    )
    view = board.view
    view._set_scale(style.FAR_SCALE * 1.2)
    view.centerOn(QPointF(2100.0, 600.0))
    assert view._use_blocks(view.scale_factor())
    view._set_scale(1.0)
    assert not view._use_blocks(view.scale_factor())


def test_view_colour_matches_at_100_percent(board: Board, notes: dict[str, int]) -> None:
    view = board.view
    view.centerOn(QPointF(200.0, 250.0))
    image = view.viewport().grab().toImage()
    ratio = image.width() / view.viewport().width()
    corner = view.mapFromScene(QPointF(4.0, 4.0))
    assert colour_at(image, corner.x() * ratio, corner.y() * ratio) == PALETTE["green"]
    assert QColor(style.TEXT_COLOUR).lightness() < 90


def test_far_view_blocks_follow_a_drag_while_it_happens(board: Board) -> None:
    note_id = board.add(text="liikkuu", colour=PALETTE["purple"], x=0.0, y=0.0)
    view = board.view
    view.centerOn(QPointF(100.0, 100.0))
    for _ in range(10):
        view.zoom_out()
    assert view._use_blocks(view.scale_factor())
    start = board.centre_of(note_id)
    viewport = view.viewport()
    viewport.grab()  # a far frame before the drag, so its blocks are already made
    board.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        board.qtbot.mouseMove(viewport, start + QPoint(12 * step, 0))
    image = viewport.grab().toImage()  # mid-drag: the model has not changed yet
    ratio = image.width() / viewport.width()
    moved = start + QPoint(60, 0)
    assert colour_at(image, moved.x() * ratio, moved.y() * ratio) == PALETTE["purple"]
    assert (
        colour_at(image, (start.x() - 8) * ratio, start.y() * ratio)
        == style.BACKGROUND.name().upper()
    )
    board.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=moved)
    assert board.note(note_id).x > 100.0
