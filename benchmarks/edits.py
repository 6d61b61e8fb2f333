"""Baseline (c): what one committed edit costs without Pajalauta, and with the model alone.

``raw`` is one ``UPDATE`` + ``COMMIT`` through the standard ``sqlite3`` module on a copy of the
same board with the board's own pragmas (:mod:`models.sqlite_store`: WAL journal, exclusive
lock, ``synchronous=FULL``, so each commit waits for the disk): the floor for a
saved-as-you-type edit. ``raw_normal`` is the same with ``synchronous=NORMAL`` (no wait for
the disk per commit; what the board chose before a commit had to survive a power cut), to
show what of an edit is the disk's. ``model`` is ``doc.notes.update`` with no scene
listening, so together with the canvas figure (scene attached) the cost splits into SQLite,
model and canvas. Each also has its ``*_cpu`` twin: this process's CPU time per edit, which
the disk's waits and a shared machine's other work leave out.
"""

from __future__ import annotations

import gc
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.texts import note_text
from benchmarks.timing import edit_summary, ms_since, peak_rss_mb
from models.document import BoardDocument

EDIT_SEED = 7


def blank() -> dict[str, Any]:
    return {
        "available": False,
        "reason": None,
        "raw_edit": edit_summary([]),
        "raw_edit_cpu": edit_summary([]),
        "raw_normal_edit": edit_summary([]),
        "model_edit": edit_summary([]),
        "model_edit_cpu": edit_summary([]),
        "peak_rss_mb": None,
    }


def edit_texts(count: int) -> list[str]:
    """Texts every variant writes, so the bytes per commit are alike; numbered so no edit is
    a no-op."""
    rng = random.Random(EDIT_SEED)
    return [f"{note_text(rng)} ({index})" for index in range(count)]


class Times(list[float]):
    """Wall-clock milliseconds of each edit, with the CPU milliseconds beside them."""

    cpu: list[float]

    def __init__(self) -> None:
        super().__init__()
        self.cpu = []


def time_edits(
    ids: list[int],
    texts: list[str],
    edit: Callable[[int, str], object],
    between: Callable[[], object] | None = None,
) -> Times:
    """Edit a random note per text; ``between`` runs untimed after each edit."""
    rng = random.Random(EDIT_SEED)
    times = Times()
    for text in texts:
        note_id = rng.choice(ids)
        started, cpu = time.perf_counter(), time.process_time()
        edit(note_id, text)
        times.append(ms_since(started))
        times.cpu.append((time.process_time() - cpu) * 1000)
        if between is not None:
            between()
    return times


def _raw_copy(board: Path, name: str = "raw") -> Path:
    """A copy of the board to edit (SQLite's backup API): the board stays as it was built for
    the variants measured after this one."""
    target = board.with_name(f"{board.stem}-{name}.sqlite")
    target.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{board}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def raw_edits(board: Path, texts: list[str], synchronous: str = "FULL") -> Times:
    path = _raw_copy(board)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute(f"PRAGMA synchronous={synchronous}")
        ids = [row[0] for row in conn.execute("SELECT id FROM notes")]

        def edit(note_id: int, text: str) -> None:
            conn.execute("BEGIN")
            conn.execute(
                "UPDATE notes SET text = ?, updated_at = ? WHERE id = ?",
                (text, "2024-03-06T09:00:00+02:00", note_id),
            )
            conn.execute("COMMIT")

        return time_edits(ids, texts, edit)
    finally:
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def model_edits(board: Path, texts: list[str]) -> Times:
    """The board opened and read whole, as the window does, and its objects then put out of
    the cycle collector's sight as the window does once a board has settled
    (:mod:`ui.board_heap`): a full collection would otherwise walk every note of the board
    in the middle of some edit."""
    path = _raw_copy(board, "model")
    doc = BoardDocument.open(path)
    try:
        notes = doc.notes.all()
        ids = [note.id for note in notes]
        gc.collect()
        gc.freeze()
        try:
            return time_edits(ids, texts, lambda nid, text: doc.notes.update({nid: {"text": text}}))
        finally:
            gc.unfreeze()
            del notes
    finally:
        doc.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def run(board: dict[str, Any], edits: int) -> dict[str, Any]:
    result = blank()
    texts = edit_texts(edits)
    path = Path(board["path"])
    raw = raw_edits(path, texts)
    result["raw_edit"], result["raw_edit_cpu"] = edit_summary(raw), edit_summary(raw.cpu)
    result["raw_normal_edit"] = edit_summary(raw_edits(path, texts, "NORMAL"))
    model = model_edits(path, texts)
    result["model_edit"], result["model_edit_cpu"] = edit_summary(model), edit_summary(model.cpu)
    result["peak_rss_mb"] = peak_rss_mb()
    result["available"] = True
    return result
