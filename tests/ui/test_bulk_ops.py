"""Bulk operations on many notes in the real window, driven by keys and the mouse: duplicate,
drag and delete of the whole selection each stay one undo step, the file equals the screen
after every step, and one bulk change is one notification, not one per note."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from benchmarks.workshopgen import build_workshop_board
from canvas.duplicate_place import DUPLICATE_OFFSET
from models.document import BoardDocument
from tests.ui.room_boards import open_board, settle
from tests.ui.test_bulk_and_fit import table
from ui.main_window import MainWindow

NOTES = 600
CTRL = Qt.KeyboardModifier.ControlModifier


def _board(window: MainWindow, tmp_path: Path) -> BoardDocument:
    path = tmp_path / "paljon.pajalauta"
    build_workshop_board(path, NOTES)
    doc = open_board(window, path)
    assert window.view is not None
    window.view.zoom_to_fit()
    window.view.setFocus()
    settle()
    return doc


def _screen_equals_file(window: MainWindow, doc: BoardDocument) -> None:
    """Every row has an item at its place and size, showing that very row (cell, colour,
    text, fields, times), and no item is left over."""
    scene = window.scene
    assert scene is not None
    rows = doc.notes.all()
    assert scene.note_count() == len(rows)
    for note in rows:
        item = scene.item_for(note.id)
        assert item is not None, note.id
        assert (item.pos().x(), item.pos().y()) == (note.x, note.y)
        assert item.size() == (note.width, note.height)
        assert item.note == note


def _in_their_cells(doc: BoardDocument) -> None:
    """Each note belongs to the cell under its centre (the file's ``zone_id``)."""
    for note in doc.notes.all():
        centre = (note.x + note.width / 2, note.y + note.height / 2)
        assert note.zone_id == doc.frames.zone_at(*centre), note.id


def _key(
    window: MainWindow,
    qtbot: QtBot,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    assert window.view is not None
    qtbot.keyClick(window.view, key, modifier)
    settle()


def test_duplicate_of_many_notes_is_one_step_that_undo_and_redo_replay_exactly(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = _board(window, tmp_path)
    scene = window.scene
    assert scene is not None
    before = table(doc, "notes")
    originals = {note.id: note for note in doc.notes.all()}
    steps = window.undo_stack.count() if window.undo_stack else 0
    _key(window, qtbot, Qt.Key.Key_A, CTRL)
    _key(window, qtbot, Qt.Key.Key_D, CTRL)
    rows = doc.notes.all()
    assert len(rows) == 2 * NOTES
    copies = [note for note in rows if note.id not in originals]
    assert sorted(scene.selected_note_ids()) == sorted(n.id for n in copies), "copies selected"
    sources = sorted(originals.values(), key=lambda n: (n.z, n.id))
    for copy, source in zip(sorted(copies, key=lambda n: n.z), sources, strict=True):
        assert (copy.text, copy.colour, copy.kind) == (source.text, source.colour, source.kind)
        stepped = (copy.x, copy.y) == (source.x + DUPLICATE_OFFSET, source.y + DUPLICATE_OFFSET)
        assert stepped or source.zone_id is not None, "only a copy in a cell is placed"
        assert copy.zone_id == source.zone_id, "a copy stays in its original's cell"
    assert sum(1 for copy in copies if copy.zone_id is not None) > NOTES // 2, "in cells"
    _in_their_cells(doc)
    _screen_equals_file(window, doc)
    after = table(doc, "notes")
    assert window.undo_stack is not None and window.undo_stack.count() == steps + 1
    _key(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert table(doc, "notes") == before
    _screen_equals_file(window, doc)
    _key(window, qtbot, Qt.Key.Key_Y, CTRL)
    assert sorted(n.id for n in doc.notes.all() if n.id not in originals) == sorted(
        n.id for n in copies
    ), "redo brings the copies back with the same ids"
    assert table(doc, "notes") == after, "redo puts back the very rows, cells included"
    _screen_equals_file(window, doc)


def test_dragging_every_note_writes_every_position_and_undo_puts_them_back(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = _board(window, tmp_path)
    view, scene = window.view, window.scene
    assert view is not None and scene is not None
    before = {note.id: note for note in doc.notes.all()}
    before_rows = table(doc, "notes")
    _key(window, qtbot, Qt.Key.Key_A, CTRL)
    viewport = view.viewport()
    inner = viewport.rect().adjusted(80, 80, -80, -80)
    grip = next(
        item
        for item in scene.selected_items_by_z()
        if inner.contains(view.mapFromScene(item.scene_rect().center()))
    )
    start = view.mapFromScene(grip.scene_rect().center())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(6 * step, 4 * step))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(30, 20)
    )
    settle()
    after = {note.id: note for note in doc.notes.all()}
    moves = {(after[i].x - before[i].x, after[i].y - before[i].y) for i in before}
    assert len(moves) == 1 and moves != {(0.0, 0.0)}, "every note moved by the same step"
    assert any(after[i].zone_id != before[i].zone_id for i in before), "some changed cells"
    _in_their_cells(doc)
    _screen_equals_file(window, doc)
    _key(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert table(doc, "notes") == before_rows
    _screen_equals_file(window, doc)


def test_deleting_many_selected_notes_is_one_notification_and_one_selection_change(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """Qt emits ``selectionChanged`` for every selected item it removes; the scene makes a
    bulk removal (and a bulk select) one signal, and the listeners hear one change."""
    doc = _board(window, tmp_path)
    scene = window.scene
    assert scene is not None
    _key(window, qtbot, Qt.Key.Key_A, CTRL)
    selections: list[int] = []
    changes: list[object] = []
    scene.selectionChanged.connect(lambda: selections.append(len(scene.selectedItems())))
    scene.notesChanged.connect(lambda *args: changes.append(args))
    _key(window, qtbot, Qt.Key.Key_Delete)
    assert doc.notes.count() == 0 and scene.note_count() == 0
    assert selections == [0] and len(changes) == 1
    selections.clear()
    changes.clear()
    _key(window, qtbot, Qt.Key.Key_Z, CTRL)
    _screen_equals_file(window, doc)
    assert len(changes) == 1
    scene.select_notes(note.id for note in doc.notes.all())
    assert selections == [NOTES], "selecting 600 notes by id is one selection change"
    _key(window, qtbot, Qt.Key.Key_Y, CTRL)
    assert doc.notes.count() == 0 and scene.note_count() == 0


def test_the_open_boards_objects_stay_out_of_full_collections_until_it_closes(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    _board(window, tmp_path)
    heap = window.board_heap  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: heap.frozen, timeout=5000)
    assert gc.get_freeze_count() > 10_000, "the board's items and rows are frozen"
    window.close_board()
    assert not heap.frozen and gc.get_freeze_count() == 0


def test_with_the_projector_open_an_edit_lays_out_again_only_the_stop_it_touched(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """A board with more projector stops than the kept layouts used to hold (256): after a
    colour change the stop list is planned again, and every stop but the edited note's cell
    and frame keeps the very layout it had; deleting everything and undoing brings back the
    kept layouts too (dots and all), instead of laying out the board twice."""
    from tests.ui.test_projector_room import open_presenter

    path = tmp_path / "monta-pysakkia.pajalauta"
    build_workshop_board(path, 1400)
    doc = open_board(window, path)
    open_presenter(window, qtbot)
    control = window.room.presenter

    def laid_out() -> None:  # the stops' layouts are made in idle time
        qtbot.waitUntil(lambda: not control.stops_waiting(), timeout=60000)

    laid_out()
    stops = control.stops()
    assert len(stops) > 256
    kept = {key: id(pages) for key, pages in control._book._planner._layouts.items()}
    note = next(n for n in doc.notes.all() if n.zone_id is not None and n.kind == "note")
    assert window.scene is not None and window.view is not None
    window.scene.select_notes([note.id])
    window.view.set_colour_of_selected("#A8E28A" if note.colour != "#A8E28A" else "#FFE66D")
    settle()
    laid_out()
    assert len(control.stops()) == len(stops)
    layouts = control._book._planner._layouts
    laid_out_again = [key for key, pages in layouts.items() if kept.get(key) != id(pages)]
    assert 1 <= len(laid_out_again) <= 2, laid_out_again
    kept = {key: id(pages) for key, pages in layouts.items()}
    _key(window, qtbot, Qt.Key.Key_A, CTRL)
    _key(window, qtbot, Qt.Key.Key_Delete)
    settle()
    laid_out()
    _key(window, qtbot, Qt.Key.Key_Z, CTRL)
    settle()
    laid_out()
    assert all(id(layouts[key]) == kept_id for key, kept_id in kept.items() if key in layouts)
    assert sum(1 for key in kept if key in layouts) == len(kept)


def test_the_projector_preview_is_taken_again_only_after_the_projector_repainted(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """Taking the picture paints the whole projector again; on an unchanged projector the
    panel keeps its picture instead of painting it twice a second."""
    from tests.ui.test_projector_room import open_presenter
    from ui.stops_panel import REFRESH_MS, StopsPanel

    path = tmp_path / "esikatselu.pajalauta"
    build_workshop_board(path, 200)
    doc = open_board(window, path)
    open_presenter(window, qtbot)
    panel = window.findChild(StopsPanel)
    assert panel is not None and panel.isVisible()
    QTest.qWait(3 * REFRESH_MS)
    shown = panel.preview.pixmap().cacheKey()
    QTest.qWait(3 * REFRESH_MS)
    assert panel.preview.pixmap().cacheKey() == shown, "nothing changed: the same picture"
    note = doc.notes.all()[0]
    doc.notes.update({note.id: {"text": "Uusi teksti projektorille", "x": note.x + 40}})
    qtbot.waitUntil(lambda: panel.preview.pixmap().cacheKey() != shown, timeout=5000)


def test_the_projector_preview_waits_until_the_projector_is_quiet(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """The picture is not taken while the projector keeps repainting (a change of 5,000
    notes, then its next steps): it follows once the projector has been quiet a moment."""
    from tests.ui.test_projector_room import open_presenter
    from ui.stops_panel import REFRESH_MS, StopsPanel

    path = tmp_path / "hiljaa.pajalauta"
    build_workshop_board(path, 200)
    doc = open_board(window, path)
    presenter = open_presenter(window, qtbot)
    panel = window.findChild(StopsPanel)
    assert panel is not None and panel.isVisible()
    QTest.qWait(3 * REFRESH_MS)
    panel.refresh_preview()
    shown = panel.preview.pixmap().cacheKey()
    note = doc.notes.all()[0]
    for step in range(3):
        doc.notes.update({note.id: {"x": note.x + 40 * (step + 1)}})
        presenter.view.viewport().repaint()
        panel._refresh_if_painted()  # the panel's periodic look, right after the repaint
        assert panel.preview.pixmap().cacheKey() == shown, "no picture while it repaints"
    qtbot.waitUntil(lambda: panel.preview.pixmap().cacheKey() != shown, timeout=5000)


def test_pasting_many_lines_into_a_cell_shows_the_rows_the_file_holds_both_ways(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """The pasted notes the scene shows are the ones the paste wrote (not read back): each
    must equal its row, cell included, after the paste, its undo and its redo."""
    from PySide6.QtWidgets import QApplication

    doc = _board(window, tmp_path)
    view, scene = window.view, window.scene
    assert view is not None and scene is not None
    before = table(doc, "notes")
    in_cell = next(n for n in doc.notes.all() if n.zone_id is not None and n.kind == "note")
    scene.select_notes([in_cell.id])
    view.centerOn(in_cell.x + in_cell.width / 2, in_cell.y + in_cell.height / 2)
    QApplication.clipboard().setText("\n".join(f"Idea {n}: lähiruoka" for n in range(300)))
    _key(window, qtbot, Qt.Key.Key_V, CTRL)
    pasted = [n for n in doc.notes.all() if n.text.startswith("Idea ")]
    assert len(pasted) == 300
    assert sum(1 for n in pasted if n.zone_id == in_cell.zone_id) >= 10, "into its cell"
    _in_their_cells(doc)
    _screen_equals_file(window, doc)
    after = table(doc, "notes")
    _key(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert table(doc, "notes") == before
    _screen_equals_file(window, doc)
    _key(window, qtbot, Qt.Key.Key_Y, CTRL)
    assert table(doc, "notes") == after
    _screen_equals_file(window, doc)


def test_duplicating_a_note_again_and_again_keeps_every_copy_in_its_cell(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """Ctrl+D eight times on a note in a group's cell: the copies step right and down while
    they stay in the cell, then take the cell's free places; none walks into the next
    group's cell, and undo takes them all away again."""
    doc = _board(window, tmp_path)
    scene = window.scene
    assert scene is not None
    before = table(doc, "notes")
    source = max(
        (n for n in doc.notes.all() if n.zone_id is not None and n.kind == "note"),
        key=lambda n: (n.y, n.x),
    )
    scene.select_notes([source.id])
    for _ in range(8):
        _key(window, qtbot, Qt.Key.Key_D, CTRL)
    copies = [n for n in doc.notes.all() if n.text == source.text and n.id != source.id]
    assert len(copies) >= 8
    assert all(copy.zone_id == source.zone_id for copy in copies)
    _in_their_cells(doc)
    _screen_equals_file(window, doc)
    for _ in range(8):
        _key(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert table(doc, "notes") == before
