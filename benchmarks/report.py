"""Targets from issue #8, verdicts against them, and the human table.

Every figure is Pajalauta's own, measured in the real window unless the row says "bare view";
the floor column holds what the same work costs without Pajalauta in the same run (raw
``sqlite3`` with the board's pragmas, raw ``QPainter`` blocks and text, a plain ReportLab
document, the standard library's csv/json). Frames and edits are judged at p95.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

TARGETS = {
    "open_to_first_frame_ms": "real window: ≤ 300 ms at 5,000 notes, ≤ 1 s at 20,000, ≤ 3 s at "
    "50,000",
    "cold_start_ms": "≤ 1.0 s to a painted 1,000-note board",
    "frame_ms": "≤ 16 ms at 5,000 notes at any zoom and during pan/zoom; ≤ 33 ms at 20,000",
    "edit_p95_ms": "≤ 2 ms p95 at every size",
    "bulk_ms": "select-all / delete / undo / duplicate / drag-commit of 5,000 notes ≤ 300 ms",
    "handout_ms": "≤ 1 s at 1,000 notes, ≤ 4 s at 5,000, ≤ 2× the plain ReportLab floor",
    "peak_rss_mb": "≤ 250 MB at 20,000 notes",
    "notes_inside_fit": "zoom to fit shows every note",
}
SHAPES = ("workshop", "grid")


def _get(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def open_target(notes: int) -> float | None:
    return {5000: 300.0, 20000: 1000.0, 50000: 3000.0}.get(notes)


def frame_target(notes: int) -> float | None:
    if notes <= 5000:
        return 16.0
    return 33.0 if notes <= 20000 else None


def bulk_target(touched: Any) -> float | None:
    """Bulk targets are for 5,000 notes; smaller selections are judged by the same rate."""
    if not isinstance(touched, int) or touched <= 0:
        return None
    return 300.0 * max(touched, 1000) / 5000 if touched <= 5000 else None


def handout_target(notes: int, floor: Any) -> float | None:
    fixed = {1000: 1000.0, 5000: 4000.0}.get(notes)
    double = 2 * floor if isinstance(floor, (int, float)) else None
    if fixed is None:
        return double
    return min(fixed, double) if double is not None else fixed


def verdict(value: Any, target: float | None) -> str:
    if target is None:
        return ""
    if not isinstance(value, (int, float)):
        return "not measured"
    return "ok" if value <= target else "over"


Row = tuple[str, Any, Any, float | None]
"""figure, ours, floor, target."""


def _rows_for(notes: int, entry: dict[str, Any]) -> list[Row]:
    win, bare, cold = entry.get("window", {}), entry.get("ours", {}), entry.get("coldstart", {})
    floor, raw = entry.get("floor", {}), entry.get("sqlite", {})
    closed, opened = _get(win, "frames_projector_closed"), _get(win, "frames_projector_open")
    ftarget = frame_target(notes)
    bulk, ex = _get(win, "bulk") or {}, _get(win, "exchange") or {}
    selected = bulk.get("selected")
    rows: list[Row] = [
        (
            "open → first frame, real window ms",
            _get(win, "open_to_first_frame_ms"),
            None,
            open_target(notes),
        ),
        (
            "open → first frame, bare scene + view ms",
            _get(bare, "open_to_first_frame_ms"),
            None,
            None,
        ),
        (
            "cold start → painted board ms",
            _get(cold, "cold_start_ms"),
            None,
            1000.0 if notes == 1000 else None,
        ),
        ("  of which imports ms", _get(cold, "imports_ms"), None, None),
        (
            "frame 100 % p95 ms",
            _get(closed, "one_to_one", "p95_ms"),
            _get(floor, "frames", "one_to_one", "rects_text", "p95_ms"),
            ftarget,
        ),
        (
            "frame whole board p95 ms",
            _get(closed, "fit", "p95_ms"),
            _get(floor, "frames", "fit", "rects", "p95_ms"),
            ftarget,
        ),
        ("pan step, event → painted p95 ms", _get(closed, "pan_steps", "p95_ms"), None, ftarget),
        (
            "wheel-zoom step, event → painted p95 ms",
            _get(closed, "zoom_steps", "p95_ms"),
            None,
            ftarget,
        ),
        (
            "projector open: laptop 100 % p95 ms",
            _get(opened, "one_to_one", "p95_ms"),
            None,
            ftarget,
        ),
        ("projector open: laptop whole board p95 ms", _get(opened, "fit", "p95_ms"), None, ftarget),
        (
            "projector at a frame stop p95 ms",
            _get(opened, "projector_frame_stop", "p95_ms"),
            None,
            ftarget,
        ),
        (
            "projector whole board p95 ms",
            _get(opened, "projector_whole_board", "p95_ms"),
            None,
            ftarget,
        ),
        ("notes inside after zoom to fit", _get(win, "notes_inside_fit"), _get(win, "notes"), None),
    ]
    raw_p95 = _get(raw, "raw_edit", "p95_ms")
    for kind, label in (
        ("drag_move", "drag-move"),
        ("text", "text"),
        ("colour", "colour"),
        ("delete_undo", "delete + undo"),
    ):
        rows.append(
            (
                f"edit {label}, committed p50 ms",
                _get(win, "edits", kind, "p50_ms"),
                _get(raw, "raw_edit", "p50_ms"),
                None,
            )
        )
        rows.append(
            (f"edit {label}, committed p95 ms", _get(win, "edits", kind, "p95_ms"), raw_p95, 2.0)
        )
    rows.append(("edit text, model only p95 ms", _get(raw, "model_edit", "p95_ms"), raw_p95, 2.0))
    closed = bulk.get("projector_closed") or {}
    for part, where in ((closed, "projector closed"), (bulk, "projector open")):
        if not part:
            continue
        rows.append(
            (
                f"select all ({selected} notes), {where} ms",
                part.get("select_all_ms"),
                None,
                bulk_target(selected),
            )
        )
        for key, label in (
            ("drag_step_ms", "drag all, per mouse step"),
            ("drag_commit_ms", "drag all, commit"),
            ("undo_drag_ms", "undo drag"),
            ("delete_ms", "delete all"),
            ("undo_delete_ms", "undo delete"),
            ("duplicate_ms", "duplicate all"),
            ("undo_duplicate_ms", "undo duplicate"),
        ):
            target = None if key == "drag_step_ms" else bulk_target(selected)
            rows.append((f"{label}, {where} ms", part.get(key), None, target))
    rows.append(
        (
            f"paste 500 lines ({bulk.get('pasted')} notes) ms",
            bulk.get("paste_500_lines_ms"),
            None,
            None,
        )
    )
    handout_floor = ex.get("handout_floor_reportlab_ms")
    rows += [
        (
            f"handout PDF ({ex.get('handout_pages')} pages) ms",
            ex.get("handout_ms"),
            handout_floor,
            handout_target(notes, handout_floor),
        ),
        ("CSV export ms", ex.get("csv_export_ms"), ex.get("csv_floor_ms"), None),
        ("JSON export ms", ex.get("json_export_ms"), ex.get("json_floor_ms"), None),
        ("CSV import (new board) ms", ex.get("csv_import_ms"), None, None),
        ("JSON import (new board) ms", ex.get("json_import_ms"), None, None),
        (
            "peak RSS MB, real window",
            _get(win, "peak_rss_mb"),
            _get(floor, "peak_rss_mb"),
            250.0 if notes == 20000 else None,
        ),
    ]
    return rows


def _each(sizes: dict[str, dict[str, Any]]) -> list[tuple[int, str, dict[str, Any]]]:
    found = []
    for key, by_shape in sizes.items():
        for shape in SHAPES:
            if shape in by_shape:
                found.append((int(key), shape, by_shape[shape]))
    return found


def checks(sizes: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every figure that has a target, with its verdict."""
    found: list[dict[str, Any]] = []
    for notes, shape, entry in _each(sizes):
        for figure, value, _floor, target in _rows_for(notes, entry):
            if target is not None:
                found.append(
                    {
                        "notes": notes,
                        "shape": shape,
                        "figure": figure.strip(),
                        "value": value,
                        "target": round(target, 1),
                        "verdict": verdict(value, target),
                    }
                )
        inside, total = _get(entry, "window", "notes_inside_fit"), _get(entry, "window", "notes")
        if total is not None:
            found.append(
                {
                    "notes": notes,
                    "shape": shape,
                    "figure": "notes inside after fit",
                    "value": inside,
                    "target": total,
                    "verdict": "ok" if inside == total else "over",
                }
            )
    return found


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, (str, bool)):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:.2f}" if abs(value) < 10 else f"{value:,.0f}"


HEADER = ["notes", "shape", "figure", "ours", "floor", "target", "verdict"]


def rows(sizes: dict[str, dict[str, Any]]) -> list[list[str]]:
    table: list[list[str]] = []
    for notes, shape, entry in _each(sizes):
        for figure, value, floor, target in _rows_for(notes, entry):
            table.append(
                [
                    f"{notes:,}",
                    shape,
                    figure,
                    _fmt(value),
                    "" if floor is None else _fmt(floor),
                    "" if target is None else f"≤ {target:,.0f}",
                    verdict(value, target),
                ]
            )
    return table


def _render(sizes: dict[str, dict[str, Any]], line: Callable[[list[str]], str]) -> list[str]:
    return [line(HEADER), *(line(row) for row in rows(sizes))]


def table_text(sizes: dict[str, dict[str, Any]]) -> str:
    """Plain aligned text, for a terminal."""
    body = [HEADER, *rows(sizes)]
    widths = [max(len(row[i]) for row in body) for i in range(len(HEADER))]
    lines = []
    for row in body:
        cells = [
            row[0].rjust(widths[0]),
            row[1].ljust(widths[1]),
            row[2].ljust(widths[2]),
            row[3].rjust(widths[3]),
            row[4].rjust(widths[4]),
            row[5].ljust(widths[5]),
            row[6],
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def table_markdown(sizes: dict[str, dict[str, Any]]) -> str:
    """The same table for the README."""
    body = rows(sizes)
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row) + " |" for row in body]
    return "\n".join(lines)
