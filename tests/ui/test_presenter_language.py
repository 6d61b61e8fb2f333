"""The room's widgets follow a language switch both ways (menus, bar, panel, projector).

The Finnish catalogue is filled in separately, so this test installs its own small translator
for a few of the room's strings: what it checks is that every new widget re-reads its texts
when the language changes, and back again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from tests.ui.room_boards import make_room_board, open_board, settle
from ui.main_window import MainWindow

FINNISH = {
    ("Room", "&Workshop"): "&Työpaja",
    ("RoomBar", "Type a note and press Enter"): "Kirjoita lappu ja paina Enter",
    ("RoomBar", "&Quick note:"): "&Pikalappu:",
    ("GroupPicker", "Who is writing?"): "Kuka kirjoittaa?",
    ("PresenterControl", "&Presenter Window"): "&Esitysikkuna",
    ("PresenterControl", "&Hide Texts on the Projector"): "&Piilota tekstit projektorilta",
    ("GroupsControl", "&Groups"): "&Ryhmät",
    ("VoteControl", "&Start a Vote…"): "&Aloita äänestys…",
    ("VoteControl", "Dot Vote"): "Pisteäänestys",
    ("VotePanel", "End the Vote"): "Lopeta äänestys",
    ("PresenterWindow", "Pajalauta — projector"): "Pajalauta — projektori",
    ("QuickEntry", "Loose, in the middle of the view"): "näkymän keskelle",
}


class SmallFinnish(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return FINNISH.get((context, source), "")

    def isEmpty(self) -> bool:
        return False


def texts(window: MainWindow) -> dict[str, str]:
    room = window.room
    presenter = room.presenter.presenter
    return {
        "menu": room.menu.title(),
        "placeholder": room.bar.entry.placeholderText(),
        "label": room.bar.entry_label.text(),
        "who": room.bar.picker._label.text(),
        "presenter": room.presenter.open.text(),
        "hide": room.presenter.hide_texts.text(),
        "groups": room.groups.menu.title(),
        "vote": room.votes.start.text(),
        "dock": room.votes.dock.windowTitle(),
        "end": room.votes.panel.end.text(),
        "projector": presenter.windowTitle() if presenter is not None else "",
        "into": room.bar.zones.itemText(1),
    }


def test_room_texts_switch_language_both_ways(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    open_board(window, make_room_board(tmp_path / "kieli.pajalauta"))
    window.room.presenter.open.trigger()
    english = texts(window)
    assert english["menu"] == "&Workshop" and english["end"] == "End the Vote"
    translator = SmallFinnish()
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    settle()  # Qt posts the LanguageChange events
    try:
        finnish = texts(window)
        assert finnish == {
            "menu": "&Työpaja",
            "placeholder": "Kirjoita lappu ja paina Enter",
            "label": "&Pikalappu:",
            "who": "Kuka kirjoittaa?",
            "presenter": "&Esitysikkuna",
            "hide": "&Piilota tekstit projektorilta",
            "groups": "&Ryhmät",
            "vote": "&Aloita äänestys…",
            "dock": "Pisteäänestys",
            "end": "Lopeta äänestys",
            "projector": "Pajalauta — projektori",
            "into": "näkymän keskelle",
        }
        assert "&Työpaja" in [a.text() for a in window.menuBar().actions()]
    finally:
        app.removeTranslator(translator)
        settle()
    assert texts(window) == english
