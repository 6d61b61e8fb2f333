"""A refused write (full disk, a storage error, a read-only board) leaves the screen equal to
the file, reports once in words, and editing goes on when the cause is gone.

Faults are real SQLite failures injected into the open board's connection
(:mod:`tests.fixtures.faults`); the gestures are real mouse and key events on the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from canvas.editor import NoteEditor
from canvas.note_item import NoteItem
from models.document import BoardDocument
from tests.fixtures.faults import refused_writes
from tests.ui.conftest import open_alerts
from ui.main_window import MainWindow


def make_board(path: Path) -> Path:
    doc = BoardDocument.create(path, title="Kesto")
    doc.notes.add([{"text": f"lappu {i}", "x": 260.0 * i, "y": 0.0} for i in range(3)])
    doc.close()
    return path


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> Iterator[MainWindow]:
    assert window.open_path(make_board(tmp_path / "kesto.pajalauta"))
    assert window.view is not None
    window.view.centerOn(QPointF(400.0, 80.0))
    yield window


def screen_equals_file(window: MainWindow) -> None:
    """Every note item shows exactly its row: place, size and text."""
    assert window.document is not None and window.scene is not None
    rows = {note.id: note for note in window.document.notes.all()}
    items = {item.note_id: item for item in window.scene.note_items()}
    assert set(items) == set(rows)
    for note_id, note in rows.items():
        item = items[note_id]
        assert (item.pos().x(), item.pos().y()) == (note.x, note.y), note.text
        assert item.size() == (note.width, note.height), note.text
        assert item.note.text == note.text


def vp(window: MainWindow, x: float, y: float) -> QPoint:
    assert window.view is not None
    return window.view.mapFromScene(QPointF(x, y))


def drag(window: MainWindow, qtbot: QtBot, start: QPoint, end: QPoint) -> None:
    assert window.view is not None
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * (step / 5))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def first_note(window: MainWindow) -> NoteItem:
    assert window.scene is not None
    return min(window.scene.note_items(), key=lambda item: item.note_id)


def close_alerts(window: MainWindow) -> list[str]:
    texts = [box.text() for box in open_alerts(window)]
    for box in open_alerts(window):
        box.done(0)
    return texts


def refused(window: MainWindow) -> AbstractContextManager[None]:
    assert window.document is not None
    return refused_writes(window.document)


def test_a_refused_drag_puts_the_note_back_and_the_next_drag_is_saved(
    opened: MainWindow, qtbot: QtBot
) -> None:
    window, item = opened, first_note(opened)
    note = item.note
    assert window.document is not None and window.undo_stack is not None
    with refused(window):
        drag(
            window,
            qtbot,
            vp(window, note.x + 40, note.y + 40),
            vp(window, note.x + 340, note.y + 240),
        )
        screen_equals_file(window)
        assert window.document.notes.get(item.note_id).x == note.x
        assert window.undo_stack.count() == 0, "no step that never happened"
        assert len(close_alerts(window)) == 1
        assert "NOT saved" in window.save_label.text()
    drag(window, qtbot, vp(window, note.x + 40, note.y + 40), vp(window, note.x + 340, note.y + 40))
    assert window.document.notes.get(item.note_id).x == note.x + 300, "editing goes on"
    screen_equals_file(window)
    assert "NOT" not in window.save_label.text()


def test_a_refused_resize_gives_the_note_its_size_back(opened: MainWindow, qtbot: QtBot) -> None:
    window, item = opened, first_note(opened)
    note = item.note
    assert window.scene is not None
    window.scene.select_notes([note.id])
    corner = vp(window, note.x + note.width - 3, note.y + note.height - 3)
    with refused(window):
        drag(window, qtbot, corner, corner + QPoint(120, 90))
        screen_equals_file(window)
        assert item.size() == (note.width, note.height)
        assert len(close_alerts(window)) == 1
    drag(window, qtbot, corner, corner + QPoint(120, 90))
    assert window.document is not None
    assert window.document.notes.get(note.id).width > note.width, "the handle was hit"


def test_refused_typing_shows_the_text_the_file_holds(opened: MainWindow, qtbot: QtBot) -> None:
    window, item = opened, first_note(opened)
    note = item.note
    assert window.view is not None and window.document is not None
    with refused(window):
        qtbot.mouseDClick(
            window.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=vp(window, note.x + 40, note.y + 40),
        )
        editor = window.view.edit_session().editor
        assert isinstance(editor, NoteEditor)
        for char in "xyz":
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                window.view,
                Qt.Key(ord(char.upper())),
                char,
                Qt.KeyboardModifier.NoModifier,
            )
        qtbot.waitUntil(lambda: editor.toPlainText() == note.text)
        screen_equals_file(window)
        assert window.document.notes.get(note.id).text == note.text
        assert close_alerts(window), "the refusal was reported"
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, window.view, Qt.Key.Key_Q, "q", Qt.KeyboardModifier.NoModifier
    )
    assert window.document.notes.get(note.id).text == note.text + "q", "typing goes on"


def test_a_refused_delete_keeps_the_notes(opened: MainWindow, qtbot: QtBot) -> None:
    window = opened
    assert window.scene is not None and window.document is not None
    ids = [item.note_id for item in window.scene.note_items()]
    window.scene.select_notes(ids[:2])
    with refused(window):
        window.acts.delete.trigger()
        screen_equals_file(window)
        assert window.scene.note_count() == 3 and len(window.document.notes.all()) == 3
        assert len(close_alerts(window)) == 1
    window.acts.delete.trigger()
    assert len(window.document.notes.all()) == 1
    screen_equals_file(window)


def test_a_refused_frame_change_is_reported_in_words_not_as_an_error_object(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Regression: the frame menu's reporter was given the typed error itself and handed it
    to a message box, which raised inside the undo stack's redo."""
    from tests.ui.templates_support import new_board, show, template_actions

    frame_id = new_board(window, qtbot, tmp_path / "kehys.pajalauta", "dream_fear")
    assert window.document is not None
    frame = window.document.frames.get(frame_id)
    assert frame is not None
    show(window, frame.x + frame.width / 2, frame.y + frame.height / 2)
    actions = template_actions(window)
    target = actions.current_target()
    assert target is not None
    columns = actions.ops.count(frame_id, "column")
    with refused_writes(window.document):
        assert not actions.ops.add(target, "column", True)
    alerts = open_alerts(window)
    assert alerts and alerts[-1].text().strip(), "the refusal is said in words"
    assert "BoardError" not in alerts[-1].text()
    assert actions.ops.count(frame_id, "column") == columns, "the screen equals the file"
    for box in alerts:
        box.close()
    target = actions.current_target()
    assert target is not None
    added = actions.ops.add(target, "column", True)
    assert added, [box.text() for box in open_alerts(window)]
    assert actions.ops.count(frame_id, "column") == columns + 1
