"""Quick entry: type, Enter, and the note lands in the chosen zone beside the last one; the
keyboard reaches everything (Ctrl+E, Escape, Tab between notes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.document import BoardDocument
from models.placement import overlaps
from tests.ui.room_boards import IDEAS, cells, make_room_board, open_board, type_text
from ui.main_window import MainWindow

TYPED = [
    "Ruoka läheltä, luomua",
    "Juhlapyhien perinneruuat",
    "Ihmiskontakti kuljettajan kanssa",
    "Erityisruokavaliot tarkasti huomioon",
    "Omat toiveet huomioon",
]


def type_notes(window: MainWindow, qtbot: QtBot, texts: list[str]) -> None:
    box = window.room.bar.entry
    for text in texts:
        type_text(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)


def test_typed_notes_fill_the_chosen_zone_in_reading_order_without_overlap(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = make_room_board(tmp_path / "pika.pajalauta")
    doc = open_board(window, path)
    dreams = doc.frames.zone(cells(doc)[1])
    assert dreams is not None
    qtbot.keyClick(window.view, Qt.Key.Key_3)  # group 3 writes
    window.room.quick.set_target(dreams.id)
    group = doc.groups.all()[2]
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.room.bar.entry
    count = window.undo_stack.count()
    type_notes(window, qtbot, TYPED)
    assert window.room.bar.entry.text() == ""
    assert window.undo_stack.count() == count + len(TYPED), "one undo step per note"
    window.close_board()

    reopened = BoardDocument.open(path)
    notes = {n.text: n for n in reopened.notes.all()}
    placed = [notes[text] for text in TYPED]
    zone_rect = QRectF(dreams.x, dreams.y, dreams.width, dreams.height)
    for note in placed:
        assert note.zone_id == dreams.id
        assert note.group_id == group.id and note.colour == group.colour
        assert zone_rect.contains(QRectF(note.x, note.y, 1, 1)), note.text
    everyone = [(n.x, n.y, n.width, n.height) for n in reopened.notes.all()]
    for index, rect in enumerate(everyone):
        assert not any(overlaps(rect, other) for other in everyone[index + 1 :])
    first, second = placed[0], placed[1]
    assert second.x > first.x and second.y == first.y, "the next note goes beside the last"
    reopened.close()


def test_undo_takes_back_the_last_typed_note_and_escape_returns_to_the_board(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "kumoa.pajalauta"))
    before = doc.notes.count()
    window.room.quick.focus_box()
    type_notes(window, qtbot, ["Viihtyvyyttä enemmän", "Väriä elämään"])
    assert doc.notes.count() == before + 2
    qtbot.keyClick(window.room.bar.entry, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.view
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(n.text for n in doc.notes.all() if n.text.startswith("V")) == [
        "Viihtyvyyttä enemmän"
    ]


def test_without_a_zone_notes_line_up_near_the_middle_of_the_view(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "keskelle.pajalauta"))
    window.room.quick.set_target(None)
    window.view.zoom_reset()
    window.view.centerOn(-3000.0, 4000.0)
    window.room.quick.focus_box()
    type_notes(window, qtbot, ["Oma bussi retkiin", "Uusi rakennus"])
    made = [n for n in doc.notes.all() if n.text in ("Oma bussi retkiin", "Uusi rakennus")]
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    for note in made:
        assert note.zone_id is None
        assert visible.contains(QRectF(note.x, note.y, note.width, note.height))
    assert not overlaps((made[0].x, made[0].y, 200, 200), (made[1].x, made[1].y, 200, 200))


def test_selecting_a_note_in_a_zone_makes_it_the_target(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "valinta.pajalauta"))
    fear = cells(doc)[3]
    window.room.quick.set_target(cells(doc)[0])
    window.room.quick.focus_box()
    type_notes(window, qtbot, ["Hinta nousee"])
    note = next(n for n in doc.notes.all() if n.text == "Hinta nousee")
    doc.notes.update({note.id: {"zone_id": fear}})
    window.scene.select_notes([note.id])
    assert window.room.quick.target_zone() == fear


def test_tab_walks_the_notes_in_reading_order_and_the_view_follows(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "sarkain.pajalauta"))
    by_text = {n.text: n.id for n in doc.notes.all()}
    window.view.zoom_reset()
    window.view.centerOn(-5000.0, -5000.0)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.scene.selected_note_ids() == [by_text[IDEAS[0]]]
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.scene.selected_note_ids() == [by_text[IDEAS[2]]]
    note = doc.notes.get(by_text[IDEAS[2]])
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(QRectF(note.x, note.y, note.width, note.height))
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.scene.selected_note_ids() == [by_text[IDEAS[1]]]
    assert QApplication.focusWidget() is window.view, "Tab stayed on the board"
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # and the keyboard can edit it
    assert window.view.is_editing()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # Tab ends the edit and moves on
    assert not window.view.is_editing()
    assert window.scene.selected_note_ids() == [by_text[IDEAS[2]]]
    assert doc.notes.get(by_text[IDEAS[1]]).text == IDEAS[1]


def test_a_read_only_board_offers_no_quick_entry(window: MainWindow, tmp_path: Path) -> None:
    path = make_room_board(tmp_path / "luku.pajalauta")
    assert window.open_path(path, read_only=True)
    assert not window.room.bar.entry.isEnabled()
    assert window.room.quick.add_note("ei onnistu") is None


def test_closing_the_board_while_a_new_note_is_open_leaves_no_empty_note(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = make_room_board(tmp_path / "kesken.pajalauta")
    doc = open_board(window, path)
    before = doc.notes.count()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.view.is_editing() and doc.notes.count() == before + 1
    window.close_board()
    reopened = BoardDocument.open(path)
    assert reopened.notes.count() == before
    reopened.close()
