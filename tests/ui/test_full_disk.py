"""A full disk in the window: fill, edit (message), free, edit again (saved), reopen.

Two ways to fill it: SQLite's own page limit (``max_page_count``), which gives the very
"database or disk is full" error of a full disk on every machine; and, when the tests run as
root, a real 2 MiB tmpfs filled with a file, where the refusal comes from the kernel at
COMMIT time.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from canvas.editor import NoteEditor
from models.document import BoardDocument
from tests.fixtures.faults import full_disk
from tests.ui.conftest import open_alerts
from ui.main_window import MainWindow

BIG = "Asiakkaan äänellä: töihin pääsy, ääripäät, yö- ja päivävuorot. " * 58
"""About 3,800 characters, 4,500 bytes: more than a page, so the change needs new pages."""


def make_board(path: Path) -> Path:
    doc = BoardDocument.create(path, title="Täysi levy")
    doc.notes.add([{"text": "alku", "x": 0.0, "y": 0.0}])
    doc.close()
    return path


def open_editor(window: MainWindow, qtbot: QtBot) -> NoteEditor:
    assert window.view is not None and window.document is not None
    note = window.document.notes.all()[0]
    window.view.centerOn(QPointF(note.x + 80, note.y + 80))
    qtbot.mouseDClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.view.mapFromScene(QPointF(note.x + 40, note.y + 40)),
    )
    editor = window.view.edit_session().editor
    assert isinstance(editor, NoteEditor)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    return editor


def type_keys(window: MainWindow, text: str) -> None:
    assert window.view is not None
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            window.view,
            Qt.Key(ord(char.upper())),
            char,
            Qt.KeyboardModifier.NoModifier,
        )


def fill_and_recover(
    window: MainWindow, qtbot: QtBot, path: Path, full: Callable[[], AbstractContextManager[None]]
) -> None:
    assert window.open_path(path)
    assert window.document is not None
    editor = open_editor(window, qtbot)
    type_keys(window, "ab")
    assert window.document.notes.all()[0].text == "alkuab"
    with full():
        editor.textCursor().insertText(BIG)  # one paste: one change that needs new pages
        qtbot.waitUntil(lambda: bool(open_alerts(window)))
        texts = [box.text() for box in open_alerts(window)]
        assert any("disk is full" in text for text in texts), texts
        assert "NOT saved" in window.save_label.text()
        qtbot.waitUntil(lambda: editor.scene() is None or editor.toPlainText() == "alkuab")
        assert window.document.notes.all()[0].text == "alkuab"
        for box in open_alerts(window):
            box.done(0)
    assert window.view is not None
    window.view.edit_session().finish()
    open_editor(window, qtbot)
    type_keys(window, "cd")
    assert window.document.notes.all()[0].text == "alkuabcd", "editing goes on when freed"
    assert "NOT" not in window.save_label.text()
    window.close_board()
    again = BoardDocument.open(path)
    try:
        assert [n.text for n in again.notes.all()] == ["alkuabcd"]
        with again.read() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        again.close()


def test_a_full_board_file_is_reported_and_editing_goes_on_when_freed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = make_board(tmp_path / "täysi.pajalauta")

    def full() -> AbstractContextManager[None]:
        assert window.document is not None
        return full_disk(window.document)

    fill_and_recover(window, qtbot, path, full)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MiB tmpfs, mounted for this test (root only)."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip(
            "a real full disk needs root to mount a 2 MiB tmpfs; the page-limit "
            "test above covers the same path on every machine"
        )
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@contextmanager
def filled(folder: Path) -> Iterator[None]:
    filler = folder / "täyte.bin"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(handle, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(handle)
    try:
        yield
    finally:
        filler.unlink()


def test_a_real_full_disk_is_reported_and_editing_goes_on_when_freed(
    window: MainWindow, qtbot: QtBot, tiny_disk: Path
) -> None:
    path = make_board(tiny_disk / "täysi.pajalauta")
    fill_and_recover(window, qtbot, path, lambda: filled(tiny_disk))
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
