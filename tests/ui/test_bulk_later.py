"""A duplicate of more notes than :data:`LATER_NOTES` shows its copies (blocks, selection
frames) before their items are made, and makes them a slice at a time afterwards, as a big
board does when it opens. Nothing of that can be seen: the copies are the selection, every
question about the selection or the items is answered as if they were all made, input makes
them first, and undo and redo replay the very rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsScene
from pytestqt.qtbot import QtBot

from benchmarks.workshopgen import build_workshop_board
from canvas.item_builder import LATER_NOTES
from canvas.note_item import NoteItem
from canvas.scene import BoardScene
from models.clock import now_iso
from models.document import BoardDocument
from tests.ui.room_boards import open_board, settle
from tests.ui.test_bulk_and_fit import table
from tests.ui.test_bulk_ops import _in_their_cells, _screen_equals_file
from ui.main_window import MainWindow

NOTES = LATER_NOTES + 200
CTRL = Qt.KeyboardModifier.ControlModifier


def _board(window: MainWindow, tmp_path: Path) -> tuple[BoardDocument, BoardScene]:
    path = tmp_path / "kopiot.pajalauta"
    build_workshop_board(path, NOTES)
    doc = open_board(window, path)
    scene = window.scene
    assert window.view is not None and scene is not None
    window.view.zoom_to_fit()
    window.view.setFocus()
    scene.finish_items()
    settle()
    return doc, scene


def _duplicate_all(window: MainWindow) -> None:
    """Ctrl+A, then Ctrl+D with no turn of the event loop after it: the copies' items are
    still to be made when the test looks."""
    assert window.view is not None
    QTest.keyClick(window.view, Qt.Key.Key_A, CTRL)
    settle()
    QTest.keyClick(window.view, Qt.Key.Key_D, CTRL)


def _qt_selected(scene: BoardScene) -> set[int]:
    return {
        item.note_id for item in QGraphicsScene.selectedItems(scene) if isinstance(item, NoteItem)
    }


def test_the_copies_are_the_selection_before_and_after_their_items_are_made(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc, scene = _board(window, tmp_path)
    originals = {note.id for note in doc.notes.all()}
    _duplicate_all(window)
    copies = {note.id for note in doc.notes.all()} - originals
    assert len(copies) == NOTES
    assert scene.items_pending() >= NOTES - 100, "the copies' items come after the paint"
    made = _qt_selected(scene)
    assert made <= copies, "no original is left selected"
    assert len(made) == NOTES - scene.items_pending(), "a copy made early is selected"
    assert set(scene.selected_ids()) == copies, "the kept selection names every copy"
    assert scene.items_pending() > 0, "asking for the ids makes no item"
    blocks = scene.far_cache().selected_blocks(scene.selected_ids())
    assert sum(len(rects) for _, rects in blocks) == NOTES, "the far view frames every copy"
    qtbot.waitUntil(lambda: scene.items_pending() == 0, timeout=5000)
    assert _qt_selected(scene) == copies, "each copy selected as its item was made"
    assert set(scene.selected_note_ids()) == copies
    _screen_equals_file(window, doc)


def test_asking_qt_for_the_selection_makes_the_copies_items_first(
    window: MainWindow, tmp_path: Path
) -> None:
    doc, scene = _board(window, tmp_path)
    originals = {note.id for note in doc.notes.all()}
    _duplicate_all(window)
    assert scene.items_pending() > 0
    selected = {item.note_id for item in scene.selectedItems() if isinstance(item, NoteItem)}
    assert selected == {note.id for note in doc.notes.all()} - originals
    assert scene.items_pending() == 0
    _screen_equals_file(window, doc)


def test_a_selection_cleared_before_the_items_are_made_stays_empty(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    _doc, scene = _board(window, tmp_path)
    changes: list[int] = []
    _duplicate_all(window)
    scene.selectionChanged.connect(lambda: changes.append(1))
    assert scene.items_pending() > 0 and scene.selected_ids()
    scene.clearSelection()
    assert changes, "the cleared selection is announced"
    assert scene.selected_ids() == []
    qtbot.waitUntil(lambda: scene.items_pending() == 0, timeout=5000)
    assert _qt_selected(scene) == set() and scene.selected_ids() == []


def test_a_click_before_the_items_are_made_selects_only_what_it_hits(
    window: MainWindow, tmp_path: Path
) -> None:
    _doc, scene = _board(window, tmp_path)
    view = window.view
    assert view is not None
    _duplicate_all(window)
    assert scene.items_pending() > 0
    corner = QPoint(3, 3)  # off the board: a click there clears the selection
    assert not [i for i in scene.items(view.mapToScene(corner)) if isinstance(i, NoteItem)]
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner
    )
    settle()
    assert scene.items_pending() == 0, "input makes every item first"
    assert scene.selected_ids() == [] and _qt_selected(scene) == set()


def test_undo_and_redo_of_a_duplicate_made_later_replay_the_very_rows(
    window: MainWindow, tmp_path: Path
) -> None:
    doc, scene = _board(window, tmp_path)
    assert window.view is not None
    before = table(doc, "notes")
    _duplicate_all(window)
    after = table(doc, "notes")
    assert len(after) == 2 * len(before)
    _in_their_cells(doc)
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)  # input: the pending items first
    settle()
    assert table(doc, "notes") == before
    _screen_equals_file(window, doc)
    QTest.keyClick(window.view, Qt.Key.Key_Y, CTRL)
    settle()
    assert table(doc, "notes") == after
    _screen_equals_file(window, doc)
    assert scene.items_pending() == 0


def test_a_duplicate_again_after_its_undo_takes_the_ids_back_and_leaves_no_item_over(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc, scene = _board(window, tmp_path)
    assert window.view is not None
    originals = {note.id for note in doc.notes.all()}
    _duplicate_all(window)
    first = {note.id for note in doc.notes.all()} - originals
    made = max(note.created_at for note in doc.notes.many(first))
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    settle()
    assert {note.id for note in doc.notes.all()} == originals
    qtbot.waitUntil(lambda: now_iso() != made, timeout=3000)
    _duplicate_all(window)  # the same ids again, rows of their own (a later time)
    again = {note.id for note in doc.notes.all()} - originals
    assert again == first, "the undone copies' ids are given again"
    assert scene.items_pending() > 0, "their items are made after the paint here too"
    assert set(scene.selected_ids()) == again
    qtbot.waitUntil(lambda: scene.items_pending() == 0, timeout=5000)
    notes = [item for item in scene.items() if isinstance(item, NoteItem)]
    assert len(notes) == len(originals) + len(again), "the hidden items of the undone copies left"
    assert all(item.isVisible() for item in notes)
    assert _qt_selected(scene) == again
    _screen_equals_file(window, doc)
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    settle()
    assert {note.id for note in doc.notes.all()} == originals
    _screen_equals_file(window, doc)


def test_an_undone_delete_of_many_notes_shows_every_note_again_at_once(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """The blocks of the notes put back go to the far view at once (its grid of them is
    filed after the paint): the next frame shows the board as it was, and asking the far
    view about a small area finds the very notes the file has there."""
    doc, scene = _board(window, tmp_path)
    view = window.view
    assert view is not None
    before = table(doc, "notes")
    QTest.keyClick(view, Qt.Key.Key_A, CTRL)
    settle()
    framed = view.viewport().grab().toImage()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    settle()
    assert doc.notes.count() == 0 and len(scene.far_cache()) == 0
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert len(scene.far_cache()) == len(before)
    view.viewport().repaint()
    shown = view.viewport().grab().toImage()
    QTest.keyClick(view, Qt.Key.Key_A, CTRL)
    settle()
    assert shown != framed and view.viewport().grab().toImage() == framed, "as it was"
    assert table(doc, "notes") == before
    _screen_equals_file(window, doc)
    first = doc.notes.all()[0]
    left, top = first.x - 300.0, first.y - 300.0
    right, bottom = first.x + 500.0, first.y + 500.0
    there = {
        n.id
        for n in doc.notes.all()
        if n.x < right and n.x + n.width > left and n.y < bottom and n.y + n.height > top
    }
    assert set(scene.far_cache().ids_in(left, top, right, bottom)) == there
