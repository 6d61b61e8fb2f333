"""New Board from Template and Insert Template, through the dialog, with its previews."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from canvas.frame_style import TITLE_BAR
from models.templates import TEMPLATES
from models.templates.starters import WHO_OPTION
from tests.ui.templates_support import file_rows, new_board, template_actions
from ui.main_window import MainWindow


@pytest.mark.parametrize("language", ["fi", "en"])
@pytest.mark.parametrize("key", list(TEMPLATES))
def test_a_board_made_from_each_template_reopens_identical(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, key: str, language: str
) -> None:
    path = tmp_path / f"{key}-{language}.pajalauta"
    options = {WHO_OPTION: True} if key == "dream_fear" else {}
    frame_id = new_board(window, qtbot, path, key, language, options)
    doc = window.document
    assert doc is not None
    assert doc.info().language == language
    frame = doc.frames.get(frame_id)
    assert frame is not None and frame.template_key == key
    assert frame.title == TEMPLATES[key].name.text(language)
    if key == "dream_fear":
        assert doc.frames.grid(frame_id).columns[0].key == "who", "the option was applied"
    assert window.scene is not None and window.scene.frames.frame_item(frame_id) is not None
    assert window.undo_stack is not None and window.undo_stack.count() == 0
    before = file_rows(window)
    window.close_board()
    assert window.open_path(path)
    assert file_rows(window) == before
    assert window.scene is not None
    assert len(window.scene.frames.zone_items(frame_id)) == len(before[1])


def test_the_preview_draws_the_template_and_follows_its_options(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = template_actions(window).new_board_from_template(None)
    qtbot.waitExposed(dialog)
    dialog.select("dream_fear")
    image = dialog.preview.pixmap().toImage()
    bar = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y) == TITLE_BAR
    )
    assert bar > 50, "the preview shows the title bar"
    plan = dialog.preview_plan()
    assert plan is not None
    narrow = plan.width
    box = dialog._checks[WHO_OPTION]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()
    wide = dialog.preview_plan()
    assert wide is not None and wide.width > narrow, "the extra column is in the preview"
    assert dialog.preview.pixmap().toImage() != image
    dialog.select("journey_map")
    assert not dialog.options_box.isVisible()
    assert "Ajatukset ja tunteet" in [
        z.title for z in dialog.preview_plan().zones
    ] or "Thoughts and feelings" in [z.title for z in dialog.preview_plan().zones]
    icons = [dialog.list.item(i).icon().isNull() for i in range(dialog.list.count())]
    assert icons == [False] * len(TEMPLATES), "each template has a small picture"
    dialog.reject()


def test_insert_template_goes_right_of_the_content_and_is_shown(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    new_board(window, qtbot, tmp_path / "lisää.pajalauta", "idea_lists", "fi")
    doc = window.document
    assert doc is not None and window.view is not None and window.undo_stack is not None
    [first] = doc.frames.all()
    doc.notes.add([{"text": "Avoimet ovet", "x": first.x + first.width + 100.0, "y": 50.0}])
    before = file_rows(window)
    dialog = template_actions(window).open_insert_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.list.item(0).text() == TEMPLATES["dream_fear"].name.fi, "board's language"
    dialog.select("journey_map")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: len(doc.frames.all()) == 2)
    journey = doc.frames.all()[1]
    assert journey.x >= first.x + first.width + 100.0 + 200.0, "right of everything"
    assert journey.y == first.y
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(journey.x + journey.width / 2, journey.y + journey.height / 2)
    assert visible.width() < 2.5 * journey.width, "zoomed to the new frame"
    after = file_rows(window)
    window.undo_stack.undo()
    assert file_rows(window) == before
    window.undo_stack.redo()
    assert file_rows(window) == after


def test_the_insert_menu_lists_every_template_by_name(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    new_board(window, qtbot, tmp_path / "valikko.pajalauta", "journey_map", "en")
    actions = template_actions(window)
    actions._fill_templates_menu()
    names = [a.text() for a in actions.templates_menu.actions()]
    assert names == [t.name.en for t in TEMPLATES.values()]
    actions.templates_menu.actions()[0].trigger()
    assert window.document is not None
    assert [f.template_key for f in window.document.frames.all()] == ["journey_map", "dream_fear"]


def test_preview_colours_come_from_the_template(window: MainWindow, qtbot: QtBot) -> None:
    dialog = template_actions(window).new_board_from_template(None)
    qtbot.waitExposed(dialog)
    dialog.select("dream_fear")
    image = dialog.preview.pixmap().toImage()
    colours = {
        image.pixelColor(x, y).name().upper()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert {"#EDF8E7", "#FBEBEA"} <= colours, "dreams green and fears red"
    assert QColor("#EAF2FB").name().upper() in colours
    dialog.reject()
