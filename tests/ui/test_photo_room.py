"""Photos in the room: the projector shows them, and a photo can be a stop of its own that
fills the projector."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.canvas import photo_files
from tests.ui.room_boards import grab, make_room_board, open_board, settle, view_rect
from tests.ui.test_presenter import open_presenter
from ui.main_window import MainWindow


def test_a_photo_stop_fills_the_projector_with_the_photo(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = make_room_board(tmp_path / "huone.pajalauta")
    from models.document import BoardDocument

    doc = BoardDocument.open(path)
    first = doc.frames.all()[0]
    photo_id = photo_files.place_photo(
        doc,
        photo_files.webp(tmp_path / "teko.webp"),
        (first.x + 300.0, first.height + 1400.0),
        caption="Pienet teot",
    )
    doc.close()
    open_board(window, path)
    presenter = open_presenter(window, qtbot)
    stops = window.room.presenter.stops()
    photo_stops = [stop for stop in stops if stop.kind == "photo"]
    assert [stop.id for stop in photo_stops] == [photo_id]
    assert photo_stops[0].title == "Pienet teot"
    window.room.presenter.go_to(photo_stops[0], animate=False)
    qtbot.waitUntil(lambda: not presenter.view.flight.is_flying(), timeout=3000)
    window.scene.thumbnails.wait()
    settle(100)
    card = window.document.notes.get(photo_id)
    shown = view_rect(presenter.view, photo_stops[0].rect)
    viewport = presenter.view.viewport().rect()
    room = viewport.adjusted(*(m * presenter.content_margin() for m in (1, 1, -1, -1)))
    # Filled up to the margins the projector keeps for its clock and caption banner.
    assert shown.width() >= 0.95 * room.width() or shown.height() >= 0.95 * room.height()
    image = grab(presenter.view.viewport())
    centre = view_rect(presenter.view, photo_stops[0].rect).center()
    pixel = QColor(image.pixel(centre))
    assert pixel.blue() > 150 and pixel.red() < 80, "the projector does not show the photo"
    assert card is not None
