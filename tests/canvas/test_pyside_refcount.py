"""Regression guard for PySide6 6.12.0 on CPython 3.11.

That combination decrements ``None``'s reference count on every call of a void-returning
method (``setPos``, ``setBrush`` …); after a few thousand calls CPython aborts with
``none_dealloc``. pyproject.toml pins PySide6 below 6.12 on Python 3.11; this test fails
loudly (instead of crashing a workshop an hour in) if that pin is ever lost.
"""

from __future__ import annotations

import sys

from canvas.note_item import NoteItem
from models.records import NoteData


def test_void_calls_do_not_drain_none_refcount(qtbot: object) -> None:
    item = NoteItem(NoteData(1, "refcount", "#FFE45C", 0.0, 0.0, 200.0, 200.0))
    before = sys.getrefcount(None)
    for step in range(10_000):
        item.setPos(float(step), 1.0)
    after = sys.getrefcount(None)
    # Other threads and the interpreter may add a few references; a leak takes 10,000 away.
    assert after >= before - 100, f"None lost {before - after} references in 10,000 setPos calls"
    assert item.pos().x() == 9_999.0
