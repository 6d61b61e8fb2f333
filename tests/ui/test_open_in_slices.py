"""A big board's first frame is drawn from the notes' blocks alone; their whole rows are read
afterwards, a slice at a time, as their items are made. Nothing of that can be seen: every
note gets exactly one item showing its row, photos included, whatever changed meanwhile, and
a board whose rows need repairs still shows them repaired."""

from __future__ import annotations

import math
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtWidgets import QApplication, QGraphicsScene
from pytestqt.qtbot import QtBot

from canvas import item_builder
from canvas.item_builder import EAGER_NOTES
from canvas.note_item import NoteItem
from canvas.photo_item import PhotoItem
from models.document import BoardDocument
from tests.canvas.photo_files import place_photo, rotated_jpeg
from tests.ui.room_boards import settle
from ui.main_window import MainWindow

NOTES = EAGER_NOTES + 700
COLUMNS = 50


def big_board(path: Path, photos: Path | None = None) -> list[int]:
    doc = BoardDocument.create(path, title="viipaleet")
    try:
        ids = doc.notes.add(
            [
                {
                    "text": f"ajatus {i}",
                    "x": (i % COLUMNS) * 220.0,
                    "y": (i // COLUMNS) * 220.0,
                    "colour": ("#FFE66D", "#A8E28A", "#9FD3F5")[i % 3],
                    "z": float(NOTES - i),  # the stacking is not the id order
                }
                for i in range(NOTES)
            ]
        )
        if photos is not None:  # between the notes' ids and after them
            ids.append(place_photo(doc, rotated_jpeg(photos), (-900.0, -900.0), "kuva"))
            ids += doc.notes.add([{"text": "viimeinen", "x": -400.0, "y": -400.0}])
    finally:
        doc.close()
    return ids


def qt_notes(scene: QGraphicsScene) -> list[NoteItem]:
    """Every note item Qt itself holds (duplicates would show here)."""
    return [item for item in QGraphicsScene.items(scene) if isinstance(item, NoteItem)]


def made(window: MainWindow, qtbot: QtBot) -> list[NoteItem]:
    scene = window.scene
    assert scene is not None
    qtbot.waitUntil(lambda: scene.items_pending() == 0, timeout=30000)
    settle(20)
    return qt_notes(scene)


def test_every_note_gets_one_item_showing_its_row_photos_included(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "kuvat.pajalauta"
    ids = big_board(path, tmp_path / "kuva.jpg")
    assert window.open_path(path)
    assert window.scene is not None and window.document is not None
    assert window.scene.items_pending() == len(ids) - 1, "the notes' items come after the frame"
    photos = [item for item in qt_notes(window.scene) if isinstance(item, PhotoItem)]
    assert len(photos) == 1, "a photo is drawn from its item, made before the first frame"
    items = made(window, qtbot)
    assert sorted(item.note_id for item in items) == sorted(ids), "each note once"
    rows = {note.id: note for note in window.document.notes.all()}
    for item in items:
        note = rows[item.note_id]
        assert item.note == note
        assert item.pos() == QPointF(note.x, note.y) and item.zValue() == note.z
    assert len([i for i in items if isinstance(i, PhotoItem)]) == 1


def test_notes_added_moved_and_deleted_while_the_rows_are_read_come_out_as_the_file_has_them(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "muutokset.pajalauta"
    ids = big_board(path)
    assert window.open_path(path)
    doc, scene = window.document, window.scene
    assert doc is not None and scene is not None and scene.items_pending() > 0
    # Another writer (a phone) changes the notes the reading has not reached yet.
    last, moved = ids[-1], ids[-2]
    doc.notes.remove([last])
    doc.notes.update({moved: {"x": -3000.0, "z": -50.0}})
    added = doc.notes.add([{"text": "puhelimesta", "x": -2000.0, "y": 0.0}])
    items = made(window, qtbot)
    assert sorted(item.note_id for item in items) == sorted({*ids[:-1], *added})
    item = scene.item_for(moved)
    assert item is not None and item.pos().x() == -3000.0 and item.zValue() == -50.0
    assert scene.note_count() == len(ids)


def test_the_rows_are_read_in_slices_between_events(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hidas.pajalauta"
    ids = big_board(path)
    monkeypatch.setattr(item_builder, "READ_NOTES", 100)
    assert window.open_path(path)
    scene = window.scene
    assert scene is not None
    seen: list[int] = []
    while scene.items_pending() and len(seen) < 10_000:
        seen.append(scene.items_pending())
        QApplication.processEvents()
    assert len(set(seen)) > 3, "made over several turns of the event loop"
    assert sorted(item.note_id for item in made(window, qtbot)) == sorted(ids)


def test_a_big_board_with_rows_that_need_repairs_still_opens_whole(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "korjattava.pajalauta"
    ids = big_board(path)
    broken = ids[5]
    with closing(sqlite3.connect(path)) as conn:  # edited by hand: a place that is text
        conn.execute("UPDATE notes SET x = 'NaN' WHERE id = ?", (broken,))
        conn.commit()
    assert window.open_path(path)
    scene = window.scene
    assert scene is not None
    items = made(window, qtbot)
    assert sorted(item.note_id for item in items) == sorted(ids)
    item = scene.item_for(broken)
    assert item is not None and math.isfinite(item.pos().x()), "shown where the repair put it"
    assert item.note == window.document.notes.get(broken)  # type: ignore[union-attr]


class _PendingAtPaint(QObject):
    """Notes still without items when the view paints (first paint first)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__()
        self.scene = scene
        self.seen: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append(self.scene.items_pending())  # type: ignore[attr-defined]
        return False


def test_the_first_frame_is_painted_before_any_note_item_is_made(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "ensin.pajalauta"
    ids = big_board(path)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(path)
    scene, view = window.scene, window.view
    assert scene is not None and view is not None
    view.setUpdatesEnabled(False)  # a first frame that comes late (a busy machine)
    qtbot.wait(150)
    assert scene.items_pending() == len(ids), "no slice of items runs before the first frame"
    watch = _PendingAtPaint(scene)
    view.viewport().installEventFilter(watch)
    view.setUpdatesEnabled(True)
    qtbot.waitUntil(lambda: bool(watch.seen), timeout=10000)
    assert watch.seen[0] == len(ids)
    assert sorted(item.note_id for item in made(window, qtbot)) == sorted(ids)
    view.viewport().removeEventFilter(watch)


def test_nothing_under_the_view_asks_for_items_before_the_first_frame(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """The window's actions ask what lies under the view's centre (the Insert menu's frame
    actions) when their menu opens, not while the board opens: asking then made that
    place's note items before the first frame."""
    path = tmp_path / "keskella.pajalauta"
    ids = big_board(path)
    doc = BoardDocument.open(path)
    try:  # a big note across the middle of the board, where the view opens
        ids += doc.notes.add(
            [{"text": "keskellä", "x": 4890.0, "y": 4230.0, "width": 1200.0, "height": 1200.0}]
        )
    finally:
        doc.close()
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(path)
    scene, view = window.scene, window.view
    assert scene is not None and view is not None
    centre = view.mapToScene(view.viewport().rect().center())
    assert scene.sceneRect().contains(centre)
    assert scene.items_pending() == len(ids), "no item is made while the board opens"
    actions = window.template_actions  # type: ignore[attr-defined]
    actions.insert_menu.aboutToShow.emit()  # the menu opens: now it asks
    assert not actions.rename_frame.isEnabled(), "no frame under the view's centre"
    assert sorted(item.note_id for item in made(window, qtbot)) == sorted(ids)
