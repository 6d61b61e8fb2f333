"""The far view's blocks kept up to date in bulk (a drag, undo, duplicate or delete of
thousands of notes) must hold exactly what blocks made afresh from the final notes hold:
the same rectangles per colour, colours in the same order, the same counts in any area."""

from __future__ import annotations

import random

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from canvas.far_view import FarCache

COLOURS = [QColor(name) for name in ("#FFE66D", "#A8E28A", "#9FD3F5", "#F7A8C8")]
Block = tuple[int, QColor, float, float, float, float, float]


def _content(cache: FarCache) -> list[tuple[str, list[tuple[float, float, float, float]]]]:
    return [(colour.name(), sorted(r.getRect() for r in rects)) for colour, rects in cache.batches]


def test_bulk_changes_leave_the_blocks_a_fresh_fill_would_make() -> None:
    rng = random.Random(4)
    notes: dict[int, Block] = {}
    for note_id in range(2000):
        x, y = rng.uniform(-30000, 30000), rng.uniform(-20000, 20000)
        z = float(note_id)
        notes[note_id] = (note_id, rng.choice(COLOURS), x, y, 200.0, 200.0, z)
    cache = FarCache()
    cache.put_many(notes.values())
    revision = cache.revision
    cache.put_many(list(notes.values())[:500])
    assert cache.revision == revision, "nothing changed: the batches stay"
    for note_id in rng.sample(sorted(notes), 1500):  # a drag of most of them
        _, colour, x, y, w, h, z = notes[note_id]
        notes[note_id] = (note_id, colour, x + 700.0, y - 350.0, w, h, z)
    for note_id in rng.sample(sorted(notes), 300):  # colours, sizes and z
        _, _, x, y, _, _, _ = notes[note_id]
        notes[note_id] = (note_id, rng.choice(COLOURS), x, y, 120.0, 260.0, 5000.0 + note_id)
    cache.put_many(notes.values())
    assert cache.revision > revision
    gone = rng.sample(sorted(notes), 400)
    cache.drop_many(gone)
    for note_id in gone:
        del notes[note_id]
    added = {
        i: (i, rng.choice(COLOURS), float(i), 0.0, 200.0, 200.0, 1.0) for i in range(3000, 3400)
    }
    cache.put_many(added.values())
    notes.update(added)
    fresh = FarCache()
    fresh.put_many(notes.values())
    assert len(cache) == len(fresh) == len(notes)
    assert [c for c, _ in _content(cache)] == [c for c, _ in _content(fresh)], "colour order"
    assert _content(cache) == _content(fresh)
    for _ in range(40):
        area = QRectF(rng.uniform(-35000, 30000), rng.uniform(-25000, 20000), 0, 0)
        area.setWidth(rng.uniform(100, 30000))
        area.setHeight(rng.uniform(100, 20000))
        assert cache.count_in(area, 10**9) == fresh.count_in(area, 10**9)
        near = sorted(r.getRect() for _, rects in cache.batches_in(area) for r in rects)
        again = sorted(r.getRect() for _, rects in fresh.batches_in(area) for r in rects)
        assert near == again
    ids = sorted(notes)[:700]
    assert sorted(r.getRect() for r in cache.outlines(ids, 3.0)) == sorted(
        r.getRect() for r in fresh.outlines(ids, 3.0)
    )
