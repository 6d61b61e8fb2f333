"""The facilitator's remote for the projector: open it on a screen, step through the board,
follow the laptop, hide texts while groups write, high contrast.

Stepping works with or without the presenter window: with it open the projector glides to
the stop (and the laptop too when "Move My View Too" is on); without it the laptop moves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QScreen
from PySide6.QtWidgets import QMenu

from canvas import zoom
from canvas.reading import Page
from canvas.stops import BOARD, FRAME, ZONE, Stop
from models.document import BoardDocument
from models.records import Change
from ui import presenter_menu, projector_overlays, projector_screens
from ui.lazy_dock import LazyDock
from ui.projector_follow import ViewFollower, show_view
from ui.stop_book import StopBook
from ui.stop_prefetch import StopPrefetch
from ui.stops_panel import StopsDock, fill_stops_menu

if TYPE_CHECKING:
    from canvas.fly import ViewFlight
    from canvas.projector_view import ProjectorView
    from ui.presenter import PresenterWindow
    from ui.room import Room


class PresenterControl(QObject):
    stopsChanged = Signal()
    """The list of stops or the current stop changed (the laptop's stops panel follows)."""

    def __init__(self, room: Room) -> None:
        super().__init__(room)
        self._room = room
        window = room.window
        self.presenter: PresenterWindow | None = None
        self._wanted = False
        self._stop_key: tuple[str, int | None, int] | None = None
        self._book = StopBook(room, lambda: self.presenter, self.chosen_screen)
        self._watched: BoardDocument | None = None
        self._laptop_flight: ViewFlight | None = None
        self._follower = ViewFollower(self._follow_now)
        make = room.make_action
        self.open = make("F5", checkable=True)
        self.open.toggled.connect(self.set_open)
        self.next_stop = make("PgDown", lambda: self.step(1))
        self.prev_stop = make("PgUp", lambda: self.step(-1))
        self.next_frame = make("Ctrl+PgDown", lambda: self.step(1, frames_only=True))
        self.prev_frame = make("Ctrl+PgUp", lambda: self.step(-1, frames_only=True))
        self.whole_board = make("Home", lambda: self.go_to_kind("board"))
        self.follow = make("Ctrl+Shift+F", checkable=True)
        self.follow.toggled.connect(self.set_follow)
        self.laptop_too = make(None, checkable=True)
        self.hide_texts = make("Ctrl+Shift+H", checkable=True)
        self.hide_texts.toggled.connect(self.set_texts_hidden)
        self.contrast = make(None, checkable=True)
        self.contrast.toggled.connect(self.set_high_contrast)
        self.screens_menu = QMenu(window)
        self.screens_menu.aboutToShow.connect(self._fill_screens)
        self.stops_menu = QMenu(window)
        self.stops_menu.aboutToShow.connect(self._fill_stops)
        self.stops_toggle = QAction(window)
        self._stops = LazyDock(window, self.stops_toggle, self._make_dock)
        self._prefetch = StopPrefetch(
            self._book,
            lambda: self.presenter is not None or self._stops.isVisible(),
            self._current_stop,
            self.stopsChanged.emit,
            self,
        )
        self._dock_came_with_projector = False
        self.retranslate()

    def _make_dock(self) -> StopsDock:
        """The stops panel's dock, built when first shown (with the projector, or by hand)."""
        dock = StopsDock(self, self._room.window)
        dock.visibilityChanged.connect(lambda _shown: self._prefetch.kick())
        dock.retranslate()
        return dock

    @property
    def dock(self) -> StopsDock:
        dock = self._stops.dock
        assert isinstance(dock, StopsDock)
        return dock

    @property
    def room(self) -> Room:
        return self._room

    def actions(self) -> list[QAction]:
        return presenter_menu.actions(self)

    def fill_menu(self, menu: QMenu) -> None:
        presenter_menu.fill_menu(self, menu)

    def retranslate(self) -> None:
        presenter_menu.retranslate(self)
        self._book.forget_titles()
        self.forget_plans()
        self.stops_toggle.setText(
            QCoreApplication.translate("StopsDock", "Projector &Preview and Stops")
        )
        if self._stops.built is not None:
            self.dock.retranslate()
        if self.presenter is not None:
            self.presenter.retranslate()
            self._show_banners()
            self._show_caption(self._current_stop())
            self._show_reading(self._current_stop())

    # --- the window ---------------------------------------------------------------------------
    def set_open(self, on: bool) -> None:
        self._wanted = on
        if on:
            self._open_window()
        else:
            self._close_window()

    def _open_window(self) -> None:
        window = self._room.window
        if self.presenter is not None or window.scene is None or window.undo_stack is None:
            return
        from ui.presenter import PresenterWindow  # the projector's code loads when opened

        presenter = PresenterWindow(window.scene, window.undo_stack, window.countdown)
        presenter.stepRequested.connect(self.step)
        presenter.homeRequested.connect(lambda: self.go_to_kind("board"))
        presenter.closed.connect(self._presenter_closed)
        presenter.view.set_high_contrast(self.contrast.isChecked())
        presenter.view.set_text_hidden(self.hide_texts.isChecked())
        self.presenter = presenter
        presenter.show_on(self.chosen_screen())
        presenter.resized.connect(self._projector_resized)
        self._room.back_to_board()  # the keyboard stays on the laptop
        self.forget_plans()
        stop = self._current_stop()
        if self.follow.isChecked():
            self._follow_now()
        elif stop is not None:
            self.go_to(stop, animate=False)
        else:
            self.go_to_kind("board", animate=False)
        self._show_banners()
        self._room.refresh_looks()
        self.open.setChecked(True)
        self._dock_came_with_projector = not self._stops.isVisible()
        self.dock.show()  # what the room sees, on the laptop

    def back_to_laptop(self) -> None:
        self._room.back_to_board()

    def _projector_resized(self) -> None:
        """Another size is another layout: plan again and show the current stop anew."""
        self.forget_plans()
        if self.follow.isChecked() or (self.presenter and self.presenter.ranking_shown()):
            return
        stop = self._current_stop()
        if stop is not None:
            self.go_to(stop, animate=False)
        elif self._stop_key is not None:
            self.go_to_kind(BOARD, animate=False)

    def _close_window(self) -> None:
        presenter, self.presenter = self.presenter, None
        if presenter is not None:
            presenter.closed.disconnect(self._presenter_closed)
            presenter.close()
            presenter.deleteLater()
            self._hide_dock_it_opened()
        self._room.refresh_looks()

    def _hide_dock_it_opened(self) -> None:
        """The stops panel goes with the projector that brought it up: while shown, stops
        are laid out in idle time after each change, for no one to see. Opened by hand
        before, it stays."""
        if self._dock_came_with_projector:
            self._stops.hide()

    def _presenter_closed(self) -> None:
        """Closed on the projector itself (Escape)."""
        presenter, self.presenter = self.presenter, None
        if presenter is not None:
            presenter.deleteLater()
            self._hide_dock_it_opened()
        self._wanted = False
        self.open.setChecked(False)
        self._room.refresh_looks()

    def board_closing(self) -> None:
        if self._watched is not None:
            self._watched.unsubscribe(self._on_changes)
            self._watched = None
        self._book.clear()
        self.stopsChanged.emit()
        self._set_follow_connections(False)
        self._laptop_flight = None
        wanted = self._wanted
        self._close_window()
        self._wanted = wanted
        self._stop_key = None

    def board_changed(self) -> None:
        doc = self._room.window.document
        if doc is not None and doc is not self._watched:
            self._watched = doc
            doc.subscribe(self._on_changes)
        self.forget_plans()
        view = self._room.window.view
        self._laptop_flight = None  # made when a stop is first flown to (_flight_of_laptop)
        if view is not None and self._wanted:
            self._open_window()
        if view is not None and self.follow.isChecked():
            self._set_follow_connections(True)

    def _flight_of_laptop(self) -> ViewFlight | None:
        view = self._room.window.view
        if self._laptop_flight is None and view is not None:
            from canvas.fly import ViewFlight

            self._laptop_flight = ViewFlight(view)
        return self._laptop_flight

    def projector_view(self) -> ProjectorView | None:
        return self.presenter.view if self.presenter is not None else None

    # --- screens ------------------------------------------------------------------------------
    def chosen_screen(self) -> QScreen:
        window = self._room.window
        return projector_screens.chosen_screen(window.settings, window.screen())

    def use_screen(self, screen: QScreen) -> None:
        self._room.window.settings.setValue(projector_screens.SCREEN_SETTING, screen.name())
        if self.presenter is not None:
            self.presenter.show_on(screen)

    def _fill_screens(self) -> None:
        projector_screens.fill_screens_menu(
            self.screens_menu, self.chosen_screen(), self.use_screen
        )

    # --- stops ---------------------------------------------------------------------------
    def _on_changes(self, changes: Sequence[Change]) -> None:
        """Only the stops a change touched are laid out again: the one on show at once when
        its content changed (a note edited, added, revealed or hidden), the others in idle
        time. The board's own details change the whole board's title, and every layout
        only if the board's language changed."""
        renamed = any(change.entity == "board" for change in changes)
        if renamed:
            self._book.forget_titles()
            self._book.forget_list()  # the language asked again
        if not self._book.note_changes(changes) and not renamed:
            return
        if self.presenter is not None and self._stop_key is not None:
            kind, stop_id, _page = self._stop_key
            if renamed or (kind in (FRAME, ZONE) and self._book.touched(kind, stop_id)):
                self.show_again()
        self.stopsChanged.emit()
        self._prefetch.kick()

    def forget_plans(self) -> None:
        """Every layout and the stop list are made again on the next look (a new projector
        size, another language, another board)."""
        self._book.forget()
        self.stopsChanged.emit()
        self._prefetch.kick()

    def stops(self) -> list[Stop]:
        """Every stop in order, each page of a stop laid out so far a stop of its own."""
        return self._book.stops()

    def all_stops(self) -> list[Stop]:
        """Every stop and every page, laying out each stop not laid out yet (slow on a big
        board: for tests and scripts, never on a key press)."""
        return self._book.all_stops()

    def plan(self, stop: Stop) -> list[Page] | None:
        return self._book.plan(stop)

    def stops_waiting(self) -> bool:
        """Stops are still being laid out in idle time (their pages not listed yet)."""
        return self._prefetch.busy()

    def current_stop(self) -> Stop | None:
        return self._current_stop()

    def _current_stop(self) -> Stop | None:
        return self._book.find(self._stop_key)

    def next_stop_after(self) -> Stop | None:
        found = self._book.landing(self._stop_key, 1)
        if found is None or (self._stop_key is not None and found.key == self._stop_key):
            return None
        return found

    def step(self, delta: int, frames_only: bool = False) -> None:
        found = self._book.landing(self._stop_key, delta, frames_only)
        if found is not None:
            self.go_to(found)

    def go_to_kind(self, kind: str, animate: bool = True) -> None:
        stop = next((s for s in self.stops() if s.kind == kind), None)
        if stop is not None:
            self.go_to(stop, animate)

    def go_to_frame(self, frame_id: int, animate: bool = True) -> None:
        stop = next(
            (s for s in self.stops() if s.kind == FRAME and s.id == frame_id and s.page == 0), None
        )
        if stop is not None:
            self.go_to(stop, animate)

    def go_to(self, stop: Stop, animate: bool = True) -> None:
        """Show ``stop`` on the projector (and on the laptop when asked, or when there is no
        projector); stepping ends "Show My View" and takes a vote's result off the screen."""
        self._stop_key = stop.key
        if self.follow.isChecked():
            self.follow.setChecked(False)
        if self.presenter is not None:
            self.presenter.show_ranking("", None)
            # A photo stop fills the projector, closer than a frame's fit would go.
            most = zoom.MAX_SCALE if stop.kind == "photo" else zoom.MAX_FIT_SCALE
            self.presenter.view.flight.fly_to(
                stop.rect, self.presenter.content_margin(), most, animate=animate
            )
            self._show_reading(stop)
        if self.presenter is None or self.laptop_too.isChecked():
            flight = self._flight_of_laptop()
            if flight is not None:
                flight.fly_to(stop.rect, animate=animate)
        self._show_caption(stop)
        self._room.stopChanged.emit(stop)
        self.stopsChanged.emit()
        self._prefetch.kick()  # the stops after this one first

    def show_again(self) -> None:
        """Lay the current stop out again where it stands (dots appeared or went)."""
        self._book.forget_list()  # a page more or fewer
        if self.presenter is None or self.presenter.ranking_shown() or self.follow.isChecked():
            return
        stop = self._current_stop()
        if stop is None and self._stop_key is not None:
            kind, stop_id, _page = self._stop_key
            stop = next((s for s in self.stops() if s.kind == kind and s.id == stop_id), None)
            if stop is not None:
                self._stop_key = stop.key
        self._show_reading(stop)
        self._show_caption(stop)

    def _fill_stops(self) -> None:
        fill_stops_menu(self.stops_menu, self)

    def stop_label(self, stop: Stop) -> str:
        """A stop's name in lists and on the projector: "Title (2/3)" for a page."""
        return presenter_menu.stop_label(stop)

    # --- following the laptop -----------------------------------------------------------------
    def set_follow(self, on: bool) -> None:
        self._set_follow_connections(on)
        if on:
            self._stop_key = None
            self._show_caption(None)
            self._show_reading(None)
            self._follow_now()

    def _set_follow_connections(self, on: bool) -> None:
        self._follower.set_on(self._room.window.view, on)

    def _follow_now(self, *_args: object) -> None:
        view = self._room.window.view
        if self.presenter is not None and view is not None and self.follow.isChecked():
            show_view(self.presenter.view, view)

    # --- what the projector shows over the board (ui/projector_overlays.py) ---------------------
    def _show_reading(self, stop: Stop | None) -> None:
        projector_overlays.show_reading(self, stop)

    def _show_caption(self, stop: Stop | None) -> None:
        projector_overlays.show_caption(self, stop)

    def set_texts_hidden(self, hidden: bool) -> None:
        projector_overlays.set_texts_hidden(self, hidden)

    def set_high_contrast(self, on: bool) -> None:
        projector_overlays.set_high_contrast(self, on)

    def _show_banners(self) -> None:
        projector_overlays.show_banners(self)
