"""A board named on the command line that does not exist yet is made in the language the
window speaks, like File › New Board: an English facilitator does not get "Ryhmä 1"."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.app import open_first_board
from ui.i18n import install_language
from ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("language", "first_group"), [("en", "Group 1"), ("fi", "Ryhmä 1"), ("sv", "Grupp 1")]
)
def test_a_board_made_from_the_command_line_speaks_the_window_language(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, language: str, first_group: str
) -> None:
    assert install_language(language)
    path = tmp_path / "uusi.pajalauta"
    open_first_board(window, path, False, False)
    document = window.document
    assert document is not None
    assert document.info().language == language
    assert document.groups.all()[0].name == first_group
