"""The facilitator's side (private writing: test_phone_private.py): the panel counts phones
and arrivals per group, one participant's notes come off in one undo step, and
the join card sits on the projector while the board is open to phones."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from models.frame_types import is_cell
from tests.ui.phone_support import Phone, make_phone_board, open_phones, run
from tests.ui.room_boards import open_board
from tests.ui.test_presenter import open_presenter
from ui.main_window import MainWindow


def start(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> tuple[Phone, list[int]]:
    doc = open_board(window, make_phone_board(tmp_path / "ohjaus.pajalauta"))
    control = open_phones(window)
    dream = doc.frames.all()[0]
    control.room.set_open(dream.id, True)
    cells = [z.id for z in doc.frames.zones(dream.id) if is_cell(z)]
    phone = Phone(control.server.url(with_token=False), control.room.token)
    group_id = doc.groups.all()[2].id
    assert (
        run(
            qtbot,
            lambda: phone.request("POST", "/api/join", {"group_id": group_id, "name": "Aino"}),
        )[0]
        == 200
    )
    return phone, cells


def write(qtbot: QtBot, phone: Phone, cell: int, text: str) -> int:
    status, answer = run(
        qtbot, lambda: phone.request("POST", "/api/notes", {"zone_id": cell, "text": text})
    )
    assert status == 200, answer
    return int(answer["id"])


def test_panel_counts_phones_and_arrivals_per_group(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells = start(window, tmp_path, qtbot)
    control = window.phones
    for text in ("yksi", "kaksi"):
        write(qtbot, phone, cells[1], text)
    control._refresh()
    group = window.document.groups.all()[2].name
    assert control.panel.connected.text().endswith("1")
    assert f"{group}: 2 arrived" in control.panel.arrivals.text()
    assert control.panel.people.count() == 1
    assert control.panel.people.item(0).text().startswith("Aino")


def test_a_participants_notes_come_off_in_one_undoable_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells = start(window, tmp_path, qtbot)
    other = Phone(phone.base, phone.token)
    assert (
        run(
            qtbot, lambda: other.request("POST", "/api/join", {"group_id": None, "name": "Bertta"})
        )[0]
        == 200
    )
    mine = [write(qtbot, phone, cells[0], t) for t in ("asiaton", "toinen asiaton")]
    kept = write(qtbot, other, cells[0], "asiallinen")
    control = window.phones
    control._refresh()
    aino = next(
        i
        for i in range(control.panel.people.count())
        if control.panel.people.item(i).text().startswith("Aino")
    )
    control.panel.people.setCurrentRow(aino)
    qtbot.mouseClick(control.panel.remove, _left())
    doc = window.document
    assert doc.notes.many(mine) == [] and doc.notes.get(kept) is not None
    window.undo_stack.undo()
    assert len(doc.notes.many(mine)) == 2


def test_the_projector_shows_the_join_code_while_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    start(window, tmp_path, qtbot)
    presenter = open_presenter(window, qtbot)
    control = window.phones
    control._refresh()
    overlay = control.overlay
    assert overlay is not None and overlay.isVisible() and overlay.parent() is presenter
    code = control.room.join_code
    assert overlay.code.text().replace(" ", "").endswith(code)
    assert overlay.geometry().right() <= presenter.width()
    qtbot.mouseClick(control.panel.on_projector, _left())
    assert not overlay.isVisible()
    control.stop()
    assert control.overlay is None


def test_the_menu_action_is_off_until_opened_and_the_dialog_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_board(window, make_phone_board(tmp_path / "valikko.pajalauta"))
    control = window.phones
    assert control.action.isEnabled() and not control.action.isChecked()
    assert control.action in window.room.menu.actions()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("127.0.0.1", False))
    control.action.trigger()
    assert control.server is None and not control.action.isChecked()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("127.0.0.1", True))
    control.action.trigger()
    try:
        assert control.server is not None and control.server.host == "127.0.0.1"
        assert control.action.isChecked() and control.panel.isVisible()
    finally:
        control.action.trigger()
    assert control.server is None


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_participant_rows_change_in_place_and_keep_the_choice(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The counts come every second while phones write: a row's count changes in place
    (the facilitator's chosen row stays chosen), a phone joining adds its row."""
    phone, cells = start(window, tmp_path, qtbot)
    control = window.phones
    people = control.panel.people
    write(qtbot, phone, cells[0], "yksi")
    control._refresh()
    row = people.item(0)
    people.setCurrentRow(0)
    assert row.text().endswith(" 1")
    write(qtbot, phone, cells[0], "kaksi")
    control._refresh()
    assert people.item(0) is row and row.text().endswith(" 2") and people.currentRow() == 0
    other = Phone(phone.base, phone.token)
    assert run(qtbot, lambda: other.request("POST", "/api/join", {"name": "Bertta"}))[0] == 200
    control._refresh()
    texts = [people.item(i).text() for i in range(people.count())]
    assert len(texts) == 2 and texts[0].startswith("Aino") and texts[1].startswith("Bertta")
    assert people.currentItem().text().startswith("Aino"), "the chosen phone stays chosen"
