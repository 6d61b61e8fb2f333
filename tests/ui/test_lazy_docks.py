"""The window's docks are built when first shown; their menu actions work from the start.

None is open at start (the window restores no dock state), so building them up front only
delayed the first painted board.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QUndoView
from pytestqt.qtbot import QtBot

from tests.ui.room_boards import make_room_board, open_board
from ui.main_window import MainWindow


def docks(window: MainWindow) -> dict[str, QDockWidget]:
    return {dock.objectName(): dock for dock in window.findChildren(QDockWidget)}


def test_no_dock_is_built_before_it_is_shown(window: MainWindow, tmp_path: Path) -> None:
    open_board(window, make_room_board(tmp_path / "lazy.pajalauta"))
    assert docks(window) == {}
    menu_actions = window.room.menu.actions()
    assert window.room.presenter.stops_toggle in menu_actions
    assert window.room.votes.show_panel in menu_actions
    assert window.acts.history in window.acts.menus["view"].actions()
    assert not window.acts.history.isChecked()


def test_the_undo_history_opens_and_closes_from_its_shortcut(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    open_board(window, make_room_board(tmp_path / "history.pajalauta"))
    assert window.view is not None
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Delete)  # nothing selected: no step
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dock = docks(window)["historyDock"]
    assert dock.isVisible() and window.acts.history.isChecked()
    assert isinstance(dock.widget(), QUndoView)
    assert dock.windowTitle() == "Undo History"
    dock.close()  # the dock's own close button
    assert not window.acts.history.isChecked()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert dock.isVisible() and window.acts.history.isChecked()
    assert list(docks(window)) == ["historyDock"], "one dock, built once"


def test_the_stops_and_vote_docks_open_from_the_workshop_menu(
    window: MainWindow, tmp_path: Path
) -> None:
    open_board(window, make_room_board(tmp_path / "menu.pajalauta"))
    presenter, votes = window.room.presenter, window.room.votes
    presenter.stops_toggle.trigger()
    stops = docks(window)["stopsDock"]
    assert stops.isVisible() and presenter.stops_toggle.isChecked()
    assert stops.windowTitle() == "Projector"
    presenter.stops_toggle.trigger()
    assert not stops.isVisible()

    votes.show_panel.trigger()
    vote_dock = docks(window)["voteDock"]
    assert vote_dock.isVisible() and votes.show_panel.isChecked()
    assert vote_dock.windowTitle() == "Dot Vote"
    vote_dock.close()
    assert not votes.show_panel.isChecked()
    assert "phoneDock" not in docks(window), "the phone panel waits for phones"


def test_a_vote_started_before_the_panel_existed_fills_it(
    window: MainWindow, tmp_path: Path
) -> None:
    open_board(window, make_room_board(tmp_path / "vote.pajalauta"))
    votes = window.room.votes
    assert votes.start_vote("Paras idea", budget=3) is not None
    dock = docks(window)["voteDock"]
    assert dock.isVisible() and votes.show_panel.isChecked()
    listed = [votes.panel.votes.itemText(i) for i in range(votes.panel.votes.count())]
    assert len(listed) == 1 and listed[0].startswith("Paras idea")
