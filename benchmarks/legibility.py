"""Legibility of the projector, measured: is every stop read from the back row?

For each stop of the example board (Finnish and English) and each projector size, this opens
the real main window and the real presenter window, steps to the stop and reads back what the
projector shows (:func:`ui.projector_measure.shown_text`): the smallest and median on-screen
text height of notes and of headers (font pixel size × view scale), whether the stop is the
wall itself or a reading layout, and how many painted text boxes overlap. At the end: the
share of notes readable (≥ 18 px) at some stop (target 100 %) and all overlaps (target 0).

    QT_QPA_PLATFORM=offscreen python -m benchmarks.legibility [--out figures.json]

Figures, not a pass/fail test (tests/ui/test_projector_room.py asserts the minimum).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZES = ((1280, 720), (1920, 1080))
LANGUAGES = ("fi", "en")


def _figure(values: list[float]) -> tuple[float | None, float | None]:
    if not values:
        return None, None
    return round(min(values), 1), round(median(values), 1)


def _overlaps(rects: list[Any]) -> int:
    return sum(
        1 for i, rect in enumerate(rects) for other in rects[i + 1 :] if rect.intersects(other)
    )


def measure(language: str, size: tuple[int, int], work: Path) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from canvas.reading import MIN_PX
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.projector_measure import shown_text

    install_language(language)
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    folder = work / f"{language}-{size[0]}"
    folder.mkdir()
    window.files.open_demo(folder=folder)
    QApplication.processEvents()
    control = window.room.presenter
    control.set_open(True)
    presenter = control.presenter
    assert presenter is not None and window.document is not None
    presenter.showNormal()
    presenter.resize(*size)
    for _ in range(5):
        QApplication.processEvents()
    rows = []
    readable: set[int] = set()
    overlaps = 0
    smallest_anywhere: float | None = None
    for stop in control.stops():
        control.go_to(stop, animate=False)
        QApplication.processEvents()
        seen = shown_text(control)
        mode = (
            "wall"
            if control.plan(stop) is None
            else ("reading" if stop.kind != "frame" else "structure")
        )
        note_min, note_median = _figure(seen.notes)
        head_min, head_median = _figure(seen.headers)
        count = _overlaps(seen.rects)
        overlaps += count
        readable |= seen.note_ids
        least = seen.smallest()
        if least is not None:
            smallest_anywhere = (
                least if smallest_anywhere is None else min(smallest_anywhere, least)
            )
        rows.append(
            {
                "stop": control.stop_label(stop),
                "kind": stop.kind,
                "mode": mode,
                "notes_shown": len(seen.notes),
                "note_px_min": note_min,
                "note_px_median": note_median,
                "header_px_min": head_min,
                "header_px_median": head_median,
                "overlaps": count,
            }
        )
    notes = [n.id for n in window.document.notes.all() if n.text.strip() or n.fields]
    share = 100.0 * len(readable & set(notes)) / max(len(notes), 1)
    control.set_open(False)
    window.close_board()
    window.close()
    return {
        "language": language,
        "projector": f"{size[0]}x{size[1]}",
        "min_px": MIN_PX,
        "stops": rows,
        "stop_count": len(rows),
        "smallest_px_anywhere": round(smallest_anywhere or 0.0, 1),
        "notes": len(notes),
        "notes_readable_share_pct": round(share, 1),
        "overlaps": overlaps,
    }


def _print(result: dict[str, Any]) -> None:
    print(
        f"\n== {result['language']} · projector {result['projector']} · "
        f"{result['stop_count']} stops",
        file=sys.stderr,
    )
    print(
        f"{'stop':44} {'mode':9} {'notes':>5} {'note min/med':>13} {'head min/med':>13} {'ovl':>3}",
        file=sys.stderr,
    )
    for row in result["stops"]:

        def pair(low: float | None, mid: float | None) -> str:
            return "—" if low is None else f"{low:.1f}/{mid:.1f}"

        print(
            f"{row['stop'][:44]:44} {row['mode']:9} {row['notes_shown']:>5} "
            f"{pair(row['note_px_min'], row['note_px_median']):>13} "
            f"{pair(row['header_px_min'], row['header_px_median']):>13} "
            f"{row['overlaps']:>3}",
            file=sys.stderr,
        )
    print(
        f"smallest text shown: {result['smallest_px_anywhere']} px (minimum "
        f"{result['min_px']}); notes readable at some stop: "
        f"{result['notes_readable_share_pct']} % of {result['notes']}; overlaps: "
        f"{result['overlaps']}",
        file=sys.stderr,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from ui.app import make_application

    work = Path(tempfile.mkdtemp(prefix="pajalauta-legibility-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = make_application()
    results = [measure(language, size, work) for language in LANGUAGES for size in SIZES]
    for result in results:
        _print(result)
    text = json.dumps(results, ensure_ascii=False, indent=1)
    print(text)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
