"""Small measuring helpers shared by every variant: clocks, percentiles, memory."""

from __future__ import annotations

import math
import os
import resource
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any


def ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def timed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return ms_since(started)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: with 20 samples p95 is the second slowest, never interpolated
    below a value that was really measured."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def summary(values: Sequence[float]) -> dict[str, Any]:
    """Median, p95 and max in milliseconds, rounded to what the clock can honestly tell."""
    if not values:
        return {"n": 0, "median_ms": None, "p95_ms": None, "max_ms": None}
    return {
        "n": len(values),
        "median_ms": round(statistics.median(values), 3),
        "p95_ms": round(percentile(values, 0.95), 3),
        "max_ms": round(max(values), 3),
    }


def edit_summary(values: Sequence[float]) -> dict[str, Any]:
    """Commit times are judged at p50/p95, the words the targets use."""
    if not values:
        return {"n": 0, "p50_ms": None, "p95_ms": None, "max_ms": None}
    return {
        "n": len(values),
        "p50_ms": round(statistics.median(values), 3),
        "p95_ms": round(percentile(values, 0.95), 3),
        "max_ms": round(max(values), 3),
    }


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far: ``VmHWM`` on Linux. Not ``ru_maxrss``:
    Linux keeps that across ``fork`` and ``exec``, so a child measuring a 1,000-note board
    reported the peak of the parent that had built the boards before starting it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def load_average() -> list[float]:
    """The 1/5/15-minute load: the machine is shared, so every figure carries its noise."""
    return [round(value, 2) for value in os.getloadavg()]
