"""The quick-note target follows the laptop, never the projector; it lists cells under their
frame, filters them by typing, and each group keeps its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from tests.ui.room_boards import cells, make_room_board, open_board, settle, type_text, wait_for
from ui.main_window import MainWindow
from ui.target_list import FOLLOW


def centre_on_zone(window: MainWindow, zone_id: int) -> None:
    assert window.document is not None and window.view is not None
    zone = window.document.frames.zone(zone_id)
    assert zone is not None
    window.view.zoom_reset()
    window.view.centerOn(QRectF(zone.x, zone.y, zone.width, zone.height).center())


def test_the_target_follows_the_laptop_view_and_not_the_projector(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "seuraa.pajalauta"))
    quick = window.room.quick
    first, second = cells(doc)[0], cells(doc, 1)[2]
    centre_on_zone(window, first)
    settle(300)
    assert quick.target_zone() == first, "the cell under the middle of the laptop view"
    assert doc.frames.label(first) in window.room.bar.zones.currentText()

    qtbot.keyClick(window.view, Qt.Key.Key_F5)  # the projector opens
    presenter = window.room.presenter.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    for _ in range(4):  # the facilitator pages the projector through frames and cells
        qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
        settle(20)
        assert quick.target_zone() == first, "the projector never moves the target"
    centre_on_zone(window, second)
    settle(200)
    assert quick.target_zone() == second


def test_selecting_a_note_makes_its_cell_the_target_and_typed_notes_go_there(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "valittu.pajalauta"))
    fear = cells(doc)[3]
    inside = doc.notes.add(
        [
            {
                "text": "Hinta nousee",
                "zone_id": fear,
                "x": doc.frames.zone(fear).x + 20,  # type: ignore[union-attr]
                "y": doc.frames.zone(fear).y + 60,
            }
        ]
    )[0]  # type: ignore[union-attr]
    window.view.zoom_to_fit()
    settle()
    qtbot.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.view.mapFromScene(
            window.scene.item_for(inside)  # type: ignore
            .scene_rect()
            .center()
        ),
    )
    settle()
    assert window.scene.selected_note_ids() == [inside]  # type: ignore[union-attr]
    assert window.room.quick.target_zone() == fear
    window.room.quick.focus_box()
    type_text(window.room.bar.entry, "Kuljettaja kysyy")
    qtbot.keyClick(window.room.bar.entry, Qt.Key.Key_Return)
    made = next(n for n in doc.notes.all() if n.text == "Kuljettaja kysyy")
    assert made.zone_id == fear


def test_cells_are_listed_under_their_frame_and_filtered_by_typing(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "lista.pajalauta"))
    combo = window.room.bar.zones
    # The list is built just after the board's first frame is on screen.
    wait_for(qtbot, lambda: combo.model().rowCount() > 2)
    model = combo.model()
    titles = [frame.title for frame in doc.frames.all()]
    headers = [
        row
        for row in range(model.rowCount())
        if not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
    ]
    assert [model.index(row, 0).data() for row in headers] == titles, "one title per frame"
    assert all(model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold() for row in headers)
    dream_cells = set(cells(doc, 0))
    between = [
        model.index(row, 0).data(Qt.ItemDataRole.UserRole)
        for row in range(headers[0] + 1, headers[1])
    ]
    assert set(between) == dream_cells, "a frame's cells come right under its title"

    combo.lineEdit().setFocus()
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "pahin")
    popup = window.room.quick.list.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    shown = window.room.quick.list.completer.completionModel()
    texts = [shown.index(row, 0).data() for row in range(shown.rowCount())]
    assert texts and all("pahin" in text.lower() and " › " in text for text in texts), texts
    assert len(texts) < len(dream_cells), "typing narrows the list"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle()
    chosen = window.room.quick.target_zone()
    assert chosen is not None and "pahin" in doc.frames.label(chosen).lower()


def test_each_group_keeps_its_own_target(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    doc = open_board(window, make_room_board(tmp_path / "ryhmat.pajalauta"))
    quick = window.room.quick
    dreams, ideas = cells(doc)[1], cells(doc, 1)[0]
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    quick.set_target(dreams)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert quick.list.current_value() == FOLLOW, "a new group starts by following the laptop"
    quick.set_target(ideas)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert quick.target_zone() == dreams
    assert quick.list.current_value() == dreams
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert quick.target_zone() == ideas


def test_the_list_names_every_cell_as_the_file_does_and_follows_a_rename(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "nimet.pajalauta"))
    combo = window.room.bar.zones
    wait_for(qtbot, lambda: combo.model().rowCount() > 2)
    quick = window.room.quick
    every = [zone for frame in range(2) for zone in cells(doc, frame)]
    for zone_id in every:
        assert doc.frames.label(zone_id) in str(quick.list.label_of(zone_id))
    renamed = cells(doc, 1)[0]
    doc.frames.rename_zone(renamed, "Uudet ideat")
    wait_for(qtbot, lambda: "Uudet ideat" in str(quick.list.label_of(renamed)))
    assert quick.list.label_of(renamed) == doc.frames.label(renamed)
