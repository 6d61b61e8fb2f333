"""The gate between the phone server's thread and the board: work queued when the board is
closed to phones is dropped unwritten, and a batch is one transaction whose phone changes are
still separate undo steps."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from models.frame_types import is_cell
from models.phone_ops import add_note, join
from models.phone_room import PhoneRoom
from tests.ui.phone_support import make_phone_board
from tests.ui.room_boards import open_board, settle
from ui.main_window import MainWindow
from ui.phone_gate import PhoneStepCommand, QtGate


def test_queued_work_is_dropped_when_the_gate_closes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    doc = open_board(window, make_phone_board(tmp_path / "portti.pajalauta"))
    room = PhoneRoom()
    frame = doc.frames.all()[0]
    room.set_open(frame.id, True)
    cell = next(z.id for z in doc.frames.zones(frame.id) if is_cell(z))
    phone = join(doc, room, None, {"group_id": None})[0]
    pushed = []
    gate = QtGate(doc, pushed.append)
    future = gate.submit(
        lambda d, apply: add_note(d, room, phone, {"zone_id": cell, "text": "myöhässä"}, apply)
    )
    gate.close()
    settle()
    assert future.cancelled() and doc.notes.count() == 0 and pushed == []
    assert gate.submit(lambda d, apply: None).exception() is not None


def test_a_batch_is_one_notification_and_separate_undo_steps(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    doc = open_board(window, make_phone_board(tmp_path / "erä.pajalauta"))
    room = PhoneRoom()
    frame = doc.frames.all()[0]
    room.set_open(frame.id, True)
    cell = next(z.id for z in doc.frames.zones(frame.id) if is_cell(z))
    phone = join(doc, room, None, {"group_id": None, "name": "Aino"})[0]
    notifications = []
    doc.subscribe(notifications.append)

    def record(change):  # type: ignore[no-untyped-def]
        window.undo_stack.push(PhoneStepCommand(doc, change, print))

    gate = QtGate(doc, record)
    gate.turn_seconds = gate.backlog_seconds = 60.0  # however slow the machine, one turn
    futures = [
        gate.submit(
            lambda d, apply, n=n: add_note(
                d, room, phone, {"zone_id": cell, "text": f"lappu {n}"}, apply
            )
        )
        for n in range(5)
    ]
    futures.append(
        gate.submit(
            lambda d, apply: add_note(d, room, phone, {"zone_id": 999_999, "text": "ei"}, apply)
        )
    )
    qtbot.waitUntil(lambda: all(f.done() for f in futures))
    assert [f.exception() is None for f in futures] == [True] * 5 + [False]
    assert doc.notes.count() == 5 and len(notifications) == 1
    assert window.undo_stack.count() == 5
    window.undo_stack.undo()
    assert doc.notes.count() == 4


def test_work_beyond_the_turns_time_waits_for_the_next_turn_and_keeps_its_order(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    doc = open_board(window, make_phone_board(tmp_path / "vuoro.pajalauta"))
    room = PhoneRoom()
    frame = doc.frames.all()[0]
    room.set_open(frame.id, True)
    cell = next(z.id for z in doc.frames.zones(frame.id) if is_cell(z))
    phone = join(doc, room, None, {"group_id": None})[0]
    notifications: list[object] = []
    doc.subscribe(notifications.append)
    gate = QtGate(doc, lambda change: None)
    gate.turn_seconds = gate.backlog_seconds = 0.0  # every piece of work is a turn of its own
    futures = [
        gate.submit(
            lambda d, apply, n=n: add_note(d, room, phone, {"zone_id": cell, "text": f"{n}"}, apply)
        )
        for n in range(4)
    ]
    qtbot.waitUntil(lambda: all(f.done() for f in futures))
    assert len(notifications) == 4, "one commit per turn"
    ids = [f.result().note_ids[0] for f in futures]
    assert [n.text for n in doc.notes.many(ids)] == ["0", "1", "2", "3"] and ids == sorted(ids)


def test_work_that_waited_long_runs_in_a_larger_turn(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A storm drains in fewer, larger batches: each batch repaints the laptop once."""
    doc = open_board(window, make_phone_board(tmp_path / "ruuhka.pajalauta"))
    room = PhoneRoom()
    frame = doc.frames.all()[0]
    room.set_open(frame.id, True)
    cell = next(z.id for z in doc.frames.zones(frame.id) if is_cell(z))
    phone = join(doc, room, None, {"group_id": None})[0]
    notifications: list[object] = []
    doc.subscribe(notifications.append)
    gate = QtGate(doc, lambda change: None)
    gate.turn_seconds, gate.backlog_seconds, gate.backlog_age = 0.0, 60.0, 0.0
    futures = [
        gate.submit(
            lambda d, apply, n=n: add_note(d, room, phone, {"zone_id": cell, "text": f"{n}"}, apply)
        )
        for n in range(4)
    ]
    qtbot.waitUntil(lambda: all(f.done() for f in futures))
    assert len(notifications) == 1, "everything that waited in one commit"
