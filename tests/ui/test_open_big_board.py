"""A board too big to make every note's item before its first frame: the items are made after
it, between events, and nothing can tell: every note is selectable, findable and editable at
once, an edit made meanwhile is kept, and closing the board meanwhile is safe."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsScene
from pytestqt.qtbot import QtBot

from canvas.item_builder import EAGER_NOTES
from canvas.note_item import NoteItem
from models.document import BoardDocument
from tests.ui.room_boards import settle
from ui.main_window import MainWindow

NOTES = EAGER_NOTES + 900
COLUMNS = 60


def big_board(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "iso.pajalauta"
    doc = BoardDocument.create(path, title="iso")
    try:
        ids = doc.notes.add(
            [
                {"text": f"idea {i}", "x": (i % COLUMNS) * 220.0, "y": (i // COLUMNS) * 220.0}
                for i in range(NOTES)
            ]
        )
    finally:
        doc.close()
    return path, ids


def qt_note_ids(scene: QGraphicsScene, rect: QRectF | None = None) -> set[int]:
    """The notes Qt itself holds (its own ``items()``, not the board scene's)."""
    found = QGraphicsScene.items(scene) if rect is None else QGraphicsScene.items(scene, rect)
    return {item.note_id for item in found if isinstance(item, NoteItem)}


def opened(window: MainWindow, path: Path) -> None:
    assert window.open_path(path)
    assert window.scene is not None and window.view is not None
    assert window.scene.items_pending() > 0, "a big board makes its items after the first frame"


def test_select_all_right_after_opening_takes_every_note(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path, ids = big_board(tmp_path)
    opened(window, path)
    scene, view = window.scene, window.view
    assert scene is not None and view is not None
    assert scene.note_count() == NOTES
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert scene.items_pending() == 0
    assert set(scene.selected_note_ids()) == set(ids)
    assert qt_note_ids(scene) == set(ids)


def test_every_note_is_found_at_once_and_the_rest_are_made_without_input(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path, ids = big_board(tmp_path)
    opened(window, path)
    scene = window.scene
    assert scene is not None
    last = scene.item_for(ids[-1])
    assert last is not None and last.note_id == ids[-1]
    corner = scene.items(QPointF(COLUMNS * 220.0 - 100.0, 100.0))
    assert any(isinstance(item, NoteItem) for item in corner), "a place asked about is made"
    assert scene.items_pending() > 0
    qtbot.waitUntil(lambda: scene.items_pending() == 0, timeout=20000)
    assert qt_note_ids(scene) == set(ids), "each note once, none missing"
    assert {item.note_id for item in scene.note_items()} == set(ids)


def test_a_near_frame_paints_the_notes_it_shows_before_the_rest_are_made(
    window: MainWindow, tmp_path: Path
) -> None:
    path, _ = big_board(tmp_path)
    opened(window, path)
    scene, view = window.scene, window.view
    assert scene is not None and view is not None
    view.resetTransform()  # 100 %: notes are painted as items
    view.centerOn(QPointF(COLUMNS * 110.0, (NOTES // COLUMNS) * 110.0))
    view.viewport().repaint()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    in_sight = qt_note_ids(scene, shown)
    assert in_sight, "the notes in sight were made for the paint"
    assert scene.items_pending() > 0, "and only those"


def test_an_edit_made_while_the_items_are_made_is_kept(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path, ids = big_board(tmp_path)
    opened(window, path)
    document, scene = window.document, window.scene
    assert document is not None and scene is not None
    moved = ids[-1]
    document.notes.update({moved: {"x": -5000.0, "y": -5000.0, "text": "siirretty"}})
    added = document.notes.add([{"text": "uusi", "x": -6000.0, "y": -6000.0}])[0]
    item = scene.item_for(moved)
    assert item is not None and item.pos() == QPointF(-5000.0, -5000.0)
    assert item.note.text == "siirretty"
    qtbot.waitUntil(lambda: scene.items_pending() == 0, timeout=20000)
    settle(50)
    assert qt_note_ids(scene) == {*ids, added}
    item = scene.item_for(moved)
    assert item is not None and item.pos() == QPointF(-5000.0, -5000.0)
    assert scene.note_count() == NOTES + 1


def test_closing_the_board_while_its_items_are_made_is_safe(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path, _ = big_board(tmp_path)
    opened(window, path)
    window.close_board()
    settle(100)
    assert window.document is None
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # no scene left
    assert window.open_path(path), "the board was let go and opens again"
    assert window.scene is not None
    qtbot.waitUntil(lambda: window.scene is not None and window.scene.items_pending() == 0)
    assert window.scene.note_count() == NOTES


def test_a_click_on_a_note_not_yet_made_selects_it(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path, ids = big_board(tmp_path)
    opened(window, path)
    scene, view = window.scene, window.view
    assert scene is not None and view is not None
    document = window.document
    assert document is not None
    last = document.notes.get(ids[-1])
    assert last is not None
    assert ids[-1] not in qt_note_ids(scene), "made last of all"
    centre = QPointF(last.x + last.width / 2, last.y + last.height / 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(centre))
    assert scene.selected_note_ids() == [ids[-1]]


def test_a_selection_band_drawn_right_after_opening_takes_every_note_it_covers(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path, ids = big_board(tmp_path)
    opened(window, path)
    scene, view = window.scene, window.view
    assert scene is not None and view is not None
    content = scene.content_rect()
    assert content is not None
    start = view.mapFromScene(content.topLeft() - QPointF(150.0, 150.0))
    end = view.mapFromScene(content.bottomRight() + QPointF(150.0, 150.0))
    assert view.viewport().rect().contains(start) and view.viewport().rect().contains(end)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + (end - start) * step / 10)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert set(scene.selected_note_ids()) == set(ids)
