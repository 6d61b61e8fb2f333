"""Notes lying exactly under another note are not painted.

A cell that phones keep writing into after it is full stacks its notes on its slots (see
:mod:`models.cell_slots`), so after a while most of its notes lie exactly under another one:
painting them costs the laptop as much as painting the ones in sight, for nothing. Each
note's paint asks :func:`covered` first. The answer comes from one dictionary of the topmost
note seen painted at each place (scene, position and size) and is checked against the items
as they are *now* every time, so it is never wrong, only sometimes late: a note is skipped
only while a block note of the same scene, visible, above it, at exactly its place and size
is there to be painted over it in the same pass. Anything else (a cover moved, resized,
removed, hidden, sent below) makes the note paint again at once; the dictionary then learns
the new top from that very paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from canvas.note_item import NoteItem

Place = tuple[float, float, float, float]
MAX_PLACES = 20_000
"""Places remembered (a few MB at most); past that the dictionary starts again (painting
rebuilds it)."""

_tops: dict[Place, int] = {}
"""The id of the topmost note seen painted at each place. Ids, not items: the items are
found through their scene when asked, so nothing here keeps an item alive or refers to one
its scene has let go."""


def _over(top: NoteItem, item: NoteItem) -> bool:
    """Whether ``top`` is, right now, an opaque block that Qt paints after ``item`` in the
    same pass, at exactly ``item``'s place and size. Notes are always top-level items (the
    scene adds them), so no ``parentItem()`` here: calling PySide's on them from paint changed
    when their wrappers were freed, and a later scene's teardown crashed."""
    return (
        top.cover_opaque
        and top.isVisible()
        and top.zValue() > item.zValue()
        and top.rect() == item.rect()
        and top.pos() == item.pos()
    )


def covered(item: NoteItem) -> bool:
    """Whether ``item`` lies exactly under another note that is painted over it, so painting
    it would change no pixel. Called from :meth:`NoteItem.paint`; a note that is painted is
    remembered as the top of its place when nothing known lies above it.

    Places are looked up by the note's row (cheap: no call into Qt for most notes); whether
    the note found there really covers this one is then checked on the items themselves, so
    a note dragged but not yet dropped is judged where it is shown."""
    note = item.note
    place = (note.x, note.y, note.width, note.height)
    top_id = _tops.get(place)
    if top_id == note.id:
        return False
    if top_id is not None:
        scene = item.scene()
        find = getattr(scene, "item_for", None)
        if find is None or scene.items_pending():  # type: ignore[attr-defined]
            return False  # items still being made: item_for would make one mid-paint
        top = find(top_id)
        if top is not None:
            if _over(top, item):
                return not item.editing
            row = top.note
            if (row.x, row.y, row.width, row.height) == place and top.zValue() >= item.zValue():
                return False  # still the top of its place as far as is known
    if len(_tops) >= MAX_PLACES:
        _tops.clear()
    _tops[place] = note.id
    return False


def forget() -> None:
    """Drop every remembered place (tests; a board closed)."""
    _tops.clear()
