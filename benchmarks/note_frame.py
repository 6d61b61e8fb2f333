"""One laptop frame of a board that phones have written into, timed with nothing else running.

    .venv/bin/python -m benchmarks.note_frame [--notes 300] [--frames 200] [--zoom Z]
                                              [--board FILE [--frame N]] [--arrive]
                                              [--profile FILE]

Opens the example board in the real main window (offscreen unless QT_QPA_PLATFORM says
otherwise), writes ``--notes`` notes into the cells of its first frame the way phones do
(each at its cell's first free slot, in its group's colour: a full cell stacks them), starts a
per-person vote and places a dot on every third note, shows the frame whole (as
``benchmarks.phones --into frame`` does) or at ``--zoom``, and repaints the laptop's view
``--frames`` times. ``--board FILE`` opens a board file instead (a copy is made), for
example one a ``benchmarks.phones`` run left behind, and shows its frame number ``--frame``.
``--arrive``: before each repaint one more note lands in the frame as a phone's does (a dot
on every third), and the write with the scene's update is timed apart.

Printed as JSON: the paint's CPU time (the GUI thread's) and wall time, median and p95, the
view's scale and how many note items Qt painted per frame. ``--profile FILE`` writes cProfile
statistics of the repaints. Figures, not pass/fail.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.timing import load_average, summary


def write_like_phones(doc: Any, notes: int, seed: int = 7, start: int = 0) -> Any:
    """``notes`` notes into the first non-card frame's cells, as phones write them, and a
    dot on every third; returns that frame. ``start``: notes written before (a later call
    goes on where the last one stopped)."""
    from models.cell_slots import free_slot_in
    from models.errors import LimitError
    from models.experiment import EXPERIMENT_KIND
    from models.frame_types import is_cell
    from models.membership import settle
    from models.note_values import DEFAULT_SIZE
    from models.templates import TEMPLATES

    frame = next(
        f
        for f in doc.frames.all()
        if (t := TEMPLATES.get(f.template_key)) is None or t.card_kind != EXPERIMENT_KIND
    )
    cells = [z for z in doc.frames.zones(frame.id) if is_cell(z)]
    groups = doc.groups.all() or []
    rng = random.Random(seed + start)
    running = doc.votes.running() if start else None
    vote_id = (
        running.id
        if running is not None
        else doc.votes.start("Paras idea", budget=5, budget_per="person")
    )
    written: list[int] = []
    for index in range(start, start + notes):
        zone = rng.choice(cells)
        group = rng.choice(groups) if groups else None
        x, y = free_slot_in(doc, zone, (DEFAULT_SIZE, DEFAULT_SIZE))
        patch = {
            "text": f"Puhelin {index % 60}, lappu {index // 60}",
            "x": x,
            "y": y,
            "colour": group.colour if group is not None else "#FFF59D",
            "group_id": group.id if group is not None else None,
            "author": f"P{index % 60}",
        }
        with doc.write():
            ids = doc.notes.add([patch])
            settle(doc, ids)
        written += ids
        if index % 3 == 2:
            target = rng.choice(written)
            group_id = group.id if group is not None else None
            with contextlib.suppress(LimitError):  # that phone's 5 dots are placed
                doc.votes.place_dot(vote_id, target, group_id, f"P{index % 60}")
    return frame


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.note_frame")
    parser.add_argument("--notes", type=int, default=300)
    parser.add_argument("--frames", type=int, default=200)
    parser.add_argument("--zoom", type=float, help="the view's scale (default: the frame whole)")
    parser.add_argument("--board", type=Path, help="open this board (a copy) instead")
    parser.add_argument("--frame", type=int, default=0, help="which frame of --board to show")
    parser.add_argument(
        "--arrive",
        action="store_true",
        help="a phone's note lands in the frame before every repaint (its write and the "
        "scene's update timed apart)",
    )
    parser.add_argument("--profile", type=Path, help="write cProfile stats of the repaints")
    parser.add_argument("--shot", type=Path, help="save the window here after the frames")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QRectF, QSettings
    from PySide6.QtWidgets import QApplication

    from canvas import note_cover
    from ui.app import make_application
    from ui.i18n import install_language

    work = Path(tempfile.mkdtemp(prefix="pajalauta-note-frame-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = make_application()
    install_language("fi")
    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    if args.board is not None:
        copy = work / args.board.name
        shutil.copyfile(args.board, copy)
        assert window.open_path(copy)
    else:
        assert window.files.open_demo(folder=work)
    doc, view = window.document, window.view
    assert doc is not None and view is not None
    if args.board is None:
        frame = write_like_phones(doc, max(0, args.notes))
    else:
        frames = doc.frames.all()
        frame = frames[min(max(args.frame, 0), len(frames) - 1)]
    for _ in range(20):
        app.processEvents()
    view.zoom_to_rect(QRectF(frame.x, frame.y, frame.width, frame.height))
    if args.zoom is not None:
        centre = view.mapToScene(view.viewport().rect().center())
        view.resetTransform()
        view.scale(args.zoom, args.zoom)
        view.centerOn(centre)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.005)

    asked: list[bool] = []
    original = note_cover.covered

    def counting(item: Any) -> bool:
        asked.append(original(item))
        return asked[-1]

    view.viewport().repaint()  # layouts made, sprites drawn: the steady state is timed
    note_cover.covered = counting
    view.viewport().repaint()
    note_cover.covered = original
    profile = None
    if args.profile is not None:
        import cProfile

        profile = cProfile.Profile(time.thread_time)
        profile.enable()
    wall: list[float] = []
    cpu: list[float] = []
    arrivals: list[float] = []
    load_before = load_average()
    for index in range(max(1, args.frames)):
        if args.arrive:
            started_cpu = time.thread_time()
            write_like_phones(doc, 1, start=max(0, args.notes) + index)
            arrivals.append((time.thread_time() - started_cpu) * 1000)
        started, started_cpu = time.perf_counter(), time.thread_time()
        view.viewport().repaint()
        cpu.append((time.thread_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
        app.processEvents()
    if profile is not None:
        profile.disable()
        profile.dump_stats(str(args.profile))
    if args.shot is not None:
        window.grab().save(str(args.shot))
    report = {
        "benchmark": "note_frame",
        "board": str(args.board) if args.board is not None else f"demo + {args.notes} notes",
        "notes_on_board": doc.notes.count(),
        "view_scale": round(view.scale_factor(), 3),
        "notes_asked_to_paint_per_frame": len(asked),
        "notes_covered_per_frame": sum(asked),
        "frames": len(cpu),
        "load_average_before": load_before,
        "load_average_after": load_average(),
        "frame_cpu_ms": summary(cpu),
        "frame_wall_ms": summary(wall),
        "arrival_cpu_ms": summary(arrivals),
    }
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    window.close_board()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
