"""60 phones write and vote against the real phone server on 127.0.0.1 while the laptop paints.

    .venv/bin/python -m benchmarks.phones [--phones 60] [--seconds 60] [--think S]
                                          [--into all|frame] [--out FILE] [--profile FILE]

The laptop window (offscreen unless QT_QPA_PLATFORM says otherwise) opens the example board,
opens it to phones on 127.0.0.1 only, and starts a per-person vote. Simulated phones (aiohttp
clients in a process of their own: phones are other devices) join a group, then write a note
into an open cell about once a second (``--think S``: about every S seconds; people typing on
phones take ten or more), place a dot every third turn and poll the page state every four
seconds, until the time is up or each has made ``MAX_TURNS`` turns. Meanwhile the GUI thread
repaints the laptop's view every ``--frame-every`` seconds (a forced repaint costs the GUI
thread time the phones then wait for, so sample sparingly) and times each frame: for a few
idle seconds first (the baseline of the same run), while the phones write, and idle again
after (the grown board without phones: board size apart from contention).

``--into all`` (the default) opens every frame but the experiment cards' to phones and shows
the whole board; ``--into frame`` opens only the board's first frame and shows it whole on
the laptop, as in a workshop: the facilitator opens the frame on the projector for writing
(the default) and watches its handful of cells fill, so they fill much faster.

Printed as JSON: acknowledged writes per second, the time from a phone's send to its note
being in the laptop's scene (p50/p95/max), the phones' answer times, the laptop's frame times
idle and under load (the paint alone in wall time and in the GUI thread's CPU time, which a
machine shared with other work does not inflate, and from the moment a frame was due to its
end, which also counts phone work that held the GUI thread), the CPU time of each stretch of
GUI work between frames and of each turn of phone work on the GUI thread (its writes,
commit, scene update and undo steps; paints apart), every refusal by reason, whether every
acknowledged note is in the file, and ``PRAGMA integrity_check``. Figures, not pass/fail.
``--profile FILE`` writes cProfile statistics (CPU time) of the GUI thread and of the
server's thread.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import sqlite3
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.phone_profile import profilers, stop_server_profile
from benchmarks.timing import load_average, summary

HOST = "127.0.0.1"
"""The only address this benchmark serves or sends to."""
MAX_TURNS = 200
IDLE_SECONDS = 5.0
FRAME_EVERY_S = 0.25
THINK_S = (0.6, 1.4)


class Results:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sent_at: dict[int, float] = {}
        self.ack_ms: list[float] = []
        self.poll_ms: list[float] = []
        self.acked_notes: list[int] = []
        self.acked_dots = 0
        self.refused: Counter[str] = Counter()
        self.failed = 0
        self.error = ""


async def phone(
    index: int,
    base: str,
    token: str,
    cells: Sequence[int],
    deadline: float,
    results: Results,
    think: tuple[float, float] = THINK_S,
) -> None:
    import aiohttp

    rng = random.Random(index)
    headers = {"X-Room-Token": token, "Accept-Language": "fi"}
    jar = aiohttp.CookieJar(unsafe=True)  # cookies for an IP address host
    async with aiohttp.ClientSession(base, headers=headers, cookie_jar=jar) as http:

        async def send(
            method: str, path: str, body: dict[str, Any] | None = None
        ) -> tuple[int, dict[str, Any], float]:
            started = time.perf_counter()
            try:
                async with http.request(method, path, json=body) as response:
                    answer = await response.json()
                    return response.status, answer, started
            except (TimeoutError, aiohttp.ClientError, ValueError):
                with results.lock:
                    results.failed += 1
                return 0, {}, started

        await send("POST", "/api/join", {"group_id": None, "name": f"P{index}"})
        last_poll = 0.0
        for turn in range(MAX_TURNS):
            if time.perf_counter() >= deadline:
                break
            if turn % 3 == 2 and results.acked_notes:
                with results.lock:
                    target = rng.choice(results.acked_notes)
                status, answer, started = await send("POST", "/api/dots", {"note_id": target})
                with results.lock:
                    if status == 200:
                        results.acked_dots += 1
                        results.ack_ms.append((time.perf_counter() - started) * 1000)
                    elif status:
                        results.refused[answer.get("error", str(status))] += 1
            else:
                body = {"zone_id": rng.choice(cells), "text": f"Puhelin {index}, lappu {turn}"}
                status, answer, started = await send("POST", "/api/notes", body)
                with results.lock:
                    if status == 200:
                        results.sent_at[int(answer["id"])] = started
                        results.acked_notes.append(int(answer["id"]))
                        results.ack_ms.append((time.perf_counter() - started) * 1000)
                    elif status:
                        results.refused[answer.get("error", str(status))] += 1
            if time.perf_counter() - last_poll >= 4.0:
                last_poll = time.perf_counter()
                status, _answer, started = await send("GET", "/api/state")
                if status == 200:
                    with results.lock:
                        results.poll_ms.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(rng.uniform(*think))


def run_phones(
    count: int,
    base: str,
    token: str,
    cells: Sequence[int],
    seconds: float,
    answer: Any,
    think: tuple[float, float] = THINK_S,
) -> None:
    """The phones, in a process of their own: phones are other devices and must not share the
    laptop's interpreter lock. Sends its results back through ``answer`` (a pipe)."""
    results = Results()

    async def all_phones() -> None:
        deadline = time.perf_counter() + seconds
        await asyncio.gather(
            *(phone(i, base, token, cells, deadline, results, think) for i in range(count))
        )

    try:
        asyncio.run(all_phones())
    except BaseException as error:  # reported, never swallowed
        results.error = repr(error)
    answer.send(
        {
            "sent_at": results.sent_at,
            "ack_ms": results.ack_ms,
            "poll_ms": results.poll_ms,
            "acked_notes": results.acked_notes,
            "acked_dots": results.acked_dots,
            "refused": dict(results.refused),
            "failed": results.failed,
            "error": results.error,
        }
    )
    answer.close()


def shot(app: Any, window: Any, zone: Any, path: Path) -> None:
    """The real window at the end of the run, its view on the first open cell."""
    from PySide6.QtCore import QRectF

    window.view.zoom_to_rect(QRectF(zone.x, zone.y, zone.width, zone.height))
    for _ in range(50):
        app.processEvents()
        time.sleep(0.01)
    window.grab().save(str(path))


def main(argv: list[str] | None = None) -> int:
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
        help="seconds between timed laptop repaints (default 0.25)",
    )
    parser.add_argument(
        "--think",
        type=float,
        default=None,
        help="mean seconds a phone waits between its writes (default about 1: a stress test; "
        "people typing notes on phones take 10 or more)",
    )
    args = parser.parse_args(argv)
    think = THINK_S if args.think is None else (0.6 * args.think, 1.4 * args.think)
    phones, seconds = max(1, min(args.phones, 200)), max(1.0, min(args.seconds, 300.0))
    frame_every = max(0.02, args.frame_every)

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
    visible_at: dict[int, float] = {}

    def arrived(changes: Sequence[Any]) -> None:
        now = time.perf_counter()
        for change in changes:
            if change.entity == "note":
                for note_id in change.added:
                    if window.scene is not None and window.scene.item_for(note_id) is not None:
                        visible_at.setdefault(note_id, now)

    doc.subscribe(arrived)
    if args.into == "frame":
        for _ in range(5):
            app.processEvents()  # the window laid out before the view is fitted
        view.zoom_to_rect(QRectF(shown.x, shown.y, shown.width, shown.height))
    else:
        view.zoom_to_fit()  # before the window's layout: the first frame's cells at about half
    view_scale = round(view.scale_factor(), 3)

    waits: dict[str, list[float]] = {"idle": [], "busy": [], "after": []}
    cpu: dict[str, list[float]] = {"idle": [], "busy": [], "after": []}
    chunks: dict[str, list[float]] = {"idle": [], "busy": [], "after": []}

    def frames_for(
        duration: float, kind: str, done: Callable[[], bool] | None = None
    ) -> list[float]:
        """Paint times; ``waits[kind]`` gets, per frame, the time from the moment it was due
        to its end: the paint plus whatever held the GUI thread (phone work) meanwhile."""
        times: list[float] = []
        end = time.perf_counter() + duration
        next_frame = time.perf_counter()
        while (not done()) if done is not None else time.perf_counter() < end:
            before = time.thread_time()
            app.processEvents()
            chunks[kind].append((time.thread_time() - before) * 1000)
            if time.perf_counter() >= next_frame:
                started, started_cpu = time.perf_counter(), time.thread_time()
                view.viewport().repaint()
                painted = time.perf_counter()
                times.append((painted - started) * 1000)
                cpu[kind].append((time.thread_time() - started_cpu) * 1000)
                waits[kind].append((painted - next_frame) * 1000)
                next_frame = started + frame_every
            else:
                time.sleep(0.001)
        return times

    idle = frames_for(IDLE_SECONDS, "idle")
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
        ),
        daemon=True,
    )
    turns: list[float] = []
    control.gate.turn_times = turns
    gui_profile = server_profile = None
    if args.profile is not None:
        gui_profile, server_profile = profilers(control.server)
    started, started_cpu = time.perf_counter(), time.thread_time()
    process.start()
    send.close()
    busy = frames_for(0, "busy", done=lambda: receive.poll() or not process.is_alive())
    elapsed = time.perf_counter() - started
    gui_cpu_s = time.thread_time() - started_cpu
    if gui_profile is not None and server_profile is not None:
        gui_profile.disable()
        gui_profile.dump_stats(f"{args.profile}.gui")
        stop_server_profile(control.server, server_profile, f"{args.profile}.server")
    got = receive.recv() if receive.poll(5) else {}
    process.join(10)
    results = Results()
    results.sent_at = {int(k): v for k, v in got.get("sent_at", {}).items()}
    results.ack_ms, results.poll_ms = got.get("ack_ms", []), got.get("poll_ms", [])
    results.acked_notes = got.get("acked_notes", [])
    results.acked_dots = got.get("acked_dots", 0)
    results.refused.update(got.get("refused", {}))
    results.failed, results.error = got.get("failed", 0), got.get("error", "no answer")
    for _ in range(20):
        app.processEvents()
    after_profile = None
    if args.profile is not None:
        import cProfile

        after_profile = cProfile.Profile(time.thread_time)
        after_profile.enable()
    # The same notes, no phones: board size apart from contention.
    after = frames_for(IDLE_SECONDS, "after")
    if after_profile is not None:
        after_profile.disable()
        after_profile.dump_stats(f"{args.profile}.after")
    visible_ms = [
        (visible_at[i] - results.sent_at[i]) * 1000 for i in results.acked_notes if i in visible_at
    ]
    if args.shot is not None:
        shot(app, window, doc.frames.zone(cells[0]), args.shot)
    control.stop()
    path = doc.path
    window.close_board()
    conn = sqlite3.connect(path)
    stored = {row[0] for row in conn.execute("SELECT id FROM notes")}
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    writes = len(results.acked_notes) + results.acked_dots
    report = {
        "benchmark": "phones",
        "host": HOST,
        "phones": phones,
        "frame_every_s": frame_every,
        "phone_think_s": think,
        "into": args.into,
        "open_cells": len(cells),
        "laptop_view_scale": view_scale,
        "seconds_asked": seconds,
        "seconds_run": round(elapsed, 2),
        "load_average_before": load_before,
        "load_average_after": load_average(),
        "acknowledged_notes": len(results.acked_notes),
        "acknowledged_dots": results.acked_dots,
        "acknowledged_writes_per_s": round(writes / elapsed, 2),
        "refused": dict(results.refused),
        "connection_failures": results.failed,
        "phone_error": results.error,
        "send_to_visible": summary(visible_ms),
        "send_to_visible_missing": len(results.acked_notes) - len(visible_ms),
        "write_answer": summary(results.ack_ms),
        "state_poll_answer": summary(results.poll_ms),
        "laptop_frame_idle": summary(idle),
        "laptop_frame_during": summary(busy),
        "laptop_frame_after": summary(after),
        "laptop_frame_cpu_idle": summary(cpu["idle"]),
        "laptop_frame_cpu_during": summary(cpu["busy"]),
        "laptop_frame_cpu_after": summary(cpu["after"]),
        "gui_thread_cpu_share_during": round(gui_cpu_s / elapsed, 3),
        "phone_turn_cpu_on_gui_thread": summary([t * 1000 for t in turns]),
        "gui_work_between_frames_cpu_idle": summary([c for c in chunks["idle"] if c > 0.05]),
        "gui_work_between_frames_cpu_during": summary([c for c in chunks["busy"] if c > 0.05]),
        "laptop_frame_due_to_painted_idle": summary(waits["idle"]),
        "laptop_frame_due_to_painted_during": summary(waits["busy"]),
        "laptop_frame_due_to_painted_after": summary(waits["after"]),
        "notes_on_board_before": notes_before,
        "every_acknowledged_note_in_file": set(results.acked_notes) <= stored,
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
