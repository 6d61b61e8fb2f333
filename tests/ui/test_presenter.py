"""The projector window: the laptop's very scene, stepping frame by frame, following the
laptop, blank cards while groups write, high contrast."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from canvas.note_item import NoteItem
from tests.ui.room_boards import (
    cells,
    dark_pixels,
    grab,
    make_room_board,
    open_board,
    settle,
    view_rect,
)
from ui.main_window import MainWindow
from ui.presenter import PresenterWindow


def open_presenter(window: MainWindow, qtbot: QtBot) -> PresenterWindow:
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    presenter = window.room.presenter.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    return presenter


def frame_rect(window: MainWindow, index: int) -> QRectF:
    assert window.document is not None
    frame = window.document.frames.all()[index]
    return QRectF(frame.x, frame.y, frame.width, frame.height)


def test_presenter_shows_the_laptops_scene_and_glides_from_frame_to_frame(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "projektori.pajalauta"))
    presenter = open_presenter(window, qtbot)
    assert presenter.isFullScreen()
    assert presenter.screen() in QGuiApplication.screens()
    assert presenter.view.scene() is window.scene
    note = doc.notes.all()[0]
    item = window.scene.item_for(note.id)
    assert isinstance(item, NoteItem) and item in presenter.view.items()
    assert not presenter.view.isInteractive()
    settle()  # the laptop's projector panel has taken its room
    laptop_before = window.view.transform(), window.view.horizontalScrollBar().value()

    # The projector opens on the whole board; Page Down on the laptop goes to the first frame.
    board = window.room.presenter.stops()[0].rect
    assert presenter.visible_scene_rect().contains(board)
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    first = frame_rect(window, 0)
    qtbot.waitUntil(lambda: not presenter.view.flight.is_flying(), timeout=2000)
    shown = presenter.visible_scene_rect()
    assert shown.contains(first)
    fill = min(shown.width() / first.width(), shown.height() / first.height())
    assert fill < 1.6, "zoomed to the frame, not the board"
    assert presenter.caption.isVisible() == presenter.reading.isVisible(), (
        "a frame on the wall shows its own title; a reading layout is captioned"
    )

    # Ctrl+Page Down skips the zones to the next frame; the laptop stays where it was.
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not presenter.view.flight.is_flying(), timeout=2000)
    second = frame_rect(window, 1)
    assert presenter.visible_scene_rect().contains(second)
    assert not presenter.visible_scene_rect().contains(first.center())
    assert (window.view.transform(), window.view.horizontalScrollBar().value()) == laptop_before


def test_stepping_is_animated_and_ends_exactly_on_the_zone(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "vyöhyke.pajalauta"))
    cell = doc.frames.zone(cells(doc, 0)[0])
    assert cell is not None
    doc.notes.add([{"text": "Toiveruuat", "x": cell.x + 20, "y": cell.y + 60}])
    doc.frames.assign_zones([n.id for n in doc.notes.all()])
    window.room.presenter.forget_plans()
    presenter = open_presenter(window, qtbot)
    stops = window.room.presenter.stops()
    zone_stop = next(stop for stop in stops if stop.kind == "zone")
    target = window.room.quick.target_zone()
    scales: list[float] = []
    presenter.view.flight._animation.valueChanged.connect(
        lambda _v: scales.append(presenter.view.transform().m11())
    )
    window.room.presenter.go_to(zone_stop)
    qtbot.waitUntil(lambda: not presenter.view.flight.is_flying(), timeout=2000)
    assert len(set(scales)) >= 3, "several in-between frames, not a jump cut"
    assert presenter.visible_scene_rect().contains(zone_stop.rect)
    assert presenter.caption.isVisible() and presenter.caption.text() == zone_stop.title
    assert window.room.quick.target_zone() == target, "the projector never moves the target"
    assert doc.frames.zone(zone_stop.id) is not None


def test_show_my_view_makes_the_projector_follow_the_laptop(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    open_board(window, make_room_board(tmp_path / "seuraa.pajalauta"))
    presenter = open_presenter(window, qtbot)
    window.room.presenter.follow.trigger()
    window.view.zoom_reset()
    window.view.centerOn(5000.0, 300.0)
    settle()
    laptop = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    shown = presenter.visible_scene_rect()
    assert shown.contains(laptop.center())
    assert abs(shown.center().x() - laptop.center().x()) < 30
    qtbot.keyClick(window.view, Qt.Key.Key_Home)  # stepping ends following
    assert not window.room.presenter.follow.isChecked()


def test_hidden_texts_are_blank_cards_on_the_projector_only(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "piilo.pajalauta"))
    presenter = open_presenter(window, qtbot)
    note = doc.notes.all()[0]
    area = QRectF(note.x, note.y, note.width, note.height)
    for view in (window.view, presenter.view):
        view.zoom_reset()
        view.centerOn(area.center())
    window.scene.finish_layouts()
    settle()

    def ink() -> tuple[int, int]:
        return (
            dark_pixels(grab(window.view.viewport()), view_rect(window.view, area)),
            dark_pixels(grab(presenter.view.viewport()), view_rect(presenter.view, area)),
        )

    laptop, projector = ink()
    assert laptop > 40 and projector > 40, "both show the text to begin with"
    window.room.presenter.hide_texts.trigger()
    laptop, projector = ink()
    assert laptop > 40, "the laptop still shows what groups write"
    assert projector == 0, "the projector shows a blank card"
    assert "writing" in presenter.banner_text()

    # Typing into a note on the laptop does not leak through the projector either.
    window.scene.select_notes([note.id])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.keyClicks(window.view, " ja juhlaruuat")
    settle()
    laptop, projector = ink()
    assert window.view.is_editing() and laptop > 40
    assert projector == 0
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)

    window.room.presenter.hide_texts.trigger()  # reveal at once
    settle()
    laptop, projector = ink()
    assert projector > 40
    assert presenter.banner_text() == ""


def test_high_contrast_darkens_the_projector_background_only(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    open_board(window, make_room_board(tmp_path / "kontrasti.pajalauta"))
    presenter = open_presenter(window, qtbot)
    window.room.presenter.contrast.trigger()
    for view in (window.view, presenter.view):
        view.zoom_reset()
        view.centerOn(-3000.0, -3000.0)  # empty board far from the frames
    settle()
    projector = grab(presenter.view.viewport())
    laptop = grab(window.view.viewport())
    assert projector.pixelColor(10, projector.height() // 2).lightness() < 40
    assert laptop.pixelColor(10, laptop.height() // 2).lightness() > 200


def test_escape_on_the_projector_closes_it_and_the_menu_follows(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    open_board(window, make_room_board(tmp_path / "sulje.pajalauta"))
    presenter = open_presenter(window, qtbot)
    assert window.room.presenter.open.isChecked()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert window.room.presenter.presenter is None
    assert not window.room.presenter.open.isChecked()
    window.close_board()  # no projector left behind holding the closed board's scene
    assert window.room.presenter.presenter is None


def test_presenter_reopens_on_the_next_board(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    open_board(window, make_room_board(tmp_path / "eka.pajalauta"))
    open_presenter(window, qtbot)
    open_board(window, make_room_board(tmp_path / "toka.pajalauta"))
    presenter = window.room.presenter.presenter
    assert presenter is not None and presenter.view.scene() is window.scene


def test_the_chosen_screen_is_remembered(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    open_board(window, make_room_board(tmp_path / "näyttö.pajalauta"))
    control = window.room.presenter
    control.screens_menu.aboutToShow.emit()
    choices = control.screens_menu.actions()
    assert len(choices) == len(QGuiApplication.screens()) == 2
    assert choices[1].isChecked(), "by default the projector is the screen the laptop is not on"
    choices[0].trigger()
    assert window.settings.value("presenter/screen") == QGuiApplication.screens()[0].name()
    presenter = open_presenter(window, qtbot)
    assert presenter.screen() is QGuiApplication.screens()[0]


def test_a_flight_updates_the_zoom_shown_in_the_status_bar(window, tmp_path) -> None:
    """Regression: a flight changed the zoom but the status bar kept the old percentage."""
    from canvas.fly import place
    from models.document import BoardDocument
    from models.templates import get_template

    path = tmp_path / "lennot.pajalauta"
    doc = BoardDocument.create(path, title="Lennot")
    doc.frames.instantiate(get_template("dream_fear"), 0.0, 0.0, "fi")
    doc.close()
    window.open_path(path)
    window.view.zoom_reset()
    assert window.zoom_label.text() == "100 %"
    place(window.view, 0.33, window.scene.content_rect().center())
    assert window.zoom_label.text() == "33 %"
