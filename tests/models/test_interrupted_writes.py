"""Any interrupted write leaves a file that opens: a child process doing Save As or a
migration is killed with SIGKILL at random moments, many times, and every board left behind
opens, whole; the hidden temporaries it left are removed at the next start.

The children are forked (POSIX only), so a run costs the work, not a Python start-up.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from models import temporaries
from models.document import BoardDocument
from models.migrations import LATEST_VERSION
from tests.fixtures.boards import build_v1_board

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills forked children (POSIX)")

RUNS = 16
NOTES = 1500
V1_EXTRA_NOTES = 4000


def forked(job: Callable[[Callable[[], None]], None]) -> tuple[int, int]:
    """Run ``job`` in a forked child (cheap: every module is already imported); the child
    calls its ``ready`` argument once it is under way. Returns (pid, read end of a pipe)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read_end)
        try:
            job(lambda: os.write(write_end, b"1"))
        finally:
            os._exit(0)
    os.close(write_end)
    return pid, read_end


def run_and_kill(job: Callable[[Callable[[], None]], None], delay: float) -> None:
    pid, read_end = forked(job)
    try:
        os.read(read_end, 1)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    finally:
        os.waitpid(pid, 0)
        os.close(read_end)


def copy_loop(board: Path, folder: Path, ready: Callable[[], None]) -> None:
    """Save As, over and over: a copy with the backup API, then open it (which switches it
    to WAL), edit it, close it."""
    doc = BoardDocument.open(board)
    for n in range(1_000_000):
        target = folder / f"kopio-{n % 3}.pajalauta"
        for side in ("-wal", "-shm", "-journal"):
            target.with_name(target.name + side).unlink(missing_ok=True)
        target.unlink(missing_ok=True)
        doc.save_copy(target)
        if n == 0:
            ready()
        copy = BoardDocument.open(target)
        copy.notes.add([{"text": f"kopio {n}"}])
        copy.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_save_as_killed_at_random_moments_leaves_copies_that_open(tmp_path: Path) -> None:
    board = tmp_path / "alku.pajalauta"
    doc = BoardDocument.create(board, title="Kopioitava")
    doc.notes.add([{"text": f"lappu {i} " * 8, "x": float(i), "y": 0.0} for i in range(NOTES)])
    doc.close()
    rng = random.Random(11)
    opened = 0
    for run in range(RUNS):
        folder = tmp_path / f"ajo-{run}"
        folder.mkdir()
        run_and_kill(lambda ready, f=folder: copy_loop(board, f, ready), rng.uniform(0.0, 0.5))
        for copy in sorted(folder.glob("kopio-*.pajalauta")):
            again = BoardDocument.open(copy)  # a hot journal is rolled back, not refused
            try:
                assert again.notes.count() in (NOTES, NOTES + 1), copy
            finally:
                again.close()
            assert integrity(copy) == "ok"
            opened += 1
    assert opened >= RUNS, "every run left at least one copy"
    original = BoardDocument.open(board)
    assert original.notes.count() == NOTES, "the original is untouched"
    original.close()

    removed = temporaries.remove_stale()  # what the next start does
    left = [p.name for p in tmp_path.rglob(".*.part*")]
    assert left == [], f"hidden temporaries left after the next start: {left}"
    assert all(p.name.startswith((".kopio-", ".vanha-")) for p in removed)


def test_a_migration_killed_at_random_moments_leaves_a_board_that_opens(tmp_path: Path) -> None:
    extra = (
        f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
        f"WHERE i < {V1_EXTRA_NOTES}) INSERT INTO notes (text, colour, x, y, width, "
        "height, z, author, created_at, updated_at) SELECT 'vanha ' || i, '#FFF59D', i, "
        "0, 200, 150, i, '', '2025-01-01', '2025-01-01' FROM n;"
    )
    rng = random.Random(7)
    for run in range(RUNS):
        board = build_v1_board(tmp_path / f"vanha-{run}.pajalauta", extra, wal=run % 2 == 0)
        with closing(sqlite3.connect(board)) as conn:
            before = conn.execute("SELECT count(*) FROM notes").fetchone()[0]

        def migrate(ready: Callable[[], None], path: Path = board) -> None:
            ready()
            BoardDocument.open(path).close()

        run_and_kill(migrate, rng.uniform(0.0, 0.25))
        doc = BoardDocument.open(board)  # migrates now if the kill came first
        try:
            assert doc.notes.count() == before
            with doc.read() as conn:
                assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
        finally:
            doc.close()
        assert integrity(board) == "ok"


def test_an_export_killed_half_way_leaves_only_a_listed_temporary(tmp_path: Path) -> None:
    from exports.atomic import replacing

    target = tmp_path / "moniste.pdf"
    target.write_bytes(b"%PDF old")

    def export(ready: Callable[[], None]) -> None:
        with replacing(target) as part:
            part.write_bytes(b"%PDF half")
            ready()
            time.sleep(60)

    run_and_kill(export, 0.05)
    assert target.read_bytes() == b"%PDF old", "the old export is untouched"
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert len(left) == 1, "the killed export left its hidden temporary"
    assert set(left) <= set(temporaries.remove_stale())
    assert [p.name for p in tmp_path.iterdir()] == ["moniste.pdf"]
