"""What the room sees, on the laptop: a small live picture of the projector, the stop on show
and the next one, and every stop to jump to with a click.

The facilitator faces the room and the laptop, not the wall behind them; this panel is how
they know what forty people are looking at, and where Page Down goes next.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from canvas.stops import BOARD, FRAME, Stop

if TYPE_CHECKING:
    from ui.presenter_control import PresenterControl

PREVIEW_WIDTH = 320
REFRESH_MS = 500
QUIET_MS = 300
"""The picture is taken once the projector has not repainted for this long: taking it paints
the whole projector again (50-150 ms at 5,000 notes), which must not land inside the change
(a drag, an undo of 5,000 notes) that made the projector repaint."""
StopKey = tuple[str, int | None, int]
_INDENTS = {BOARD: "", FRAME: "   "}
"""How far a stop's row is indented in the list (the others: a cell's page, six spaces)."""
STALE_MS = 2000
"""While the projector keeps repainting (a glide, a countdown), a picture at least this often:
counted from its first repaint since the last picture, so one change after a quiet while
(a drag let go, a duplicate of 5,000 notes) still waits for :data:`QUIET_MS`."""


class StopsPanel(QWidget):
    def __init__(self, control: PresenterControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stopsPanel")
        self.setStyleSheet(
            "#stopsPanel QLabel { font-size: 12pt; } #stopsPanel QListWidget { font-size: 12pt; }"
        )
        self._control = control
        # A fixed width: stepping changes the texts here, and the board beside must not move.
        self.setFixedWidth(PREVIEW_WIDTH + 24)
        layout = QVBoxLayout(self)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(QSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16))
        self.preview.setStyleSheet("background: #20262c; color: white; border-radius: 4px;")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.now = QLabel(self)
        self.now.setWordWrap(True)
        self.now.setStyleSheet("font-weight: 700;")
        self.next = QLabel(self)
        self.next.setWordWrap(True)
        layout.addWidget(self.now)
        layout.addWidget(self.next)
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Page Down stays the laptop's
        self.list.setUniformItemSizes(True)  # a thousand stops: no item measured one by one
        self.list.itemClicked.connect(self._clicked)
        layout.addWidget(self.list, 1)
        self._stops: list[Stop] = []
        self._watched: QObject | None = None
        self._painted = True
        """The projector window repainted since the last picture (or none was taken)."""
        self._grabbing = False
        self._since_paint = QElapsedTimer()
        self._since_paint.start()
        self._held = False
        """A mouse button was held at the last look (a drag on the laptop)."""
        self._changing = QElapsedTimer()
        """Since the projector's first repaint after the last picture."""
        self._changing.start()
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self._refresh_if_painted)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh_if_painted)
        self._timer.start()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(150)  # a burst of edits re-plans the stops once
        self._later.timeout.connect(self.refresh)
        self._back = QTimer(self)  # counts the 150 ms from when the event loop is back
        self._back.setSingleShot(True)
        self._back.setInterval(0)
        self._back.timeout.connect(self._later.start)
        control.stopsChanged.connect(self._soon)

    def _soon(self) -> None:
        """Refresh 150 ms after the change that asked, counted once the event loop is back
        from it: a change of 5,000 notes shows on the screens before the list follows."""
        if self.isVisible():
            self._later.stop()
            self._back.start()

    def refresh(self) -> None:
        """The list, the current and the next stop, after any change or step."""
        control = self._control
        stops = control.stops()
        current = control.current_stop()
        upcoming = control.next_stop_after()
        self.now.setText(
            self.tr("On the projector: %1").replace(
                "%1", control.stop_label(current) if current is not None else "—"
            )
        )
        self.next.setText(
            self.tr("Next (Page Down): %1").replace(
                "%1", control.stop_label(upcoming) if upcoming is not None else "—"
            )
        )
        keys = [stop.key for stop in stops]
        self._follow_list(stops, keys)
        self._stops = list(stops)
        row = keys.index(current.key) if current is not None and current.key in keys else -1
        self.list.setCurrentRow(row)
        # The picture follows on the timer's next look (within REFRESH_MS): taking it paints
        # the whole projector again, which is no part of the change that brought us here.
        self._painted = True

    def _follow_list(self, stops: Sequence[Stop], keys: Sequence[StopKey]) -> None:
        """Bring the list's rows up to date with ``stops``: rows of the same stops stay and
        only take a changed text (a cell's page count); the stops that came or went between
        the unchanged first and last ones are taken out and put in. A change of 5,000 notes
        on a board of 20,000 relisted 4,950 rows (285 ms) where a few texts changed."""
        listed = self.list
        old = [stop.key for stop in self._stops]
        if listed.count() != len(old):
            old = []
            listed.clear()
        if keys != old:
            same = min(len(old), len(keys))
            head = next((i for i in range(same) if old[i] != keys[i]), same)
            tail = 0
            while tail < same - head and old[-1 - tail] == keys[-1 - tail]:
                tail += 1
            gone = len(old) - head - tail
            if gone > len(old) // 2:  # mostly new: all at once is quicker than row by row
                listed.clear()
                head, tail, gone = 0, 0, 0
            for _ in range(gone):
                listed.takeItem(head)
            for row, stop in enumerate(stops[head : len(stops) - tail], start=head):
                listed.insertItem(row, self._row(stop))
        control = self._control
        for row, stop in enumerate(stops):
            text = _INDENTS.get(stop.kind, "      ") + control.stop_label(stop)
            item = listed.item(row)
            if item.text() != text:
                item.setText(text)

    def _row(self, stop: Stop) -> QListWidgetItem:
        item = QListWidgetItem(_INDENTS.get(stop.kind, "      ") + self._control.stop_label(stop))
        if stop.kind in (BOARD, FRAME):
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._watched
            and not self._grabbing
            and event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint)
        ):
            if not self._painted:
                self._changing.restart()
            self._painted = True  # the window repaints some part of itself
            self._since_paint.restart()
            self._quiet.start()
        return False

    def _refresh_if_painted(self) -> None:
        """The timers' look: a new picture only if the projector repainted since the last,
        and has been quiet for :data:`QUIET_MS` (or has kept repainting for
        :data:`STALE_MS`).
        Taking one paints the whole projector again (50-150 ms at 5,000 notes, far view and
        selection included), twice a second while nothing on it changed."""
        presenter = self._control.presenter
        held = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if held or self._held:
            # A drag on the laptop: the picture follows once the button is let go and the
            # projector has been quiet since (the drop repaints it again).
            self._held = held
            self._since_paint.restart()
            self._quiet.start()
            return
        if presenter is not self._watched or (
            self._painted
            and (self._since_paint.elapsed() >= QUIET_MS or self._changing.elapsed() >= STALE_MS)
        ):
            self.refresh_preview()

    def refresh_preview(self) -> None:
        if not self.isVisible():
            return
        presenter = self._control.presenter
        if presenter is not self._watched:
            if isinstance(self._watched, QObject):
                with suppress(RuntimeError):  # a closed projector window is already gone
                    self._watched.removeEventFilter(self)
            self._watched = presenter
            if presenter is not None:
                presenter.installEventFilter(self)
        if presenter is None or not presenter.isVisible():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("The projector is closed (F5 opens it)"))
            return
        self._painted = False
        self._grabbing = True  # taking the picture paints the window: not a change
        try:
            grabbed = presenter.grab()
        finally:
            self._grabbing = False
        picture = grabbed.scaled(
            self.preview.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setPixmap(picture)

    def _clicked(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self._stops):
            self._control.go_to(self._stops[row])
            self._control.back_to_laptop()


class StopsDock(QDockWidget):
    """The panel in a dock on the laptop window's right side; opens with the projector."""

    def __init__(self, control: PresenterControl, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("stopsDock")
        self.panel = StopsPanel(control, self)
        self.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.hide()
        self.toggle = self.toggleViewAction()
        window.addAction(self.toggle)
        self.visibilityChanged.connect(self._shown)

    def _shown(self, visible: bool) -> None:
        if visible:
            self.panel.refresh()
            self.panel.refresh_preview()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Projector"))
        self.toggle.setText(self.tr("Projector &Preview and Stops"))
        if self.isVisible():
            self.panel.refresh()


def fill_stops_menu(menu: QMenu, control: PresenterControl) -> None:
    """The Workshop menu's "Go To": every stop, the current one checked."""
    menu.clear()
    current = control.current_stop()
    for stop in control.stops():
        indent = {BOARD: "", FRAME: "    "}.get(stop.kind, "        ")
        action = menu.addAction(indent + control.stop_label(stop).replace("&", "&&"))
        action.setCheckable(True)
        action.setChecked(current is not None and stop.key == current.key)
        action.triggered.connect(lambda _c=False, s=stop: control.go_to(s))
