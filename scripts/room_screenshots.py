#!/usr/bin/env python3
"""Reproduce the README's room screenshots: the laptop and the projector during a dot vote,
with the timer running, in Finnish, on the example board.

    Xvfb :99 -screen 0 1920x1080x24 &
    DISPLAY=:99 .venv/bin/python scripts/room_screenshots.py docs/

Drives the real windows through their public controls (no private state is set), then grabs
each window as it is on screen.
"""

from __future__ import annotations

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


def main(out: Path) -> int:
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
    doc, room = window.document, window.room
    assert doc is not None
    ideas = next(f for f in doc.frames.all() if f.template_key == "idea_lists")
    notes = doc.frames.notes_in([z.id for z in doc.frames.zones(ideas.id)])
    room.votes.start_vote("Paras idea", budget=3, frame_id=ideas.id)
    picks = {0: [0, 0, 5], 1: [9, 0], 2: [5, 14, 17]}
    for index, group in enumerate(doc.groups.all()):
        room.groups.set_current(group.id)
        for pick in picks.get(index, []):
            room.votes.place_dot(notes[pick % len(notes)].id)
    window.countdown.start(5 * 60)
    room.presenter.set_open(True)
    frame_stop = next(s for s in room.presenter.stops() if s.kind == "frame" and s.id == ideas.id)
    room.presenter.go_to(frame_stop, animate=False)
    settle(app, 1.0)
    window.view.zoom_to_rect(frame_stop.rect)  # after the vote panel has taken its room
    settle(app, 1.5)
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "room-laptop.png"))
    presenter = room.presenter.presenter
    assert presenter is not None
    presenter.grab().save(str(out / "room-projector.png"))
    print(f"saved {out / 'room-laptop.png'} and {out / 'room-projector.png'}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
