"""A benchmark child reports its own peak memory, not that of the process that started it
(benchmarks.timing.peak_rss_mb): Linux keeps ``ru_maxrss`` across fork and exec."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_child_started_by_a_big_process_reports_its_own_peak() -> None:
    ballast = bytearray(160 * 1024 * 1024)
    ballast[::4096] = b"\x01" * len(range(0, len(ballast), 4096))  # resident, not just reserved
    done = subprocess.run(
        [sys.executable, "-c", "from benchmarks.timing import peak_rss_mb; print(peak_rss_mb())"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    del ballast
    child_peak = float(done.stdout.strip())
    assert 1.0 < child_peak < 100.0, child_peak
