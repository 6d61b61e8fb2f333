"""What phones cost the laptop's screen: notes that reach the laptop together are written in
one pass (one commit, one scene update) and each still its own undo step, every one on the
screen; a phone's dot repaints its note, not the laptop's whole view."""

from __future__ import annotations

import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.records import Change
from tests.ui.phone_support import POOL, Phone, joined, run, setup, wait
from tests.ui.room_boards import grab, settle, view_rect
from ui.main_window import MainWindow


class PaintRegions(QObject):
    """The regions Qt asks the laptop's viewport to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.regions.append(event.region().boundingRect())
        return False


def phones_in_groups(qtbot: QtBot, window: MainWindow, first: Phone, count: int) -> list[Phone]:
    phones = [first, *(Phone(first.base, first.token) for _ in range(count - 1))]
    for index, phone in enumerate(phones):
        joined(qtbot, window, phone, group=index % 3, name=f"P{index}")
    return phones


def test_notes_arriving_together_take_one_pass_each_its_own_undo_step_all_on_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first, cells, _themes = setup(window, tmp_path)
    doc, view, stack = window.document, window.view, window.undo_stack
    frame = doc.frames.all()[0]
    view.zoom_to_rect(QRectF(frame.x, frame.y, frame.width, frame.height))
    phones = phones_in_groups(qtbot, window, first, 6)
    gate = window.phones.gate
    gate.turn_seconds = gate.backlog_seconds = 10.0  # one turn for all, however slow the machine
    passes: list[Change] = []
    doc.subscribe(lambda changes: passes.extend(c for c in changes if c.entity == "note"))
    steps_before = stack.count()

    sent: list[Future[tuple[int, dict[str, Any]]]] = [
        POOL.submit(
            lambda p=p, i=i: p.request(
                "POST", "/api/notes", {"zone_id": cells[i % 2], "text": f"Yhdessä {i}"}
            )
        )
        for i, p in enumerate(phones)
    ]
    deadline = time.monotonic() + 15
    while len(gate._queue) < len(phones) and time.monotonic() < deadline:
        time.sleep(0.01)  # the laptop busy elsewhere: the notes queue up for the GUI thread
    assert len(gate._queue) == len(phones)
    answers = [wait(qtbot, future) for future in sent]
    assert all(status == 200 for status, _ in answers), answers
    ids = {answer["id"] for _, answer in answers}

    added = [c for c in passes if c.added]
    assert len(added) == 1 and added[0].added == ids, "one commit, one scene update"
    assert stack.count() == steps_before + len(phones), "each phone's note its own step"
    settle()
    shown = grab(view.viewport())
    visible = view.viewport().rect()
    for note in doc.notes.many(sorted(ids)):
        item = window.scene.item_for(note.id)
        assert item is not None and item.isVisible()
        on_screen = view_rect(view, QRectF(note.x, note.y, note.width, note.height))
        assert visible.contains(on_screen), "the whole note in the laptop's view"
        corner = on_screen.topLeft() + QPoint(2, 2)
        assert shown.pixelColor(corner).name().upper() == note.colour.upper()

    for undone in range(1, len(phones) + 1):
        stack.undo()
        assert len(ids - {n.id for n in doc.notes.all()}) == undone
    assert all(window.scene.item_for(i) is None for i in ids)
    for _ in phones:
        stack.redo()
    assert ids <= {n.id for n in doc.notes.all()}


def test_a_phone_dot_repaints_its_note_not_the_whole_view(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    doc, view = window.document, window.view
    frame = doc.frames.all()[0]
    view.zoom_to_rect(QRectF(frame.x, frame.y, frame.width, frame.height))
    joined(qtbot, window, phone)
    note_id = run(
        qtbot,
        lambda: phone.request("POST", "/api/notes", {"zone_id": cells[0], "text": "Pisteelle"}),
    )[1]["id"]
    window.room.votes.start_vote("Paras idea", 3, "person")
    window.scene.finish_layouts()
    qtbot.wait(1200)  # the docks laid out (the phone panel counts the note once a second)
    note = doc.notes.get(note_id)
    assert note is not None
    on_screen = view_rect(view, QRectF(note.x, note.y, note.width, note.height))
    before = grab(view.viewport()).copy(on_screen)
    regions = PaintRegions()
    view.viewport().installEventFilter(regions)
    try:
        status, answer = run(
            qtbot, lambda: phone.request("POST", "/api/dots", {"note_id": note_id})
        )
        assert status == 200, answer
        qtbot.waitUntil(lambda: bool(regions.regions), timeout=5000)
        settle()
    finally:
        view.viewport().removeEventFilter(regions)
    whole = view.viewport().rect()
    assert all(not r.contains(whole) for r in regions.regions), "never the whole view"
    assert any(r.intersects(on_screen) for r in regions.regions), "the dotted note repainted"
    after = grab(view.viewport()).copy(on_screen)
    assert after != before, "the dot shows on the laptop"
    assert window.room.votes.tally.count(note_id) == 1
    QApplication.processEvents()
