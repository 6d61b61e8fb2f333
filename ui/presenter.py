"""The presenter window: the board on the projector, with nothing but the board on it.

It shows the laptop's scene through a :class:`~canvas.projector_view.ProjectorView` (the very
same note items), a big countdown, the name of the part of the board being shown and a line
that tells the room what is going on ("texts are hidden while groups write", "voting").
Text sizes follow the window height, so they stay readable from the back of a room on any
projector. It takes no editing input; Page Down / Page Up step, Escape closes.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFontMetrics,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QUndoStack,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from canvas.projector_view import ProjectorView
from canvas.reading import Page
from canvas.scene import BoardScene
from ui.countdown import Countdown, format_remaining
from ui.projector_layout import bands_for, content_for, text_px
from ui.ranking_view import RankingView, RankRow
from ui.reading_view import ReadingView
from ui.timer_widget import BigClock

CAPTION_STYLE = (
    "color: white; background: rgba(16, 20, 24, 200); border-radius: 10px;"
    " padding: 4px 18px; font-weight: 600; font-size: {px}px;"
)
BANNER_STYLE = (
    "color: white; background: {bg}; border-radius: 10px; padding: 6px 22px;"
    " font-weight: 600; font-size: {px}px;"
)
HIDDEN_BANNER = "rgba(26, 95, 208, 225)"
VOTE_BANNER = "rgba(106, 27, 154, 225)"


class ClockRelay(QObject):
    """The window's countdown, re-sent by an object that dies with the projector window, so
    the long-lived countdown never calls into a closed projector's clock."""

    changed = Signal(float)
    stateChanged = Signal(str)

    def __init__(self, countdown: Countdown, parent: QObject) -> None:
        super().__init__(parent)
        self._countdown = countdown
        countdown.changed.connect(self._changed)
        countdown.stateChanged.connect(self._state_changed)

    @property
    def state(self) -> str:
        return self._countdown.state

    def _changed(self, seconds: float) -> None:
        self.changed.emit(seconds)

    def _state_changed(self, state: str) -> None:
        self.stateChanged.emit(state)


class PresenterWindow(QWidget):
    """A frameless full-screen window for one board's scene."""

    stepRequested = Signal(int)
    """+1 / -1 from Page Down / Page Up pressed on the projector window itself."""
    homeRequested = Signal()
    closed = Signal()
    resized = Signal()

    def __init__(self, scene: BoardScene, undo_stack: QUndoStack, countdown: Countdown) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        # The facilitator keeps typing on the laptop: opening the projector must not take
        # the keyboard away from the laptop window.
        # Nor later: the projector never takes the keyboard (keys 1–9 and Ctrl+Page Down
        # keep working on the laptop even where a window manager activates new windows).
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("#presenterWindow { background: #E9ECEF; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = ProjectorView(scene, undo_stack, self)
        layout.addWidget(self.view)
        self._relay = ClockRelay(countdown, self)
        self.clock = BigClock(self._relay, self)  # type: ignore[arg-type]
        self.clock.setText(format_remaining(countdown.remaining()))
        self._margins = (0, 0, 0, 0)
        self._side = 0
        """Width kept free at the right for a card of its own (the phones' join code)."""
        self.reading = ReadingView(self)
        self.reading.hide()
        self.ranking = RankingView(self)
        self.ranking.hide()
        self.caption = QLabel(self)
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.banner = QLabel(self)
        self.banner.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._banners: dict[str, tuple[str, str]] = {}
        self._caption = ""
        self.caption.hide()
        self.banner.hide()
        self._relay.stateChanged.connect(self._place_overlays)
        self._relay.changed.connect(self._place_overlays)
        self.resize(1280, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pajalauta — projector"))
        self.clock.retranslate()

    # --- where it shows -----------------------------------------------------------------------
    def show_on(self, screen: QScreen, full_screen: bool = True) -> None:
        """Open on ``screen``, covering it (a window manager may need the geometry first)."""
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()

    # --- what it says -------------------------------------------------------------------------
    def set_caption(self, text: str) -> None:
        """The part of the board on show, one line (elided to leave room for the clock)."""
        self._caption = text
        self.caption.setVisible(bool(text))
        self._place_overlays()

    def set_banner(self, key: str, text: str | None, background: str = HIDDEN_BANNER) -> None:
        """Messages to the room, one line each, keyed so each can be withdrawn on its own."""
        if text:
            self._banners[key] = (text, background)
        else:
            self._banners.pop(key, None)
        self._show_banners()

    def banner_text(self) -> str:
        return self.banner.text() if self.banner.isVisible() else ""

    def _show_banners(self) -> None:
        if not self._banners:
            self.banner.hide()
            return
        text = "   ·   ".join(text for text, _ in self._banners.values())
        background = list(self._banners.values())[-1][1]
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLE.format(bg=background, px=self._text_px()))
        self.banner.show()
        self._place_overlays()

    def _text_px(self) -> int:
        return text_px(self.height())

    def _margin(self) -> int:
        return max(12, self.height() // 60)

    def bands(self) -> QMarginsF:
        bands = bands_for(self.height())
        bands.setRight(bands.right() + self._side)
        return bands

    def content_rect(self) -> QRect:
        """Where a stop is shown, in window pixels."""
        return content_for(self.size()).adjusted(0, 0, -self._side, 0)

    def keep_side_free(self, width: int) -> None:
        """Keep a column of ``width`` at the right free for a card shown there (0: none):
        stops are laid out again left of it, so the card never covers a note."""
        width = max(0, min(width, self.width() // 2))
        if width != self._side:
            self._side = width
            self._place_overlays()
            self.resized.emit()

    # --- reading layouts and the ranking --------------------------------------------------
    def show_reading(self, page: Page | None) -> None:
        """Show a stop's notes in a reading layout (None: the wall itself)."""
        self.reading.show_page(page)
        self._place_overlays()

    def show_ranking(self, title: str, rows: list[RankRow] | None, note: str = "") -> None:
        """The result of a vote, big, over the board (None: hide it)."""
        self.ranking.show_ranking(title, rows, note)
        # Only the result: the stop's cards do not peek out around it, nor its caption.
        self.reading.setVisible(rows is None and self.reading.page is not None)
        self.caption.setVisible(rows is None and bool(self._caption))
        self._place_overlays()

    def ranking_shown(self) -> bool:
        return self.ranking.isVisible()

    def _place_overlays(self, *_args: object) -> None:
        bands = self.bands()
        wanted = (int(bands.left()), int(bands.top()), int(bands.right()), int(bands.bottom()))
        if wanted != self._margins:  # the clock ticks here too: relayout only on a new size
            self._margins = wanted
            self.view.setViewportMargins(*wanted)
        px = self._text_px()
        margin = self._margin()
        band = int(self.bands().top())
        clock_px = int(px * 1.6)
        self.clock.set_pixel_size(clock_px)
        self.clock.adjustSize()
        self.clock.move(
            self.width() - self._side - self.clock.width() - margin,
            max((band - self.clock.height()) // 2, 0),
        )
        self.caption.setStyleSheet(CAPTION_STYLE.format(px=px))
        font = self.caption.font()
        font.setPixelSize(px)
        font.setBold(True)
        clock_room = self.clock.width() + 3 * margin if self.clock.isVisible() else 2 * margin
        room = max(self.width() - self._side - clock_room - 2 * margin - 40, 100)
        self.caption.setText(
            QFontMetrics(font).elidedText(self._caption, Qt.TextElideMode.ElideRight, room)
        )
        self.caption.adjustSize()
        self.caption.move(margin, max((band - self.caption.height()) // 2, 0))
        content = self.content_rect()
        self.reading.setGeometry(self.rect())  # pages are laid out in window pixels
        self.ranking.setGeometry(content)
        if self.banner.isVisible():
            self.banner.setMaximumWidth(self.width() - 2 * margin)
            self.banner.adjustSize()
            bottom = int(self.bands().bottom())
            self.banner.move(
                (self.width() - self.banner.width()) // 2,
                self.height() - bottom + (bottom - self.banner.height()) // 2,
            )
        for overlay in (self.reading, self.ranking, self.caption, self.clock, self.banner):
            overlay.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._banners:
            self._show_banners()
        self._place_overlays()
        if event.oldSize() != event.size():
            self.resized.emit()

    # --- input --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space):
            self.stepRequested.emit(1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.stepRequested.emit(-1)
        elif key == Qt.Key.Key_Home:
            self.homeRequested.emit()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.flight.stop()
        super().closeEvent(event)
        self.closed.emit()

    def content_margin(self) -> float:
        """Room around a stop inside the view (the bands for the clock above and the messages
        below lie outside the view's viewport, so nothing is ever drawn under them)."""
        return 8.0

    def visible_scene_rect(self) -> QRectF:
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()
