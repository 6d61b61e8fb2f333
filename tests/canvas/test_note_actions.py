"""The view's menu slots and in-canvas keys, checked against the rows in the file."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtWidgets import QApplication

from canvas.clipboard import MIME_TYPE
from models.limits import MAX_NOTE_TEXT, MAX_PASTE_NOTES
from models.palette import PALETTE
from tests.canvas.conftest import Board


def select(board: Board, *ids: int) -> None:
    board.scene.select_notes(ids)


def test_delete_removes_the_rows_and_undo_restores_the_same_ids(board: Board) -> None:
    keep = board.add(text="jää", x=-300.0)
    gone = [board.add(text="pois 1", x=0.0), board.add(text="pois 2", x=300.0)]
    before = board.rows()
    select(board, *gone)
    board.view.delete_selected()
    assert [n.id for n in board.document.notes.all()] == [keep]
    assert board.scene.item_for(gone[0]) is None
    board.stack.undo()
    assert board.rows() == before
    assert board.scene.item_for(gone[1]) is not None
    board.stack.redo()
    assert [n.id for n in board.document.notes.all()] == [keep]


def test_duplicate_makes_offset_copies_and_selects_them(board: Board) -> None:
    original = board.add(
        text="Oma bussi retkiin", colour=PALETTE["green"], x=10.0, y=20.0, width=260.0, height=180.0
    )
    select(board, original)
    board.view.duplicate_selected()
    notes = board.document.notes.all()
    assert len(notes) == 2
    copy = next(n for n in notes if n.id != original)
    assert (copy.text, copy.colour, copy.width, copy.height) == (
        "Oma bussi retkiin",
        PALETTE["green"],
        260.0,
        180.0,
    )
    assert (copy.x, copy.y) == (34.0, 44.0)
    assert copy.z > board.note(original).z
    assert board.scene.selected_note_ids() == [copy.id]
    board.stack.undo()
    assert [n.id for n in board.document.notes.all()] == [original]


def test_pasting_three_lines_makes_three_notes_in_a_grid(board: Board) -> None:
    QApplication.clipboard().setText("Ohjatut taukojumpat\n\n  Sisustamista \nVäriä elämään 🙂\n")
    board.view.current_colour = PALETTE["pink"]
    board.view.paste()
    notes = board.document.notes.all()
    assert [n.text for n in notes] == ["Ohjatut taukojumpat", "Sisustamista", "Väriä elämään 🙂"]
    assert {n.colour for n in notes} == {PALETTE["pink"]}
    # Tidy: one row, no overlaps, around the view centre.
    assert len({n.y for n in notes}) == 1
    xs = sorted(n.x for n in notes)
    assert all(b - a >= 200 for a, b in itertools.pairwise(xs))
    centre = board.view.mapToScene(board.view.viewport().rect().center())
    middle = (min(xs) + max(xs) + 200) / 2
    assert abs(middle - centre.x()) < 30
    assert sorted(board.scene.selected_note_ids()) == sorted(n.id for n in notes)
    assert board.stack.count() == 1


def test_pasting_too_many_lines_creates_nothing_and_says_why(board: Board) -> None:
    messages: list[str] = []
    board.view.errorOccurred.connect(messages.append)
    lines = "\n".join(f"rivi {i}" for i in range(MAX_PASTE_NOTES + 1))
    QApplication.clipboard().setText(lines)
    board.view.paste()
    assert board.document.notes.count() == 0
    assert board.stack.count() == 0
    assert len(messages) == 1 and str(MAX_PASTE_NOTES) in messages[0]
    assert QApplication.clipboard().text() == lines, "the clipboard is left as it was"


def test_pasting_a_line_longer_than_a_note_holds_is_refused(board: Board) -> None:
    messages: list[str] = []
    board.view.errorOccurred.connect(messages.append)
    QApplication.clipboard().setText("lyhyt\n" + "å" * (MAX_NOTE_TEXT + 1))
    board.view.paste()
    assert board.document.notes.count() == 0
    assert messages and f"{MAX_NOTE_TEXT:,}" in messages[0]


def test_copy_puts_notes_and_plain_text_on_the_clipboard_and_paste_recreates_them(
    board: Board,
) -> None:
    a = board.add(text="Kiireen kesyttäjät", colour=PALETTE["blue"], x=0.0, y=0.0)
    b = board.add(text="Innostujat", colour=PALETTE["orange"], x=250.0, y=40.0, width=300.0)
    select(board, a, b)
    board.view.copy_selected()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasFormat(MIME_TYPE)
    assert mime.text() == "Kiireen kesyttäjät\nInnostujat"
    board.view.centerOn(QPointF(2000.0, 2000.0))
    board.view.paste()
    notes = board.document.notes.all()
    assert len(notes) == 4
    pasted = [n for n in notes if n.id not in (a, b)]
    assert [(n.text, n.colour, n.width) for n in pasted] == [
        ("Kiireen kesyttäjät", PALETTE["blue"], 200.0),
        ("Innostujat", PALETTE["orange"], 300.0),
    ]
    assert (pasted[1].x - pasted[0].x, pasted[1].y - pasted[0].y) == (250.0, 40.0)
    assert abs(pasted[0].x - 2000.0) < 400 and abs(pasted[0].y - 2000.0) < 400


def test_cut_removes_and_paste_brings_back(board: Board) -> None:
    note_id = board.add(text="Hiljaisen tiedon siirtyminen")
    select(board, note_id)
    board.view.cut_selected()
    assert board.document.notes.count() == 0
    board.view.paste()
    assert [n.text for n in board.document.notes.all()] == ["Hiljaisen tiedon siirtyminen"]
    assert board.stack.count() == 2


def test_foreign_mime_with_bad_values_pastes_safely(board: Board) -> None:
    mime = QMimeData()
    mime.setData(MIME_TYPE, b'{"notes": [{"text": "ok", "colour": "red", "width": "NaN"}, 5]}')
    QApplication.clipboard().setMimeData(mime)
    board.view.paste()
    [note] = board.document.notes.all()
    assert (note.text, note.colour, note.width) == ("ok", "#FFE45C", 200.0)


def test_colour_of_selected(board: Board) -> None:
    ids = [board.add(text="a"), board.add(text="b", x=300.0)]
    select(board, *ids)
    board.view.set_colour_of_selected("#a8e28a")
    assert {board.note(i).colour for i in ids} == {"#A8E28A"}
    board.stack.undo()
    assert {board.note(i).colour for i in ids} == {"#FFE45C"}


def test_bring_to_front_and_send_to_back(board: Board) -> None:
    low, middle, high = (board.add(text=t, x=i * 50.0) for i, t in enumerate("abc"))
    select(board, low)
    board.view.bring_to_front()
    assert board.note(low).z > board.note(high).z
    assert board.scene.item_for(low).zValue() == board.note(low).z
    select(board, high)
    board.view.send_to_back()
    assert board.note(high).z < board.note(middle).z
    count = board.stack.count()
    board.view.send_to_back()  # already at the back: no new step
    assert board.stack.count() == count
    board.stack.undo()
    board.stack.undo()
    assert [n.id for n in board.document.notes.all()] == [low, middle, high]


def test_arrow_nudges_merge_into_one_step_and_shift_is_bigger(board: Board) -> None:
    note_id = board.add(text="nudge", x=0.0, y=0.0)
    board.click(board.centre_of(note_id))
    for _ in range(3):
        board.key(Qt.Key.Key_Right)
    board.key(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    note = board.note(note_id)
    assert (note.x, note.y) == (30.0, 50.0)
    assert board.stack.count() == 1
    board.stack.undo()
    assert (board.note(note_id).x, board.note(note_id).y) == (0.0, 0.0)


def test_nudges_that_cancel_out_leave_no_step(board: Board) -> None:
    note_id = board.add(text="edestakaisin")
    board.click(board.centre_of(note_id))
    board.key(Qt.Key.Key_Left)
    board.key(Qt.Key.Key_Right)
    assert board.stack.count() == 0
    assert board.note(note_id).x == 0.0


def test_grow_to_fit_makes_all_text_fit(board: Board) -> None:
    long_text = (
        "edullisia ja monipuolisia aterioita; erityisruokavaliot tarkasti huomioon; "
        "omat toiveet huomioon; juhlapyhien perinneruuat; luotettavat raaka-aineet; "
        "ruoka läheltä, luomua; ateriahetki päivän tapahtumana; ihmiskontakti"
    ) * 2
    note_id = board.add(text=long_text)
    item = board.scene.item_for(note_id)
    assert item.overflows
    select(board, note_id)
    board.view.grow_selected_to_fit()
    note = board.note(note_id)
    assert note.height > 200.0
    assert not item.overflows
    assert board.stack.count() == 1
    board.view.grow_selected_to_fit()
    assert board.stack.count() == 1, "nothing to grow any more"


def test_the_grow_button_on_an_overflowing_selected_note(board: Board) -> None:
    note_id = board.add(text="Terve, iloinen, innostunut työntekijä on voimavara. " * 10)
    board.click(board.centre_of(note_id))
    item = board.scene.item_for(note_id)
    assert item.overflows
    board.view.viewport().repaint()
    button = item.grow_button_rect(board.view.scale_factor()).center()
    board.click(board.view.mapFromScene(item.mapToScene(button)))
    assert board.note(note_id).height > 200.0
    assert not item.overflows


def test_select_all_and_escape(board: Board) -> None:
    ids = [board.add(text=str(i), x=i * 900.0) for i in range(4)]
    board.view.select_all()
    assert sorted(board.scene.selected_note_ids()) == ids
    board.key(Qt.Key.Key_Escape)
    assert board.scene.selected_note_ids() == []
