"""The simulated phones of ``python -m benchmarks.phones``: aiohttp clients in a process of
their own (phones are other devices: they must not share the laptop's interpreter lock).

Each phone joins, then writes a note into an open cell about every ``think`` seconds, places
a dot every third turn and polls the page state every four seconds, until the time is up or
it has made :data:`MAX_TURNS` turns.

On a real laptop the phones' work costs the laptop nothing; here their process shares the
machine's two cores with the laptop's GUI thread and its server thread. The process is
therefore run at a lower priority (``nice``), so the scheduler gives the laptop's threads the
cores first, and it reports the CPU time it used, so the benchmark can say how much of the
machine the phones took.
"""

from __future__ import annotations

import asyncio
import os
import random
import threading
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

MAX_TURNS = 200
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
        self.cpu_s = 0.0
        self.nice = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "sent_at": self.sent_at,
            "ack_ms": self.ack_ms,
            "poll_ms": self.poll_ms,
            "acked_notes": self.acked_notes,
            "acked_dots": self.acked_dots,
            "refused": dict(self.refused),
            "failed": self.failed,
            "error": self.error,
            "cpu_s": self.cpu_s,
            "nice": self.nice,
        }

    @classmethod
    def from_dict(cls, got: dict[str, Any]) -> Results:
        results = cls()
        results.sent_at = {int(k): v for k, v in got.get("sent_at", {}).items()}
        results.ack_ms, results.poll_ms = got.get("ack_ms", []), got.get("poll_ms", [])
        results.acked_notes = got.get("acked_notes", [])
        results.acked_dots = got.get("acked_dots", 0)
        results.refused.update(got.get("refused", {}))
        results.failed, results.error = got.get("failed", 0), got.get("error", "no answer")
        results.cpu_s, results.nice = got.get("cpu_s", 0.0), got.get("nice", 0)
        return results


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
    nice: int = 0,
) -> None:
    """The phones, in a process of their own, ``nice`` steps below the laptop's priority.
    Sends its results back through ``answer`` (a pipe)."""
    results = Results()
    if nice > 0:
        try:
            results.nice = os.nice(nice)
        except OSError:
            results.nice = 0
    started_cpu = time.process_time()

    async def all_phones() -> None:
        deadline = time.perf_counter() + seconds
        await asyncio.gather(
            *(phone(i, base, token, cells, deadline, results, think) for i in range(count))
        )

    try:
        asyncio.run(all_phones())
    except BaseException as error:  # reported, never swallowed
        results.error = repr(error)
    results.cpu_s = time.process_time() - started_cpu
    answer.send(results.as_dict())
    answer.close()
