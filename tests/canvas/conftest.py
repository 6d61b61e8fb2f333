"""A board view on a real board file, and helpers that speak in scene coordinates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from canvas.scene import BoardScene
from canvas.view import BoardView
from models.document import BoardDocument
from models.records import NoteData, NotePatch

VIEW_SIZE = (1000, 700)


def row(note: NoteData) -> tuple[Any, ...]:
    """A note row as the file holds it, minus ``updated_at`` (undo is itself a change)."""
    return (
        note.id,
        note.text,
        note.colour,
        note.x,
        note.y,
        note.width,
        note.height,
        note.z,
        note.zone_id,
        note.group_id,
        note.author,
        note.kind,
        note.fields,
        note.image_id,
        note.created_at,
    )


@dataclass
class Board:
    document: BoardDocument
    scene: BoardScene
    view: BoardView
    stack: QUndoStack
    qtbot: QtBot

    # --- the file -----------------------------------------------------------------------
    def rows(self) -> list[tuple[Any, ...]]:
        return [row(note) for note in self.document.notes.all()]

    def note(self, note_id: int) -> NoteData:
        note = self.document.notes.get(note_id)
        assert note is not None, f"note {note_id} is not in the file"
        return note

    def add(self, **patch: Any) -> int:
        """A note made directly in the file (setup, not the gesture under test)."""
        values: NotePatch = {"x": 0.0, "y": 0.0, **patch}  # type: ignore[typeddict-item]
        return self.document.notes.add([values])[0]

    # --- the view -----------------------------------------------------------------------
    def vp(self, x: float, y: float) -> QPoint:
        """Viewport pixel of a scene point."""
        return self.view.mapFromScene(QPointF(x, y))

    def centre_of(self, note_id: int) -> QPoint:
        note = self.note(note_id)
        return self.vp(note.x + note.width / 2, note.y + note.height / 2)

    def click(
        self, pos: QPoint, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.mouseClick(self.view.viewport(), Qt.MouseButton.LeftButton, modifier, pos)

    def drag(
        self,
        start: QPoint,
        end: QPoint,
        button: Qt.MouseButton = Qt.MouseButton.LeftButton,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        steps: int = 5,
    ) -> None:
        viewport = self.view.viewport()
        self.qtbot.mousePress(viewport, button, modifier, start)
        for step in range(1, steps + 1):
            point = start + (end - start) * (step / steps)
            self.qtbot.mouseMove(viewport, point)
        self.qtbot.mouseRelease(viewport, button, modifier, end)

    def double_click(self, pos: QPoint) -> None:
        self.qtbot.mouseDClick(self.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.view, key, modifier)

    def type(self, text: str) -> None:
        """Type ``text`` one character at a time, as a keyboard layout or input method would
        (QTest.keyClicks only knows ASCII)."""
        for char in text:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                self.view,
                key_code(char),
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def key_code(char: str) -> Qt.Key:
    """The key code a keyboard sends for a character: its upper-case code point."""
    try:
        return Qt.Key(ord(char.upper()[0]))
    except ValueError:
        return Qt.Key.Key_unknown


@pytest.fixture
def board(qtbot: QtBot, document: BoardDocument) -> Iterator[Board]:
    stack = QUndoStack()
    scene = BoardScene(document)
    view = BoardView(scene, stack)
    qtbot.addWidget(view)
    view.resize(*VIEW_SIZE)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_reset()
    view.centerOn(QPointF(0.0, 0.0))
    view.setFocus()
    yield Board(document, scene, view, stack, qtbot)
    view.edit_session().finish()
    scene.detach()
    view.close()
    stack.clear()
