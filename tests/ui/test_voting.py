"""Dot voting end to end: a dialog starts it, clicks on the board place dots, budgets hold,
undo takes dots back, the end shows a ranking that is still there after reopening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from canvas.look import dot_centres, dot_radius, sticker
from models.document import BoardDocument
from tests.ui.conftest import open_alerts
from tests.ui.room_boards import IDEAS, grab, make_room_board, open_board, settle
from tests.ui.test_presenter import open_presenter
from ui.main_window import MainWindow
from ui.vote_dialog import VoteDialog


def note_ids(doc: BoardDocument) -> dict[str, int]:
    return {n.text: n.id for n in doc.notes.all()}


def show_loose_notes(window: MainWindow) -> None:
    """All five loose notes in sight, with the vote panel open beside the board."""
    doc = window.document
    assert doc is not None
    window.room.votes.dock.show()
    settle()
    first = doc.notes.get(note_ids(doc)[IDEAS[0]])
    window.view.zoom_reset()
    window.view.zoom_out()
    window.view.centerOn(QPointF(first.x + 580, first.y + 100))
    settle()


def click_note(
    window: MainWindow,
    qtbot: QtBot,
    note_id: int,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
) -> None:
    note = window.document.notes.get(note_id)
    pos = window.view.mapFromScene(QPointF(note.x + note.width / 2, note.y + note.height * 0.7))
    assert window.view.viewport().rect().contains(pos)
    qtbot.mouseClick(window.view.viewport(), button, pos=pos)
    QApplication.processEvents()


def start_with_dialog(
    window: MainWindow, qtbot: QtBot, title: str, budget: int, hidden: bool = False
) -> int:
    dialog = window.room.votes.ask_start()
    assert isinstance(dialog, VoteDialog) and dialog.isVisible()
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, title)
    dialog.budget.setValue(budget)
    dialog.hidden.setChecked(hidden)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    vote = window.document.votes.running()
    assert vote is not None and vote.title == title
    return vote.id


def test_a_full_vote_with_budgets_undo_ranking_and_reopen(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = make_room_board(tmp_path / "äänestys.pajalauta")
    doc = open_board(window, path)
    ids = note_ids(doc)
    show_loose_notes(window)
    vote_id = start_with_dialog(window, qtbot, "Paras idea", budget=2)
    assert window.room.votes.dock.isVisible()
    groups = doc.groups.all()

    qtbot.keyClick(window.view, Qt.Key.Key_1)
    click_note(window, qtbot, ids[IDEAS[0]])
    click_note(window, qtbot, ids[IDEAS[0]])
    assert doc.votes.remaining(vote_id, groups[0].id) == 0
    click_note(window, qtbot, ids[IDEAS[1]])  # a third dot: refused
    assert doc.votes.used(vote_id, groups[0].id) == 2
    message = window.statusBar().currentMessage()
    assert "Ryhmä 1" in message and "2" in message
    assert open_alerts(window) == [], "said in the status bar, not in a box"
    assert window.scene.selected_note_ids() == [], "clicks vote, they do not select"

    qtbot.keyClick(window.view, Qt.Key.Key_2)
    click_note(window, qtbot, ids[IDEAS[1]])
    click_note(window, qtbot, ids[IDEAS[2]])
    assert doc.votes.ranking(vote_id) == [
        (ids[IDEAS[0]], 2),
        (ids[IDEAS[1]], 1),
        (ids[IDEAS[2]], 1),
    ]

    # Right-click takes group 2's dot back; Ctrl+Z puts it back again.
    click_note(window, qtbot, ids[IDEAS[2]], Qt.MouseButton.RightButton)
    assert doc.votes.ranking(vote_id) == [(ids[IDEAS[0]], 2), (ids[IDEAS[1]], 1)]
    window.acts.undo.trigger()
    assert (ids[IDEAS[2]], 1) in doc.votes.ranking(vote_id)
    window.acts.undo.trigger()  # undo group 2's second dot
    assert doc.votes.used(vote_id, groups[1].id) == 1
    window.acts.redo.trigger()
    assert doc.votes.used(vote_id, groups[1].id) == 2

    qtbot.mouseClick(window.room.votes.panel.end, Qt.MouseButton.LeftButton)
    answer_yes(window, qtbot)  # a group still had dots: the window asks first
    vote = doc.votes.get(vote_id)
    assert vote is not None and not vote.running
    ranking = window.room.votes.panel.ranking_texts()
    assert ranking[0].startswith("1.") and IDEAS[0] in ranking[0] and "2" in ranking[0]
    assert ranking[1].startswith("2.") and ranking[2].startswith("2."), "ties share a rank"
    click_note(window, qtbot, ids[IDEAS[3]])  # after the end a click selects again
    assert window.scene.selected_note_ids() == [ids[IDEAS[3]]]
    assert doc.votes.used(vote_id, groups[0].id) == 2

    window.close_board()
    reopened = BoardDocument.open(path)
    stored = reopened.votes.get(vote_id)
    assert stored is not None and stored.title == "Paras idea" and stored.ended_at
    assert stored.budget == 2 and stored.started_at <= stored.ended_at
    assert reopened.votes.ranking(vote_id) == [
        (ids[IDEAS[0]], 2),
        (ids[IDEAS[1]], 1),
        (ids[IDEAS[2]], 1),
    ]
    reopened.close()
    assert window.open_path(path)
    window.room.votes.dock.show()
    assert IDEAS[0] in window.room.votes.panel.ranking_texts()[0]


def test_starting_a_vote_is_undoable_and_several_votes_keep_their_titles(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "monta.pajalauta"))
    ids = note_ids(doc)
    show_loose_notes(window)
    first = window.room.votes.start_vote("Ensimmäinen", 3)
    assert first is not None
    window.acts.undo.trigger()
    assert doc.votes.all() == []
    click_note(window, qtbot, ids[IDEAS[0]])
    assert window.scene.selected_note_ids() == [ids[IDEAS[0]]], "no vote: clicks select"
    window.acts.redo.trigger()
    assert [v.title for v in doc.votes.all()] == ["Ensimmäinen"]
    click_note(window, qtbot, ids[IDEAS[0]])
    answer_yes(window, qtbot, window.room.votes.end_vote())
    second = window.room.votes.start_vote("Toinen kierros", 5, frame_id=None)
    assert second is not None
    votes = doc.votes.all()
    assert [v.title for v in votes] == ["Ensimmäinen", "Toinen kierros"]
    assert not votes[0].running and votes[1].running
    assert doc.votes.ranking(first) == [(ids[IDEAS[0]], 1)]
    assert doc.votes.ranking(second) == []


def test_a_vote_about_one_frame_refuses_notes_outside_it(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "kehys.pajalauta"))
    frame = doc.frames.all()[0]
    ids = note_ids(doc)
    show_loose_notes(window)
    vote = window.room.votes.start_vote("Unelmat", 3, frame_id=frame.id)
    click_note(window, qtbot, ids[IDEAS[0]])
    assert doc.votes.dots(vote) == []
    assert "frame" in window.statusBar().currentMessage()


def dot_colour(view: object, note: object) -> str:
    """The colour where a note's first dot sits, as the view shows it now."""
    rect = QRectF(0, 0, note.width, note.height)  # type: ignore[attr-defined]
    scale = view.transform().m11()  # type: ignore[attr-defined]
    centre = dot_centres(rect, 1, dot_radius(rect, scale))[0]
    point = view.mapFromScene(QPointF(note.x, note.y) + centre)  # type: ignore[attr-defined]
    return grab(view.viewport()).pixelColor(point).name().upper()  # type: ignore[attr-defined]


def test_hidden_vote_dots_stay_off_the_projector_and_show_only_the_own_group_on_the_laptop(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = make_room_board(tmp_path / "salainen.pajalauta")
    with_white_notes = BoardDocument.open(path)
    with_white_notes.notes.update(
        {n.id: {"colour": "#FFFFFF"} for n in with_white_notes.notes.all()}
    )
    with_white_notes.close()
    doc = open_board(window, path)
    ids = note_ids(doc)
    presenter = open_presenter(window, qtbot)
    show_loose_notes(window)
    presenter.view.flight.fly_to(
        window.view.mapToScene(window.view.viewport().rect()).boundingRect(),
        margin_px=0,
        animate=False,
    )
    start_with_dialog(window, qtbot, "Salainen", budget=3, hidden=True)
    show_loose_notes(window)
    yellow, blue = [sticker(QColor(g.colour)).name().upper() for g in doc.groups.all()][:2]
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    click_note(window, qtbot, ids[IDEAS[0]])
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    click_note(window, qtbot, ids[IDEAS[1]])
    settle()
    one, two = doc.notes.get(ids[IDEAS[0]]), doc.notes.get(ids[IDEAS[1]])
    assert len(doc.votes.dots(doc.votes.running().id)) == 2
    assert dot_colour(window.view, two) == blue, "group 2 (voting now) sees its own dot"
    assert dot_colour(window.view, one) != yellow, "but not group 1's"
    assert dot_colour(presenter.view, one) != yellow
    assert dot_colour(presenter.view, two) != blue
    assert "Salainen" in presenter.banner_text()
    assert "ends" in window.room.votes.panel.ranking_texts()[0]

    answer_yes(window, qtbot, window.room.votes.end_vote())
    settle()
    assert dot_colour(window.view, one) == yellow and dot_colour(window.view, two) == blue
    assert dot_colour(presenter.view, one) == yellow
    assert dot_colour(presenter.view, two) == blue
    assert "Salainen" not in presenter.banner_text()


def test_the_panel_shows_dots_left_per_group(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "jäljellä.pajalauta"))
    ids = note_ids(doc)
    show_loose_notes(window)
    window.room.votes.start_vote("Kolme pistettä", 3)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    click_note(window, qtbot, ids[IDEAS[4]])
    texts = [w.text() for w in window.room.votes.panel._left_widgets if hasattr(w, "text")]
    assert "●●○" in texts and "2 left" in texts
    assert "●●●" in texts and texts.count("3 left") == 2


def test_dots_show_in_the_far_view_of_a_whole_board(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "kaukaa.pajalauta"))
    ids = note_ids(doc)
    show_loose_notes(window)
    vote = window.room.votes.start_vote("Kaukaa", 3)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    click_note(window, qtbot, ids[IDEAS[0]])
    assert len(doc.votes.dots(vote)) == 1
    note = doc.notes.get(ids[IDEAS[0]])
    window.view._set_scale(0.1)
    window.view.centerOn(QPointF(note.x, note.y))
    settle()
    assert window.view._use_blocks(window.view.scale_factor()), "drawn as batched blocks"
    blue = sticker(QColor(doc.groups.all()[1].colour)).name().upper()
    assert dot_colour(window.view, note) == blue
    window.acts.undo.trigger()
    settle()
    assert dot_colour(window.view, note) != blue


def test_per_person_votes_need_a_name_and_give_each_person_the_budget(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "henkilöt.pajalauta"))
    ids = note_ids(doc)
    show_loose_notes(window)
    vote = window.room.votes.start_vote("Omat suosikit", 1, budget_per="person")
    panel = window.room.votes.panel
    assert panel.voter.isVisible()
    click_note(window, qtbot, ids[IDEAS[0]])
    assert doc.votes.dots(vote) == [] and "name" in window.statusBar().currentMessage()
    panel.voter.setText("Aino")
    click_note(window, qtbot, ids[IDEAS[0]])
    click_note(window, qtbot, ids[IDEAS[1]])  # Aino has one dot only
    panel.voter.setText("Pekka")
    click_note(window, qtbot, ids[IDEAS[1]])
    assert sorted((d.voter, d.note_id) for d in doc.votes.dots(vote)) == [
        ("Aino", ids[IDEAS[0]]),
        ("Pekka", ids[IDEAS[1]]),
    ]


def test_the_dots_of_a_hidden_vote_can_be_shown_before_the_end(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "paljasta.pajalauta"))
    ids = note_ids(doc)
    presenter = open_presenter(window, qtbot)
    show_loose_notes(window)
    presenter.view.flight.fly_to(
        window.view.mapToScene(window.view.viewport().rect()).boundingRect(),
        margin_px=0,
        animate=False,
    )
    vote = window.room.votes.start_vote("Piilossa", 3, hidden=True)
    click_note(window, qtbot, ids[IDEAS[0]])
    settle()
    yellow = sticker(QColor(doc.groups.all()[0].colour)).name().upper()
    note = doc.notes.get(ids[IDEAS[0]])
    assert dot_colour(presenter.view, note) != yellow
    qtbot.mouseClick(window.room.votes.panel.reveal, Qt.MouseButton.LeftButton)
    settle()
    assert not doc.votes.get(vote).hidden and doc.votes.get(vote).running
    assert dot_colour(presenter.view, note) == yellow
    window.acts.undo.trigger()  # hidden again
    settle()
    assert doc.votes.get(vote).hidden and dot_colour(presenter.view, note) != yellow


def answer_yes(window: MainWindow, qtbot: QtBot, box: QMessageBox | None = None) -> None:
    """Answer "end the vote anyway?" (asked while a group still has dots) with Yes."""
    if box is None:
        box = next((b for b in window.findChildren(QMessageBox) if b.isVisible()), None)
    assert box is not None, "ending while a group still has dots asks first"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
