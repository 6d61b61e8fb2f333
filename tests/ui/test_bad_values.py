"""Values are checked when read: bad numbers, types and references put into a real board with
the plain ``sqlite3`` module (SQLite stores any value in any column) open in the window with a
message, never a crash, a traceback or an empty view; the file is not written.
"""

from __future__ import annotations

import json
import logging
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from models.limits import MAX_NOTE_SIZE, MIN_NOTE_SIZE
from models.value_checks import MAX_COORDINATE, MAX_FRAME_SIZE
from tests.exports.boards import build_workshop_board
from tests.ui.conftest import open_alerts
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
FUZZ_BOARDS = 30

BAD_VALUES: list[object] = [
    "NaN",
    "Infinity",
    "-inf",
    "abc",
    "",
    float("inf"),
    float("-inf"),
    1e308,
    -1e308,
    -5.0,
    0.0,
    99999,
    -1,
    b"\x00\xff\xfe",
    "<b>x</b>",
    "{not json",
    "[1, 2]",
    2**62,
    None,
]
COLUMNS: dict[str, list[str]] = {
    "notes": [
        "text",
        "colour",
        "x",
        "y",
        "width",
        "height",
        "z",
        "zone_id",
        "group_id",
        "author",
        "kind",
        "fields",
        "image_id",
    ],
    "frames": ["template_key", "title", "x", "y", "width", "height", "z", "position"],
    "zones": [
        "frame_id",
        "key",
        "title",
        "prompt",
        "row",
        "col",
        "x",
        "y",
        "width",
        "height",
        "colour",
        "data",
    ],
    "groups": ["name", "colour", "position"],
    "board": ["title", "language", "workshop_date", "place", "facilitators"],
    "votes": ["title", "frame_id", "budget", "budget_per", "hidden"],
    "dots": ["vote_id", "note_id", "group_id", "voter"],
    "images": ["mime", "data", "caption"],
}
PLACED = ("notes", "frames", "zones")
PLACED_COLUMNS = ("x", "y", "width", "height")


def usable(table: str, column: str, value: object) -> bool:
    """Whether a value is a fine place or size as it is (no repair, so nothing to say)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if column in ("x", "y"):
        return abs(value) <= MAX_COORDINATE
    low, high = (MIN_NOTE_SIZE, MAX_NOTE_SIZE) if table == "notes" else (1.0, MAX_FRAME_SIZE)
    return low <= value <= high


@pytest.fixture(scope="module")
def workshop_board(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "juva.pajalauta"
    build_workshop_board(path).close()
    return path


def spoil(path: Path, sql: str, *params: object) -> None:
    """Change the closed board as anyone with ``sqlite3`` could (foreign keys off)."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(sql, params)
        conn.commit()


@pytest.fixture
def no_errors_logged(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    with caplog.at_level(logging.ERROR):
        yield
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


def visible_notes(window: MainWindow) -> int:
    assert window.view is not None and window.scene is not None
    shown = QRectF(window.view.mapToScene(window.view.viewport().rect()).boundingRect())
    return sum(1 for item in window.scene.note_items() if shown.intersects(item.scene_rect()))


def opened_with_message(window: MainWindow, path: Path) -> list[str]:
    assert window.open_path(path), [box.text() for box in open_alerts(window)]
    texts = [box.text() for box in open_alerts(window)]
    assert texts, "a repair was made without a word"
    assert window.view is not None
    window.view.zoom_to_fit()
    window.view.viewport().grab()  # paint every item once
    return texts


def test_a_position_stored_as_text_opens_with_a_message(
    window: MainWindow, workshop_board: Path, tmp_path: Path, no_errors_logged: None
) -> None:
    path = tmp_path / "nan.pajalauta"
    shutil.copy(workshop_board, path)
    spoil(path, "UPDATE notes SET x = 'NaN' WHERE id = (SELECT min(id) FROM notes)")
    before = path.read_bytes()
    texts = opened_with_message(window, path)
    assert any("places" in text for text in texts), texts
    assert visible_notes(window) > 10
    window.close_board()
    assert path.read_bytes() == before, "the repair is in memory only"


def test_an_infinite_position_does_not_empty_the_view(
    window: MainWindow, tmp_path: Path, no_errors_logged: None
) -> None:
    from models.document import BoardDocument

    path = tmp_path / "inf.pajalauta"
    doc = BoardDocument.create(path, title="Ääretön")
    doc.notes.add(
        [{"text": f"lappu {i}", "x": 220.0 * (i % 20), "y": 170.0 * (i // 20)} for i in range(300)]
    )
    doc.close()
    spoil(path, "UPDATE notes SET x = ? WHERE id = 7", float("inf"))
    opened_with_message(window, path)
    assert visible_notes(window) == 300


def test_the_command_line_exports_repaired_numbers(workshop_board: Path, tmp_path: Path) -> None:
    path = tmp_path / "nan.pajalauta"
    shutil.copy(workshop_board, path)
    spoil(path, "UPDATE notes SET x = 'NaN', width = -40 WHERE id = (SELECT min(id) FROM notes)")
    out = tmp_path / "b.json"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            str(path),
            "--json",
            str(out),
            "--pdf",
            str(tmp_path / "h.pdf"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "places" in done.stderr
    notes = json.loads(out.read_text(encoding="utf-8"))["notes"]
    assert all(isinstance(note["x"], float | int) for note in notes)
    assert all(note["width"] > 0 for note in notes)


@pytest.mark.parametrize("seed", range(FUZZ_BOARDS))
def test_fuzzed_boards_open_in_the_window_or_are_refused_in_words(
    window: MainWindow,
    workshop_board: Path,
    tmp_path: Path,
    qtbot: QtBot,
    seed: int,
    no_errors_logged: None,
) -> None:
    rng = random.Random(seed)
    path = tmp_path / f"fuzz-{seed}.pajalauta"
    shutil.copy(workshop_board, path)
    done: list[str] = []
    must_say = False
    while len(done) < rng.randint(1, 4):
        table = rng.choice(sorted(COLUMNS))
        column = rng.choice(COLUMNS[table])
        value = rng.choice(BAD_VALUES)
        try:
            spoil(
                path,
                f'UPDATE "{table}" SET "{column}" = ? WHERE rowid IN '
                f'(SELECT rowid FROM "{table}" ORDER BY random() LIMIT 3)',
                value,
            )
        except sqlite3.IntegrityError:
            continue  # NOT NULL: SQLite itself keeps that one out
        done.append(f"{table}.{column} = {value!r}")
        must_say |= (
            table in PLACED and column in PLACED_COLUMNS and not usable(table, column, value)
        )
    opened = window.open_path(path)
    texts = [box.text() for box in open_alerts(window)]
    if not opened:
        assert texts and path.name in texts[0], done
        return
    assert texts or not must_say, f"repaired without a word: {done}"
    assert window.view is not None
    window.view.zoom_to_fit()
    window.view.viewport().grab()
    window.close_board()
