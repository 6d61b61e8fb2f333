"""A fifth template defined here, as data only, works end to end through the same dialog,
menus and canvas as the starters: no template-specific code anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from canvas.frame_style import TITLE_BAR
from canvas.mood_item import MOOD_COLOUR
from models.templates import TEMPLATES, Band, GridLayout, Label, Option, Template
from tests.ui.templates_support import (
    choose,
    file_rows,
    new_board,
    right_click,
    show,
    template_actions,
    type_text,
    vp,
)
from ui.main_window import MainWindow

STOP_START_CONTINUE = Template(
    key="stop_start_continue",
    name=Label("Lopeta · Aloita · Jatka", "Stop · Start · Continue"),
    description=Label(
        "Mitä lopetamme, aloitamme ja jatkamme?", "What do we stop, start and continue?"
    ),
    layout=GridLayout(
        rows=(
            Band("team", Label("Työyhteisö", "Our team"), Label("Me itse", "Ourselves")),
            Band("mood", Label("Fiilis", "Mood"), mood=True, size=240.0),
        ),
        columns=(
            Band("stop", Label("Lopeta", "Stop"), colour="#FDE2E2"),
            Band("start", Label("Aloita", "Start"), colour="#E2F5E0"),
            Band("continue", Label("Jatka", "Continue")),
            Band("sami", Label("Sámegiella: Joatkke", "Sámi: Joatkke"), option="sami"),
        ),
        cell_width=420.0,
        cell_height=360.0,
        row_header_width=240.0,
        column_header_height=110.0,
    ),
    title_height=70.0,
    options=(Option("sami", Label("Saamenkielinen sarake", "A Sámi column"), default=True),),
)


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(TEMPLATES, STOP_START_CONTINUE.key, STOP_START_CONTINUE)


def test_a_data_only_template_end_to_end(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = template_actions(window).new_board_from_template(None)
    qtbot.waitExposed(dialog)
    dialog.select(STOP_START_CONTINUE.key)
    assert dialog.template() is STOP_START_CONTINUE
    assert [box.text() for box in dialog._checks.values()] == ["Saamenkielinen sarake"] or [
        box.text() for box in dialog._checks.values()
    ] == ["A Sámi column"]
    assert not dialog.preview.pixmap().isNull()
    dialog.reject()

    path = tmp_path / "lopeta.pajalauta"
    frame_id = new_board(window, qtbot, path, STOP_START_CONTINUE.key, "fi", {"sami": True})
    doc, view, stack, scene = window.document, window.view, window.undo_stack, window.scene
    assert doc is not None and view is not None and stack is not None and scene is not None
    grid = doc.frames.grid(frame_id)
    assert [z.title for z in grid.columns] == ["Lopeta", "Aloita", "Jatka", "Sámegiella: Joatkke"]
    # Drawn like any template: its title bar, its header text, its mood lane.
    frame = grid.frame
    image = QImage(int(frame.width / 4), int(frame.height / 4), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), QRectF(frame.x, frame.y, frame.width, frame.height))
    painter.end()
    assert image.pixelColor(3, 3) == TITLE_BAR
    # A note made by a real double-click in a cell belongs to it.
    target = grid.cell(0, 3)
    assert target is not None
    show(window, target.x + 200, target.y + 180, 1.0)
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=vp(window, target.x + 200, target.y + 180)
    )
    type_text(view, "Joatkke – ŋ")
    view.edit_session().finish()
    [note] = doc.notes.all()
    assert note.zone_id == target.id and note.text == "Joatkke – ŋ"
    # The mood lane takes a feeling from the menu and draws it.
    mood_cell = grid.cell(1, 0)
    assert mood_cell is not None
    show(window, mood_cell.x + 60, mood_cell.y + 60, 0.5)
    choose(right_click(window, qtbot, mood_cell.x + 60, mood_cell.y + 60), "+2  very good")
    assert doc.frames.zone(mood_cell.id).data["mood"] == 2  # type: ignore[union-attr]
    mood = scene.frames.mood_item(frame_id)
    assert mood is not None and len(mood.points()[0]) == 1
    assert MOOD_COLOUR.isValid()
    # Structure edits from the menu carry the note along.
    header = grid.columns[3]
    show(window, header.x + 200, header.y + 50, 0.5)
    choose(right_click(window, qtbot, header.x + 200, header.y + 50), "Move Column Left")
    moved = doc.frames.zone(target.id)
    assert moved is not None and moved.col == 2
    assert doc.notes.get(note.id).x == note.x - 420.0  # type: ignore[union-attr]
    rows = file_rows(window)
    window.close_board()
    assert window.open_path(path)
    assert file_rows(window) == rows
    assert window.undo_stack is not None and window.undo_stack.count() == 0
