"""The far view of a stacked full cell shows what drawing every note one by one shows: notes
in stacking order whatever their colours, no dots of a note lying exactly under another,
and such a note shows again (block and dots) the moment the note over it moves or goes. A
backdrop drawn again only where notes changed holds the same pixels as one drawn whole."""

from __future__ import annotations

import random

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from canvas import look, style
from canvas.commands import DeleteNotesCommand
from canvas.dots import DotTally
from canvas.far_stack import Places
from canvas.far_view import FarCache
from tests.canvas.conftest import Board

FAR = style.FAR_SCALE * 0.5
YELLOW, BLUE, GREEN = "#FFE66D", "#9FD3F5", "#A8E28A"
STEP = 32.0


def stacked_cell(board: Board) -> tuple[list[int], int]:
    """Three layers a step apart on two slots, then notes exactly on those (as a full cell
    stacks phone notes), colours mixed; returns the notes bottom to top and the vote."""
    patches = []
    colours = [YELLOW, BLUE, GREEN, BLUE, YELLOW, GREEN]
    for index in range(24):
        slot, layer = index % 2, (index // 2) % 4
        patches.append(
            {
                "x": slot * 240.0 + layer * STEP,
                "y": layer * STEP,
                "text": f"lappu {index}",
                "colour": colours[index % len(colours)],
            }
        )
    ids = board.document.notes.add(patches)  # type: ignore[arg-type]
    board.qtbot.waitUntil(lambda: all(board.scene.item_for(i) is not None for i in ids))
    document = board.document
    vote = document.votes.start("Paras", budget=50, budget_per="group")
    group = document.groups.add("Ryhmä 1", "#E8590C")
    for note_id in ids[::3]:
        document.votes.place_dot(vote, note_id, group)
    return ids, vote


def show_dots(board: Board, vote: int) -> DotTally:
    tally = DotTally(board.document)
    tally.show_vote(vote)
    board.view.look.dots = tally
    board.view.look.changed()
    return tally


def far_on(board: Board) -> None:
    board.view._set_scale(FAR)
    board.view.centerOn(QPointF(300.0, 150.0))


def grab(board: Board) -> QImage:
    board.view.viewport().repaint()
    return board.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def one_by_one(board: Board) -> QImage:
    """The same view drawn by every note's own paint (Qt's items, bottom to top)."""
    viewport = board.view.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    source = board.view.mapToScene(viewport.rect()).boundingRect()
    with look.painting_with(board.view.look):
        board.scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image


def differing(first: QImage, second: QImage, tolerance: int = 24) -> int:
    assert first.size() == second.size()
    count = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            if (
                max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
                > tolerance
            ):
                count += 1
    return count


def colour_at(board: Board, image: QImage, x: float, y: float) -> str:
    point = board.vp(x, y)
    return image.pixelColor(point).name().upper()


def dot_spot(board: Board, note_id: int) -> tuple[float, float]:
    """A scene point inside the first dot of a note (top right, see look.dot_centres)."""
    note = board.note(note_id)
    rect = QRectF(0.0, 0.0, note.width, note.height)
    radius = look.dot_radius(rect, FAR)
    [centre] = look.dot_centres(rect, 1, radius)
    return note.x + centre.x(), note.y + centre.y()


def test_a_stacked_cell_far_away_shows_what_every_note_drawn_shows(board: Board) -> None:
    ids, vote = stacked_cell(board)
    show_dots(board, vote)
    far_on(board)
    assert board.view.draws_blocks_at(board.view.scale_factor())
    far = grab(board)
    drawn = one_by_one(board)
    # Colour batches put every blue block over every yellow one: hundreds of pixels off.
    assert differing(far, drawn) <= 12, "only antialiased dot rims may differ"
    top_left = board.note(ids[-2])  # the top note of the first slot
    assert colour_at(board, far, top_left.x + 100, top_left.y + 100) == (
        colour_at(board, drawn, top_left.x + 100, top_left.y + 100)
    )


def test_dots_of_a_buried_note_hide_and_show_when_the_note_over_it_goes(board: Board) -> None:
    ids, vote = stacked_cell(board)
    tally = show_dots(board, vote)
    far_on(board)
    # ids[6] has a dot and lies exactly under ids[14] and ids[22] (the first slot's top
    # layer, nothing over its dots but those two).
    buried, top = ids[6], ids[22]
    assert tally.count(buried) == 1 and tally.count(top) == 0
    assert board.scene.far_cache().buried(buried)
    x, y = dot_spot(board, buried)
    top_colour = board.note(top).colour.upper()
    assert colour_at(board, grab(board), x, y) == top_colour, "its dot is under the top note"
    cover = [ids[14], ids[22]]
    reported: list[object] = []
    board.stack.push(DeleteNotesCommand(board.document, cover, "Poista", reported.append))
    shown = grab(board)
    assert colour_at(board, shown, x, y) != board.note(buried).colour.upper(), "its dot shows"
    assert colour_at(board, shown, x, y) != top_colour
    assert differing(shown, one_by_one(board)) <= 12
    assert not reported
    board.stack.undo()
    assert colour_at(board, grab(board), x, y) == top_colour, "covered again after undo"
    board.stack.redo()
    assert colour_at(board, grab(board), x, y) != top_colour


def test_a_buried_note_brought_to_front_shows_with_its_dots(board: Board) -> None:
    ids, vote = stacked_cell(board)
    show_dots(board, vote)
    far_on(board)
    buried, top = ids[6], ids[22]
    x, y = dot_spot(board, buried)
    top_colour = board.note(top).colour.upper()
    assert colour_at(board, grab(board), x, y) == top_colour
    board.document.notes.update({buried: {"z": board.note(top).z + 1}})
    board.qtbot.waitUntil(lambda: not board.scene.far_cache().buried(buried))
    assert board.scene.far_cache().buried(top)
    shown = grab(board)
    assert colour_at(board, shown, x, y) not in (top_colour, board.note(buried).colour.upper())
    assert differing(shown, one_by_one(board)) <= 12
    board.document.notes.update({top: {"z": board.note(buried).z + 1}})
    board.qtbot.waitUntil(lambda: board.scene.far_cache().buried(buried))
    assert colour_at(board, grab(board), x, y) == top_colour, "its dot is covered again"


def test_a_note_dragged_off_a_stack_uncovers_the_one_under_it(board: Board) -> None:
    ids, vote = stacked_cell(board)
    show_dots(board, vote)
    far_on(board)
    top, under = ids[23], ids[15]  # second slot, last layer; the one exactly under it
    note = board.note(top)
    assert board.scene.far_cache().buried(under)
    centre = board.vp(note.x + note.width / 2, note.y + note.height / 2)
    target = board.vp(note.x + note.width / 2 + 1500.0, note.y + note.height / 2 + 900.0)
    viewport = board.view.viewport()
    board.view.scene().clearSelection()
    board.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=centre)
    for step in range(1, 6):
        board.qtbot.mouseMove(viewport, centre + (target - centre) * (step / 5))
    assert board.note(top).x == note.x, "not committed while dragging"
    assert not board.scene.far_cache().buried(under), "the preview uncovers it"
    during = grab(board)
    inside = (note.x + 100.0, note.y + note.height - 20.0)  # clear of the dragged note's frame
    assert colour_at(board, during, *inside) == board.note(under).colour.upper()
    board.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert board.note(top).x != note.x
    board.scene.clearSelection()  # the far view frames a selection its own way
    assert differing(grab(board), one_by_one(board)) <= 12
    board.stack.undo()
    assert board.scene.far_cache().buried(under)
    assert colour_at(board, grab(board), *inside) == board.note(top).colour.upper()


def test_a_backdrop_drawn_again_in_parts_equals_one_drawn_whole(board: Board) -> None:
    ids, vote = stacked_cell(board)
    show_dots(board, vote)
    far_on(board)
    grab(board)
    grab(board)  # the kept image is made
    group = board.document.groups.all()[0].id
    rng = random.Random(3)
    for index in range(12):  # phones' notes land on the stack, dots are placed
        slot = index % 2
        [new] = board.document.notes.add(
            [
                {
                    "x": slot * 240.0 + STEP,
                    "y": STEP,
                    "text": "uusi",
                    "colour": rng.choice([YELLOW, BLUE]),
                }
            ]  # type: ignore[list-item]
        )
        if index % 3 == 0:
            board.document.votes.place_dot(vote, new, group)
        if index == 5:
            board.document.notes.update({ids[1]: {"x": 700.0, "y": 400.0}})
        board.qtbot.waitUntil(lambda new=new: board.scene.item_for(new) is not None)
        grab(board)
    patched = grab(board)
    board.view._backdrop.forget()
    whole = grab(board)
    assert patched == whole, "the same pixels as drawn whole"
    assert differing(whole, one_by_one(board)) <= 12


def test_places_know_which_notes_are_buried_through_any_change() -> None:
    rng = random.Random(8)
    cache = FarCache()
    notes: dict[int, tuple[int, QColor, float, float, float, float, float]] = {}
    colours = [QColor(YELLOW), QColor(BLUE)]
    for step in range(600):
        note_id = rng.randrange(120)
        if note_id in notes and rng.random() < 0.2:
            cache.drop_many([note_id])
            del notes[note_id]
            continue
        x, y = float(rng.randrange(4) * 32), float(rng.randrange(3) * 32)
        size = rng.choice([200.0, 200.0, 120.0])
        notes[note_id] = (note_id, rng.choice(colours), x, y, size, size, float(rng.randrange(40)))
        cache.put_many([notes[note_id]])
        if step % 50 == 0:
            expected = {
                i
                for i, (_, _, x0, y0, w, h, z) in notes.items()
                if any(
                    (x1, y1, w1, h1) == (x0, y0, w, h) and (z1, j) > (z, i)
                    for j, (_, _, x1, y1, w1, h1, z1) in notes.items()
                    if j != i
                )
            }
            assert {i for i in notes if cache.buried(i)} == expected


def test_places_keep_one_id_per_lone_box() -> None:
    entries = {
        1: (0, (0.0, 0.0, 1.0, 1.0), 5.0, QRectF()),
        2: (0, (0.0, 0.0, 1.0, 1.0), 6.0, QRectF()),
    }
    places = Places(entries)  # type: ignore[arg-type]
    places.put(1, (0.0, 0.0, 1.0, 1.0), 5.0)
    assert places.buried == set()
    places.put(2, (0.0, 0.0, 1.0, 1.0), 6.0)
    assert places.buried == {1}
    places.put(1, (0.0, 0.0, 1.0, 1.0), 7.0)  # brought to front
    assert places.buried == {2}
    places.drop(1, (0.0, 0.0, 1.0, 1.0))
    assert places.buried == set()


def test_notes_just_made_are_drawn_one_by_one_when_their_stacks_leave_few_in_sight() -> None:
    """A paste or duplicate of many notes lying exactly on others: the far view draws them in
    stacking order while the notes not buried are few enough, decided as if the stacking
    had followed them (it follows them only when asked), and in colour batches past that."""
    from canvas.far_stack import ORDERED_MOST

    def made(lone: int, pairs: int) -> FarCache:
        cache = FarCache()
        colour = QColor(YELLOW)
        blocks = [(i, colour, i * 60.0, 0.0, 50.0, 50.0, float(i)) for i in range(lone)]
        for pair in range(pairs):  # two notes exactly on each other: one of them is buried
            x = pair * 60.0
            blocks += [(lone + 2 * pair + k, colour, x, 500.0, 50.0, 50.0, 1.0 + k) for k in (0, 1)]
        cache.put_fresh(blocks)
        return cache

    everywhere = QRectF(-1e6, -1e6, 2e6, 2e6)
    few = made(ORDERED_MOST - 400, 400)  # 1,900 notes, 400 buried: 1,500 to show
    ordered = few.in_order(everywhere)
    assert ordered is not None and len(ordered) == ORDERED_MOST
    assert all(not few.buried(i) for i, _, _ in ordered)
    assert made(ORDERED_MOST - 399, 400).in_order(everywhere) is None, "one too many"
