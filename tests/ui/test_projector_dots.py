"""Dots on notes, as the room sees them: never over the text, visible on any note colour,
and the example board's first look is readable."""

from __future__ import annotations

from pathlib import Path
from statistics import median

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from canvas.look import dot_centres, dot_radius, dot_strip
from canvas.note_item import NoteItem
from tests.ui.room_boards import grab, make_room_board, open_board, settle
from ui.main_window import MainWindow

LONG = "Työvaatteet pitäisi uusia, ja kotileivonnaiset takaisin joka perjantaiksi"


def shown_on_laptop(window: MainWindow, area: QRectF) -> QImage:
    window.view.zoom_to_rect(area)
    window.scene.finish_layouts()
    settle()
    return grab(window.view.viewport())


def test_dots_keep_off_the_text_and_show_on_a_note_of_their_own_colour(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = make_room_board(tmp_path / "pisteet.pajalauta", loose=[LONG])
    doc = open_board(window, path)
    note = doc.notes.all()[0]
    yellow = doc.groups.all()[0]
    doc.notes.update({note.id: {"colour": yellow.colour}})
    votes = window.room.votes
    votes.start_vote("Paras idea", budget=3)
    window.room.groups.set_current(yellow.id)
    for _ in range(3):
        votes.place_dot(note.id)
    area = QRectF(note.x, note.y, note.width, note.height)
    with_text = shown_on_laptop(window, area)
    view = window.view
    view.look.hide_text = True
    view.look.changed()
    view.viewport().update()
    without_text = shown_on_laptop(window, area)
    view.look.hide_text = False
    view.look.changed()

    item = window.scene.item_for(note.id)
    assert isinstance(item, NoteItem)
    scale = view.transform().m11()
    text_rows = [
        y
        for y in range(without_text.height())
        for x in range(0, without_text.width(), 2)
        if with_text.pixelColor(x, y) != without_text.pixelColor(x, y)
    ]
    assert text_rows, "the note shows its text"
    strip_bottom = view.mapFromScene(QPointF(note.x, note.y + dot_strip_of(item, scale))).y()
    assert min(text_rows) >= strip_bottom - 1, "no letter in the dots' strip"

    rect = QRectF(0, 0, note.width, note.height)
    radius = dot_radius(rect, scale)
    for centre in dot_centres(rect, 3, radius):
        middle = view.mapFromScene(QPointF(note.x, note.y) + centre)
        fill = with_text.pixelColor(middle)
        edge = with_text.pixelColor(
            view.mapFromScene(QPointF(note.x, note.y) + centre + QPointF(radius * 0.97, 0))
        )
        assert fill.name().upper() != yellow.colour.upper(), "a deeper shade than the note"
        assert edge.lightness() < 80, "a dark edge around each dot"


def dot_strip_of(item: NoteItem, scale: float) -> float:
    from canvas import look

    with look.painting_with(item.scene().views()[0].look):  # type: ignore[union-attr]
        return dot_strip(item, scale)


def test_the_example_board_opens_on_its_first_frame_with_readable_notes(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    assert window.files.open_demo(folder=tmp_path)
    settle(100)
    doc, view, scene = window.document, window.view, window.scene
    assert doc is not None and view is not None and scene is not None
    first = min(doc.frames.all(), key=lambda f: (round(f.y / 400.0), f.x))
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(QPointF(first.x + 10, first.y + 10)), "the first frame's corner"
    sizes = [
        item.ensure_fit().pixel_size * view.transform().m11()
        for item in scene.items(shown)
        if isinstance(item, NoteItem)
    ]
    assert sizes and median(sizes) >= 13.5, "note text reads on the laptop"
    QApplication.processEvents()


def test_the_feelings_curve_lies_under_the_notes(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    assert window.files.open_demo(folder=tmp_path)
    scene = window.scene
    assert scene is not None
    covered = 0
    for mood in scene.frames.mood_items():
        for lane in mood.points():
            for point in lane:
                mark = mood.mapToScene(point)
                area = QRectF(mark.x() - 40, mark.y() - 40, 80, 80)
                for item in scene.items(area):
                    if not isinstance(item, NoteItem):
                        continue
                    both = item.scene_rect().intersected(area)
                    image = QImage(20, 20, QImage.Format.Format_ARGB32)
                    from PySide6.QtGui import QPainter

                    painter = QPainter(image)
                    scene.render(
                        painter,
                        QRectF(0, 0, 20, 20),
                        QRectF(both.center().x() - 1, both.center().y() - 1, 2, 2),
                    )
                    painter.end()
                    assert image.pixelColor(10, 10).name().upper() == item.note.colour.upper()
                    covered += 1
    assert covered, "the example board has a mark beside a note"
