"""A real phone browser (Debian's chromium at 360 × 740) joins with the code, writes a note,
fills an experiment card and places a dot; the test then finds all three on the board, in
the model and in the scene."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.frame_types import is_cell
from tests.ui.phone_browser import browser_paths, phone_browser
from tests.ui.phone_support import make_phone_board, open_phones, run
from tests.ui.room_boards import open_board, settle
from ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(
    browser_paths() is None,
    reason="no chromium + chromedriver installed (apt-get install chromium chromium-driver)",
)


def test_a_phone_joins_writes_fills_a_card_and_votes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    doc = open_board(window, make_phone_board(tmp_path / "selain.pajalauta"))
    control = open_phones(window)
    dream, wall = doc.frames.all()
    control.room.set_open(dream.id, True)
    control.room.set_open(wall.id, True)
    group = doc.groups.all()[1]
    driver = run(qtbot, lambda: phone_browser("fi", tmp_path / "chromium-profile"), 60000)
    try:
        wait = WebDriverWait(driver, 15)

        def find(css: str):  # type: ignore[no-untyped-def]
            return wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, css)))

        run(qtbot, lambda: driver.get(control.server.url(with_token=False)), 30000)
        assert run(qtbot, lambda: driver.execute_script("return innerWidth")) == 360
        run(qtbot, lambda: find("#code").send_keys(control.room.join_code))
        run(qtbot, lambda: find("form button").click())
        run(qtbot, lambda: wait.until(ec.visibility_of_element_located((By.ID, "groups"))))
        assert "Valitse ryhmäsi" in run(qtbot, lambda: driver.page_source)

        def pick_group() -> None:
            for button in driver.find_elements(By.CSS_SELECTOR, "#groups button"):
                if button.text == group.name:
                    button.click()
                    break
            find("#name").send_keys("Aino")
            find("#start").click()

        run(qtbot, pick_group)
        run(qtbot, lambda: find("#text").send_keys("Asiakas soittaa <script>alert(1)</script>"))
        run(qtbot, lambda: find("#send").click())
        qtbot.waitUntil(lambda: doc.notes.count() == 1, timeout=15000)
        note = doc.notes.all()[0]
        assert note.text == "Asiakas soittaa <script>alert(1)</script>"
        assert note.colour == group.colour and note.zone_id in {
            z.id for z in doc.frames.zones(dream.id) if is_cell(z)
        }
        run(
            qtbot,
            lambda: wait.until(
                ec.text_to_be_present_in_element((By.ID, "my-notes"), "<script>alert(1)</script>")
            ),
        )

        def fill_card() -> None:
            find("#card-problem").send_keys("Jonot ovat pitkiä")
            find("#card-try").send_keys("Takaisinsoitto")
            find("#card-expect").send_keys("Vähemmän valituksia")
            find("#save-card").click()

        run(qtbot, fill_card)
        qtbot.waitUntil(lambda: any(n.kind == "experiment" for n in doc.notes.all()), timeout=15000)
        card = next(n for n in doc.notes.all() if n.kind == "experiment")
        assert card.fields["problem"] == "Jonot ovat pitkiä" and card.fields["owner"] == "Aino"
        assert card.zone_id in {z.id for z in doc.frames.zones(wall.id) if is_cell(z)}

        vote_id = doc.votes.start("Paras idea", budget=3, frame_id=dream.id)
        run(qtbot, lambda: driver.refresh(), 30000)
        run(qtbot, lambda: find("#vote-notes button").click())
        qtbot.waitUntil(lambda: len(doc.votes.dots(vote_id)) == 1, timeout=15000)
        dot = doc.votes.dots(vote_id)[0]
        assert (dot.note_id, dot.group_id) == (note.id, group.id)
        settle(100)
        assert window.scene.item_for(note.id) is not None
        assert window.scene.item_for(card.id) is not None
        assert (
            run(
                qtbot,
                lambda: driver.execute_script(
                    "return document.querySelectorAll('#my-notes script').length"
                ),
            )
            == 0
        )
    finally:
        run(qtbot, driver.quit, 30000)
