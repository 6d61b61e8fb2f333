"""With the projector open, its stops are laid out in idle time; a pan or zoom on the laptop
is not idle time: each step is shown before any stop is laid out, and the stops follow once
the laptop rests. Real window, real wheel events."""

from __future__ import annotations

import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from canvas.stops import FRAME, ZONE
from tests.ui.test_projector_lazy import _board, _wait_idle
from tests.ui.test_projector_room import open_presenter
from tests.wheel_events import send_wheel
from ui.main_window import MainWindow


def wheel(window: MainWindow, delta: int) -> None:
    assert window.view is not None
    send_wheel(window.view.viewport(), delta)


def test_the_projectors_stops_wait_while_the_laptop_pans(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = _board(window, tmp_path, long_cell=False)
    open_presenter(window, qtbot)
    _wait_idle(window, qtbot)
    book = window.room.presenter._book
    before = dict(book.laid_out)
    note = next(n for n in doc.notes.all() if n.zone_id is not None and n.kind == "note")
    zone = doc.frames.zone(note.zone_id)  # type: ignore[arg-type]
    assert zone is not None and window.scene is not None and window.view is not None
    window.view.zoom_reset()
    window.scene.select_notes([note.id])
    window.view.set_colour_of_selected("#A8E28A" if note.colour != "#A8E28A" else "#FFE66D")
    deadline = time.perf_counter() + 0.8
    direction = -120
    while time.perf_counter() < deadline:  # a wheel notch every 30 ms, as a hand turns it
        wheel(window, direction)
        direction = -direction
        qtbot.wait(30)
        assert book.laid_out == before, "a stop was laid out between two pan steps"
    assert window.room.presenter.stops_waiting()
    _wait_idle(window, qtbot)
    again = {key for key, count in book.laid_out.items() if count != before.get(key)}
    assert again == {(ZONE, zone.id), (FRAME, zone.frame_id)}
