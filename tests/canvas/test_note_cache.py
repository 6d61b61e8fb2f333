"""Notes Qt keeps as pixels (:mod:`canvas.note_cache`) show every change on the next painted
frame, in every view: what a cached frame shows is what drawing every note shows.

Each change is made after both views (the laptop and a projector-like second view at another
zoom) have painted the notes from their kept pixels, and the frames painted next are compared
with frames of the same state drawn with the cache off. Qt's own invalidation reaches only the
first view that repaints, and none of a view's look, so these fail without the cache's own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QTransform
from PySide6.QtWidgets import QGraphicsItem

from canvas import note_cache, style, view_paint
from canvas.card_item import CardItem
from canvas.dots import DotTally
from canvas.note_item import NoteItem
from canvas.view import BoardView
from models.experiment import new_card
from tests.canvas.conftest import Board

COLOURS = ("#FFE66D", "#A8E28A", "#9FD3F5", "#F7A8C8")
TOLERANCE = 3
"""Largest difference of a channel between a kept and a drawn pixel (blending a kept
translucent shadow rounds differently from filling it)."""


@pytest.fixture
def second(board: Board) -> Iterator[BoardView]:
    """A second view of the same scene (as the projector's), at another zoom."""
    view = BoardView(board.scene, board.stack)
    board.qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    board.qtbot.waitExposed(view)
    view.setTransform(QTransform.fromScale(0.3517, 0.3517))
    view.centerOn(QPointF(150.0, 100.0))
    yield view
    view.close()


def notes(board: Board, count: int = 12) -> list[int]:
    patches = [
        {
            "x": -400.0 + (index % 4) * 230.0,
            "y": -300.0 + (index // 4) * 220.0,
            "colour": COLOURS[index % len(COLOURS)],
            "text": f"Puhelin {index}, lappu {index % 3}",
        }
        for index in range(count)
    ]
    ids = board.document.notes.add(patches)  # type: ignore[arg-type]
    board.qtbot.waitUntil(lambda: all(board.scene.item_for(i) is not None for i in ids))
    board.scene.finish_layouts()
    return ids


def grab(view: BoardView) -> QImage:
    """One paint of the view (a grab paints it)."""
    return view.viewport().grab().toImage()


def steady(board: Board, *views: BoardView) -> list[QImage]:
    """Frames until every note in sight is kept as pixels; the last frame of each view."""
    images: list[QImage] = []
    for _ in range(4):
        board.scene.finish_layouts()
        images = [grab(view) for view in views]
    return images


def drawn(board: Board, *views: BoardView) -> list[QImage]:
    """The frames of the same state with every note drawn (the cache off)."""
    note_cache.ENABLED = False
    cards = [item for item in board.scene.note_items() if isinstance(item, CardItem)]
    for card in cards:
        card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        board.scene.finish_layouts()
        return [grab(view) for view in views]
    finally:
        note_cache.ENABLED = True
        for card in cards:
            card.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def differs(one: QImage, other: QImage) -> int:
    """Pixels whose colours differ by more than :data:`TOLERANCE` in a channel."""
    assert one.size() == other.size()
    a = one.convertToFormat(QImage.Format.Format_RGB32)
    b = other.convertToFormat(QImage.Format.Format_RGB32)
    if a == b:
        return 0
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if p != q and any(
                abs(((p >> s) & 255) - ((q >> s) & 255)) > TOLERANCE for s in (0, 8, 16)
            ):
                count += 1
    return count


def unchanged(frames: list[QImage], before: list[QImage]) -> bool:
    return all(differs(a, b) == 0 for a, b in zip(frames, before, strict=True))


def cached(board: Board, ids: list[int]) -> int:
    mode = QGraphicsItem.CacheMode.DeviceCoordinateCache
    return sum(board.scene.item_for(i).cacheMode() == mode for i in ids)  # type: ignore[union-attr]


def shows_like_drawn(board: Board, *views: BoardView) -> list[QImage]:
    """The next frames (second view first: Qt's own invalidation serves only the first view
    to repaint) are the drawn frames of the same state; returns them."""
    order = list(reversed(views))
    frames = [grab(view) for view in order]
    reference = drawn(board, *order)
    for view, frame, expected in zip(order, frames, reference, strict=True):
        assert differs(frame, expected) == 0, f"stale pixels in {view is board.view and 'laptop'}"
    return list(reversed(frames))


def test_steady_frames_copy_notes_and_look_as_drawn(board: Board, second: BoardView) -> None:
    ids = notes(board)
    laptop, projector = steady(board, board.view, second)
    assert cached(board, ids) == len(ids), "every note in sight is kept as pixels"
    assert note_cache.cached_count(board.scene) == len(ids)
    reference = drawn(board, board.view, second)
    assert differs(laptop, reference[0]) == 0
    assert differs(projector, reference[1]) == 0


def test_text_colour_and_size_changes_show_in_both_views(board: Board, second: BoardView) -> None:
    ids = notes(board)
    before = steady(board, board.view, second)
    changes = (
        {"text": "Uusi teksti, aivan eri"},
        {"colour": "#F7A8C8"},
        {"width": 240.0, "height": 120.0},
    )
    for patch in changes:
        assert cached(board, ids[5:6]) == 1
        board.document.notes.update({ids[5]: patch})  # type: ignore[dict-item]
        board.qtbot.waitUntil(
            lambda patch=patch: all(  # type: ignore[misc]
                getattr(board.scene.item_for(ids[5]).note, k) == v for k, v in patch.items()
            )
        )
        after = shows_like_drawn(board, board.view, second)
        assert after[0] != before[0] and after[1] != before[1], f"{patch} shows"
        before = steady(board, board.view, second)


def test_selection_shows_and_goes_in_both_views(board: Board, second: BoardView) -> None:
    ids = notes(board)
    unselected = steady(board, board.view, second)
    item = board.scene.item_for(ids[6])
    assert item is not None and item.cacheMode() != QGraphicsItem.CacheMode.NoCache
    item.setSelected(True)
    selected = shows_like_drawn(board, board.view, second)
    assert selected[0] != unselected[0] and selected[1] != unselected[1]
    steady(board, board.view, second)
    assert item.cacheMode() == QGraphicsItem.CacheMode.NoCache, "a selected note is drawn"
    item.setSelected(False)
    steady(board, board.view, second)
    assert cached(board, ids[6:7]) == 1
    board.scene.clearSelection()
    assert unchanged(steady(board, board.view, second), unselected)


def test_a_views_look_shows_at_once(board: Board, second: BoardView) -> None:
    """Blank cards, a group's highlight and the projector's smallest text: a view's look is
    no part of Qt's cache."""
    ids = notes(board)
    group = board.document.groups.add("Ryhmä 1", COLOURS[0])
    board.document.notes.update({ids[0]: {"group_id": group}})
    looks = (
        {"hide_text": True},
        {"dim_except": group},
        {"min_text_px": 40.0},
        {"high_contrast": True},
    )
    for fields in looks:
        plain = steady(board, board.view, second)
        for name, value in fields.items():
            setattr(second.look, name, value)
        second.look.changed()
        changed = shows_like_drawn(board, board.view, second)
        assert changed[1] != plain[1], f"{fields} shows"
        assert differs(changed[0], plain[0]) == 0, "the laptop's look is its own"
        settled = steady(board, board.view, second)  # kept as pixels in this look
        assert unchanged(settled, drawn(board, board.view, second)), f"{fields} kept"
        second.look.hide_text, second.look.dim_except, second.look.min_text_px = False, None, 5.0
        second.look.high_contrast = False
        second.look.changed()


def test_blank_cards_and_revealed_private_notes_show(board: Board, second: BoardView) -> None:
    ids = notes(board)
    shown = steady(board, board.view, second)
    board.scene.set_text_hidden(True)
    blank = shows_like_drawn(board, board.view, second)
    assert blank[0] != shown[0] and blank[1] != shown[1]
    board.scene.set_text_hidden(False)
    assert unchanged(shows_like_drawn(board, board.view, second), shown)
    board.document.notes.update({ids[2]: {"hidden": True}})
    board.qtbot.waitUntil(lambda: board.scene.item_for(ids[2]).note.hidden)  # type: ignore[union-attr]
    private = shows_like_drawn(board, board.view, second)
    steady(board, board.view, second)
    board.document.notes.update({ids[2]: {"hidden": False}})
    board.qtbot.waitUntil(lambda: not board.scene.item_for(ids[2]).note.hidden)  # type: ignore[union-attr]
    revealed = shows_like_drawn(board, board.view, second)
    assert revealed[0] != private[0] and revealed[1] != private[1], "the text shows when revealed"


def test_dots_placed_and_a_vote_shown_show(board: Board, second: BoardView) -> None:
    ids = notes(board)
    document = board.document
    groups = [document.groups.add(f"Ryhmä {n}", COLOURS[n]) for n in range(2)]
    vote = document.votes.start("Paras", budget=10, budget_per="group")
    tally = DotTally(document)

    def repaint(note_ids: frozenset[int]) -> None:  # as ui.room repaints a phone's dot
        for note_id in note_ids:
            item = board.scene.item_for(note_id)
            if item is not None:
                item.update()

    tally.notesChanged.connect(repaint)
    try:
        document.votes.place_dot(vote, ids[1], groups[0])
        before = steady(board, board.view, second)
        for view in (board.view, second):
            view.look.dots = tally
            view.look.changed()
        tally.show_vote(vote)
        with_dots = shows_like_drawn(board, board.view, second)
        assert with_dots[0] != before[0] and with_dots[1] != before[1]
        steady(board, board.view, second)
        document.votes.place_dot(vote, ids[3], groups[1])
        more = shows_like_drawn(board, board.view, second)
        assert more[0] != with_dots[0] and more[1] != with_dots[1]
    finally:
        for view in (board.view, second):
            view.look.dots = None
            view.look.changed()
        tally.detach()


def test_zoom_draws_notes_anew_sharp(board: Board, second: BoardView) -> None:
    """A zoom draws notes at the new scale (not the kept pixels scaled), and the notes are
    kept again once the zoom stays."""
    ids = notes(board)
    steady(board, board.view, second)
    for scale in (0.2871, 1.0, 0.6093):
        board.view.setTransform(QTransform.fromScale(scale, scale))
        board.view.centerOn(QPointF(0.0, 0.0))
        steady(board, board.view)  # kept at the old zoom, once the scale was set
        board.view.setTransform(QTransform.fromScale(scale * 1.1, scale * 1.1))
        first = grab(board.view)
        assert cached(board, ids) == 0, "a new zoom lets the kept pixels go"
        assert differs(first, drawn(board, board.view)[0]) == 0, f"at {scale}"
        settled = steady(board, board.view)[0]
        assert cached(board, ids) > 0
        assert differs(settled, drawn(board, board.view)[0]) == 0, f"kept at {scale}"


def test_a_cached_note_uncovered_shows(board: Board) -> None:
    """A kept note later covered by a note of its size (a phone's note in the same slot) is
    copied, not skipped, and shows when its cover goes."""
    under = board.add(text="Alla", colour=COLOURS[0], x=0.0, y=0.0)
    steady(board, board.view)
    assert cached(board, [under]) == 1
    over = board.add(text="Päällä", colour=COLOURS[2], x=0.0, y=0.0)
    steady(board, board.view)
    board.document.notes.update({over: {"x": 300.0}})
    board.qtbot.waitUntil(lambda: board.scene.item_for(over).note.x == 300.0)  # type: ignore[union-attr]
    shows_like_drawn(board, board.view)


def test_kept_notes_are_bounded_and_let_go_with_their_items(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(note_cache, "MAX_ITEMS", 5)
    ids = notes(board)
    frames = steady(board, board.view)
    assert note_cache.cached_count(board.scene) == 5
    assert differs(frames[0], drawn(board, board.view)[0]) == 0
    monkeypatch.setattr(note_cache, "MAX_ITEMS", 100)
    steady(board, board.view)
    assert note_cache.cached_count(board.scene) == len(ids)
    board.document.notes.remove(ids[:4])
    board.qtbot.waitUntil(lambda: board.scene.item_for(ids[0]) is None)
    assert note_cache.cached_count(board.scene) == len(ids) - 4
    shows_like_drawn(board, board.view)


def test_an_edited_note_is_drawn_not_copied(board: Board) -> None:
    ids = notes(board, 4)
    steady(board, board.view)
    item = board.scene.item_for(ids[0])
    assert isinstance(item, NoteItem) and item.cached_in is not None
    board.double_click(board.centre_of(ids[0]))
    board.qtbot.waitUntil(lambda: item.editing)
    assert item.cached_in is None
    shows_like_drawn(board, board.view)
    assert QRectF(item.scene_rect()).isValid()


def test_a_card_shows_its_change_and_selection_in_both_views(
    board: Board, second: BoardView
) -> None:
    """Cards keep their own pixels per view (always): an edit or a selection made while both
    views show the card shows in both, whichever repaints first."""
    [card_id] = board.document.notes.add(
        [new_card(-300.0, -300.0, problem="Asiakas ei saa aikaa.")]
    )
    board.qtbot.waitUntil(lambda: board.scene.item_for(card_id) is not None)
    card = board.scene.item_for(card_id)
    assert isinstance(card, CardItem)
    board.view.setTransform(QTransform.fromScale(0.6093, 0.6093))
    board.view.centerOn(card.scene_rect().center())
    before = steady(board, board.view, second)
    fields = dict(card.note.fields)
    fields["problem"] = "Jono on pitkä, ja puhelin soi koko aamun."
    board.document.notes.update({card_id: {"fields": fields}})
    board.qtbot.waitUntil(lambda: card.note.fields.get("problem") == fields["problem"])
    edited = shows_like_drawn(board, board.view, second)
    assert edited[0] != before[0] and edited[1] != before[1]
    steady(board, board.view, second)
    card.setSelected(True)
    selected = shows_like_drawn(board, board.view, second)
    assert selected[0] != edited[0] and selected[1] != edited[1]


def test_a_note_painted_before_its_text_is_laid_out_is_not_kept_blank(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frame with no time left for text layout paints notes as blocks and queues their
    texts: those blocks are not kept, and each text shows once it is laid out."""
    monkeypatch.setattr(view_paint, "LAYOUT_BUDGET_SECONDS", 0.0)
    patches = [
        {"x": -400.0 + (index % 4) * 230.0, "y": -300.0 + (index // 4) * 220.0}
        | {"text": f"Vielä asettelematon {index}", "colour": COLOURS[index % len(COLOURS)]}
        for index in range(8)
    ]
    ids = board.document.notes.add(patches)  # type: ignore[arg-type]
    board.qtbot.waitUntil(lambda: all(board.scene.item_for(i) is not None for i in ids))
    for _ in range(4):
        grab(board.view)
    waiting = [i for i in ids if board.scene.item_for(i).fitted is None]  # type: ignore[union-attr]
    assert waiting, "the frames had no time for text"
    assert cached(board, waiting) == 0, "a note shown without its text is not kept so"
    board.scene.finish_layouts()
    shows_like_drawn(board, board.view)
    monkeypatch.setattr(view_paint, "LAYOUT_BUDGET_SECONDS", 0.005)
    assert unchanged(steady(board, board.view), drawn(board, board.view))


def test_text_turned_off_for_a_crowded_view_and_back_shows(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A view showing very many notes at a middle zoom draws them without text: kept pixels
    with text must not show there, nor kept blocks once text is drawn again."""
    ids = notes(board)
    board.view.setTransform(QTransform.fromScale(0.3117, 0.3117))
    board.view.centerOn(QPointF(0.0, 0.0))
    with_text = steady(board, board.view)[0]
    assert cached(board, ids) == len(ids)
    monkeypatch.setattr(style, "MAX_TEXT_PAINTS", 5)  # as if the view were crowded
    board.view.viewport().update()
    without = shows_like_drawn(board, board.view)[0]
    assert differs(without, with_text) > 0, "the text went"
    assert unchanged(steady(board, board.view), drawn(board, board.view))
    monkeypatch.setattr(style, "MAX_TEXT_PAINTS", 450)
    assert unchanged(shows_like_drawn(board, board.view), [with_text])
