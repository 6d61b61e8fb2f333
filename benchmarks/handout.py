"""Handout benchmark: PDF handout of 1,000- and 5,000-note boards (targets ≤ 1 s and ≤ 4 s).

Two kinds of board per size: "plain" (the foundation benchmark's grid of notes, no
templates: one big overview and one long list) and "workshop" (the four starter templates of
the Juva demo with the extra notes spread over their cells: tables, ranked lists, cards).
Each board is exported in a fresh process: "cold" is the first export there (fonts loaded and
parsed), "warm" the median of the next runs. The baseline is ReportLab's textbook way — one
plain Paragraph per note in a SimpleDocTemplate with the same font — timed in the same child,
so the handout's cost is seen against the least a PDF of these texts can cost.

Run: ``.venv/bin/python benchmarks/handout.py [--sizes 1000,5000] [--runs 3]``; prints JSON.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.boardgen import SEED, build_board  # noqa: E402
from benchmarks.texts import note_text  # noqa: E402
from models.document import BoardDocument  # noqa: E402

TARGETS_MS = {1000: 1000.0, 5000: 4000.0}


def build_workshop_board(path: Path, count: int) -> None:
    """The Juva demo's four templates, filled up to ``count`` notes across their cells."""
    from models.templates.demo_content import populate_demo

    rng = random.Random(SEED + count)
    doc = BoardDocument.create(path, title=f"Työpaja, {count} lappua", language="fi")
    try:
        doc.update_info(
            {"workshop_date": "6.3.2026", "place": "Juva", "facilitators": "Järvi-Saimaan Palvelut"}
        )
        populate_demo(doc, "fi")
        cells = [zone for frame in doc.frames.all() for zone in doc.frames.grid(frame.id).cells]
        extra = count - doc.notes.count()
        per_cell: dict[int, int] = {}
        patches = []
        for index in range(max(0, extra)):
            zone = cells[index % len(cells)]
            slot = per_cell.get(zone.id, 0) + 10
            per_cell[zone.id] = slot - 9
            columns = max(1, int((zone.width - 20) // 220))
            row, col = divmod(slot, columns)
            patches.append(
                {
                    "text": note_text(rng),
                    "zone_id": zone.id,
                    "x": zone.x + 20 + col * 220,
                    "y": zone.y + 20 + row * 220,
                }
            )
        with doc.write():
            doc.notes.add(patches)
    finally:
        doc.close()


def textbook_ms(texts: list[str]) -> float:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from exports.typefaces import register

    style = ParagraphStyle("plain", fontName=register()[0], fontSize=9.5, leading=12.5)
    started = time.perf_counter()
    story = [Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style) for text in texts]
    SimpleDocTemplate(io.BytesIO()).build(story)
    return (time.perf_counter() - started) * 1000


def child(board: Path, runs: int) -> dict[str, Any]:
    from exports.handout import write_handout
    from models.snapshot import take_snapshot

    doc = BoardDocument.open(board, read_only=True)
    try:
        started = time.perf_counter()
        snapshot = take_snapshot(doc)
        snapshot_ms = (time.perf_counter() - started) * 1000
    finally:
        doc.close()
    out = board.with_suffix(".pdf")
    times, pages = [], 0
    for _ in range(runs + 1):
        started = time.perf_counter()
        result = write_handout(snapshot, out)
        times.append((time.perf_counter() - started) * 1000)
        pages = result.pages
    texts = [note.text for note in snapshot.notes]
    return {
        "snapshot_ms": round(snapshot_ms, 1),
        "handout_cold_ms": round(times[0], 1),
        "handout_warm_median_ms": round(statistics.median(times[1:]), 1),
        "pages": pages,
        "pdf_bytes": out.stat().st_size,
        "baseline_textbook_paragraphs_ms": round(textbook_ms(texts), 1),
    }


def measure(kind: str, count: int, folder: Path, runs: int) -> dict[str, Any]:
    board = folder / f"{kind}-{count}.pajalauta"
    if kind == "plain":
        build_board(board, count)
    else:
        build_workshop_board(board, count)
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(board), "--runs", str(runs)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    figures = json.loads(result.stdout)
    total = figures["snapshot_ms"] + figures["handout_cold_ms"]
    target = TARGETS_MS.get(count)
    return {
        "board": kind,
        "notes": count,
        **figures,
        "snapshot_plus_cold_ms": round(total, 1),
        "target_ms": target,
        "within_target": None if target is None else total <= target,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", type=Path)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(child(options.child, options.runs)))
        return
    sizes = [int(size) for size in options.sizes.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        rows = [
            measure(kind, size, Path(folder), options.runs)
            for size in sizes
            for kind in ("plain", "workshop")
        ]
    print(
        json.dumps(
            {"benchmark": "handout", "python": sys.version.split()[0], "results": rows}, indent=2
        )
    )


if __name__ == "__main__":
    main()
