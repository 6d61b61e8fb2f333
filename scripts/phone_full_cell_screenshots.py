#!/usr/bin/env python3
"""Reproduce the README's full-cell screenshot: thirty phones write into one cell of the
projector's frame; the cell keeps every note (stacked on its slots once they are taken, the
top line of each covered note in view) instead of spilling into the cell below. In Finnish.

    Xvfb :99 -screen 0 1920x1080x24 &
    DISPLAY=:99 .venv/bin/python scripts/phone_full_cell_screenshots.py docs/

Only 127.0.0.1 is served and visited (plain HTTP from this process, no browser).
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QRectF

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = (
    "Kiire vie ajan asiakkailta",
    "Tiedotus ei kulje",
    "Vuorolistat myöhässä",
    "Kuunnelkaa meitä",
    "Puhelimeen ei vastata",
    "Tauot jäävät pitämättä",
    "Liikaa päällekkäisiä kokouksia",
    "Perehdytys puuttuu",
)


def main(out: Path) -> int:
    from models.frame_types import is_cell
    from scripts.phone_screenshots import demo_open_to_phones, settle
    from tests.ui.phone_support import Phone

    app, window, frame, _stop = demo_open_to_phones("pajalauta-full-cell-shots-")
    doc = window.document
    control = window.phones
    control.panel.on_projector.setChecked(False)
    cell = next(z for z in doc.frames.zones(frame.id) if is_cell(z))
    groups = [g.id for g in doc.groups.all()]
    base, token = control.server.url(with_token=False), control.room.token

    def phone(n: int) -> None:
        device = Phone(base, token)
        device.request("POST", "/api/join", {"group_id": groups[n % len(groups)]})
        device.request("POST", "/api/notes", {"zone_id": cell.id, "text": WORDS[n % len(WORDS)]})

    with ThreadPoolExecutor(10) as pool:
        jobs = [pool.submit(phone, n) for n in range(30)]
        while not all(job.done() for job in jobs):
            settle(app, 0.05)
    inside = [n for n in doc.notes.all() if n.phone_session_id is not None]
    print(f"{len(inside)} phone notes, cells: {sorted({n.zone_id for n in inside})}")
    margin = 150.0
    window.view.zoom_to_rect(
        QRectF(cell.x - margin, cell.y - margin, cell.width + 2 * margin, cell.height * 2)
    )
    out.mkdir(parents=True, exist_ok=True)
    settle(app, 2.0)
    window.grab().save(str(out / "phones-full-cell.png"))
    control.stop()
    window.close_board()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"))
