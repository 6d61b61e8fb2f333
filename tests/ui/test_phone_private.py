"""Private writing: phone notes are stored hidden, shown blank on the laptop and the projector
and left out of the handout and the picture until the facilitator reveals them (one undo
step). The hidden state and who wrote what live in the board file, so a laptop killed with
SIGKILL and started again keeps them hidden, and a participant who comes back with the same
phone finds and edits their own note and card."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from exports.handout import write_handout
from exports.png import write_png
from models.document import BoardDocument
from models.frame_types import is_cell
from tests.exports.pdfcheck import page_texts, squeeze
from tests.fixtures.boards import FIXTURES
from tests.ui.phone_support import Phone, make_phone_board, open_phones, run
from tests.ui.room_boards import dark_pixels, grab, open_board, settle, view_rect
from tests.ui.test_phone_facilitation import start, write
from tests.ui.test_presenter import open_presenter
from ui.main_window import MainWindow

SECRET = "Pelkään että asiakkaat lähtevät"


def ink(window: MainWindow, presenter: object, note_id: int) -> tuple[int, int]:
    """Dark (text) pixels of a note on the laptop's view and on the projector."""
    note = window.document.notes.get(note_id)
    assert note is not None
    area = QRectF(note.x, note.y, note.width, note.height)
    views = (window.view, presenter.view)  # type: ignore[attr-defined]
    for view in views:
        view.zoom_reset()
        view.centerOn(area.center())
    window.scene.finish_layouts()
    settle()
    laptop, projector = (dark_pixels(grab(v.viewport()), view_rect(v, area)) for v in views)
    return laptop, projector


def test_private_notes_are_blank_on_both_screens_until_revealed_in_one_undo_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells = start(window, tmp_path, qtbot)
    control = window.phones
    qtbot.mouseClick(control.panel.private, Qt.MouseButton.LeftButton)
    assert control.room.private
    note_id = write(qtbot, phone, cells[0], SECRET)
    doc = window.document
    assert doc.notes.get(note_id).hidden, "the file says it is hidden"
    presenter = open_presenter(window, qtbot)
    assert ink(window, presenter, note_id) == (0, 0), "blank on the laptop and the projector"
    control._refresh()
    assert "1 hidden" in control.panel.arrivals.text()
    state = run(qtbot, lambda: phone.request("GET", "/api/state"))[1]
    assert [n["text"] for n in state["notes"]] == [SECRET], "the writer still sees it"

    qtbot.mouseClick(control.panel.reveal, Qt.MouseButton.LeftButton)
    assert not doc.notes.get(note_id).hidden
    laptop, projector = ink(window, presenter, note_id)
    assert laptop > 40 and projector > 40
    assert "Reveal" in window.undo_stack.undoText()
    window.undo_stack.undo()
    assert doc.notes.get(note_id).hidden and ink(window, presenter, note_id) == (0, 0)
    window.undo_stack.redo()

    qtbot.mouseClick(control.panel.private, Qt.MouseButton.LeftButton)
    public = write(qtbot, phone, cells[0], "Julkinen")
    assert not doc.notes.get(public).hidden


def test_a_handout_and_a_picture_leave_out_what_was_not_revealed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells = start(window, tmp_path, qtbot)
    window.phones.panel.private.setChecked(True)
    write(qtbot, phone, cells[0], SECRET)
    window.phones.panel.private.setChecked(False)
    write(qtbot, phone, cells[0], "Kaikkien nähtäväksi")
    doc = window.document
    pdf = tmp_path / "muistio.pdf"
    write_handout(doc, pdf)
    text = squeeze(" ".join(page_texts(pdf)))
    assert squeeze("Kaikkien nähtäväksi") in text and squeeze(SECRET) not in text
    assert squeeze("1 yksityinen lappu paljastamatta") in text
    hidden_png, shown_png = tmp_path / "piilossa.png", tmp_path / "esillä.png"
    write_png(doc, hidden_png, width=800)
    window.phones.reveal()
    write_png(doc, shown_png, width=800)
    assert hidden_png.read_bytes() != shown_png.read_bytes()
    write_handout(doc, pdf)
    assert squeeze(SECRET) in squeeze(" ".join(page_texts(pdf)))


def board_ids(path: Path) -> tuple[int, list[int], list[int]]:
    """A group, the dream/fear cells and the experiment wall's themes."""
    doc = BoardDocument.open(path)
    try:
        dream, wall = doc.frames.all()
        cells = [z.id for z in doc.frames.zones(dream.id) if is_cell(z)]
        themes = [z.id for z in doc.frames.zones(wall.id) if is_cell(z)]
        return doc.groups.all()[1].id, cells, themes
    finally:
        doc.close()


def test_after_a_kill_private_notes_stay_hidden_and_the_phone_finds_its_own(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, settings_dir: Path
) -> None:
    path = make_phone_board(tmp_path / "kaatuva läppäri.pajalauta")
    group_id, cells, themes = board_ids(path)
    child = subprocess.Popen(
        [sys.executable, str(FIXTURES / "phone_laptop.py"), str(path), str(settings_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line, child.stderr.read() if child.stderr else ""
        opened = json.loads(line)
        phone = Phone(opened["url"], opened["token"])
        assert phone.request("POST", "/api/join", {"group_id": group_id, "name": "Aino"})[0] == 200
        status, answer = phone.request("POST", "/api/notes", {"zone_id": cells[0], "text": SECRET})
        assert status == 200, answer
        note_id = answer["id"]
        before = {"problem": "Asiakas odottaa", "try": "Soitan takaisin"}
        status, answer = phone.request("PUT", "/api/card", {"zone_id": themes[0], "fields": before})
        assert status == 200, answer
        card_id = answer["id"]
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    doc = open_board(window, path)
    note, card = doc.notes.get(note_id), doc.notes.get(card_id)
    assert note is not None and note.text == SECRET and note.hidden
    assert card is not None and card.hidden and card.fields["problem"] == "Asiakas odottaa"
    presenter = open_presenter(window, qtbot)
    assert ink(window, presenter, note_id) == (0, 0), "still blank after the crash"
    pdf = tmp_path / "muistio.pdf"
    write_handout(doc, pdf)
    assert squeeze(SECRET) not in squeeze(" ".join(page_texts(pdf)))

    # The laptop opens the board to phones again: a new token and code, the same cookie.
    control = open_phones(window)
    assert control.panel.private.isChecked(), "writing goes on privately"
    for frame in doc.frames.all():
        control.room.set_open(frame.id, True)
    back = Phone(control.server.url(with_token=False), control.room.token)
    back.jar, back.opener = phone.jar, phone.opener
    state = run(qtbot, lambda: back.request("GET", "/api/state"))[1]
    assert state["me"]["name"] == "Aino" and state["me"]["group_id"] == group_id
    assert [n["id"] for n in state["notes"]] == [note_id]
    assert state["card"]["id"] == card_id
    after = {"happened": "Jonot lyhenivät", "solved": "partly"}
    assert run(qtbot, lambda: back.request("PUT", "/api/card", {"fields": after}))[0] == 200
    assert doc.notes.get(card_id).fields["happened"] == "Jonot lyhenivät"
    edit = {"text": SECRET + "!"}
    assert run(qtbot, lambda: back.request("PUT", f"/api/notes/{note_id}", edit))[0] == 200
    stranger = Phone(back.base, back.token)
    assert run(qtbot, lambda: stranger.request("PUT", f"/api/notes/{note_id}", edit))[0] == 401
    run(qtbot, lambda: stranger.request("POST", "/api/join", {"group_id": group_id}))
    assert run(qtbot, lambda: stranger.request("PUT", f"/api/notes/{note_id}", edit))[0] == 404
    with doc.read() as conn:
        query = "SELECT secret_sha256 FROM phone_sessions"
        stored = [row[0] for row in conn.exec_driver_sql(query)]
    cookie = next(c.value for c in phone.jar)
    assert cookie not in stored and all(len(h) == 64 for h in stored), "only hashes stored"


def test_revealing_shows_the_texts_on_the_projectors_reading_page_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells = start(window, tmp_path, qtbot)
    window.phones.panel.private.setChecked(True)
    ids = [write(qtbot, phone, cells[0], f"{SECRET} {n}") for n in range(5)]
    presenter = open_presenter(window, qtbot)
    stops = window.room.presenter
    stop = next(s for s in stops.stops() if s.kind == "zone" and s.id == cells[0])
    stops.go_to(stop, animate=False)
    settle()
    page = presenter.reading.page
    assert page is not None, "a cell of notes is shown as a reading page"

    def ink() -> int:
        page = presenter.reading.page
        assert page is not None
        image = grab(presenter.reading)
        rects = [c.rect.toRect() for c in page.cards if c.note.id in ids]
        assert len(rects) == len(ids)
        return sum(dark_pixels(image, rect) for rect in rects)

    assert ink() == 0, "blank cards while private"
    window.phones.reveal_action.trigger()  # Workshop › Reveal Phone Notes
    settle()
    assert ink() > 200, "the texts, without stepping to another stop"
    window.undo_stack.undo()
    settle()
    assert ink() == 0, "hidden again at once"


def test_private_writing_is_kept_with_the_board_before_any_note_arrives(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The facilitator switches private writing on, then the laptop is closed (a break, a
    crash) before anyone wrote: opened to phones again, writing is still private."""
    phone, _cells = start(window, tmp_path, qtbot)
    control = window.phones
    qtbot.mouseClick(control.panel.private, Qt.MouseButton.LeftButton)
    path = window.document.path
    window.close_board()
    assert control.room is None, "closing the board closed the phones' server"
    doc = open_board(window, path)
    control.open("127.0.0.1", 0)
    assert control.panel.private.isChecked() and control.room.private
    dream = doc.frames.all()[0]
    control.room.set_open(dream.id, True)
    phone = Phone(control.server.url(with_token=False), control.room.token)
    cell = next(z.id for z in doc.frames.zones(dream.id) if is_cell(z))
    joined = run(qtbot, lambda: phone.request("POST", "/api/join", {"group_id": None}))
    assert joined[0] == 200
    assert doc.notes.get(write(qtbot, phone, cell, SECRET)).hidden
    qtbot.mouseClick(control.panel.private, Qt.MouseButton.LeftButton)
    window.close_board()
    doc = open_board(window, path)
    control.open("127.0.0.1", 0)
    assert not control.panel.private.isChecked(), "switched off is kept too"
    assert doc.notes.get(doc.notes.all()[-1].id).hidden, "what was hidden stays hidden"
