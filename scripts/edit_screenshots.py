#!/usr/bin/env python3
"""The laptop screen after each one-note edit on a 5,000-note workshop board.

    Xvfb :25 -screen 0 1920x1080x24 -screen 1 1280x720x24 &
    DISPLAY=:25 .venv/bin/python scripts/edit_screenshots.py OUT_FOLDER [BOARD]

The real window at 100 %: a text edit, a colour edit of the selected note, a drag into the
cell below (captured mid-drag, then dropped), a delete and its undo; each committed, and the
screen captured (``import``) once the window has repainted. What the file holds after each
step is printed, to compare with the pictures.
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


def main(out: Path, board: Path | None) -> int:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from benchmarks import window
    from benchmarks.qtframes import application
    from benchmarks.workshopgen import build_workshop_board
    from canvas.commands import PatchNotesCommand

    app = application()
    out.mkdir(parents=True, exist_ok=True)
    if board is None:
        board = Path(tempfile.mkdtemp()) / "tyopaja-5000.pajalauta"
        build_workshop_board(board, 5000)
    win, *_ = window.open_in_window(app, window.working_copy(board), {})
    view, doc, stack, scene = win.view, win.document, win.undo_stack, win.scene
    assert view is not None and doc is not None and stack is not None and scene is not None
    view.zoom_reset()
    view.centerOn(window.centre_of_first_cells(win))

    def shot(name: str) -> None:
        for _ in range(30):
            app.processEvents()
            time.sleep(0.01)
        subprocess.run(["import", "-window", "root", str(out / name)], check=True)

    ids = window._visible_ids(win)
    edited, coloured = ids[3], ids[7]
    text = "Muokattu teksti: asiakastyytyväisyyskysely"
    stack.push(PatchNotesCommand(doc, {edited: {"text": text}}, "Edit text", win.room.status))
    shot("edit-5000-text.png")
    scene.select_notes([coloured])
    view.set_colour_of_selected("#F7A8C8")
    shot("edit-5000-colour.png")
    item = scene.item_for(edited)
    assert item is not None
    start = view.mapFromScene(item.scene_rect().center())
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, start + QPoint(step * 30, step * 12))
    shot("edit-5000-dragging.png")
    end = start + QPoint(300, 120)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    shot("edit-5000-dropped.png")
    print("edited:", doc.notes.get(edited))
    print("coloured:", doc.notes.get(coloured))
    scene.select_notes([coloured])
    view.delete_selected()
    shot("edit-5000-deleted.png")
    print("after delete, in the file:", doc.notes.get(coloured) is not None)
    stack.undo()
    shot("edit-5000-undone.png")
    print("after undo:", doc.notes.get(coloured))
    win.close()
    return 0


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs")
    raise SystemExit(main(folder, Path(sys.argv[2]) if len(sys.argv) > 2 else None))
