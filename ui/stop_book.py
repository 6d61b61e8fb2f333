"""The projector's stops in order, each split into the pages its reading layout needs.

Listing the stops lays nothing out (see :mod:`canvas.stop_index`): a stop is laid out when it
is shown, when Page Down or Page Up is about to land on it, or by :class:`ui.stop_prefetch.
StopPrefetch` in idle time. Until then it is listed as one page; its other pages join the
list once known. A change forgets the layouts of the stops it touched only; another size of
the projector, another language or a vote's dots shown forget them all.

Split out of :mod:`ui.presenter_control`, which asks it for the list and for a stop's pages;
its one string keeps the ``PresenterControl`` translation context.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QScreen

from canvas.reading import Page, Steps, drain
from canvas.stop_index import StopId, StopIndex
from canvas.stops import FRAME, ZONE, Stop, next_index
from models.records import Change
from ui.projector_layout import content_for
from ui.stop_plans import StopPlanner

if TYPE_CHECKING:
    from ui.presenter import PresenterWindow
    from ui.room import Room

StopKey = tuple[str, int | None, int]
"""A stop's page: (kind, id, page)."""
KEPT_PLANS = 256
"""Stops whose pages are kept; the page counts of every stop laid out are kept apart (an
evicted stop is laid out again when shown)."""


def stop_id(stop: Stop) -> StopId:
    """``stop`` without its page (the board, which has no id, as -1)."""
    return (stop.kind, stop.id if stop.id is not None else -1)


def laid_out_kind(stop: Stop) -> bool:
    """Whether ``stop`` may need a reading layout (the board and photos never do)."""
    return stop.kind in (FRAME, ZONE) and stop.id is not None


class StopBook:
    """Stops and their layouts for one room, for the projector window when it is open (else
    for the screen chosen for it)."""

    def __init__(
        self,
        room: Room,
        presenter: Callable[[], PresenterWindow | None],
        screen: Callable[[], QScreen],
    ) -> None:
        self._room = room
        self._presenter = presenter
        self._screen = screen
        self._index: StopIndex | None = None
        self._plans: OrderedDict[StopId, list[Page] | None] = OrderedDict()
        self._counts: dict[StopId, int] = {}
        """Pages of each stop laid out since its content last changed (1 for the wall)."""
        self._looks: Hashable = None
        self._generation = 0
        """Counts what made layouts out of date (a change sorted out, a forget)."""
        self._asked: tuple[bool, str] | None = None
        self._stops: list[Stop] | None = None
        self._planner = StopPlanner()
        self.laid_out: Counter[StopId] = Counter()
        """How many times each stop was laid out (a kept layout reused counts too)."""

    def projector_size(self) -> QSize:
        presenter = self._presenter()
        if presenter is not None:
            return presenter.size()
        return self._screen().geometry().size()

    def content_area(self) -> QRectF:
        """Where stops are shown on the projector (window pixels), bands left free."""
        presenter = self._presenter()
        if presenter is not None:
            return QRectF(presenter.content_rect())
        return QRectF(content_for(self.projector_size()))

    # --- forgetting ---------------------------------------------------------------------
    def forget(self) -> None:
        """Every layout and the list are made again on the next look (another size, another
        language)."""
        self._plans.clear()
        self._counts.clear()
        self._stops = None
        self._asked = None
        self._generation += 1

    def forget_list(self) -> None:
        """The list only; layouts whose looks changed (a vote's dots) are made again."""
        self._stops = None
        self._asked = None
        self._generation += 1

    def forget_titles(self) -> None:
        """The stops' titles (another language, the board renamed): listed again."""
        self._stops = None
        if self._index is not None:
            self._index.forget_list()

    def clear(self) -> None:
        """Everything, the kept layouts too (the board closes)."""
        self._planner.clear()
        self._index = None
        self.forget()

    def note_changes(self, changes: Iterable[Change]) -> bool:
        """Remember what ``changes`` touched, to sort out on the next look (cheap: ids)."""
        index = self._current_index()
        if index is None or not index.note_changes(changes):
            return False
        self._stops = None
        return True

    def touched(self, kind: str, stop_id: int | None) -> bool:
        """Sort out the changes noted: whether they touched the content of the stop
        (``kind``, ``stop_id``)."""
        found = self._settle()
        return stop_id is not None and (kind, stop_id) in found

    def _settle(self) -> set[StopId]:
        index = self._current_index()
        if index is None or not index.pending():
            return set()
        found = {key for key in index.settle() if key in self._counts or key in self._plans}
        self._generation += 1
        for key in found:
            self._counts.pop(key, None)
            self._plans.pop(key, None)
        self._stops = None
        return found

    def _current_index(self) -> StopIndex | None:
        doc = self._room.window.document
        if doc is None:
            self._index = None
        elif self._index is None or self._index.document is not doc:
            self._index = StopIndex(doc)
            self.forget()
        return self._index

    def _check_looks(self) -> tuple[bool, str]:
        """What every stop's layout depends on besides its content: the area, whether a
        vote's dots are shown, the board's language; all layouts go when one changes."""
        if self._asked is None:  # asked again after forget() or forget_list()
            doc = self._room.window.document
            language = (doc.info().language if doc is not None else "") or "fi"
            self._asked = (self._room.votes.dots_on_projector(), language)
        dots, language = self._asked
        area = self.content_area()
        looks = (area.x(), area.y(), area.width(), area.height(), dots, language)
        if looks != self._looks:
            self._looks = looks
            self._generation += 1
            self._plans.clear()
            self._counts.clear()
            self._stops = None
        return dots, language

    # --- the list -----------------------------------------------------------------------
    def base(self) -> list[Stop]:
        """Every stop in order, one page each."""
        index = self._current_index()
        scene = self._room.window.scene
        if index is None or scene is None:
            return []
        self._settle()
        doc = index.document

        def title() -> str:
            return doc.info().title or QCoreApplication.translate("PresenterControl", "Whole board")

        return index.stops(scene.content_rect, title)

    def stops(self) -> list[Stop]:
        """Every stop in order, a stop split into pages counted once per page where its
        layout is known (one page where it is not yet)."""
        self._check_looks()
        every = self.base()
        if self._stops is not None:
            return self._stops
        found: list[Stop] = []
        for stop in every:
            count = self._counts.get(stop_id(stop), 1) if laid_out_kind(stop) else 1
            if count <= 1:
                found.append(stop)
            else:
                found.extend(stop.paged(index, count) for index in range(count))
        self._stops = found
        return found

    def known(self, stop: Stop) -> bool:
        """Whether ``stop``'s pages are counted (laid out since it last changed)."""
        return not laid_out_kind(stop) or stop_id(stop) in self._counts

    def unknown(self, start: Stop | None = None) -> list[Stop]:
        """Stops not laid out yet, from ``start`` on, then from the top."""
        self._check_looks()
        every = self.base()
        at = next(
            (
                i
                for i, s in enumerate(every)
                if start is not None and s.kind == start.kind and s.id == start.id
            ),
            0,
        )
        return [stop for stop in every[at:] + every[:at] if not self.known(stop)]

    def all_stops(self) -> list[Stop]:
        """Every stop and every page, each stop laid out now (slow on a big board)."""
        for stop in self.unknown():
            self.plan(stop)
        return self.stops()

    def find(self, key: StopKey | None) -> Stop | None:
        """The stop (page) ``key``, its stop laid out again first if a change forgot it."""
        if key is None:
            return None
        found = next((s for s in self.stops() if s.key == key), None)
        if found is None:
            kind, stop_id, _page = key
            whole = next((s for s in self.base() if (s.kind, s.id) == (kind, stop_id)), None)
            if whole is not None and not self.known(whole):
                self.plan(whole)
                found = next((s for s in self.stops() if s.key == key), None)
        return found

    def landing(self, key: StopKey | None, delta: int, frames_only: bool = False) -> Stop | None:
        """Where a step of ``delta`` from ``key`` lands, the stop there laid out first:
        Page Up onto a stop of three pages lands on its third."""
        self.find(key)
        for _ in range(2):
            stops = self.stops()
            index = next_index(stops, key, delta, frames_only)
            if index is None:
                return None
            if self.known(stops[index]):
                return stops[index]
            self.plan(stops[index])
        stops = self.stops()
        index = next_index(stops, key, delta, frames_only)
        return stops[index] if index is not None else None

    # --- layouts -------------------------------------------------------------------------
    def plan(self, stop: Stop) -> list[Page] | None:
        """How ``stop`` is shown: None for the wall itself (fitted, every text ≥ 18 px),
        else the pages of its reading layout."""
        return drain(self.plan_steps(stop))

    def plan_steps(self, stop: Stop) -> Steps[list[Page] | None]:
        """:meth:`plan` a step at a time, for idle time. Kept only if nothing was forgotten
        meanwhile (a change, a new size): else the next look lays the stop out again."""
        dots, language = self._check_looks()
        self._settle()
        key = stop_id(stop)
        if key in self._plans:
            self._plans.move_to_end(key)
            return self._plans[key]
        generation = self._generation
        pages = yield from self._lay_out(stop, language, dots)
        if generation != self._generation:
            return pages
        self._plans[key] = pages
        while len(self._plans) > KEPT_PLANS:
            self._plans.popitem(last=False)
        count = len(pages) if pages else 1
        if self._counts.get(key) != count:
            self._stops = None
        self._counts[key] = count
        return pages

    def _lay_out(self, stop: Stop, language: str, dots: bool) -> Steps[list[Page] | None]:
        index = self._current_index()
        scene = self._room.window.scene
        if index is None or scene is None or not laid_out_kind(stop):
            return None
        assert stop.id is not None
        self.laid_out[(stop.kind, stop.id)] += 1
        if stop.kind == ZONE:
            parts = index.parts(index.notes_of([stop.id]))
        else:
            zones = [zone.id for zone in index.zones(stop.id)]
            parts = index.parts(index.notes_of(zones))
        self._planner.keep_at_least(2 * len(self._counts) + 2)
        area = self.content_area()
        return (yield from self._planner.plan_steps(parts, language, scene, stop, area, dots))
