"""Groups on one shared laptop: defaults, keys 1–9, new notes in the group's colour, add /
rename / remove with undo, and highlighting one group's notes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from models.document import BoardDocument
from models.palette import PALETTE
from tests.ui.room_boards import grab, open_board, settle, type_text, view_rect
from ui.main_window import MainWindow


def empty_board(tmp_path: Path, name: str = "ryhmät.pajalauta", groups: bool = True) -> Path:
    """A board as the window's New makes it (three groups), or one without groups."""
    path = tmp_path / name
    doc = BoardDocument.create(path, title="Ryhmätyö", language="fi")
    if groups:
        doc.groups.ensure_defaults("fi")
    doc.close()
    return path


def type_into_view(window: MainWindow, text: str) -> None:
    type_text(window.view, text)


def test_a_new_board_gets_three_groups_in_its_language(window: MainWindow, tmp_path: Path) -> None:
    assert window.files.new_board(tmp_path / "ryhmät.pajalauta")
    doc = window.document
    assert doc is not None
    names = [g.name for g in doc.groups.all()]
    assert len(names) == 3 and names[0].endswith("1")
    picker = window.room.bar.picker
    assert picker.current() == doc.groups.all()[0].id
    window.close_board()
    again = BoardDocument.open(tmp_path / "ryhmät.pajalauta")
    assert again.groups.count() == 3, "stored in the file, not only shown"
    again.close()


def test_opening_a_board_without_groups_writes_nothing(window: MainWindow, tmp_path: Path) -> None:
    path = empty_board(tmp_path, groups=False)
    before = path.read_bytes()
    doc = open_board(window, path)
    assert doc.groups.count() == 0 and window.room.bar.picker.current() is None
    window.close_board()
    assert path.read_bytes() == before, "opening and closing changed the file"


def test_keys_choose_the_group_and_new_notes_take_its_colour_and_tag(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, empty_board(tmp_path))
    groups = doc.groups.all()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert window.room.bar.picker.current() == groups[1].id
    assert window.room.groups.choose[1].isChecked()
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_into_view(window, "Toiveruuat 2 kertaa viikossa")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert window.room.bar.picker.current() == groups[2].id
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_into_view(window, "Avoimet ovet")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    notes = {n.text: n for n in doc.notes.all()}
    assert notes["Toiveruuat 2 kertaa viikossa"].group_id == groups[1].id
    assert notes["Toiveruuat 2 kertaa viikossa"].colour == groups[1].colour
    assert notes["Avoimet ovet"].group_id == groups[2].id
    assert notes["Avoimet ovet"].colour == PALETTE["green"] == groups[2].colour


def test_digits_typed_into_a_note_or_the_quick_box_stay_text(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, empty_board(tmp_path))
    first = doc.groups.all()[0].id
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_into_view(window, "Klo 9-12, 3 ryhmää")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert [n.text for n in doc.notes.all()] == ["Klo 9-12, 3 ryhmää"]
    assert window.room.groups.current == first, "typing digits did not switch the group"
    box = window.room.bar.entry
    box.setFocus()
    qtbot.keyClicks(box, "2 uutta ideaa")
    assert box.text() == "2 uutta ideaa"
    assert window.room.groups.current == first


def test_nine_keys_and_a_missing_group_does_nothing(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    open_board(window, empty_board(tmp_path))
    window.view.setFocus()
    current = window.room.groups.current
    qtbot.keyClick(window.view, Qt.Key.Key_7)
    assert window.room.groups.current == current
    assert not window.room.groups.choose[6].isVisible()


def test_add_rename_remove_are_undoable_and_removal_keeps_the_notes(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, empty_board(tmp_path))
    groups = window.room.groups
    new_id = groups.add_group("Kiireen kesyttäjät")
    assert new_id is not None and groups.current == new_id
    assert [g.name for g in doc.groups.all()][-1] == "Kiireen kesyttäjät"
    assert "4  Kiireen kesyttäjät" in [b.text() for b in window.room.bar.picker._buttons.buttons()]
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_into_view(window, "Oma bussi retkiin")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    note = doc.notes.all()[0]
    assert note.group_id == new_id

    groups.rename_current("Innostujat")
    assert doc.groups.get(new_id).name == "Innostujat"
    groups.recolour_current(PALETTE["purple"])
    assert doc.groups.get(new_id).colour == PALETTE["purple"]
    assert window.view.current_colour == PALETTE["purple"]

    groups.remove_current()
    assert doc.groups.get(new_id) is None
    assert doc.notes.get(note.id).text == "Oma bussi retkiin", "the note stays"
    assert doc.notes.get(note.id).group_id is None
    assert groups.current != new_id

    for _ in range(3):  # remove, recolour, rename
        window.acts.undo.trigger()
    assert doc.groups.get(new_id).name == "Kiireen kesyttäjät"
    assert doc.notes.get(note.id).group_id == new_id, "undo tags the notes again"
    window.close_board()
    reopened = BoardDocument.open(tmp_path / "ryhmät.pajalauta")
    assert reopened.groups.get(new_id).name == "Kiireen kesyttäjät"
    reopened.close()


def test_highlighting_a_group_fades_the_other_groups_notes(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "korostus.pajalauta"
    doc = BoardDocument.create(path, language="fi")
    doc.groups.ensure_defaults("fi")
    one, two = [g for g in doc.groups.all()][:2]
    doc.notes.add(
        [
            {"text": "", "colour": one.colour, "group_id": one.id, "x": 0.0, "y": 0.0},
            {"text": "", "colour": two.colour, "group_id": two.id, "x": 300.0, "y": 0.0},
        ]
    )
    doc.close()
    doc = open_board(window, path)
    window.view.zoom_reset()
    window.view.centerOn(250.0, 100.0)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.room.bar.highlight.click()
    settle()
    image = grab(window.view.viewport())
    mine = view_rect(window.view, QRectF(0, 0, 200, 200)).center()
    other = view_rect(window.view, QRectF(300, 0, 200, 200)).center()
    assert image.pixelColor(mine).name().upper() == one.colour
    faded = image.pixelColor(other)
    assert faded.name().upper() != two.colour
    assert faded.saturation() < 60, "the other group's note is washed out"
    window.room.bar.highlight.click()
    settle()
    assert grab(window.view.viewport()).pixelColor(other).name().upper() == two.colour
