"""The laptop's frame of a frame shown whole after phones wrote into it, with notes kept as
pixels (:mod:`canvas.note_cache`) and without, in one process.

    .venv/bin/python -m benchmarks.note_cache_frames [--notes 270] [--frames 30] [--rounds 3]

The example board opens in the real window (offscreen unless QT_QPA_PLATFORM says otherwise)
and its first frame is opened to phones; ``--notes`` phone notes are written into its cells
through the phones' own model operations (sixty sessions in the groups, a dot on every third
turn), the same content every run, and the frame is shown whole as in
``python -m benchmarks.phones --into frame``. Then rounds of ``--frames`` whole-view repaints
are timed with the cache on and with it off, one after the other (the machine's other work
weighs on both alike), and frames at a new zoom (each a step of 2 % in or out). Figures are
the GUI thread's CPU time and wall time per frame (ms); printed as JSON, not pass/fail.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.timing import load_average, summary


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.note_cache_frames")
    parser.add_argument("--notes", type=int, default=270, help="phone notes (default 270)")
    parser.add_argument("--frames", type=int, default=30, help="frames per round (default 30)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds on and off (default 3)")
    return parser.parse_args(argv)


def write_notes(app: Any, window: Any, count: int) -> Any:
    """``count`` phone notes into the first frame's cells; returns that frame."""
    from models import phone_ops
    from models.frame_types import is_cell
    from models.phone_room import PhoneRefused
    from models.phone_view import group_colours

    doc, control = window.document, window.phones
    assert control.open("127.0.0.1", 0)
    room = control.room
    shown = doc.frames.all()[0]
    room.set_open(shown.id, True)
    cells = [zone.id for zone in doc.frames.zones(shown.id) if is_cell(zone)]
    doc.votes.start("Paras idea", budget=5, budget_per="person")
    groups = list(group_colours(doc, room))
    rng = random.Random(1)
    sessions = [
        phone_ops.join(doc, room, None, {"group_id": groups[index % len(groups)]})[0]
        for index in range(60)
    ]
    ids: list[int] = []
    for turn in range(count):
        session = sessions[turn % 60]
        text = f"Puhelin {turn % 60}, lappu {turn // 60}"
        change = phone_ops.add_note(
            doc, room, session, {"zone_id": rng.choice(cells), "text": text}
        )
        ids += change.note_ids
        if turn % 3 == 2:
            with contextlib.suppress(PhoneRefused):  # the phone's dots are spent
                phone_ops.place_dot(doc, room, session, {"note_id": rng.choice(ids)})
        app.processEvents()
    return shown


def timed(view: Any, frames: int, zoom: bool = False) -> tuple[list[float], list[float]]:
    cpu: list[float] = []
    wall: list[float] = []
    for step in range(frames):
        if zoom:
            factor = 1.02 if step % 2 == 0 else 1 / 1.02
            view.scale(factor, factor)
        started, started_cpu = time.perf_counter(), time.thread_time()
        view.viewport().repaint()
        cpu.append((time.thread_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    return cpu, wall


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    from PySide6.QtCore import QRectF, QSettings

    from canvas import note_cache
    from ui.app import make_application
    from ui.i18n import install_language

    work = Path(tempfile.mkdtemp(prefix="pajalauta-note-cache-bench-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = make_application()
    install_language("fi")
    from ui.main_window import MainWindow

    window: Any = MainWindow()
    window.resize(1600, 1000)
    window.show()
    assert window.files.open_demo(folder=work)
    view, scene = window.view, window.scene
    shown = write_notes(app, window, max(0, args.notes))
    for _ in range(5):
        app.processEvents()
    view.zoom_to_rect(QRectF(shown.x, shown.y, shown.width, shown.height))
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    scene.finish_layouts()
    visible = sum(1 for item in view.items(view.viewport().rect()) if hasattr(item, "note"))
    found: dict[str, list[float]] = {}
    load_before = load_average()
    for _ in range(max(1, args.rounds)):
        for name, on in (("on", True), ("off", False)):
            note_cache.ENABLED = on
            timed(view, 8)  # the state settles: notes kept (on) or let go (off)
            cpu, wall = timed(view, args.frames)
            found.setdefault(f"steady_cpu_{name}", []).extend(cpu)
            found.setdefault(f"steady_wall_{name}", []).extend(wall)
            cpu, wall = timed(view, 10, zoom=True)
            found.setdefault(f"new_zoom_cpu_{name}", []).extend(cpu)
    note_cache.ENABLED = True
    timed(view, 8)
    report = {
        "benchmark": "note_cache_frames",
        "phone_notes": args.notes,
        "notes_in_view": visible,
        "view_scale": round(view.scale_factor(), 3),
        "notes_kept_as_pixels": note_cache.cached_count(scene),
        "load_average_before": load_before,
        "load_average_after": load_average(),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        **{key: summary(values) for key, values in found.items()},
    }
    window.phones.stop()
    window.close_board()
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
