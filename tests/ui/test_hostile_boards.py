"""Hostile boards in the window: refused in words, never run, never crash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.models.test_foreign_schema import HOSTILE, board_with
from tests.ui.conftest import open_alerts
from ui.main_window import MainWindow


def test_the_window_refuses_it_and_no_trigger_runs(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = board_with(tmp_path / "ansa.pajalauta", HOSTILE["trigger-on-insert"])
    before = path.read_bytes()
    assert not window.open_path(path)
    texts = [box.text() for box in open_alerts(window)]
    assert any("laske" in text and "ansa.pajalauta" in text for text in texts), texts
    assert window.document is None
    assert path.read_bytes() == before
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM notes WHERE text = 'trigger fired'").fetchone() == (
        0,
    )
    conn.close()
