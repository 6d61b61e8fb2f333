"""What the first frame of a board opened from a shown window waits for: only the board.

Work a process does once (PySide loading its lazy classes, SQLAlchemy its SQLite dialect) is
done once the new window has painted, not during the first open."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from pytestqt.qtbot import QtBot

from canvas.item_builder import EAGER_NOTES
from models.document import BoardDocument
from models.records import NoteData
from models.templates.starters import DREAM_FEAR
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def loose_board(path: Path, count: int) -> None:
    doc = BoardDocument.create(path, title="iso")
    try:
        doc.notes.add(
            [
                {"text": f"idea {i}", "x": (i % 50) * 220.0, "y": (i // 50) * 220.0}
                for i in range(count)
            ]
        )
    finally:
        doc.close()


def test_opening_a_big_board_from_a_shown_window_loads_no_qt_classes_nor_the_dialect(
    tmp_path: Path,
) -> None:
    """A fresh process: the window shown and idle for a moment, then File › Open of a board
    big enough to make its items after the first frame. PySide's remaining classes (seen by
    the enums each brings) are not loaded between the open and the first frame, nor is any
    SQLAlchemy module imported."""
    path = tmp_path / "iso.pajalauta"
    loose_board(path, EAGER_NOTES + 200)
    code = (
        "import enum, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from ui.app import make_application\n"
        "from ui.main_window import MainWindow\n"
        "made = []\n"
        "create = enum.EnumType._create_\n"
        # PySide6 6.12 passes every argument by keyword (an exception here crashes it)
        "def spy(cls, *args, **kwargs):\n"
        "    made.append(args[0] if args else kwargs['class_name'])\n"
        "    return create(cls, *args, **kwargs)\n"
        "enum.EnumType._create_ = spy\n"
        "class Painted(QObject):\n"
        "    seen = False\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint:\n"
        "            Painted.seen = True\n"
        "        return False\n"
        "app = make_application()\n"
        "window = MainWindow()\n"
        "window.resize(1280, 800)\n"
        "window.show()\n"
        "for _ in range(5):\n"
        "    app.processEvents()\n"
        "made.clear()\n"
        "modules = set(sys.modules)\n"
        f"assert window.open_path(Path({str(path)!r}))\n"
        "painted = Painted()\n"
        "window.view.viewport().installEventFilter(painted)\n"
        "while not Painted.seen:\n"
        "    app.processEvents()\n"
        "assert window.scene.items_pending() > 0\n"
        "print(sorted(name for name in sys.modules if name not in modules))\n"
        "print(sorted(made))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    imported, made = done.stdout.strip().splitlines()[-2:]
    assert "sqlalchemy" not in imported, imported
    # The open itself meets a couple of enums first (QTextLine's, laying a title out); the
    # bulk load brings some 60, of classes a board never uses (QProcess, QMovie …).
    assert "ProcessState" not in made and "MovieState" not in made, made
    assert made.count("'") <= 2 * 4, made


def test_the_quick_note_box_names_the_cell_under_the_view_once_its_list_is_built(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """The box's list of cells is built after the first frame; until then it names no cell
    (and looks none up), and once built it names the one under the middle of the view."""
    path = tmp_path / "unelma.pajalauta"
    doc = BoardDocument.create(path, title="unelma", language="fi")
    try:
        doc.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    finally:
        doc.close()
    assert window.open_path(path)
    document, view, box = window.document, window.view, window.room.bar.zones
    assert document is not None and view is not None
    assert box.currentText() == "Where the laptop is", "no cell named before the list is built"
    qtbot.waitUntil(lambda: window.room.quick.list.built(), timeout=5000)
    centre = view.mapToScene(view.viewport().rect().center())
    under = document.frames.zone_at(centre.x(), centre.y())
    assert under is not None, "the fitted frame's middle is in a cell"
    label = document.frames.label(under)
    qtbot.waitUntil(lambda: label in box.currentText(), timeout=3000)


def test_the_dots_of_a_big_boards_first_frame_come_from_one_read_of_their_notes(
    window: MainWindow, tmp_path: Path
) -> None:
    """A finished vote's dots are drawn on the first far frame; the notes they sit on are read
    in one go for it (not one read a note), and no other note's item is made for it."""
    path = tmp_path / "aanet.pajalauta"
    loose_board(path, EAGER_NOTES + 300)
    doc = BoardDocument.open(path)
    try:
        dotted = [note.id for note in doc.notes.all()[:400:50]]
        vote_id = doc.votes.start("Mitä kokeillaan?", budget=len(dotted))
        for note_id in dotted:
            doc.votes.place_dot(vote_id, note_id, None)
        doc.votes.end(vote_id)
    finally:
        doc.close()
    assert window.open_path(path)
    document, scene, view = window.document, window.scene, window.view
    assert document is not None and scene is not None and view is not None
    reads: list[list[int]] = []
    many = document.notes.many

    def counted(ids: Sequence[int]) -> list[NoteData]:
        reads.append(list(ids))
        return many(ids)

    document.notes.many = counted  # type: ignore[method-assign]
    pending = scene.items_pending()
    assert view.draws_blocks_at(view.scale_factor()), "the whole board, far out"
    view.viewport().repaint()
    assert len(reads) == 1 and sorted(reads[0]) == sorted(dotted)
    assert scene.items_pending() == pending - len(dotted), "only the dotted notes' items"
    assert all(scene.item_for(note_id) is not None for note_id in dotted)
