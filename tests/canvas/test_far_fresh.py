"""Blocks of many new notes (a duplicate's copies) go into the far view's batches at once
and into its grid afterwards: until then, and after, every question about an area is
answered as if they had been filed one by one with :meth:`FarCache.put_many`."""

from __future__ import annotations

import random

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from canvas.far_paint import grown_rects
from canvas.far_view import FarCache

COLOURS = [QColor(name) for name in ("#FFE66D", "#A8E28A", "#9FD3F5")]
Block = tuple[int, QColor, float, float, float, float, float]


def _blocks(first: int, count: int, seed: int) -> list[Block]:
    rng = random.Random(seed)
    return [
        (
            i,
            rng.choice(COLOURS),
            rng.uniform(-9000, 9000),
            rng.uniform(-6000, 6000),
            200.0,
            200.0,
            float(i),
        )
        for i in range(first, first + count)
    ]


def _content(cache: FarCache) -> list[tuple[str, list[tuple[float, float, float, float]]]]:
    return [(c.name(), sorted(r.getRect() for r in rects)) for c, rects in cache.batches]


AREAS = [
    QRectF(-2000, -1500, 3000, 2500),
    QRectF(5000, 2000, 900, 700),
    QRectF(-20000, -20000, 40000, 40000),
]


def test_fresh_blocks_answer_like_blocks_filed_one_by_one() -> None:
    old, new = _blocks(0, 800, 1), _blocks(800, 800, 2)
    filed, fresh = FarCache(), FarCache()
    filed.put_many(old + new)
    fresh.put_many(old)
    revision = fresh.revision
    fresh.put_fresh(new)
    assert fresh.revision != revision
    assert _content(fresh) == _content(filed)
    for area in AREAS:  # the first question files the rest
        assert fresh.count_in(area, 10**6) == filed.count_in(area, 10**6)
        assert sorted(fresh.ids_in(area.left(), area.top(), area.right(), area.bottom())) == sorted(
            filed.ids_in(area.left(), area.top(), area.right(), area.bottom())
        )
        assert _content_in(fresh, area) == _content_in(filed, area)


def _content_in(cache: FarCache, area: QRectF) -> list[tuple[str, list[tuple[float, ...]]]]:
    found: dict[str, list[tuple[float, ...]]] = {}
    for colour, rects in cache.batches_in(area):
        found.setdefault(colour.name(), []).extend(r.getRect() for r in rects if r.intersects(area))
    return sorted((name, sorted(rects)) for name, rects in found.items())


def test_an_area_holding_every_block_needs_no_grid_and_filing_in_slices_ends_the_same() -> None:
    old, new = _blocks(0, 500, 3), _blocks(500, 500, 4)
    cache = FarCache()
    cache.put_many(old)
    cache.put_fresh(new)
    everything = QRectF(-50000, -50000, 100000, 100000)
    assert cache.spans_most(everything)
    assert cache.count_in(everything, 10**6) == 1000
    while not cache.file_some(0.0):  # a slice at a time, as the item builder files them
        pass
    assert sorted(cache.ids_in(8000, 5000, 8300, 5300)) == sorted(
        i
        for i, _, x, y, w, h, _ in old + new
        if x < 8300 and x + w > 8000 and y < 5300 and y + h > 5000
    )


def test_a_block_the_cache_holds_is_brought_up_to_date_and_dropping_works_while_unfiled() -> None:
    old = _blocks(0, 300, 5)
    cache = FarCache()
    cache.put_many(old)
    moved = [(i, c, x + 5000.0, y, w, h, z) for i, c, x, y, w, h, z in old[:10]]
    cache.put_fresh(moved + _blocks(300, 300, 6))
    assert len(cache) == 600
    cache.drop_many(range(300, 600))
    expected = FarCache()
    expected.put_many(moved + old[10:])
    assert _content(cache) == _content(expected)
    area = QRectF(-20000, -20000, 40000, 40000)
    assert sorted(cache.ids_in(area.left(), area.top(), area.right(), area.bottom())) == list(
        range(300)
    )


def test_the_selection_frames_grown_from_the_selected_blocks_are_the_outlines() -> None:
    cache = FarCache()
    cache.put_many(_blocks(0, 400, 7))
    ids = list(range(0, 400, 3))
    frames = grown_rects(cache.selected_blocks(ids), 12.5)
    assert sorted(r.getRect() for r in frames) == sorted(
        r.getRect() for r in cache.outlines(ids, 12.5)
    )


def test_fresh_blocks_stack_and_mark_their_area_as_the_ones_put_one_by_one() -> None:
    """Copies laid exactly on notes bury them (the stacked drawing leaves those out), and
    the kept far picture is drawn anew, not patched, after thousands of new blocks."""
    old = _blocks(0, 1200, 3)
    copies = [(i + 1200, colour, x, y, w, h, z + 5000.0) for i, colour, x, y, w, h, z in old]
    fresh = FarCache()
    fresh.put_many(old)
    assert not any(fresh.buried(note_id) for note_id, *_ in old)
    revision = fresh.revision
    fresh.put_fresh(copies)
    assert all(fresh.buried(note_id) for note_id, *_ in old)
    assert not any(fresh.buried(note_id) for note_id, *_ in copies)
    assert fresh.damage_since(revision) is None
