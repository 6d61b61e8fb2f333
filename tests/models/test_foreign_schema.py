"""A board file is data only: a file carrying triggers, views or tables that Pajalauta did
not make is refused, in the window and on the command line, and is left byte-identical; no
trigger in it ever runs.

Each hostile board is a real board changed afterwards with the plain ``sqlite3`` module, the
way anyone could change a board before sending it on.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models.document import BoardDocument
from models.errors import ForeignSchemaError
from tests.models.test_bad_files import assert_refused

ROOT = Path(__file__).resolve().parents[2]

HOSTILE = {
    "trigger-on-update": """CREATE TRIGGER muuta AFTER UPDATE OF text ON notes BEGIN
        UPDATE notes SET text = new.text || ' [muutettu]' WHERE id = new.id; END""",
    "trigger-on-insert": """CREATE TRIGGER laske AFTER INSERT ON groups BEGIN
        INSERT INTO notes (text) VALUES ('trigger fired'); END""",
    "view": "CREATE VIEW kaikki AS SELECT text FROM notes",
    "unknown-table": "CREATE TABLE vakoilu (text TEXT)",
    "unknown-index": "CREATE INDEX evil_idx ON notes (text)",
}


def board_with(path: Path, sql: str) -> Path:
    doc = BoardDocument.create(path, title="Vieras")
    doc.notes.add([{"text": "lappu", "x": 0.0, "y": 0.0}])
    doc.close()
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    return path


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_board_with_objects_we_did_not_make_is_refused_untouched(
    tmp_path: Path, kind: str
) -> None:
    path = board_with(tmp_path / f"{kind}.pajalauta", HOSTILE[kind])
    error = assert_refused(path, ForeignSchemaError)
    assert "Pajalauta did not make" in error.message
    name = HOSTILE[kind].split()[2] if kind != "unknown-index" else "evil_idx"
    assert name in error.message, "the message names what was found"


def test_our_own_kind_of_index_is_accepted(tmp_path: Path) -> None:
    """Indexes named ix_* on our tables are what migrations add; they cannot run code."""
    path = board_with(tmp_path / "ix.pajalauta", "CREATE INDEX ix_notes_author ON notes (author)")
    BoardDocument.open(path).close()


def test_the_command_line_refuses_it(tmp_path: Path) -> None:
    path = board_with(tmp_path / "ansa.pajalauta", HOSTILE["trigger-on-update"])
    before = path.read_bytes()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            str(path),
            "--csv",
            str(tmp_path / "n.csv"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode != 0
    assert "muuta" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not (tmp_path / "n.csv").exists()
    assert path.read_bytes() == before
