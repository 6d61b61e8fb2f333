"""What durability costs per edit: ``synchronous=NORMAL`` against ``FULL`` (WAL journal).

Prints JSON: median / p95 / max milliseconds of one committed note edit, as raw SQLite
(``UPDATE`` + ``COMMIT``) and through ``BoardDocument.notes.update`` (the board's own path),
for each setting, on a board file in ``--folder`` (default: a temporary folder; give a folder
on the disk you care about, e.g. a USB stick). Not a pass/fail test: figures only.

    python -m benchmarks.durability --edits 300 --folder /path/on/that/disk
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.timing import ms_since, summary
from models import sqlite_store
from models.document import BoardDocument


def _board(folder: Path, name: str) -> tuple[Path, list[int]]:
    path = folder / name
    path.unlink(missing_ok=True)
    doc = BoardDocument.create(path, title="Kesto")
    ids = doc.notes.add([{"text": f"lappu {i}", "x": float(i), "y": 0.0} for i in range(500)])
    doc.close()
    return path, ids


def raw_edits(path: Path, ids: list[int], edits: int, synchronous: str) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={synchronous}")
        times = []
        for n in range(edits):
            started = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute(
                "UPDATE notes SET text = ? WHERE id = ?", (f"muokattu {n}", ids[n % len(ids)])
            )
            conn.execute("COMMIT")
            times.append(ms_since(started))
        return times
    finally:
        conn.close()


def model_edits(path: Path, ids: list[int], edits: int, synchronous: str) -> list[float]:
    doc = BoardDocument.open(path)
    try:
        sqlite_store.raw_connection(doc._engine).execute(f"PRAGMA synchronous={synchronous}")
        times = []
        for n in range(edits):
            started = time.perf_counter()
            doc.notes.update({ids[n % len(ids)]: {"text": f"muokattu {n}"}})
            times.append(ms_since(started))
        return times
    finally:
        doc.close()


def measure(folder: Path, edits: int) -> dict[str, Any]:
    result: dict[str, Any] = {"folder": str(folder), "edits": edits, "load": os.getloadavg()[0]}
    for synchronous in ("NORMAL", "FULL"):
        path, ids = _board(folder, f"kesto-{synchronous.lower()}.pajalauta")
        result[f"raw_{synchronous.lower()}"] = summary(raw_edits(path, ids, edits, synchronous))
        result[f"model_{synchronous.lower()}"] = summary(model_edits(path, ids, edits, synchronous))
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--folder", type=Path)
    options = parser.parse_args()
    if options.folder is not None:
        print(json.dumps(measure(options.folder, options.edits), indent=2))
        return
    with tempfile.TemporaryDirectory(dir=Path.home()) as folder:
        print(json.dumps(measure(Path(folder), options.edits), indent=2))


if __name__ == "__main__":
    main()
