#!/usr/bin/env python3
"""Reproduce the README's room screenshots, and one picture of the projector at every stop.

Run it on an X server with two screens (the laptop's and a 1280×720 projector), as in a room:

    Xvfb :99 -screen 0 1920x1080x24 -screen 1 1280x720x24 &
    DISPLAY=:99 .venv/bin/python scripts/room_screenshots.py docs/ [--stops DIR]

It opens the example board in Finnish, opens the projector (F5's action) on the other screen,
steps through every stop (``--stops`` saves each one), then runs a dot vote on the idea lists
with the timer going and ends it, and saves:

* ``projector-board.png``: the whole board; ``projector-frame.png``: the first frame;
  ``projector-cell.png``: a cell's notes in the reading layout;
* ``projector-ranking.png``: the vote's result, big;
* ``room-laptop.png`` / ``room-projector.png``: the laptop (with the projector preview) and the
  projector during the vote.

Drives the real windows through their public controls, then grabs each window as it is.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def settle(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def main(out: Path, stops_dir: Path | None) -> int:
    from PySide6.QtCore import QSettings

    from ui.app import make_application
    from ui.i18n import install_language

    work = Path(tempfile.mkdtemp(prefix="pajalauta-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = make_application()
    install_language("fi")
    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    window.files.open_demo(folder=work)
    settle(app, 0.5)
    doc, room = window.document, window.room
    assert doc is not None
    control = room.presenter
    control.set_open(True)
    settle(app, 1.0)
    presenter = control.presenter
    assert presenter is not None
    print(f"projector on {presenter.screen().name()!r}: {presenter.width()}×{presenter.height()}")
    out.mkdir(parents=True, exist_ok=True)
    if stops_dir is not None:
        stops_dir.mkdir(parents=True, exist_ok=True)
    saved_cell = False
    for index, stop in enumerate(control.stops()):
        control.go_to(stop, animate=False)
        settle(app, 0.25)
        picture = presenter.grab()
        if stops_dir is not None:
            picture.save(str(stops_dir / f"{index:02d}-{stop.kind}.png"))
        if index == 0:
            picture.save(str(out / "projector-board.png"))
        if stop.kind == "frame" and stop.id == doc.frames.all()[0].id:
            picture.save(str(out / "projector-frame.png"))
        if (
            stop.kind == "zone"
            and not saved_cell
            and control.plan(stop) is not None
            and len(doc.frames.notes_in([stop.id or 0])) >= 6
        ):
            picture.save(str(out / "projector-cell.png"))
            saved_cell = True

    ideas = next(f for f in doc.frames.all() if f.template_key == "idea_lists")
    notes = doc.frames.notes_in([z.id for z in doc.frames.zones(ideas.id)])
    room.votes.start_vote("Paras idea", budget=3, frame_id=ideas.id)
    picks = {0: [0, 0, 5], 1: [9, 0, 3], 2: [5, 14, 17]}
    for index, group in enumerate(doc.groups.all()):
        room.groups.set_current(group.id)
        for pick in picks.get(index, []):
            room.votes.place_dot(notes[pick % len(notes)].id)
    window.countdown.start(5 * 60)
    cell = next(s for s in control.stops() if s.kind == "zone" and s.frame_id == ideas.id)
    control.go_to(cell, animate=False)
    assert window.view is not None
    window.view.zoom_to_rect(cell.rect.adjusted(-300, -200, 300, 200))
    settle(app, 1.5)
    window.grab().save(str(out / "room-laptop.png"))
    presenter.grab().save(str(out / "room-projector.png"))
    room.votes.end_vote()
    settle(app, 0.8)
    presenter.grab().save(str(out / "projector-ranking.png"))
    print(
        f"saved the projector's board, frame, cell and ranking, the laptop and the projector "
        f"during the vote, under {out}"
    )
    control.set_open(False)
    window.close()
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Room and projector screenshots")
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs"))
    parser.add_argument(
        "--stops", type=Path, default=None, help="save the projector at every stop here too"
    )
    args = parser.parse_args()
    raise SystemExit(main(args.out, args.stops))
