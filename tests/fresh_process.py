"""Run a probe in a fresh Python process: start-up, import and collector behaviour that the
test process (already started, its modules imported) cannot show."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_probe(probe: str, *args: str, tmp_path: Path) -> dict[str, object]:
    """Run ``probe`` (Python source) with ``args`` offscreen, its settings and home in
    ``tmp_path``; the JSON object its last printed line holds."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", probe, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found
