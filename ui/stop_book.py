"""The projector's stops in order, each split into the pages its reading layout needs, kept
until the board, the projector's size or the language changes.

Split out of :mod:`ui.presenter_control`, which asks it for the list and for a stop's pages;
its one string keeps the ``PresenterControl`` translation context.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QScreen

from canvas.reading import Page
from canvas.stops import BoardParts, Stop, board_stops
from ui.presenter import PresenterWindow, content_for
from ui.stop_plans import StopPlanner

if TYPE_CHECKING:
    from ui.room import Room

PlanKey = tuple[str, int | None, int, int, bool]
KEPT_PLANS = 256
"""Stops whose pages are kept (the planner keeps as many layouts): a board of thousands of
cells is planned once when the projector opens, but only the pages of recent stops stay in
memory; the others are laid out again when shown."""


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
        self._plans: OrderedDict[PlanKey, list[Page] | None] = OrderedDict()
        self._stops: list[Stop] | None = None
        self._planner = StopPlanner()
        self._parts: BoardParts | None = None

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

    def forget(self) -> None:
        """Layouts and the list are rebuilt on the next look."""
        self._plans.clear()
        self._stops = None
        self._parts = None

    def forget_list(self) -> None:
        """The list only (a stop may need a page more or fewer)."""
        self._stops = None

    def clear(self) -> None:
        """Everything, the kept layouts too (the board closes)."""
        self._planner.clear()
        self.forget()

    def stops(self) -> list[Stop]:
        """Every stop in order, a stop split into pages counted once per page."""
        if self._stops is not None:
            return self._stops
        window = self._room.window
        if window.document is None or window.scene is None:
            return []
        title = window.document.info().title or QCoreApplication.translate(
            "PresenterControl", "Whole board"
        )
        self._parts = BoardParts.read(window.document)
        every = board_stops(window.document, window.scene.content_rect(), title, self._parts)
        self._planner.keep_at_least(2 * len(every))  # this list and the one before an edit
        looks = self._looks()
        found: list[Stop] = []
        for stop in every:
            pages = self.plan(stop, looks)
            if pages is None or len(pages) <= 1:
                found.append(stop)
            else:
                found.extend(stop.paged(index, len(pages)) for index in range(len(pages)))
        self._stops = found
        return found

    def _looks(self) -> tuple[bool, str]:
        """What every stop's layout depends on besides its content: whether a vote's dots
        are shown, and the board's language (asked once per list, not once per stop)."""
        doc = self._room.window.document
        language = (doc.info().language if doc is not None else "") or "fi"
        return self._room.votes.dots_on_projector(), language

    def plan(self, stop: Stop, looks: tuple[bool, str] | None = None) -> list[Page] | None:
        """How ``stop`` is shown: None for the wall itself (fitted, every text ≥ 18 px),
        else the pages of its reading layout."""
        size = self.projector_size()
        dots, language = looks if looks is not None else self._looks()
        key = (stop.kind, stop.id, size.width(), size.height(), dots)
        if key in self._plans:
            self._plans.move_to_end(key)
        else:
            window = self._room.window
            doc, scene = window.document, window.scene
            if self._parts is None and doc is not None:
                self._parts = BoardParts.read(doc)
            if doc is None or scene is None or self._parts is None:
                self._plans[key] = None
            else:
                self._plans[key] = self._planner.plan(
                    self._parts, language, scene, stop, self.content_area(), dots
                )
            while len(self._plans) > KEPT_PLANS:
                self._plans.popitem(last=False)
        return self._plans[key]
