#!/usr/bin/env python3
"""Reproduce the README's phone screenshots: a participant's phone page in Debian's chromium
(360 × 740), and the laptop and the projector with the join code, in Finnish.

    Xvfb :99 -screen 0 1920x1080x24 &
    DISPLAY=:99 .venv/bin/python scripts/phone_screenshots.py docs/

Only 127.0.0.1 is served and visited.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def settle(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def phone_session(
    url: str, code: str, group: str, out: Path, on_ready: Callable[[], None] | None = None
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.ui.phone_browser import phone_browser

    driver = phone_browser("fi")
    try:
        wait = WebDriverWait(driver, 20)

        def find(css: str):  # type: ignore[no-untyped-def]
            return wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, css)))

        driver.get(url)
        find("#code").send_keys(code)
        driver.save_screenshot(str(out / "phone-join.png"))
        find("form button").click()
        wait.until(ec.visibility_of_element_located((By.ID, "groups")))
        for button in driver.find_elements(By.CSS_SELECTOR, "#groups button"):
            if button.text == group:
                button.click()
                break
        find("#name").send_keys("Aino")
        find("#start").click()
        for text in ("Ruokalista etukäteen tekstiviestinä", "Kotileivonnaiset kerran viikossa"):
            find("#text").send_keys(text)
            find("#send").click()
            wait.until(ec.text_to_be_present_in_element((By.ID, "my-notes"), text))
        find("#text").send_keys("Asiakastyytyväisyyskysely keittiön seinälle")
        time.sleep(0.5)
        driver.save_screenshot(str(out / "phone-write.png"))
        if on_ready is not None:
            on_ready()
        driver.refresh()
        wait.until(ec.visibility_of_element_located((By.ID, "vote")))
        driver.execute_script("document.getElementById('vote').scrollIntoView()")
        find("#vote-notes button").click()
        time.sleep(1.0)
        driver.execute_script("document.getElementById('vote').scrollIntoView()")
        driver.save_screenshot(str(out / "phone-vote.png"))
        find("#card-problem").send_keys("Asiakas ei tiedä, mitä huomenna on ruokana")
        find("#card-try").send_keys("Viikon ruokalista tekstiviestinä maanantaisin")
        driver.execute_script("document.getElementById('card').scrollIntoView()")
        time.sleep(0.3)
        driver.save_screenshot(str(out / "phone-card.png"))
    finally:
        driver.quit()


def demo_open_to_phones(prefix: str) -> tuple[Any, Any, Any, Any]:
    """The Finnish demo board in a 1600 × 1000 window, the projector on its first frame, the
    board open to phones on 127.0.0.1: (application, window, that frame, its stop)."""
    from PySide6.QtCore import QSettings

    from ui.app import make_application
    from ui.i18n import install_language

    work = Path(tempfile.mkdtemp(prefix=prefix))
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
    frame = doc.frames.all()[0]
    room.presenter.set_open(True)
    stop = next(s for s in room.presenter.stops() if s.kind == "frame" and s.id == frame.id)
    room.presenter.go_to(stop, animate=False)
    settle(app, 1.0)
    assert window.phones.open("127.0.0.1", 0)
    return app, window, frame, stop


def main(out: Path) -> int:
    app, window, frame, stop = demo_open_to_phones("pajalauta-phone-shots-")
    doc, room = window.document, window.room
    control = window.phones
    out.mkdir(parents=True, exist_ok=True)
    group = doc.groups.all()[1].name
    wall = next(f for f in doc.frames.all() if f.template_key == "experiment_wall")
    ready: list[bool] = []
    vote_started = threading.Event()

    def wait_for_vote() -> None:
        ready.append(True)
        vote_started.wait(30)

    with ThreadPoolExecutor(1) as pool:
        job = pool.submit(
            phone_session,
            control.server.url(with_token=False),
            control.room.join_code,
            group,
            out,
            wait_for_vote,
        )
        while not ready and not job.done():
            settle(app, 0.05)
        control.room.set_open(wall.id, True)
        doc.votes.start("Paras idea", budget=3, frame_id=frame.id)
        vote_started.set()
        while not job.done():
            settle(app, 0.05)
        job.result()
    assert window.view is not None
    window.view.zoom_to_rect(stop.rect)
    settle(app, 2.0)
    window.grab().save(str(out / "phones-laptop.png"))
    presenter = room.presenter.presenter
    assert presenter is not None
    presenter.grab().save(str(out / "phones-projector.png"))
    print(
        "saved",
        *(
            out / n
            for n in (
                "phone-join.png",
                "phone-write.png",
                "phones-laptop.png",
                "phones-projector.png",
            )
        ),
    )
    control.stop()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
