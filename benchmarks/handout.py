"""Handout benchmark: the PDF handout of a board beside its floor, measured in the same process.

``python -m benchmarks.handout [--sizes 1000,5000,20000] [--shapes workshop,grid] [--runs 3]``
prints JSON. The boards are the ones ``python -m benchmarks`` measures: ``workshop`` (starter
templates repeated with notes in their cells, an experiment wall, idea lists with a finished
vote, six groups; :mod:`benchmarks.workshopgen`) and ``grid`` (loose notes;
:mod:`benchmarks.boardgen`); ``demo`` is the Juva demo's four templates filled up to the size.

Each board is exported in a fresh process. The floor is ReportLab's textbook way of printing
the same texts, one plain ``Paragraph`` per text in a ``SimpleDocTemplate`` with the same font
(:func:`textbook_ms`); the texts are every note's words and every filled field of every
experiment card (:func:`handout_texts`), which the handout prints too, written to a file as
the handout is. The handout prints much more than these texts (each note also on its frame's
picture, each card's words in the index and the register too, cell and card labels, cover,
contents, headers): ``handout_words`` and ``floor_words`` count the words each PDF holds
(read back from it, not timed). A second floor, ``words_floor``, prints what the handout
prints: the words read back from the handout's own PDF, in their order, cut into plain
paragraphs as long as the board's texts are on average (:func:`words_floor_texts`); beside it
the handout's cost per printed word is seen apart from how much it prints. Floor and handout runs
alternate, so both see the same load, each after a full collection so neither pays for the
other's garbage; "cold" is the first handout of the process (fonts loaded and parsed), the
medians are over the runs. Wall-clock and CPU milliseconds are both given: on a shared machine
CPU time is the steadier.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.boardgen import SEED, build_board  # noqa: E402
from benchmarks.texts import note_text  # noqa: E402
from benchmarks.timing import load_average  # noqa: E402
from benchmarks.workshopgen import build_workshop_board  # noqa: E402
from models.document import BoardDocument  # noqa: E402
from models.experiment import EXPERIMENT_KIND  # noqa: E402
from models.records import NotePatch  # noqa: E402
from models.snapshot import BoardSnapshot  # noqa: E402

TARGETS_MS = {1000: 1000.0, 5000: 4000.0}
FLOOR_FACTOR = 2.0
SHAPES = ("workshop", "grid", "demo")


def build_demo_board(path: Path, count: int) -> None:
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
        patches: list[NotePatch] = []
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


def handout_texts(snapshot: BoardSnapshot) -> list[str]:
    """The words the handout prints: each note's text; an experiment card's text is empty and
    its words are in its fields (owner, problem, what is tried, …), each one a text here."""
    texts: list[str] = []
    for note in snapshot.notes:
        if note.kind == EXPERIMENT_KIND:
            texts += [str(value) for value in note.fields.values() if str(value).strip()]
        else:
            texts.append(note.text)
    return texts


def printed_words(pdf: Path) -> int:
    """How many words the pages of ``pdf`` hold."""
    return len(words_of(pdf))


def words_of(pdf: Path) -> list[str]:
    """The words the pages of ``pdf`` hold, in page order."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    document = pdfium.PdfDocument(str(pdf))
    try:
        words: list[str] = []
        for page in document:
            textpage = page.get_textpage()
            words += textpage.get_text_range().split()
            textpage.close()
            page.close()
    finally:
        document.close()
    return words


def words_floor_texts(words: list[str], texts: list[str]) -> list[str]:
    """``words`` cut into paragraphs of the board texts' mean length in words."""
    mean = sum(len(text.split()) for text in texts) / max(1, len(texts))
    step = max(1, round(mean))
    return [" ".join(words[start : start + step]) for start in range(0, len(words), step)]


def textbook_ms(texts: list[str]) -> float:
    """The floor: one plain Paragraph per text in a SimpleDocTemplate, in milliseconds."""
    return _textbook(texts)[0]


def _textbook(texts: list[str], target: Path | None = None) -> tuple[float, float]:
    """(wall ms, CPU ms) of the floor, written to ``target`` (a plain ReportLab document
    writes its file and no more: no temporary file, no flush to the disk), else to memory."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

    from exports.typefaces import register

    style = ParagraphStyle("plain", fontName=register()[0], fontSize=9.5, leading=12.5)

    def build() -> None:
        story: list[Flowable] = [
            Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style) for text in texts
        ]
        SimpleDocTemplate(str(target) if target is not None else io.BytesIO()).build(story)

    return _clocked(build)


def _clocked(action: Callable[[], object]) -> tuple[float, float]:
    """(wall ms, CPU ms) of one call, started after a full collection (not timed)."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def child(board: Path, runs: int) -> dict[str, Any]:
    """Runs in a fresh process: snapshot, then floor and handout in turn ``runs`` times."""
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
    texts = handout_texts(snapshot)
    pages: list[int] = []
    ours: list[tuple[float, float]] = []
    floor: list[tuple[float, float]] = []
    words_floor: list[tuple[float, float]] = []
    floor_out = board.with_name(board.stem + "-floor.pdf")
    words_out = board.with_name(board.stem + "-words-floor.pdf")
    printed: list[str] = []
    for _ in range(max(1, runs)):
        ours.append(_clocked(lambda: pages.append(write_handout(snapshot, out).pages)))
        printed = printed or words_floor_texts(words_of(out), texts)
        floor.append(_textbook(texts, floor_out))
        words_floor.append(_textbook(printed, words_out))
    warm = ours[1:] or ours
    return {
        "snapshot_ms": round(snapshot_ms, 1),
        "handout_cold_ms": round(ours[0][0], 1),
        "handout_ms": _median([wall for wall, _ in warm]),
        "handout_cpu_ms": _median([cpu for _, cpu in warm]),
        "floor_ms": _median([wall for wall, _ in floor]),
        "floor_cpu_ms": _median([cpu for _, cpu in floor]),
        "words_floor_ms": _median([wall for wall, _ in words_floor]),
        "words_floor_cpu_ms": _median([cpu for _, cpu in words_floor]),
        "handout_words": printed_words(out),
        "floor_words": printed_words(floor_out),
        "words_floor_words": printed_words(words_out),
        "pages": pages[-1],
        "pdf_bytes": out.stat().st_size,
    }


def measure(shape: str, count: int, folder: Path, runs: int) -> dict[str, Any]:
    board = folder / f"{shape}-{count}.pajalauta"
    if not board.exists():
        {"grid": build_board, "workshop": build_workshop_board, "demo": build_demo_board}[shape](
            board, count
        )
    load = load_average()
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.handout", "--child", str(board), "--runs", str(runs)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    figures = json.loads(result.stdout)
    target = TARGETS_MS.get(count)
    ratio = figures["handout_ms"] / max(figures["floor_ms"], 0.1)
    cpu_ratio = figures["handout_cpu_ms"] / max(figures["floor_cpu_ms"], 0.1)
    words_ratio = figures["handout_cpu_ms"] / max(figures["words_floor_cpu_ms"], 0.1)
    return {
        "board": shape,
        "notes": count,
        **figures,
        "ours_over_floor": round(ratio, 2),
        "ours_over_floor_cpu": round(cpu_ratio, 2),
        "ours_over_words_floor_cpu": round(words_ratio, 2),
        "target_ms": target,
        "within_target": (ratio <= FLOOR_FACTOR)
        and (target is None or figures["handout_ms"] <= target),
        "load_average_before": load,
        "load_average_after": load_average(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.handout", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--sizes", default="1000,5000", help="note counts (default 1000,5000)")
    parser.add_argument(
        "--shapes", default="workshop,grid", help=f"board shapes, of {', '.join(SHAPES)}"
    )
    parser.add_argument("--runs", type=int, default=3, help="handout and floor runs (default 3)")
    parser.add_argument("--keep", type=Path, help="build the boards here and reuse them")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child:
        print(json.dumps(child(options.child, options.runs)))
        return
    sizes = [int(size) for size in options.sizes.split(",")]
    shapes = [shape.strip() for shape in options.shapes.split(",") if shape.strip()]
    if set(shapes) - set(SHAPES) or not shapes:
        parser.error(f"bad --shapes (shapes are {', '.join(SHAPES)})")
    with tempfile.TemporaryDirectory() as scratch:
        folder = options.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        rows = [measure(shape, size, folder, options.runs) for size in sizes for shape in shapes]
    print(
        json.dumps(
            {"benchmark": "handout", "python": sys.version.split()[0], "results": rows}, indent=2
        )
    )


if __name__ == "__main__":
    main()
