#!/usr/bin/env python3
"""Reproduce the README's private-writing screenshots: twelve phones write privately into the
projector's frame; the laptop (with the Phones panel counting what is hidden) and the
projector show blank cards; then the facilitator reveals them. In Finnish.

    Xvfb :99 -screen 0 1920x1080x24 &
    DISPLAY=:99 .venv/bin/python scripts/phone_private_screenshots.py docs/

Only 127.0.0.1 is served and visited (plain HTTP from this process, no browser).
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = (
    "Pelkään, että kiire vie ajan asiakkailta",
    "Uskallanko sanoa, että tiedotus ei kulje?",
    "Vuorolistat tulevat liian myöhään",
    "Toivon, että meitä kuunneltaisiin",
    "Asiakkaat soittavat, kukaan ei vastaa",
    "Tauot jäävät pitämättä",
)


def main(out: Path) -> int:
    from models.frame_types import is_cell
    from scripts.phone_screenshots import demo_open_to_phones, settle
    from tests.ui.phone_support import Phone

    app, window, frame, stop = demo_open_to_phones("pajalauta-private-shots-")
    doc, room = window.document, window.room
    control = window.phones
    control.panel.on_projector.setChecked(False)
    control.panel.private.setChecked(True)
    cells = [z.id for z in doc.frames.zones(frame.id) if is_cell(z)]
    groups = [g.id for g in doc.groups.all()]
    base, token = control.server.url(with_token=False), control.room.token

    def phone(n: int) -> None:
        device = Phone(base, token)
        device.request("POST", "/api/join", {"group_id": groups[n % len(groups)]})
        for k in range(2):
            text = WORDS[(n + k) % len(WORDS)]
            device.request("POST", "/api/notes", {"zone_id": cells[(n + k) % 4], "text": text})

    with ThreadPoolExecutor(12) as pool:
        jobs = [pool.submit(phone, n) for n in range(12)]
        while not all(job.done() for job in jobs):
            settle(app, 0.05)
    control._refresh()
    window.view.zoom_to_rect(stop.rect)
    out.mkdir(parents=True, exist_ok=True)
    settle(app, 2.0)
    window.grab().save(str(out / "phones-private-laptop.png"))
    presenter = room.presenter.presenter
    assert presenter is not None
    # The cell that got the most notes, as its own stop: a reading layout of big cards.
    counts = {z: len(doc.frames.notes_in([z])) for z in cells}
    busiest = max(counts, key=lambda z: counts[z])
    cell_stop = next(s for s in room.presenter.stops() if s.kind == "zone" and s.id == busiest)
    room.presenter.go_to(cell_stop, animate=False)
    settle(app, 2.0)
    presenter.grab().save(str(out / "phones-private-projector.png"))
    control.panel.reveal.click()
    settle(app, 2.0)
    presenter.grab().save(str(out / "phones-revealed-projector.png"))
    print(
        "saved",
        *(
            out / n
            for n in (
                "phones-private-laptop.png",
                "phones-private-projector.png",
                "phones-revealed-projector.png",
            )
        ),
    )
    control.stop()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
