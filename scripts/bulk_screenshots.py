#!/usr/bin/env python3
"""Both screens after each bulk step on a 5,000-note workshop board, and the screen checked
against the file.

    Xvfb :23 -screen 0 1920x1080x24 -screen 1 1280x720x24 &
    DISPLAY=:23 .venv/bin/python scripts/bulk_screenshots.py OUT_FOLDER

The real window with the projector open (F5) at the whole board; select all, a drag of every
note, its undo, delete all, its undo, duplicate all and its undo, each by real keys and mouse
(QTest). After each step both X screens are captured (``import``) and every note's item and
far-view block are compared with the row the file holds; the script prints what differs
(nothing, when all is well).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "xcb"


def main(out: Path) -> int:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from benchmarks.qtframes import application
    from benchmarks.workshopgen import build_workshop_board
    from ui.main_window import MainWindow

    app = application()
    out.mkdir(parents=True, exist_ok=True)
    display = os.environ.get("DISPLAY", ":0").split(".")[0]
    folder = Path(tempfile.mkdtemp())
    board = folder / "tyopaja-5000.pajalauta"
    build_workshop_board(board, 5000)
    win = MainWindow()
    win.resize(1920, 1080)
    win.show()

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    settle(0.5)
    win.open_path(board)
    scene, view, doc = win.scene, win.view, win.document
    assert scene is not None and view is not None and doc is not None
    scene.finish_items()
    settle(1.0)
    win.activateWindow()
    settle(0.5)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F5)
    settle(1.0)
    control = win.room.presenter
    failures = 0

    def check(name: str) -> None:
        nonlocal failures
        rows = {note.id: note for note in doc.notes.all()}
        items = {item.note_id: item for item in scene.note_items()}
        cache = scene.far_cache()
        differ = [
            i
            for i, n in rows.items()
            if i not in items
            or items[i].note != n
            or (items[i].pos().x(), items[i].pos().y(), *items[i].size())
            != (n.x, n.y, n.width, n.height)
        ]
        blocks = [
            i
            for i, n in rows.items()
            if cache._entries.get(i, (0, None, 0.0))[1] != (n.x, n.y, n.x + n.width, n.y + n.height)
        ]
        extra = len(items) - len(rows) + len(cache) - len(rows)
        failures += len(differ) + len(blocks) + abs(extra)
        print(
            f"{name}: {len(rows)} notes in the file; items differing {len(differ)}; "
            f"far blocks differing {len(blocks)}; extra items or blocks {extra}; "
            f"selected {len(scene.selected_note_ids())}"
        )

    def shot(name: str) -> None:
        settle(0.6)
        view.zoom_to_fit()
        control.go_to(next(s for s in control.stops() if s.kind == "board"), animate=False)
        settle(1.2)
        check(name)
        for screen, role in ((0, "laptop"), (1, "projector")):
            target = out / f"{name}-{role}.png"
            subprocess.run(
                ["import", "-display", f"{display}.{screen}", "-window", "root", str(target)],
                check=True,
            )

    ctrl = Qt.KeyboardModifier.ControlModifier
    none = Qt.KeyboardModifier.NoModifier
    left = Qt.MouseButton.LeftButton
    shot("0-open")
    QTest.keyClick(view, Qt.Key.Key_A, ctrl)
    shot("1-select-all")
    viewport = view.viewport()
    area = viewport.rect().adjusted(100, 100, -100, -100)
    grip = next(
        item
        for item in scene.selected_items_by_z()
        if area.contains(view.mapFromScene(item.scene_rect().center()))
    )
    start = view.mapFromScene(grip.scene_rect().center())
    QTest.mousePress(viewport, left, none, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, start + QPoint(12 * step, 8 * step))
        settle(0.05)
    QTest.mouseRelease(viewport, left, none, start + QPoint(120, 80))
    shot("2-drag")
    QTest.keyClick(view, Qt.Key.Key_Z, ctrl)
    shot("3-undo-drag")
    QTest.keyClick(view, Qt.Key.Key_A, ctrl)
    settle(0.3)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    shot("4-delete")
    QTest.keyClick(view, Qt.Key.Key_Z, ctrl)
    shot("5-undo-delete")
    QTest.keyClick(view, Qt.Key.Key_A, ctrl)
    settle(0.3)
    QTest.keyClick(view, Qt.Key.Key_D, ctrl)
    shot("6-duplicate")
    QTest.keyClick(view, Qt.Key.Key_Z, ctrl)
    shot("7-undo-duplicate")
    win.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "bulk-screenshots")))
