"""The laptop's real frames in ``python -m benchmarks.phones``: every paint of its view timed
from the paint event Qt delivers to the painted viewport, and each phone note from the moment
it is in the scene (or sent) to the end of the first paint that drew it.

A frame here is what the facilitator sees: Qt paints the view when something in it changed
(a phone's note arrived: only the region around it) or when the whole view was asked for (the
benchmark asks for the whole view every ``--frame-every`` seconds through ``update()``, as a
pan step or a newly shown stop does, and times it from that request to the end of its paint:
phone work the GUI thread did first counts). Nothing is painted on purpose outside the event
loop, so frames merge and skip as they do in the real window.

Each paint's wall time and the GUI thread's CPU time are kept apart: the machine (two cores)
also runs the server's thread, the simulated phones' process and other work. Of a paint's
wall time beyond its CPU time, the part spent waiting for a core is read from the kernel's
scheduler statistics; what remains is waiting for Python's interpreter lock (held by the
server's thread while it runs Python) or anything else that blocked.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any


def queued_ms() -> float:
    """Milliseconds this thread has waited for a core so far (Linux: the second field of
    ``/proc/thread-self/schedstat``; 0 where the system does not tell)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


@dataclass
class Paint:
    started: float
    ended: float
    cpu_ms: float
    full: bool
    phase: str
    queued_ms: float = 0.0
    """Of its wall time, how long the GUI thread waited for a core (other work ran)."""

    @property
    def wall_ms(self) -> float:
        return (self.ended - self.started) * 1000


@dataclass
class PaintClock:
    """Times the paint events of ``view`` for the benchmark's run (until :meth:`close`)."""

    view: Any
    phase: str = "idle"
    paints: list[Paint] = field(default_factory=list)
    asked: dict[str, list[float]] = field(default_factory=dict)
    """Per phase, time from asking for the whole view to the end of the paint that drew it."""
    in_scene_at: dict[int, float] = field(default_factory=dict)
    painted_at: dict[int, float] = field(default_factory=dict)
    out_of_view = 0
    _pending: dict[int, Any] = field(default_factory=dict)
    _asked_at: float | None = None

    def install(self) -> None:
        """Time this view's paint events (an attribute of the view itself: PySide calls it
        for the view's virtual paint event, and the projector's view is left alone)."""
        view, clock = self.view, self
        original = type(view).paintEvent

        def timed(event: Any) -> None:
            queued = queued_ms()
            started, started_cpu = time.perf_counter(), time.thread_time()
            region = event.region()
            full = region.boundingRect().contains(view.viewport().rect())
            original(view, event)
            cpu = (time.thread_time() - started_cpu) * 1000
            ended = time.perf_counter()
            waited = queued_ms() - queued
            clock.paints.append(Paint(started, ended, cpu, full, clock.phase, waited))
            if full and clock._asked_at is not None:
                clock.asked.setdefault(clock.phase, []).append((ended - clock._asked_at) * 1000)
                clock._asked_at = None
            clock._drawn(region, ended)

        view.paintEvent = timed

    def close(self) -> None:
        if "paintEvent" in vars(self.view):
            del self.view.paintEvent

    def ask_whole_view(self) -> None:
        """Ask Qt for a frame of the whole view (unless one is already asked for)."""
        if self._asked_at is None:
            self._asked_at = time.perf_counter()
        self.view.viewport().update()

    def arrived(self, note_id: int, rect: Any) -> None:
        """A note is in the scene now (``rect``: its scene rect); its first paint is timed if
        it lies in the laptop's view (else it is counted in :attr:`out_of_view`)."""
        if note_id in self.in_scene_at:
            return
        self.in_scene_at[note_id] = time.perf_counter()
        view = self.view
        if view.mapFromScene(rect).boundingRect().intersects(view.viewport().rect()):
            self._pending[note_id] = rect
        else:
            self.out_of_view += 1

    def _drawn(self, region: Any, ended: float) -> None:
        if not self._pending:
            return
        view = self.view
        for note_id, rect in list(self._pending.items()):
            if region.intersects(view.mapFromScene(rect).boundingRect()):
                self.painted_at[note_id] = ended
                del self._pending[note_id]

    def frames(self, phase: str, full: bool | None = None) -> tuple[list[float], list[float]]:
        """Wall and CPU milliseconds of the paints of ``phase`` (only the whole-view ones if
        ``full``, only the others if ``full`` is False)."""
        chosen = [p for p in self.paints if p.phase == phase and (full is None or p.full == full)]
        return [p.wall_ms for p in chosen], [p.cpu_ms for p in chosen]

    def waits(self, phase: str) -> tuple[list[float], list[float]]:
        """Per paint of ``phase``: its time waiting for a core, and the rest of its wall time
        that was not its own CPU time either (Python's lock held by the server's thread, the
        disk, the clocks' rounding)."""
        chosen = [p for p in self.paints if p.phase == phase]
        return (
            [p.queued_ms for p in chosen],
            [max(0.0, p.wall_ms - p.cpu_ms - p.queued_ms) for p in chosen],
        )

    def own_times(self, phase: str, full: bool | None = None) -> list[float]:
        """Wall milliseconds of the paints of ``phase`` less their time waiting for a core:
        what each would take on a laptop running nothing else (their CPU time, Python's lock,
        the disk)."""
        return [
            p.wall_ms - p.queued_ms
            for p in self.paints
            if p.phase == phase and (full is None or p.full == full)
        ]

    def in_scene_to_painted(self) -> list[float]:
        return [
            (self.painted_at[i] - self.in_scene_at[i]) * 1000
            for i in self.painted_at
            if i in self.in_scene_at
        ]
