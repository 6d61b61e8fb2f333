"""The facilitator's remote for the projector: open it on a screen, step through the board,
follow the laptop, hide texts while groups write, high contrast.

Stepping works with or without the presenter window: with it open the projector glides to
the stop (and the laptop too when "Move My View Too" is on); without it the laptop moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu

from canvas import zoom
from canvas.fly import ViewFlight, visible_rect
from canvas.projector_view import ProjectorView
from canvas.stops import Stop, board_stops
from canvas.view import BoardView
from ui.presenter import PresenterWindow, default_screen

if TYPE_CHECKING:
    from ui.room import Room

SCREEN_SETTING = "presenter/screen"


class PresenterControl(QObject):
    def __init__(self, room: Room) -> None:
        super().__init__(room)
        self._room = room
        window = room.window
        self.presenter: PresenterWindow | None = None
        self._wanted = False
        self._stop_key: tuple[str, int | None] | None = None
        self._laptop_flight: ViewFlight | None = None
        self._followed: BoardView | None = None
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
        self.retranslate()

    def actions(self) -> list[QAction]:
        return [self.open, self.next_stop, self.prev_stop, self.next_frame, self.prev_frame,
                self.whole_board, self.follow, self.laptop_too, self.hide_texts, self.contrast]

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.open)
        menu.addMenu(self.screens_menu)
        menu.addSeparator()
        menu.addActions([self.next_stop, self.prev_stop, self.next_frame, self.prev_frame,
                         self.whole_board])
        menu.addMenu(self.stops_menu)
        menu.addActions([self.follow, self.laptop_too])
        menu.addSeparator()
        menu.addActions([self.hide_texts, self.contrast])

    def retranslate(self) -> None:
        texts = {
            self.open: self.tr("&Presenter Window"),
            self.next_stop: self.tr("&Next Stop"),
            self.prev_stop: self.tr("Pre&vious Stop"),
            self.next_frame: self.tr("Next &Frame"),
            self.prev_frame: self.tr("Previous F&rame"),
            self.whole_board: self.tr("&Whole Board"),
            self.follow: self.tr("Show &My View"),
            self.laptop_too: self.tr("Move My View &Too"),
            self.hide_texts: self.tr("&Hide Texts on the Projector"),
            self.contrast: self.tr("High &Contrast Projector"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.screens_menu.setTitle(self.tr("Projector &Screen"))
        self.stops_menu.setTitle(self.tr("&Go To"))
        if self.presenter is not None:
            self.presenter.retranslate()
            self._show_banners()
            self._show_caption(self._current_stop())

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
        presenter = PresenterWindow(window.scene, window.undo_stack, window.countdown)
        presenter.stepRequested.connect(self.step)
        presenter.homeRequested.connect(lambda: self.go_to_kind("board"))
        presenter.closed.connect(self._presenter_closed)
        presenter.view.set_high_contrast(self.contrast.isChecked())
        presenter.view.set_text_hidden(self.hide_texts.isChecked())
        self.presenter = presenter
        presenter.show_on(self.chosen_screen())
        window.activateWindow()
        stop = self._current_stop()
        if self.follow.isChecked():
            self._follow_now()
        elif stop is not None:
            presenter.view.flight.fly_to(stop.rect, presenter.content_margin(), animate=False)
        else:
            self.go_to_kind("board", animate=False)
        self._show_banners()
        self._room.refresh_looks()
        self.open.setChecked(True)

    def _close_window(self) -> None:
        presenter, self.presenter = self.presenter, None
        if presenter is not None:
            presenter.closed.disconnect(self._presenter_closed)
            presenter.close()
            presenter.deleteLater()
        self._room.refresh_looks()

    def _presenter_closed(self) -> None:
        """Closed on the projector itself (Escape)."""
        presenter, self.presenter = self.presenter, None
        if presenter is not None:
            presenter.deleteLater()
        self._wanted = False
        self.open.setChecked(False)
        self._room.refresh_looks()

    def board_closing(self) -> None:
        self._set_follow_connections(False)
        self._laptop_flight = None
        wanted = self._wanted
        self._close_window()
        self._wanted = wanted
        self._stop_key = None

    def board_changed(self) -> None:
        view = self._room.window.view
        self._laptop_flight = ViewFlight(view) if view is not None else None
        if view is not None and self._wanted:
            self._open_window()
        if view is not None and self.follow.isChecked():
            self._set_follow_connections(True)

    def projector_view(self) -> ProjectorView | None:
        return self.presenter.view if self.presenter is not None else None

    # --- screens ------------------------------------------------------------------------------
    def chosen_screen(self) -> QScreen:
        name = str(self._room.window.settings.value(SCREEN_SETTING, "") or "")
        for screen in QGuiApplication.screens():
            if screen.name() == name:
                return screen
        return default_screen(self._room.window.screen())

    def use_screen(self, screen: QScreen) -> None:
        self._room.window.settings.setValue(SCREEN_SETTING, screen.name())
        if self.presenter is not None:
            self.presenter.show_on(screen)

    def _fill_screens(self) -> None:
        menu = self.screens_menu
        menu.clear()
        chosen = self.chosen_screen()
        for index, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            label = self.tr("Screen %1: %2 (%3 × %4)").replace("%1", str(index)).replace(
                "%2", screen.name() or screen.model()).replace("%3", str(size.width())).replace(
                "%4", str(size.height()))
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            action.triggered.connect(lambda _c=False, s=screen: self.use_screen(s))

    # --- stops --------------------------------------------------------------------------------
    def stops(self) -> list[Stop]:
        window = self._room.window
        if window.document is None or window.scene is None:
            return []
        title = window.document.info().title or self.tr("Whole board")
        return board_stops(window.document, window.scene.content_rect(), title)

    def _current_stop(self) -> Stop | None:
        return next((s for s in self.stops() if (s.kind, s.id) == self._stop_key), None)

    def step(self, delta: int, frames_only: bool = False) -> None:
        stops = self.stops()
        if frames_only:
            stops = [s for s in stops if s.kind != "zone"]
        if not stops:
            return
        keys = [(s.kind, s.id) for s in stops]
        if self._stop_key in keys:
            index = min(max(keys.index(self._stop_key) + delta, 0), len(stops) - 1)
        else:
            index = 0 if delta > 0 else len(stops) - 1
        self.go_to(stops[index])

    def go_to_kind(self, kind: str, animate: bool = True) -> None:
        stop = next((s for s in self.stops() if s.kind == kind), None)
        if stop is not None:
            self.go_to(stop, animate)

    def go_to(self, stop: Stop, animate: bool = True) -> None:
        """Show ``stop`` on the projector (and on the laptop when asked, or when there is no
        projector); stepping ends "Show My View"."""
        self._stop_key = (stop.kind, stop.id)
        if self.follow.isChecked():
            self.follow.setChecked(False)
        if self.presenter is not None:
            # A photo stop fills the projector, closer than a frame's fit would go.
            most = zoom.MAX_SCALE if stop.kind == "photo" else zoom.MAX_FIT_SCALE
            self.presenter.view.flight.fly_to(stop.rect, self.presenter.content_margin(),
                                              most, animate=animate)
        if (self.presenter is None or self.laptop_too.isChecked()) and \
                self._laptop_flight is not None:
            self._laptop_flight.fly_to(stop.rect, animate=animate)
        self._show_caption(stop)
        self._room.stopChanged.emit(stop)

    def _fill_stops(self) -> None:
        menu = self.stops_menu
        menu.clear()
        for stop in self.stops():
            indent = {"board": "", "frame": "    ", "zone": "        "}.get(stop.kind, "    ")
            action = menu.addAction(indent + stop.title.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked((stop.kind, stop.id) == self._stop_key)
            action.triggered.connect(lambda _c=False, s=stop: self.go_to(s))

    def _show_caption(self, stop: Stop | None) -> None:
        if self.presenter is None:
            return
        if stop is None or stop.kind != "zone" or self.follow.isChecked():
            self.presenter.set_caption("")  # a frame shows its own title
        else:
            self.presenter.set_caption(stop.title)

    # --- following the laptop -----------------------------------------------------------------
    def set_follow(self, on: bool) -> None:
        self._set_follow_connections(on)
        if on:
            self._stop_key = None
            self._show_caption(None)
            self._follow_now()

    def _set_follow_connections(self, on: bool) -> None:
        view = self._room.window.view if on else self._followed
        if view is None or (view is self._followed) == on:
            return
        signals = (view.horizontalScrollBar().valueChanged, view.verticalScrollBar().valueChanged,
                   view.zoomChanged)
        for signal in signals:
            if on:
                signal.connect(self._follow_now)
            else:
                signal.disconnect(self._follow_now)
        self._followed = view if on else None

    def _follow_now(self, *_args: object) -> None:
        view = self._room.window.view
        if self.presenter is None or view is None or not self.follow.isChecked():
            return
        self.presenter.view.flight.fly_to(visible_rect(view), margin_px=0, max_scale=4.0,
                                          animate=False)

    # --- hiding texts, contrast ---------------------------------------------------------------
    def set_texts_hidden(self, hidden: bool) -> None:
        if self.presenter is not None:
            self.presenter.view.set_text_hidden(hidden)
        self._show_banners()
        self._room.status(self.tr("Texts are hidden on the projector") if hidden
                          else self.tr("Texts are shown on the projector"), 4000)

    def set_high_contrast(self, on: bool) -> None:
        if self.presenter is not None:
            self.presenter.view.set_high_contrast(on)

    def _show_banners(self) -> None:
        if self.presenter is None:
            return
        self.presenter.set_banner(
            "hidden", self.tr("Groups are writing — texts appear soon")
            if self.hide_texts.isChecked() else None)
        self._room.votes.show_on_presenter(self.presenter)
