"""A note that looks the same frame after frame is copied from Qt's pixels of it.

A view showing a frame whole paints two or three hundred notes, about 30 µs of Python and
raster work each, every time it repaints whole (a pan step, a stop shown again, the phones'
notes arriving in a busy room). Qt's ``DeviceCoordinateCache`` keeps an item as pixels in each
view's device coordinates and copies them in C++, without calling the item's ``paint()``: a
whole frame of cached notes costs what Qt's own loop over the items costs.

Qt invalidates that cache only partly: ``update()`` makes the *first* view that repaints the
item draw it again, and any other view (the projector) keeps its stale pixels; a view's look
(blank cards, dots, a highlight, the projector's smallest text) is no part of it at all; a
zoom makes every cached note draw itself into a fresh pixmap, dearer than drawing it; and
pixels are kept only within an item's bounds (the high-contrast edge reaches past them). So
the cache is turned on and off by hand here:

- A note is cached only after a view painted it directly in a frame like the previous one
  (same zoom, device pixel ratio, look, dots, blank cards, text on or off):
  :data:`PROMOTE_PER_FRAME` of them per frame, so frames at a new zoom cost what they did
  and the pixels are drawn a few dozen notes a frame. Selected, edited, photo and card
  items are never cached this way (cards keep their own cache).
- When anything a note's pixels depend on changes, the cache is *dropped* (``NoCache``, which
  lets every view's pixels go) and the note is drawn directly again: its own changes through
  :meth:`NoteItem.update` (row, size, text layout, editing, its dots), its selection through
  the scene's ``selectionChanged``, and everything a view decides for all notes (look, dots
  of another vote, blank cards, text on or off) by comparing the view's state before each
  frame with its last one (:func:`frame_begins`); a zoom lets go the notes the view is about
  to paint. While a shown view paints the high-contrast edge, no note is cached.
- At most :data:`MAX_ITEMS` notes of a scene are cached (the oldest dropped first) and Qt's
  pixmap cache holding their pixels is limited to :data:`CACHE_LIMIT_KB`.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene
from shiboken6 import isValid

if TYPE_CHECKING:
    from canvas.note_item import NoteItem

ENABLED = True
"""Off: notes are always drawn (tests of the drawing paths beneath the cache)."""
CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
NOT_CACHED = QGraphicsItem.CacheMode.NoCache
PROMOTE_PER_FRAME = 64
"""Notes turned cached per frame: each costs about 25 µs more the next time it is drawn (its
pixmap and a painter on it), so a frame pays at most ~2 ms for the frames after it."""
MAX_ITEMS = 800
"""Cached notes per scene (a frame shown whole in two views is ~700): a new look lets all of
them go before its first frame, about 3 µs each."""
CACHE_LIMIT_KB = 24 * 1024
"""Qt's pixmap cache (10 MB by default, shared with the cards): a frame shown whole is
~4 MB of notes on the laptop and ~7 MB on a full-HD projector."""


_cards: weakref.WeakSet[QGraphicsItem] = weakref.WeakSet()


class Kept:
    """The cached notes of one scene, oldest first, and the views that paint its notes in a
    way no note may be cached for (their pixels would be cut: the high-contrast edge)."""

    __slots__ = ("__weakref__", "items", "refusing")

    def __init__(self) -> None:
        self.items: dict[int, NoteItem] = {}
        self.refusing: dict[int, weakref.ref[Any]] = {}

    def refuses(self, view: Any, refused: bool) -> bool:
        """Note whether ``view`` refuses caching now; whether any shown view does."""
        if refused:
            self.refusing[id(view)] = weakref.ref(view)
        else:
            self.refusing.pop(id(view), None)
        for key, ref in list(self.refusing.items()):
            other = ref()
            if other is None or not isValid(other) or not other.isVisible():
                del self.refusing[key]
        return bool(self.refusing)

    def selection_changed(self) -> None:
        """A selected note is drawn with its frame: never from pixels kept without it. (Notes
        Qt deleted with their scene, which tells of that as a selection change, are let go.)"""
        for key, item in list(self.items.items()):
            if not isValid(item):
                del self.items[key]
            elif item.isSelected():
                drop(item)


candidates: list[NoteItem] | None = None
"""While a view paints a frame like its previous one: the notes it draws directly that may
be cached from the next frame on (see :meth:`NoteItem.paint`); None otherwise."""
_exposed: QRectF | None = None
"""The scene area the frame being painted repaints when it is a part of the view: only notes
wholly inside it are cached. A wheel pan step repaints a strip, the edges of the notes
scrolling in: cached, each was drawn whole into a new pixmap at the next step (a row of
notes, 3-5 ms) and then scrolled on, never copied from it. None: the whole view."""
_painting = 0
_later: list[NoteItem] = []
"""Notes to drop once the frame is painted (Qt may be drawing their cache right now)."""


def kept_in(scene: QGraphicsScene) -> Kept:
    kept: Kept | None = getattr(scene, "note_cache_kept", None)
    if kept is None:
        kept = Kept()
        scene.note_cache_kept = kept  # type: ignore[attr-defined]
        scene.selectionChanged.connect(kept.selection_changed)
        if QPixmapCache.cacheLimit() < CACHE_LIMIT_KB:
            QPixmapCache.setCacheLimit(CACHE_LIMIT_KB)
    return kept


def frame_begins(
    view: Any,
    scene: QGraphicsScene,
    state: tuple[object, ...],
    place: tuple[object, ...],
    refused: bool = False,
    exposed: QRectF | None = None,
) -> None:
    """``view`` is about to paint notes at ``place`` (its zoom) with ``state`` (everything
    else their pixels depend on besides the notes themselves). No note is cached during a
    frame whose state or place differs from the view's last. A new state lets every cached
    note of the scene go (their pixels in any view may show the old state); a new place only
    the notes this view is about to paint (``view.notes_area()``): Qt would draw each of
    them into a new pixmap at the new zoom, dearer than drawing it, and the others' pixels
    are still right. While a shown view of the scene ``refused`` caching (its notes draw
    past their bounds), no note of the scene is cached. Only notes wholly inside ``exposed``
    (scene units, the part of the view repainted; None: the whole view) may be cached."""
    global candidates, _painting, _exposed
    candidates = None
    _exposed = exposed
    if not ENABLED or kept_in(scene).refuses(view, refused):
        drop_all(scene)
    elif state != getattr(view, "note_cache_state", None):
        view.note_cache_state, view.note_cache_place = state, place
        drop_all(scene)
        purge_cards(scene)
    elif place != getattr(view, "note_cache_place", None):
        view.note_cache_place = place
        area = view.notes_area()
        if area is not None:
            drop_within(scene, area)
    else:
        candidates = []
    _painting += 1  # from here on a note's pixels may be drawn: drops wait for the end


def offer(item: NoteItem, complete: bool) -> None:
    """``item`` (a plain note, not selected) was just painted directly, its text ``complete``
    (laid out, or none to show): cached from the next frame on, within this frame's share."""
    wanted = candidates
    if (
        wanted is not None
        and complete
        and not item.editing
        and item.cached_in is None
        and len(wanted) < PROMOTE_PER_FRAME
        and (_exposed is None or _exposed.contains(item.sceneBoundingRect()))
    ):
        wanted.append(item)


def frame_ends(scene: QGraphicsScene) -> None:
    """The frame is painted: the notes it drew directly are cached from the next one on."""
    global candidates, _painting
    found, candidates = candidates, None
    _painting = max(0, _painting - 1)
    _let_go_later()
    if not found:
        return
    kept = kept_in(scene)
    items = kept.items
    for item in found:
        if item.cached_in is None and not item.isSelected() and item.scene() is scene:
            item.setCacheMode(CACHED)
            item.cached_in = kept
            items[id(item)] = item
    while len(items) > MAX_ITEMS:
        oldest = items[next(iter(items))]
        if isValid(oldest):
            drop(oldest)
        else:
            del items[next(iter(items))]


def _let_go_later() -> None:
    """Let go the pixels that waited for Qt to finish drawing them (see :func:`after_paint`)."""
    if not _later or _painting:
        return
    late = list(_later)
    _later.clear()
    for item in late:
        if isValid(item):
            if item.cached_in is not None:
                drop(item)
            item.update()  # a card's purges its pixels


def after_paint(item: NoteItem) -> None:
    """From an item's ``paint()``: let its kept pixels go (and repaint it) once Qt is done
    drawing. Qt fills an item's pixels around its ``paint()`` in a view's frame and in a
    picture of a view or the scene (``render``) alike, and letting them go from inside frees
    what Qt is about to write to: after the frame, or in the next turn of the event loop."""
    _later.append(item)
    if not _painting:
        QTimer.singleShot(0, _let_go_later)


def drop(item: NoteItem) -> None:
    """Draw ``item`` directly again (every view's kept pixels of it let go). While a frame is
    painted this waits for its end, and the note is then repainted."""
    kept = item.cached_in
    if kept is None:
        return
    if _painting:
        _later.append(item)
        return
    item.cached_in = None
    kept.items.pop(id(item), None)
    item.setCacheMode(NOT_CACHED)


def purge(item: QGraphicsItem) -> None:
    """Let every view's kept pixels of ``item`` (always cached: a card) go; it stays cached.
    While a frame is painted this waits for its end, and the item is then repainted."""
    if _painting:
        _later.append(item)  # type: ignore[arg-type]
        return
    item.setCacheMode(CACHED)  # Qt lets a cache's pixmaps go whenever its mode is set


def keep_card(item: QGraphicsItem) -> None:
    """``item`` (a card) keeps its own cache: a view's new look lets its pixels go too."""
    _cards.add(item)


def purge_cards(scene: QGraphicsScene) -> None:
    """Let every view's kept pixels of the cards in ``scene`` go (a view's look changed)."""
    for card in list(_cards):
        if isValid(card) and card.scene() is scene:
            purge(card)


def drop_all(scene: QGraphicsScene) -> None:
    kept: Kept | None = getattr(scene, "note_cache_kept", None)
    if kept is None or not kept.items:
        return
    items = list(kept.items.values())
    kept.items.clear()
    for item in items:
        if isValid(item):
            item.cached_in = None
            item.setCacheMode(NOT_CACHED)


def drop_within(scene: QGraphicsScene, area: QRectF) -> None:
    """Let the cached notes of ``scene`` that touch ``area`` (scene units) go."""
    kept: Kept | None = getattr(scene, "note_cache_kept", None)
    if kept is None or not kept.items:
        return
    left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
    for item in list(kept.items.values()):
        note = item.note
        if (
            note.x <= right
            and note.y <= bottom
            and note.x + note.width >= left
            and note.y + note.height >= top
            and isValid(item)
        ):
            drop(item)


def forget(item: NoteItem) -> None:
    """``item`` left its scene: its pixels go, and it is no longer counted."""
    if item.cached_in is not None:
        kept = item.cached_in
        item.cached_in = None
        kept.items.pop(id(item), None)
        item.setCacheMode(NOT_CACHED)


def cached_count(scene: QGraphicsScene) -> int:
    kept: Kept | None = getattr(scene, "note_cache_kept", None)
    return len(kept.items) if kept is not None else 0
