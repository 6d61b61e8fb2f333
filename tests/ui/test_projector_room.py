"""The projector as the room sees it: stops that follow the workshop, text the back row
reads (>= 18 px at every stop, at 1280x720 and 1920x1080), the keyboard kept on the laptop,
votes and time on the big screen. Real windows, real key presses, the real example board."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from canvas import look
from canvas.reading import MIN_PX
from tests.ui.room_boards import cells, make_room_board, open_board, settle
from ui.main_window import MainWindow
from ui.presenter import PresenterWindow
from ui.projector_measure import shown_text
from ui.reading_view import count_disc, text_box

SIZES = [(1280, 720), (1920, 1080)]


def open_presenter(
    window: MainWindow, qtbot: QtBot, size: tuple[int, int] = (1280, 720)
) -> PresenterWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # a real X server takes a moment
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    presenter = window.room.presenter.presenter
    assert presenter is not None
    presenter.showNormal()
    presenter.resize(*size)
    qtbot.waitUntil(lambda: presenter.size().width() == size[0], timeout=2000)
    settle()
    return presenter


def open_demo(window: MainWindow, tmp_path: Path) -> None:
    assert window.files.open_demo(folder=tmp_path)
    QApplication.processEvents()


def test_page_down_skips_empty_cells_and_ctrl_page_down_leaves_a_cell_for_the_next_frame(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "pysäkit.pajalauta", groups=False))
    first, second = doc.frames.all()[:2]
    filled = cells(doc, 0)[1]
    zone = doc.frames.zone(filled)
    assert zone is not None
    doc.notes.add([{"text": "Toiveruuat", "x": zone.x + 20, "y": zone.y + 60}])
    doc.frames.assign_zones([n.id for n in doc.notes.all()])
    window.room.presenter.forget_plans()
    presenter = open_presenter(window, qtbot)
    control = window.room.presenter
    kinds = [(s.kind, s.id) for s in control.stops()]
    assert kinds[:3] == [("board", None), ("frame", first.id), ("zone", filled)], (
        "the frame's only non-empty cell follows it; its empty cells are skipped"
    )
    assert ("frame", second.id) in kinds
    assert len(kinds) == 3 + 1 + len([s for s in control.stops() if s.frame_id == second.id]) - 1

    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Home)
    assert control.current_stop().kind == "board"
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert control.current_stop().key == ("zone", filled, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert control.current_stop().key == ("frame", second.id, 0), "from a cell to the next frame"
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert control.current_stop().key == ("frame", first.id, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_Home)
    assert control.current_stop().kind == "board"
    assert presenter.isVisible()


def test_opening_the_projector_leaves_the_keyboard_on_the_laptop(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "fokus.pajalauta"))
    presenter = open_presenter(window, qtbot)
    settle(100)
    assert presenter.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    if len(QGuiApplication.screens()) > 1:  # a real second screen (Xvfb with two screens)
        assert presenter.screen() is not window.screen()
    assert QApplication.activeWindow() is not presenter
    assert QApplication.focusWidget() is window.view
    groups = doc.groups.all()
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert window.room.groups.current == groups[1].id, "keys 1-9 still pick who writes"


@pytest.mark.parametrize("size", SIZES)
def test_every_stop_of_the_example_board_is_read_from_the_back_row(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, size: tuple[int, int]
) -> None:
    open_demo(window, tmp_path)
    presenter = open_presenter(window, qtbot, size)
    control = window.room.presenter
    doc = window.document
    assert doc is not None
    readable: set[int] = set()
    stops = control.all_stops()  # every page of every stop, laid out now
    assert len(stops) < 45, "stops follow the workshop, not every empty cell"
    for stop in stops:
        control.go_to(stop, animate=False)
        settle(10)
        seen = shown_text(control)
        smallest = seen.smallest()
        assert smallest is None or smallest >= MIN_PX, (stop.title, smallest)
        readable |= seen.note_ids
        rects = seen.rects
        for index, rect in enumerate(rects):
            for other in rects[index + 1 :]:
                assert not rect.intersects(other), (stop.title, rect, other)
    notes = {note.id for note in doc.notes.all() if note.text.strip() or note.fields}
    assert notes <= readable, "every note is readable at some stop"
    assert presenter.isVisible()


def test_the_far_view_never_paints_a_title_over_a_header(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    open_demo(window, tmp_path)
    assert window.scene is not None
    presenter = open_presenter(window, qtbot)
    for view in (window.view, presenter.view):
        for scale in (0.06, 0.11, 0.16):
            with look.painting_with(view.look):
                painted = window.scene.frames.far_text_rects(scale)
            assert any(kind == "title" for kind, _, _ in painted)
            for index, (kind, rect, _) in enumerate(painted):
                for other_kind, other, _ in painted[index + 1 :]:
                    assert not rect.intersects(other), (kind, other_kind, scale)


def test_starting_a_vote_flies_there_and_revealing_shows_the_ranking_big(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "äänestys.pajalauta"))
    presenter = open_presenter(window, qtbot)
    control = window.room.presenter
    ideas = doc.frames.all()[1]
    zone = doc.frames.zones(ideas.id)[-1]
    notes = doc.notes.all()
    doc.notes.update(
        {n.id: {"x": zone.x + 10 + 210 * i, "y": zone.y + 80} for i, n in enumerate(notes[:2])}
    )
    doc.frames.assign_zones([n.id for n in notes[:2]])
    control.go_to_kind("board", animate=False)
    votes = window.room.votes
    votes.start_vote("Paras idea", budget=2, frame_id=ideas.id, hidden=True)
    assert control.current_stop().key == ("frame", ideas.id, 0), "the projector flies there"
    for group in doc.groups.all():
        window.room.groups.set_current(group.id)
        votes.place_dot(notes[1].id)
        votes.place_dot(notes[1].id)
    assert not presenter.ranking_shown()
    votes.reveal_dots()
    assert presenter.ranking_shown()
    texts = presenter.ranking.texts()
    assert texts[1] == f"1. {2 * len(doc.groups.all())} {notes[1].text}"
    presenter.grab()
    assert min(presenter.ranking.text_px) >= MIN_PX
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert not presenter.ranking_shown(), "until the facilitator steps on"
    cell = next(s for s in control.stops() if s.kind == "zone" and s.id == zone.id)
    control.go_to(cell, animate=False)
    pages = control.plan(cell)
    assert pages is not None and presenter.reading.dot_counts
    dotted = [card for card in pages[0].cards if presenter.reading.dot_counts.get(card.note.id)]
    assert dotted and all(card.lines is not None for card in dotted)
    for card in dotted:
        disc = count_disc(card)
        assert disc.height() >= 28, "a count big enough to read (its own strip)"
        assert disc.bottom() <= card.text_rect.top() + 0.5, "the count keeps off the text"
        assert not disc.intersects(text_box(card))
        assert card.lines is not None and card.lines.pixel_size >= MIN_PX


def test_ending_a_vote_while_a_group_has_dots_asks_and_names_the_group(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "loppu.pajalauta"))
    open_presenter(window, qtbot)
    votes = window.room.votes
    votes.start_vote("Paras idea", budget=1)
    groups = doc.groups.all()
    note = doc.notes.all()[0]
    for group in groups[:-1]:
        window.room.groups.set_current(group.id)
        votes.place_dot(note.id)
    box = votes.end_vote()
    assert isinstance(box, QMessageBox)
    assert groups[-1].name in box.text()
    assert all(g.name not in box.text() for g in groups[:-1])
    assert doc.votes.running() is not None, "nothing ended before the answer"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert doc.votes.running() is None
    presenter = window.room.presenter.presenter
    assert presenter is not None and presenter.ranking_shown()


def test_the_stops_panel_closes_with_the_projector_that_opened_it(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """Shown, the panel plans every stop again after each change; once the projector is
    closed nobody looks at it, so it goes with the projector unless it was opened by hand."""
    open_board(window, make_room_board(tmp_path / "paneeli.pajalauta"))
    dock = window.room.presenter.dock
    assert not dock.isVisible()
    open_presenter(window, qtbot)
    assert dock.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)  # F5 again closes the projector
    qtbot.waitUntil(lambda: window.room.presenter.presenter is None, timeout=3000)
    assert not dock.isVisible()

    dock.toggle.trigger()  # the facilitator plans the stops before the room arrives
    assert dock.isVisible()
    open_presenter(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.room.presenter.presenter is None, timeout=3000)
    assert dock.isVisible()
