"""The benchmark command still runs and still reports every figure (at a tiny size).

Benchmarks are not timed tests: nothing here looks at how fast anything was. It checks that
``python -m benchmarks`` builds both shapes of board, runs every variant once in its own
process (the real window included) and writes JSON with every key the README explains, so the
benchmark cannot rot while the canvas changes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks import coldstart, edits, floor, ours, textbook, window
from benchmarks.qtframes import ZOOMS

ROOT = Path(__file__).resolve().parent.parent
NOTES = 60
FRAME_KEYS = {
    "scale",
    "first_ms",
    "settle_ms",
    "settled",
    "n",
    "median_ms",
    "p95_ms",
    "max_ms",
    "missed_paints",
    "notes_touching",
    "notes_inside",
    "ink_share",
}
WINDOW_FRAMES = ("one_to_one", "pan_steps", "zoom_steps", "fit")
EDIT_KINDS = ("drag_move", "text", "colour", "delete_undo")
BULK_KEYS = (
    "select_all_ms",
    "drag_step_ms",
    "drag_commit_ms",
    "undo_drag_ms",
    "delete_ms",
    "undo_delete_ms",
    "duplicate_ms",
    "undo_duplicate_ms",
    "paste_500_lines_ms",
)
EXCHANGE_KEYS = (
    "handout_ms",
    "handout_floor_reportlab_ms",
    "csv_export_ms",
    "json_export_ms",
    "csv_import_ms",
    "json_import_ms",
    "csv_floor_ms",
    "json_floor_ms",
)


def test_benchmark_command_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--sizes",
            str(NOTES),
            "--repeat",
            "1",
            "--edits",
            "1",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert json.loads(out.read_text(encoding="utf-8")) == printed
    assert "open → first frame, real window" in done.stderr and "verdict" in done.stderr
    assert {"command", "repeat", "load_average_start", "viewport"} <= set(printed["meta"])

    shapes = printed["sizes"][str(NOTES)]
    assert set(shapes) == {"workshop", "grid"}
    workshop = shapes["workshop"]
    assert workshop["board"]["notes"] == NOTES and workshop["board"]["shape"] == "workshop"
    for shape, entry in shapes.items():
        modules = [
            ("ours", ours),
            ("floor", floor),
            ("sqlite", edits),
            ("window", window),
            ("coldstart", coldstart),
        ]
        if shape == "grid":
            modules.append(("textbook", textbook))
        for name, module in modules:
            assert set(module.blank()) <= set(entry[name]), (shape, name)
            if name != "textbook":
                assert entry[name]["available"], (shape, name, entry[name]["reason"])
        check_window(entry["window"])
        assert entry["coldstart"]["cold_start_ms"] > 0
        assert entry["coldstart"]["runs_ms"] and entry["coldstart"]["imports_ms"] > 0
        assert entry["coldstart"]["sqlalchemy_orm_loaded_at_paint"] is False
        assert set(entry["coldstart"]["phases_ms"]) == set(entry["coldstart"]["phases_cpu_ms"])
        bare = entry["ours"]
        assert bare["first_frame_painted"] is True
        for zoom in ZOOMS:
            assert set(bare["frames"][zoom]) >= FRAME_KEYS
            assert bare["frames"][zoom]["missed_paints"] == 0
        for zoom in ZOOMS:
            for mode in floor.MODES:
                assert entry["floor"]["frames"][zoom][mode]["n"] == 1
        for kind in ("raw_edit", "model_edit"):
            assert entry["sqlite"][kind]["n"] == 1

    book = shapes["grid"]["textbook"]
    assert book["available"], book["reason"]
    figures = {check["figure"] for check in printed["checks"]}
    assert {
        "edit text, committed p95 ms",
        "frame whole board p95 ms",
        "notes inside after fit",
    } <= figures


def check_window(win: dict[str, object]) -> None:
    assert win["first_frame_painted"] is True and win["open_to_first_frame_ms"] > 0  # type: ignore[operator]
    assert win["notes_inside_fit"] == win["notes"] == NOTES, "zoom to fit shows every note"
    for frames in ("frames_projector_closed", "frames_projector_open"):
        for name in WINDOW_FRAMES:
            assert win[frames][name]["n"] >= 1, (frames, name)  # type: ignore[index]
    projector = win["frames_projector_open"]
    assert projector["projector_whole_board"]["n"] == 1  # type: ignore[index]
    for kind in EDIT_KINDS:
        assert win["edits"][kind]["n"] == 1, kind  # type: ignore[index]
    bulk = win["bulk"]
    for key in BULK_KEYS:
        assert bulk[key] is not None and bulk[key] > 0, key  # type: ignore[index]
    assert bulk["selected"] == bulk["deleted"] == bulk["duplicated"] == NOTES  # type: ignore[index]
    assert bulk["restored"] is True  # type: ignore[index]
    assert bulk["projector_open"] is True  # type: ignore[index]
    closed = bulk["projector_closed"]  # type: ignore[index]
    for key in BULK_KEYS:
        if key != "paste_500_lines_ms":
            assert closed[key] is not None and closed[key] > 0, key
    assert closed["selected"] == closed["deleted"] == closed["duplicated"] == NOTES
    for key in BULK_KEYS:  # each bulk step's CPU time beside its wall time
        if key != "drag_step_ms":
            where = bulk if key == "paste_500_lines_ms" else closed
            assert where[key.replace("_ms", "_cpu_ms")] > 0, key  # type: ignore[index]
    assert bulk["pasted"] == 500  # type: ignore[index]
    for key in EXCHANGE_KEYS:
        assert win["exchange"][key] > 0, key  # type: ignore[index]
    assert win["peak_rss_mb"] > 0  # type: ignore[operator]
