"""The benchmark command still runs and still reports every figure (at a tiny size).

Benchmarks are not timed tests: nothing here looks at how fast anything was. It checks that
``python -m benchmarks`` builds a board, runs every variant in its own process and writes JSON
with every key the README explains, so the benchmark cannot rot while the canvas changes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks import edits, floor, ours, textbook
from benchmarks.qtframes import ZOOMS

ROOT = Path(__file__).resolve().parent.parent
NOTES = 50
FRAME_KEYS = {"scale", "first_ms", "settle_ms", "settled", "n", "median_ms", "p95_ms", "max_ms",
              "missed_paints", "notes_touching", "notes_inside", "ink_share"}


def canvas_written() -> bool:
    return (ROOT / "canvas" / "scene.py").exists() and (ROOT / "canvas" / "view.py").exists()


def test_benchmark_command_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--sizes", str(NOTES), "--repeat", "2",
         "--edits", "5", "--out", str(out)],
        cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert json.loads(out.read_text(encoding="utf-8")) == printed
    assert "open → first frame" in done.stderr and "verdict" in done.stderr

    assert {"command", "repeat", "load_average_start", "viewport"} <= set(printed["meta"])
    entry = printed["sizes"][str(NOTES)]
    assert entry["board"]["notes"] == NOTES
    for name, module in (("ours", ours), ("textbook", textbook), ("floor", floor),
                         ("sqlite", edits)):
        assert set(module.blank()) <= set(entry[name]), name

    book = entry["textbook"]
    assert book["available"], book["reason"]
    assert book["build_ms"] > 0 and book["open_to_first_frame_ms"] > 0
    assert book["first_frame_painted"] is True
    assert book["open_to_settled_ms"] >= book["open_to_first_frame_ms"]
    for zoom in ZOOMS:
        assert set(book["frames"][zoom]) >= FRAME_KEYS
        assert book["frames"][zoom]["missed_paints"] == 0
        assert book["frames"][zoom]["settled"] is True
    assert book["frames"]["fit"]["notes_inside"] == NOTES
    assert book["frames"]["one_to_one"]["scale"] == 1.0
    assert book["frames"]["one_to_one"]["ink_share"] > 0.001, "no text drawn at 100 %"

    for zoom in ZOOMS:
        for mode in floor.MODES:
            assert entry["floor"]["frames"][zoom][mode]["n"] == 2
    assert entry["floor"]["frames"]["fit"]["notes_inside"] == NOTES

    for kind in ("raw_edit", "model_edit"):
        assert entry["sqlite"][kind]["n"] == 5
        assert entry["sqlite"][kind]["p95_ms"] >= entry["sqlite"][kind]["p50_ms"] > 0

    mine = entry["ours"]
    if canvas_written():
        assert mine["available"], mine["reason"]
        assert mine["first_frame_painted"] is True
        assert mine["open_to_settled_ms"] >= mine["open_to_first_frame_ms"]
        assert set(mine["phases_ms"]) == {"open", "scene", "view", "first_frame"}
        for zoom in ZOOMS:
            assert set(mine["frames"][zoom]) >= FRAME_KEYS
            assert mine["frames"][zoom]["missed_paints"] == 0
            assert mine["frames"][zoom]["settled"] is True
        assert mine["frames"]["fit"]["notes_inside"] == NOTES
        assert mine["frames"]["one_to_one"]["ink_share"] > 0.001, "no text drawn at 100 %"
        assert mine["edit"]["n"] == 5
        assert mine["peak_rss_mb"] > 0
    else:
        assert not mine["available"] and "canvas" in mine["reason"]

    figures = {check["figure"] for check in printed["checks"]}
    assert {"edit_p95_ms", "frame_fit_p95_ms", "frame_mid_first_ms"} <= figures
