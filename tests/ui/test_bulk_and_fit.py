"""Large boards in the real window: select-all, delete and undo bring back exactly the rows
that were there (dots included), and zoom to fit shows every item however big the board."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from benchmarks.workshopgen import build_workshop_board
from models.document import BoardDocument
from tests.ui.room_boards import open_board, settle
from ui.main_window import MainWindow

NOTES = 1200


def table(doc: BoardDocument, name: str) -> list[tuple[object, ...]]:
    """A table as the file holds it (``updated_at`` aside: undo is itself a change)."""
    with doc.read() as conn:
        columns = [
            row[1]
            for row in conn.exec_driver_sql(f"PRAGMA table_info({name})")
            if row[1] != "updated_at"
        ]
        rows = conn.exec_driver_sql(f"SELECT {', '.join(columns)} FROM {name} ORDER BY id")
        return [tuple(row) for row in rows]


def test_select_all_delete_and_undo_of_many_notes_ends_with_the_same_rows(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "iso.pajalauta"
    build_workshop_board(path, NOTES)
    doc = open_board(window, path)
    before_notes, before_dots = table(doc, "notes"), table(doc, "dots")
    assert len(before_notes) == NOTES and before_dots, "a finished vote left dots"
    view = window.view
    assert view is not None and window.scene is not None
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.scene.selected_note_ids()) == NOTES
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert doc.notes.count() == 0 and window.scene.note_count() == 0
    assert table(doc, "dots") == []
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert table(doc, "notes") == before_notes
    assert table(doc, "dots") == before_dots
    assert window.scene.note_count() == NOTES
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table(doc, "notes") == before_notes


def test_zoom_to_fit_shows_every_item_of_a_very_large_board(
    window: MainWindow, tmp_path: Path
) -> None:
    """A board wider than 2 % of the screen can show (the old floor): notes two
    kilometres apart and a frame at the far corner."""
    from models.templates.starters import IDEA_LISTS

    path = tmp_path / "iso-seina.pajalauta"
    doc = BoardDocument.create(path, title="Suuri")
    doc.notes.add(
        [{"text": f"lappu {i}", "x": i * 20_000.0, "y": (i % 3) * 30_000.0} for i in range(100)]
    )
    doc.frames.instantiate(IDEA_LISTS, 1_900_000.0, 80_000.0)
    doc.close()
    doc = open_board(window, path)
    view = window.view
    assert view is not None and window.scene is not None
    view.zoom_reset()
    view.zoom_to_fit()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for note in doc.notes.all():
        assert shown.contains(QRectF(note.x, note.y, note.width, note.height)), note.text
    for frame in doc.frames.all():
        assert shown.contains(QRectF(frame.x, frame.y, frame.width, frame.height))
    assert view.transform().m11() < 0.02, "below the old 2 % floor"
    picture = view.viewport().grab().toImage()
    assert not picture.isNull()


def test_a_picture_of_the_whole_board_is_drawn_like_the_screen(
    window: MainWindow, tmp_path: Path
) -> None:
    """``render()`` of a far-out view paints the same batched far view as the screen: the
    picture and the screen show the same pixels."""
    from PySide6.QtGui import QImage, QPainter

    path = tmp_path / "kuva.pajalauta"
    build_workshop_board(path, 300)
    open_board(window, path)
    view = window.view
    assert view is not None
    view.zoom_to_fit()
    settle()
    screen = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    picture = QImage(screen.size(), QImage.Format.Format_RGB32)
    painter = QPainter(picture)
    view.render(painter)
    painter.end()
    differing = sum(
        1
        for y in range(0, screen.height(), 7)
        for x in range(0, screen.width(), 7)
        if screen.pixel(x, y) != picture.pixel(x, y)
    )
    samples = len(range(0, screen.height(), 7)) * len(range(0, screen.width(), 7))
    assert differing < samples * 0.01, f"{differing} of {samples} sampled pixels differ"
