"""60 phones write and vote against the real phone server on 127.0.0.1 while the laptop paints.

    .venv/bin/python -m benchmarks.phones [--phones 60] [--seconds 60] [--think S]
                                          [--into all|frame] [--frame-every S] [--nice N]
                                          [--out FILE] [--profile FILE] [--shot FILE]

The laptop window (offscreen unless QT_QPA_PLATFORM says otherwise) opens the example board,
opens it to phones on 127.0.0.1 only, and starts a per-person vote. Simulated phones
(:mod:`benchmarks.phone_clients`: aiohttp clients in a process of their own, ``--nice N``
steps below the laptop's priority, since phones are other devices) join a group, then write
a note into an open cell about once a second (``--think S``: about every S seconds; people
typing on phones take ten or more), place a dot every third turn and poll the page state
every four seconds, until the time is up. Meanwhile the laptop's real frames are timed
(:mod:`benchmarks.phone_frames`): every paint Qt makes of the laptop's view, from the paint
event to the painted viewport (the arrivals' paints cover the region around each new note),
and every ``--frame-every`` seconds the whole view is asked for (``update()``, as a pan step
or a newly shown stop does) and timed from that request to its end too. First for a few idle
seconds (the baseline of the same run), then while the phones write, then idle again (the
grown board without phones: board size apart from contention).

``--into all`` (the default) opens every frame but the experiment cards' to phones and shows
the whole board; ``--into frame`` opens only the board's first frame and shows it whole on
the laptop, as in a workshop: the facilitator opens the frame on the projector for writing
(the default) and watches its handful of cells fill, so they fill much faster.

Printed as JSON: acknowledged writes per second; a phone's note from send to in the laptop's
scene and to painted on its view (p50/p95/max), and from in the scene to painted; the phones'
answer times; the laptop's frames idle, while phones write and after, all of them and the
whole-view ones apart, in wall time and in the GUI thread's CPU time (which other work on the
machine does not inflate); the CPU time of each turn of phone work on the GUI thread (its
writes, commit, scene update and undo steps); the CPU seconds of the GUI thread, the server's
thread and the phones' process while the phones wrote (the phones' share is what a real room
does not cost the laptop); every refusal by reason; whether every acknowledged note is in the
file and was painted; and ``PRAGMA integrity_check``. Figures, not pass/fail. ``--profile
FILE`` writes cProfile statistics (CPU time) of the GUI thread and of the server's thread.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.phone_clients import THINK_S, Results, run_phones
from benchmarks.phone_frames import PaintClock, queued_ms
from benchmarks.phone_profile import profilers, stop_server_profile
from benchmarks.timing import load_average, summary

HOST = "127.0.0.1"
"""The only address this benchmark serves or sends to."""
IDLE_SECONDS = 5.0
FRAME_EVERY_S = 0.25
PHONES_NICE = 10


def shot(app: Any, window: Any, zone: Any, path: Path) -> None:
    """The real window at the end of the run, its view on the first open cell."""
    from PySide6.QtCore import QRectF

    window.view.zoom_to_rect(QRectF(zone.x, zone.y, zone.width, zone.height))
    for _ in range(50):
        app.processEvents()
        time.sleep(0.01)
    window.grab().save(str(path))


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.phones")
    parser.add_argument("--phones", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--shot", type=Path, help="save the window, shown on the first cell, here")
    parser.add_argument(
        "--into",
        choices=("all", "frame"),
        default="all",
        help="open every frame to phones (default) or only the first one, shown on the laptop",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        help="write cProfile stats (CPU time) of the GUI thread and of the server's thread "
        "while the phones write to FILE.gui and FILE.server, and of the frames after to "
        "FILE.after",
    )
    parser.add_argument(
        "--frame-every",
        type=float,
        default=FRAME_EVERY_S,
        help="seconds between asking for a frame of the whole laptop view (default 0.25; "
        "0: only the frames the phones' notes cause)",
    )
    parser.add_argument(
        "--think",
        type=float,
        default=None,
        help="mean seconds a phone waits between its writes (default about 1: a stress test; "
        "people typing notes on phones take 10 or more)",
    )
    parser.add_argument(
        "--nice",
        type=int,
        default=PHONES_NICE,
        help="run the simulated phones this many steps below the laptop's priority "
        f"(default {PHONES_NICE}; 0: the same)",
    )
    return parser.parse_args(argv)


def thread_cpu(thread: threading.Thread | None) -> Callable[[], float]:
    """A reader of another thread's CPU seconds (0 where the platform cannot tell)."""
    try:
        assert thread is not None and thread.ident is not None
        clock = time.pthread_getcpuclockid(thread.ident)
    except (AssertionError, AttributeError, OSError):
        return lambda: 0.0
    return lambda: time.clock_gettime(clock)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    think = THINK_S if args.think is None else (0.6 * args.think, 1.4 * args.think)
    phones, seconds = max(1, min(args.phones, 200)), max(1.0, min(args.seconds, 300.0))
    frame_every = max(0.02, args.frame_every) if args.frame_every > 0 else math.inf

    from PySide6.QtCore import QRectF, QSettings
    from PySide6.QtWidgets import QApplication

    from models.experiment import EXPERIMENT_KIND
    from models.frame_types import is_cell
    from models.templates import TEMPLATES
    from ui.app import make_application
    from ui.i18n import install_language

    work = Path(tempfile.mkdtemp(prefix="pajalauta-phones-bench-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = make_application()
    install_language("fi")
    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    assert window.files.open_demo(folder=work)
    doc, view = window.document, window.view
    assert doc is not None and view is not None
    control = window.phones  # type: ignore[attr-defined]
    assert control.open(HOST, 0)
    cells: list[int] = []
    shown: Any = None
    for frame in doc.frames.all():
        template = TEMPLATES.get(frame.template_key)
        if template is not None and template.card_kind == EXPERIMENT_KIND:
            continue
        if args.into == "frame" and shown is not None:
            break
        shown = frame
        control.room.set_open(frame.id, True)
        cells += [z.id for z in doc.frames.zones(frame.id) if is_cell(z)]
    doc.votes.start("Paras idea", budget=5, budget_per="person")
    notes_before = doc.notes.count()
    clock = PaintClock(view)

    def arrived(changes: Sequence[Any]) -> None:
        for change in changes:
            if change.entity == "note" and window.scene is not None:
                for note_id in change.added:
                    item = window.scene.item_for(note_id)
                    if item is not None:
                        clock.arrived(note_id, item.sceneBoundingRect())

    doc.subscribe(arrived)
    if args.into == "frame":
        for _ in range(5):
            app.processEvents()  # the window laid out before the view is fitted
        view.zoom_to_rect(QRectF(shown.x, shown.y, shown.width, shown.height))
    else:
        view.zoom_to_fit()  # before the window's layout: the first frame's cells at about half
    view_scale = round(view.scale_factor(), 3)
    clock.install()

    chunks: dict[str, list[float]] = {"idle": [], "busy": [], "after": []}

    def run_loop(duration: float, phase: str, done: Callable[[], bool] | None = None) -> None:
        """The laptop's event loop; the whole view asked for every ``frame_every`` s."""
        clock.phase = phase
        end = time.perf_counter() + duration
        next_frame = time.perf_counter()
        while (not done()) if done is not None else time.perf_counter() < end:
            if time.perf_counter() >= next_frame:
                clock.ask_whole_view()
                next_frame = time.perf_counter() + frame_every
            before = time.thread_time()
            app.processEvents()
            chunks[phase].append((time.thread_time() - before) * 1000)
            time.sleep(0.001)

    run_loop(IDLE_SECONDS, "idle")
    load_before = load_average()
    receive, send = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.get_context("spawn").Process(
        target=run_phones,
        args=(
            phones,
            control.server.url(with_token=False),
            control.room.token,
            cells,
            seconds,
            send,
            think,
            max(0, args.nice),
        ),
        daemon=True,
    )
    turns: list[float] = []
    turn_walls: list[float] = []
    control.gate.turn_times, control.gate.turn_walls = turns, turn_walls
    server_cpu = thread_cpu(control.server._thread)
    gui_profile = server_profile = None
    if args.profile is not None:
        gui_profile, server_profile = profilers(control.server)
    started, started_cpu = time.perf_counter(), time.thread_time()
    server_started, laptop_started = server_cpu(), time.process_time()
    queued_started = queued_ms()
    process.start()
    send.close()
    run_loop(0, "busy", done=lambda: receive.poll() or not process.is_alive())
    elapsed = time.perf_counter() - started
    gui_cpu_s = time.thread_time() - started_cpu
    gui_queued_s = (queued_ms() - queued_started) / 1000
    server_cpu_s = server_cpu() - server_started
    laptop_cpu_s = time.process_time() - laptop_started
    if gui_profile is not None and server_profile is not None:
        gui_profile.disable()
        gui_profile.dump_stats(f"{args.profile}.gui")
        stop_server_profile(control.server, server_profile, f"{args.profile}.server")
    got = receive.recv() if receive.poll(5) else {}
    process.join(10)
    results = Results.from_dict(got)
    clock.phase = "busy"
    for _ in range(20):
        app.processEvents()  # the last arrivals painted
    after_profile = None
    if args.profile is not None:
        import cProfile

        after_profile = cProfile.Profile(time.thread_time)
        after_profile.enable()
    # The same notes, no phones: board size apart from contention.
    run_loop(IDLE_SECONDS, "after")
    if after_profile is not None:
        after_profile.disable()
        after_profile.dump_stats(f"{args.profile}.after")
    clock.close()
    acked = results.acked_notes
    sent = results.sent_at
    in_scene_ms = [(clock.in_scene_at[i] - sent[i]) * 1000 for i in acked if i in clock.in_scene_at]
    painted_ms = [(clock.painted_at[i] - sent[i]) * 1000 for i in acked if i in clock.painted_at]
    if args.shot is not None:
        shot(app, window, doc.frames.zone(cells[0]), args.shot)
    control.stop()
    path = doc.path
    window.close_board()
    conn = sqlite3.connect(path)
    stored = {row[0] for row in conn.execute("SELECT id FROM notes")}
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    writes = len(acked) + results.acked_dots

    def frames(phase: str, full: bool | None = None, cpu: bool = False) -> dict[str, Any]:
        return summary(clock.frames(phase, full)[1 if cpu else 0])

    report = {
        "benchmark": "phones",
        "host": HOST,
        "phones": phones,
        "phones_nice": results.nice,
        "frame_every_s": frame_every if math.isfinite(frame_every) else None,
        "phone_think_s": think,
        "into": args.into,
        "open_cells": len(cells),
        "laptop_view_scale": view_scale,
        "seconds_asked": seconds,
        "seconds_run": round(elapsed, 2),
        "load_average_before": load_before,
        "load_average_after": load_average(),
        "acknowledged_notes": len(acked),
        "acknowledged_dots": results.acked_dots,
        "acknowledged_writes_per_s": round(writes / elapsed, 2),
        "refused": dict(results.refused),
        "connection_failures": results.failed,
        "phone_error": results.error,
        "sent_to_in_scene": summary(in_scene_ms),
        "sent_to_painted": summary(painted_ms),
        "in_scene_to_painted": summary(clock.in_scene_to_painted()),
        "acknowledged_not_in_scene": len(acked) - len(in_scene_ms),
        "acknowledged_out_of_laptop_view": clock.out_of_view,
        "acknowledged_in_view_not_painted": len(in_scene_ms) - len(painted_ms) - clock.out_of_view,
        "write_answer": summary(results.ack_ms),
        "state_poll_answer": summary(results.poll_ms),
        "laptop_frame_idle": frames("idle"),
        "laptop_frame_during": frames("busy"),
        "laptop_frame_after": frames("after"),
        "laptop_frame_cpu_idle": frames("idle", cpu=True),
        "laptop_frame_cpu_during": frames("busy", cpu=True),
        "laptop_frame_cpu_after": frames("after", cpu=True),
        "laptop_whole_view_during": frames("busy", True),
        "laptop_whole_view_cpu_during": frames("busy", True, cpu=True),
        "laptop_whole_view_cpu_after": frames("after", True, cpu=True),
        "laptop_arrival_frame_during": frames("busy", False),
        "laptop_arrival_frame_cpu_during": frames("busy", False, cpu=True),
        "laptop_whole_view_asked_to_painted_idle": summary(clock.asked.get("idle", [])),
        "laptop_whole_view_asked_to_painted_during": summary(clock.asked.get("busy", [])),
        "laptop_whole_view_asked_to_painted_after": summary(clock.asked.get("after", [])),
        "laptop_frame_waiting_for_a_core_during": summary(clock.waits("busy")[0]),
        "laptop_frame_other_waits_during": summary(clock.waits("busy")[1]),
        "laptop_frame_less_core_waits_during": summary(clock.own_times("busy")),
        "laptop_whole_view_less_core_waits_during": summary(clock.own_times("busy", True)),
        "laptop_frame_less_core_waits_after": summary(clock.own_times("after")),
        "phone_turn_cpu_on_gui_thread": summary([t * 1000 for t in turns]),
        "phone_turn_wall_on_gui_thread": summary([t * 1000 for t in turn_walls]),
        "gui_work_between_frames_cpu_during": summary([c for c in chunks["busy"] if c > 0.05]),
        "cpu_s_gui_thread_during": round(gui_cpu_s, 2),
        "s_gui_thread_waited_for_a_core_during": round(gui_queued_s, 2),
        "cpu_s_server_thread_during": round(server_cpu_s, 2),
        "cpu_s_laptop_process_during": round(laptop_cpu_s, 2),
        "cpu_s_phones_process": round(results.cpu_s, 2),
        "gui_thread_cpu_share_during": round(gui_cpu_s / elapsed, 3),
        "notes_on_board_before": notes_before,
        "every_acknowledged_note_in_file": set(acked) <= stored,
        "integrity_check": integrity,
    }
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
