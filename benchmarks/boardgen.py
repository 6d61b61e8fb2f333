"""Build a real board file of N notes, the way the app would have saved it.

The board goes through the model (``BoardDocument.create`` + ``doc.notes.add``) rather than raw
SQL, so it has exactly the schema, pragmas and z order a user's board has. All notes are added
in one ``doc.write()``: one transaction, like a large paste.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.texts import note_text
from models.document import BoardDocument
from models.palette import PALETTE
from models.records import NotePatch

NOTE_WIDTH = 200.0
NOTE_HEIGHT = 200.0
TALL_NOTE_HEIGHT = 260.0
"""Long texts get a taller note, as the canvas offers to grow a note whose text does not fit."""
GAP = 40.0
BLOCK = 10
"""Every BLOCK columns and rows a wider aisle, like the zones of a template."""
AISLE = 160.0
SEED = 20240306


@dataclass(frozen=True)
class BoardSpec:
    """What the parent tells each child about the board it measures."""

    path: str
    notes: int
    left: float
    top: float
    right: float
    bottom: float
    generate_ms: float
    file_bytes: int

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def layout(count: int, seed: int = SEED) -> list[NotePatch]:
    """Notes in a roughly 16:9 grid with gaps, texts and palette colours varied but repeatable."""
    rng = random.Random(seed + count)
    cell_w = NOTE_WIDTH + GAP
    cell_h = TALL_NOTE_HEIGHT + GAP
    columns = max(1, math.ceil(math.sqrt(count * (16 / 9) * (cell_h / cell_w))))
    colours = list(PALETTE.values())
    patches: list[NotePatch] = []
    for index in range(count):
        row, col = divmod(index, columns)
        text = note_text(rng)
        height = TALL_NOTE_HEIGHT if len(text) > 100 else NOTE_HEIGHT
        patches.append(
            NotePatch(
                text=text,
                colour=rng.choice(colours),
                x=col * cell_w + (col // BLOCK) * AISLE,
                y=row * cell_h + (row // BLOCK) * AISLE,
                width=NOTE_WIDTH,
                height=height,
            )
        )
    return patches


def build_board(path: Path, count: int) -> BoardSpec:
    """Write a board of ``count`` notes to ``path`` (which must not exist) and close it."""
    patches = layout(count)
    started = time.perf_counter()
    doc = BoardDocument.create(path, title=f"Benchmark, {count} notes")
    try:
        with doc.write():
            doc.notes.add(patches)
    finally:
        doc.close()
    elapsed = (time.perf_counter() - started) * 1000
    left = min(p["x"] for p in patches)
    top = min(p["y"] for p in patches)
    right = max(p["x"] + p["width"] for p in patches)
    bottom = max(p["y"] + p["height"] for p in patches)
    return BoardSpec(
        str(path), count, left, top, right, bottom, round(elapsed, 1), path.stat().st_size
    )
