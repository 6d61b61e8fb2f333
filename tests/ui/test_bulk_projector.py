"""Bulk changes of a whole board with the projector open, driven by keys and the mouse: the
projector shares the scene and draws its far view from the same blocks, so after a drag of
every note, its undo, a duplicate of every note and its undo, the blocks it draws are the
rows the file holds, and it repaints by itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from benchmarks.qtframes import PaintCounter
from benchmarks.workshopgen import build_workshop_board
from canvas.note_item import colour_for
from canvas.scene import BoardScene
from models.document import BoardDocument
from tests.ui.room_boards import open_board, settle
from tests.ui.test_bulk_and_fit import table
from tests.ui.test_bulk_ops import _screen_equals_file
from tests.ui.test_projector_room import open_presenter
from ui.main_window import MainWindow

NOTES = 500
CTRL = Qt.KeyboardModifier.ControlModifier
Rect = tuple[float, float, float, float]


def _blocks(scene: BoardScene) -> list[tuple[str, Rect]]:
    """What every far view of the scene draws: each block's colour and rectangle."""
    return sorted(
        (colour.name(), rect.getRect())
        for colour, rects in scene.far_cache().batches
        for rect in rects
    )


def _rows(doc: BoardDocument) -> list[tuple[str, Rect]]:
    return sorted(
        (colour_for(n.colour).name(), (n.x, n.y, n.width, n.height)) for n in doc.notes.all()
    )


def _open(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> tuple[BoardDocument, PaintCounter]:
    path = tmp_path / "projektori.pajalauta"
    build_workshop_board(path, NOTES)
    doc = open_board(window, path)
    presenter = open_presenter(window, qtbot)
    assert window.view is not None
    window.view.zoom_to_fit()
    window.view.setFocus()
    settle()
    counter = PaintCounter()
    presenter.view.viewport().installEventFilter(counter)
    return doc, counter


def _repainted(qtbot: QtBot, counter: PaintCounter, action: object) -> None:
    """Run ``action`` and wait until the projector has painted after it."""
    before = counter.count
    action()  # type: ignore[operator]
    qtbot.waitUntil(lambda: counter.count > before, timeout=5000)
    settle()


def test_dragging_every_note_and_undo_with_the_projector_open(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc, projector = _open(window, tmp_path, qtbot)
    view, scene = window.view, window.scene
    assert view is not None and scene is not None
    before_rows = table(doc, "notes")
    before = {n.id: n for n in doc.notes.all()}
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    settle()
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
    _repainted(
        qtbot,
        projector,
        lambda: QTest.mouseRelease(
            viewport,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            start + QPoint(30, 20),
        ),
    )
    after = {n.id: n for n in doc.notes.all()}
    moves = {(after[i].x - before[i].x, after[i].y - before[i].y) for i in before}
    assert len(moves) == 1 and moves != {(0.0, 0.0)}, "every note moved by the same step"
    _screen_equals_file(window, doc)
    assert _blocks(scene) == _rows(doc), "the projector draws the moved notes"
    _repainted(qtbot, projector, lambda: qtbot.keyClick(view, Qt.Key.Key_Z, CTRL))
    assert table(doc, "notes") == before_rows
    _screen_equals_file(window, doc)
    assert _blocks(scene) == _rows(doc), "and the notes back where they were after undo"


def test_duplicating_every_note_with_the_projector_open_shows_the_copies_there(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc, projector = _open(window, tmp_path, qtbot)
    view, scene = window.view, window.scene
    assert view is not None and scene is not None
    before_rows = table(doc, "notes")
    shown = _blocks(scene)
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    settle()
    _repainted(qtbot, projector, lambda: qtbot.keyClick(view, Qt.Key.Key_D, CTRL))
    assert doc.notes.count() == 2 * NOTES
    _screen_equals_file(window, doc)
    assert _blocks(scene) == _rows(doc), "the projector draws every copy"
    assert len(scene.selected_note_ids()) == NOTES, "the copies are the selection"
    _repainted(qtbot, projector, lambda: qtbot.keyClick(view, Qt.Key.Key_Z, CTRL))
    assert table(doc, "notes") == before_rows
    _screen_equals_file(window, doc)
    assert _blocks(scene) == shown


def test_the_projector_follows_a_drag_while_the_button_is_down(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """Far away the projector draws blocks, not items: it repaints for each step of a drag
    on the laptop and shows the notes where the laptop shows them before the release."""
    doc, projector = _open(window, tmp_path, qtbot)
    view, scene = window.view, window.scene
    assert view is not None and scene is not None
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    settle()
    viewport = view.viewport()
    inner = viewport.rect().adjusted(80, 80, -80, -80)
    grip = next(
        item
        for item in scene.selected_items_by_z()
        if inner.contains(view.mapFromScene(item.scene_rect().center()))
    )
    start = view.mapFromScene(grip.scene_rect().center())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 4):
        _repainted(
            qtbot, projector, lambda s=step: QTest.mouseMove(viewport, start + QPoint(8 * s, 5 * s))
        )
    shown = sorted(
        (item.colour.name(), (float(round(item.x())), float(round(item.y())), *item.size()))
        for item in scene.note_items()
    )
    # At whole scene units, as the release will store them (a fraction of a pixel here).
    assert _blocks(scene) == shown, "the blocks are where the dragged items are"
    assert shown != _rows(doc), "not yet in the file"
    revision = scene.far_cache().revision
    end = start + QPoint(24, 15)
    _repainted(  # the release is shown, though every block was already in place
        qtbot,
        projector,
        lambda: QTest.mouseRelease(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end
        ),
    )
    settle()
    assert _blocks(scene) == _rows(doc)
    assert scene.far_cache().revision == revision, "the release found every block in place"
