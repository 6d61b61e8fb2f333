"""Note blocks filed by cell: counting and drawing an area must find every note in it,
after notes are added, moved, resized and removed, whatever their size."""

from __future__ import annotations

import random

from PySide6.QtCore import QRectF

from canvas.far_grid import CELL, BlockGrid


def _intersects(box: tuple[float, float, float, float], rect: QRectF) -> bool:
    x0, y0, x1, y1 = box
    return x0 < rect.right() and x1 > rect.left() and y0 < rect.bottom() and y1 > rect.top()


def test_an_area_finds_exactly_the_notes_in_it() -> None:
    rng = random.Random(8)
    grid = BlockGrid()
    boxes: dict[int, tuple[int, tuple[float, float, float, float]]] = {}
    for note_id in range(3000):
        x, y = rng.uniform(-20000, 20000), rng.uniform(-12000, 12000)
        side = rng.choice((200.0, 200.0, 120.0, 3 * CELL))  # one in four spans cells
        boxes[note_id] = (note_id % 5, (x, y, x + side, y + side * 0.8))
    for note_id, (key, box) in boxes.items():
        grid.put(note_id, key, box)
    for note_id in range(0, 3000, 7):  # moved
        key, (x0, y0, x1, y1) = boxes[note_id]
        moved = (x0 + 5000.0, y0 - 3000.0, x1 + 5000.0, y1 - 3000.0)
        boxes[note_id] = (key, moved)
        grid.put(note_id, key, moved)
    for note_id in range(3, 3000, 11):  # removed
        boxes.pop(note_id, None)
        grid.drop(note_id)
    for _ in range(60):
        area = QRectF(rng.uniform(-25000, 20000), rng.uniform(-15000, 12000), 0, 0)
        area.setSize(QRectF(0, 0, rng.uniform(10, 12000), rng.uniform(10, 7000)).size())
        inside = [i for i, (_, box) in boxes.items() if _intersects(box, area)]
        assert grid.count_in(area, 10**9) == len(inside)
        assert grid.count_in(area, 3) == min(3, len(inside))
        drawn = [
            (r.x(), r.y(), r.right(), r.bottom())
            for _, rects in grid.batches_in(area, list(range(5)))
            for r in rects
        ]
        assert {boxes[i][1] for i in inside} <= set(drawn), "every note in the area drawn"
        assert len(drawn) == len(set(drawn)), "none drawn twice"


def test_ids_in_an_area_are_exactly_the_notes_it_touches() -> None:
    rng = random.Random(3)
    grid = BlockGrid()
    boxes: dict[int, tuple[float, float, float, float]] = {}
    for note_id in range(2000):
        x, y = rng.uniform(-9000, 9000), rng.uniform(-6000, 6000)
        side = rng.choice((200.0, 150.0, 2.5 * CELL))
        boxes[note_id] = (x, y, x + side, y + side)
        grid.put(note_id, 1, boxes[note_id])
    for _ in range(40):
        area = QRectF(rng.uniform(-10000, 9000), rng.uniform(-7000, 6000), 900.0, 500.0)
        found = grid.ids_in(area)
        assert sorted(found) == sorted(i for i, box in boxes.items() if _intersects(box, area))


def test_an_area_draws_the_far_caches_own_rectangles_not_copies() -> None:
    """A 20,000-note board keeps one rectangle per note for the far view, whether it draws
    every block or those of a few cells (a pan at a middle zoom): not a second set."""
    from PySide6.QtGui import QColor

    from canvas.far_view import FarCache

    cache = FarCache()
    colours = [QColor("#FFE66D"), QColor("#9FD3F5")]
    cache.put_many(
        (i, colours[i % 2], (i % 40) * 220.0, (i // 40) * 220.0, 200.0, 150.0, float(i))
        for i in range(4000)
    )
    whole = {id(rect) for _, rects in cache.batches for rect in rects}
    area = QRectF(1000.0, 1000.0, 1500.0, 900.0)
    assert not cache.spans_most(area)
    near = [rect for _, rects in cache.batches_in(area) for rect in rects]
    assert near and all(id(rect) in whole for rect in near)
    cache.put_many([(5, colours[1], 220.0 * 5, 0.0, 200.0, 150.0, 9999.0)])  # only its z
    assert {id(r) for _, rects in cache.batches for r in rects} == whole


def test_blocks_filled_when_a_board_opens_are_found_before_during_and_after_filing() -> None:
    """A board opening fills the far cache without filing its grid (the first frame shows
    the whole board); an area asked about before the filing is done still gets every note."""
    from PySide6.QtGui import QColor

    from canvas.far_view import FarCache

    rng = random.Random(11)
    names = ["#FFE66D", "#9FD3F5", "#A8E28A"]
    colours = [QColor(name) for name in names]
    boxes: dict[int, tuple[float, float, float, float]] = {}
    blocks = []
    for note_id in range(1, 3001):
        x, y = rng.uniform(-8000, 8000), rng.uniform(-5000, 5000)
        boxes[note_id] = (x, y, x + 200.0, y + 150.0)
        blocks.append((note_id, names[note_id % 3], x, y, 200.0, 150.0, float(note_id), "note"))
    cache = FarCache()
    cache.fill_fresh(blocks, QColor)
    assert sum(len(rects) for _, rects in cache.batches) == 3000
    everything = QRectF(-9000.0, -6000.0, 18000.0, 12000.0)
    assert cache.spans_most(everything) and cache.count_in(everything, 10**6) == 3000

    def check() -> None:
        for _ in range(15):
            area = QRectF(rng.uniform(-9000, 8000), rng.uniform(-6000, 5000), 1500.0, 900.0)
            inside = sorted(i for i, box in boxes.items() if _intersects(box, area))
            assert sorted(cache.ids_in(area.left(), area.top(), area.right(), area.bottom())) == (
                inside
            )
            assert cache.count_in(area, 10**6) == len(inside)

    assert not cache.file_some(0.0), "a deadline already past files one slice, not all"
    cache.drop_many([1, 2, 3])  # a change before the filing is done
    for note_id in (1, 2, 3):
        del boxes[note_id]
    cache.put_many([(10, colours[1], 0.0, 0.0, 200.0, 150.0, 10.0)])
    boxes[10] = (0.0, 0.0, 200.0, 150.0)
    check()
    assert cache.file_some(None)
    check()


def test_the_strips_of_a_far_zoom_step_draw_every_note_in_them_once_in_colour_order() -> None:
    """The four strips round a zoom-out step's picture get the notes near them, one list a
    colour in the far cache's colour order (what every block clipped to them would show),
    and every note when they reach over the whole board."""
    from PySide6.QtGui import QColor

    from canvas.far_view import FarCache

    rng = random.Random(5)
    cache = FarCache()
    colours = [QColor("#FFE66D"), QColor("#9FD3F5"), QColor("#F7A8C8")]
    boxes: dict[int, tuple[float, float, float, float]] = {}
    rows = []
    for i in range(6000):
        x, y = rng.uniform(-30000, 30000), rng.uniform(-20000, 20000)
        side = rng.choice((200.0, 200.0, 2.5 * CELL))
        boxes[i] = (x, y, x + side, y + side)
        rows.append((i, colours[i % 3], x, y, side, side, float(i % 97)))
    cache.put_many(rows)
    view = QRectF(-20000.0, -12000.0, 40000.0, 24000.0)
    inner = view.adjusted(3000.0, 2000.0, -3000.0, -2000.0)
    strips = [
        QRectF(view.left(), view.top(), view.width(), inner.top() - view.top()),
        QRectF(view.left(), inner.bottom(), view.width(), view.bottom() - inner.bottom()),
        QRectF(view.left(), inner.top(), inner.left() - view.left(), inner.height()),
        QRectF(inner.right(), inner.top(), view.right() - inner.right(), inner.height()),
    ]
    found = cache.batches_near(strips)
    order = [colour.rgba() for colour, _ in cache.batches]
    assert [colour.rgba() for colour, _ in found] == [
        c for c in order if c in {colour.rgba() for colour, _ in found}
    ]
    drawn = [(r.x(), r.y(), r.right(), r.bottom()) for _, rects in found for r in rects]
    assert len(drawn) == len(set(drawn)), "none drawn twice"
    wanted = {box for box in boxes.values() if any(_intersects(box, s) for s in strips)}
    assert wanted <= set(drawn), "every note in the strips"
    assert len(drawn) < len(boxes) * 0.6, "not every note of the board"
    everything = cache.batches_near([QRectF(-40000.0, -30000.0, 80000.0, 60000.0)])
    assert sum(len(rects) for _, rects in everything) == len(boxes)
