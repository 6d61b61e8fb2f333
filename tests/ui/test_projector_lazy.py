"""The projector lays a stop out when it is shown, stepped onto or in idle time, and an edit
lays out again only the stops whose content it touched. What the room sees is the same as when
every stop was laid out at once: the same stops, pages, page numbers and cards, stepping
forwards and back, in the stops panel too. Real windows, real keys, real board files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from benchmarks.workshopgen import build_workshop_board
from canvas.stops import FRAME, ZONE, BoardParts, Stop, board_stops
from models.document import BoardDocument
from tests.ui.room_boards import open_board, settle
from tests.ui.test_projector_room import open_presenter
from ui.main_window import MainWindow
from ui.stop_plans import StopPlanner
from ui.stops_panel import StopsPanel

LONG = (
    "Asiakas soittaa ja kysyy, miksi laskussa on kaksi kertaa sama kuljetus, ja kukaan ei "
    "tiedä, kuka tilauksen teki ja milloin se muuttui"
)


def _board(window: MainWindow, tmp_path: Path, long_cell: bool = True) -> BoardDocument:
    """A workshop board of 240 notes, one cell holding 24 long notes (several pages)."""
    path = tmp_path / "laiska.pajalauta"
    build_workshop_board(path, 240)
    if long_cell:
        doc = BoardDocument.open(path)
        zone = next(z for z in doc.frames.zones() if z.row >= 0 and z.col >= 0)
        doc.notes.add(
            [
                {
                    "text": f"{LONG} {i}",
                    "x": zone.x + 10 + 5 * i,
                    "y": zone.y + 40 + 5 * i,
                    "zone_id": zone.id,
                }
                for i in range(24)
            ]
        )
        doc.close()
    return open_board(window, path)


def _wait_idle(window: MainWindow, qtbot: QtBot) -> None:
    control = window.room.presenter
    qtbot.waitUntil(lambda: not control.stops_waiting(), timeout=60000)
    settle(200)


def _card_sig(page: object) -> tuple[object, ...]:
    if page is None:
        return ()
    return tuple(
        (card.note.id, card.lines.pixel_size if card.lines else None, card.rect.getRect())
        for card in page.cards  # type: ignore[attr-defined]
    )


def _planned_at_once(window: MainWindow) -> list[tuple[Stop, tuple[object, ...]]]:
    """Every stop and page as the projector planned them before planning was lazy: the whole
    board read, every stop laid out in turn."""
    doc, scene = window.document, window.scene
    presenter = window.room.presenter.presenter
    assert doc is not None and scene is not None and presenter is not None
    parts = BoardParts.read(doc)
    area = QRectF(presenter.content_rect())
    planner = StopPlanner()
    found: list[tuple[Stop, tuple[object, ...]]] = []
    title = doc.info().title
    dots = window.room.votes.dots_on_projector()  # a finished vote's dots, shown
    for stop in board_stops(doc, scene.content_rect(), title, parts):
        pages = planner.plan(parts, "fi", scene, stop, area, dots)
        if pages is None or len(pages) <= 1:
            found.append((stop, _card_sig(pages[0]) if pages else ()))
        else:
            found.extend(
                (stop.paged(i, len(pages)), _card_sig(page)) for i, page in enumerate(pages)
            )
    return found


def test_stepping_shows_every_page_of_every_stop_as_planning_all_at_once_did(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    _board(window, tmp_path)
    presenter = open_presenter(window, qtbot)
    control = window.room.presenter
    expected = _planned_at_once(window)
    assert any(stop.pages > 2 for stop, _ in expected), "a cell of several pages"
    assert window.view is not None
    control.go_to_kind("board", animate=False)
    seen = []
    for _ in range(len(expected) - 1):
        stop = control.current_stop()
        assert stop is not None
        seen.append((stop.key, stop.pages, _card_sig(presenter.reading.page)))
        qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    stop = control.current_stop()
    assert stop is not None
    seen.append((stop.key, stop.pages, _card_sig(presenter.reading.page)))
    wanted = [(stop.key, stop.pages, cards) for stop, cards in expected]
    assert seen == wanted
    back = []
    for _ in range(len(expected) - 1):
        qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
        stop = control.current_stop()
        assert stop is not None
        back.append((stop.key, stop.pages, _card_sig(presenter.reading.page)))
    assert back == list(reversed(wanted[:-1])), "Page Up lands on a stop's last page"


def test_an_edit_in_one_frame_lays_out_again_only_that_frames_stops(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = _board(window, tmp_path, long_cell=False)
    open_presenter(window, qtbot)
    _wait_idle(window, qtbot)
    book = window.room.presenter._book
    every = {(stop.kind, stop.id) for stop in book.base() if stop.kind in (FRAME, ZONE)}
    assert every <= set(book.laid_out), "idle time laid out every stop"
    before = dict(book.laid_out)
    note = next(n for n in doc.notes.all() if n.zone_id is not None and n.kind == "note")
    zone = doc.frames.zone(note.zone_id)  # type: ignore[arg-type]
    assert zone is not None and window.scene is not None and window.view is not None
    window.scene.select_notes([note.id])
    window.view.set_colour_of_selected("#A8E28A" if note.colour != "#A8E28A" else "#FFE66D")
    _wait_idle(window, qtbot)
    again = {key for key, count in book.laid_out.items() if count != before.get(key)}
    assert again == {(ZONE, zone.id), (FRAME, zone.frame_id)}


def test_the_stops_panel_lists_every_page_and_follows_edits(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = _board(window, tmp_path)
    open_presenter(window, qtbot)
    panel = window.findChild(StopsPanel)
    assert panel is not None and panel.isVisible()
    control = window.room.presenter

    def listed() -> list[str]:
        return [panel.list.item(row).text().strip() for row in range(panel.list.count())]

    def at_once() -> list[str]:
        return [control.stop_label(stop) for stop, _ in _planned_at_once(window)]

    qtbot.waitUntil(lambda: listed() == at_once(), timeout=60000)
    assert any("(3/" in text for text in listed())
    # A cell of one page gains notes enough for more pages, then loses them again.
    marked = list(panel._stops)
    for row, stop in enumerate(marked):  # each row remembers its stop
        panel.list.item(row).setData(Qt.ItemDataRole.UserRole, repr(stop.key))
    first = next(s for s in control.stops() if s.kind == ZONE and s.pages == 1)
    zone = doc.frames.zone(first.id)  # type: ignore[arg-type]
    assert zone is not None
    added = doc.notes.add(
        [
            {"text": f"{LONG} {i}", "x": zone.x + 5 * i, "y": zone.y + 40, "zone_id": zone.id}
            for i in range(20)
        ]
    )
    qtbot.waitUntil(lambda: listed() == at_once(), timeout=60000)
    assert any(text.startswith(first.title + " (2/") for text in listed())
    kept = [
        (row, stop.key)
        for row, stop in enumerate(panel._stops)
        if panel.list.item(row).data(Qt.ItemDataRole.UserRole) == repr(stop.key)
    ]
    assert len(kept) >= len(marked) - 1, "the rows of the other stops stayed (texts updated)"
    doc.notes.remove(added)
    qtbot.waitUntil(lambda: listed() == at_once(), timeout=60000)
    assert first.title in listed()


def test_page_up_onto_a_stop_not_laid_out_yet_lands_on_its_last_page(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    _board(window, tmp_path)
    open_presenter(window, qtbot)
    control = window.room.presenter
    expected = [stop for stop, _ in _planned_at_once(window)]
    last = next(
        i for i, stop in enumerate(expected) if stop.pages > 2 and stop.page == stop.pages - 1
    )
    after = expected[last + 1]
    control.forget_plans()  # nothing laid out; no event loop turn before the key press
    control.go_to(after, animate=False)
    assert not control._book.known(expected[last])
    assert window.view is not None
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
    shown = control.current_stop()
    assert shown is not None and shown.key == expected[last].key
    assert control.stop_label(shown).endswith(f"({shown.pages}/{shown.pages})")


def test_renaming_the_board_lays_nothing_out_again_but_another_language_lays_out_all(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = _board(window, tmp_path, long_cell=False)
    open_presenter(window, qtbot)
    _wait_idle(window, qtbot)
    control = window.room.presenter
    book = control._book
    before = dict(book.laid_out)
    doc.update_info({"title": "Uusi nimi"})
    _wait_idle(window, qtbot)
    assert dict(book.laid_out) == before
    assert control.stops()[0].title == "Uusi nimi"
    doc.update_info({"language": "sv"})
    _wait_idle(window, qtbot)
    again = {key for key, count in book.laid_out.items() if count != before.get(key)}
    assert again == set(before)
