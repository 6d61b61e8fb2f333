"""Everything for running a workshop from the laptop: the projector, groups, quick entry,
dot voting and the timer, gathered under one "Workshop" menu and one bottom bar.

The main window stays about one open board; this object hangs the room's parts on it and
keeps them in step with the board (``boardClosing`` / ``boardChanged``) and with each other:
how each view paints notes (:meth:`Room.refresh_looks`) depends on the projector, the group
being highlighted and the vote being shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMenu, QToolBar

from canvas.error_text import error_text
from canvas.scene_rows import repaint_far_views
from canvas.view import BoardView
from models.document import BoardDocument
from models.errors import BoardError
from models.records import Change
from ui.groups_control import GroupsControl
from ui.presenter_control import PresenterControl
from ui.quick_entry import QuickEntry
from ui.room_bar import RoomBar
from ui.timer_widget import TimerControl
from ui.voting import VoteControl

if TYPE_CHECKING:
    from ui.main_window import MainWindow

WARNING_STYLE = "QStatusBar { color: #b00020; font-weight: 600; font-size: 12pt; }"


class Room(QObject):
    groupChanged = Signal()
    stopChanged = Signal(object)
    """A :class:`canvas.stops.Stop` the facilitator stepped to."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._document: BoardDocument | None = None
        self.bar = RoomBar(window)
        self.bar_holder = QToolBar(window)
        self.bar_holder.setObjectName("roomBar")
        self.bar_holder.setMovable(False)
        self.bar_holder.addWidget(self.bar)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.bar_holder)
        self.timer = TimerControl(window.countdown, window)
        self.bar.add_timer(self.timer)
        window.countdown.finished.connect(self._time_up)
        self.groups = GroupsControl(self)
        self.presenter = PresenterControl(self)
        self.votes = VoteControl(self)
        self.quick = QuickEntry(self)
        self.menu = QMenu(window)
        help_menu = window.acts.menus.get("help")
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        else:
            window.menuBar().addMenu(self.menu)
        self._fill_menu()
        window.statusBar().messageChanged.connect(self._message_changed)
        window.boardClosing.connect(self._board_closing)
        window.boardChanged.connect(self._board_changed)
        self.retranslate()
        self._board_changed()

    def make_action(
        self,
        shortcut: str | None = None,
        slot: Callable[[], None] | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _fill_menu(self) -> None:
        menu = self.menu
        self.presenter.fill_menu(menu)
        menu.addSeparator()
        menu.addMenu(self.groups.menu)
        menu.addAction(self.quick.focus)
        menu.addSeparator()
        menu.addActions(self.votes.actions())
        menu.addSeparator()
        menu.addMenu(self.timer.presets)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Workshop"))
        self.bar_holder.setWindowTitle(self.tr("Groups and Quick Notes"))
        self.bar.retranslate()
        self.timer.retranslate()
        self.timer.presets.setTitle(self.tr("&Timer"))
        self.groups.retranslate()
        self.presenter.retranslate()
        self.votes.retranslate()
        self.quick.retranslate()

    # --- the board ----------------------------------------------------------------------------
    def document(self) -> BoardDocument | None:
        return self.window.document

    def writable(self) -> bool:
        doc = self.window.document
        return doc is not None and not doc.read_only

    def push(self, command: QUndoCommand) -> None:
        if self.window.undo_stack is not None:
            self.window.undo_stack.push(command)

    def _board_closing(self) -> None:
        self.quick.board_closing()
        self.presenter.board_closing()
        self.votes.board_closing()
        if self._document is not None:
            self._document.unsubscribe(self._on_changes)
            self._document = None

    def _board_changed(self) -> None:
        doc = self.window.document
        if doc is not None and doc is not self._document:
            self._document = doc
            doc.subscribe(self._on_changes)
            if self.window.view is not None:
                self.window.view.noticeOccurred.connect(self._notice)
        has_board = doc is not None
        self.bar_holder.setVisible(has_board)
        for action in (*self.presenter.actions(), self.quick.focus):
            action.setEnabled(has_board)
        self.groups.attach()
        self.votes.board_changed()
        self.quick.board_changed()
        self.presenter.board_changed()
        self.refresh_looks()

    def _on_changes(self, changes: Sequence[Change]) -> None:
        self.groups.on_changes(changes)
        self.votes.on_changes(changes)
        self.quick.on_changes(changes)

    # --- how each view paints notes -----------------------------------------------------------
    def views(self) -> list[tuple[BoardView, bool]]:
        """(view, is the projector) for the laptop and, when open, the projector."""
        found: list[tuple[BoardView, bool]] = []
        if self.window.view is not None:
            found.append((self.window.view, False))
        projector = self.presenter.projector_view()
        if projector is not None:
            found.append((projector, True))
        return found

    def refresh_looks(self) -> None:
        """Dots, group highlight: the same rules for both views, except that a hidden vote's
        dots stay off the projector and the laptop shows only the voting group's own."""
        groups, votes = self.groups, self.votes
        vote = votes.shown_vote()
        secret = vote is not None and vote.running and vote.hidden
        for view, is_projector in self.views():
            look = view.look
            look.dim_except = groups.current if groups.highlight else None
            look.dots = votes.tally if vote is not None else None
            look.only_group_dots = secret and not is_projector
            look.dot_group = groups.current
            if secret and is_projector:
                look.dots = None
            look.changed()
            view.viewport().update()

    def repaint_notes(self, note_ids: Iterable[int]) -> None:
        """Only these notes look different (a phone's dot placed or taken back): the views
        repaint them, not every note of the board (a frame shown whole is a few hundred). A
        view drawing the far view draws its blocks and dots itself: it repaints whole."""
        scene = self.window.scene
        if scene is None:
            return
        for note_id in note_ids:
            item = scene.item_for(note_id)
            if item is not None:
                item.update()
        repaint_far_views(scene)

    # --- small services for the parts ---------------------------------------------------------
    def status(
        self, message: str | BoardError, timeout_ms: int = 5000, warning: bool = False
    ) -> None:
        bar = self.window.statusBar()
        bar.setStyleSheet(WARNING_STYLE if warning else "")
        bar.showMessage(error_text(message), timeout_ms)

    def _notice(self, text: str) -> None:
        """A hint while someone writes: in the status bar, so their typing goes on."""
        self.status(text, 15000, warning=True)

    def _message_changed(self, message: str) -> None:
        if not message:
            self.window.statusBar().setStyleSheet("")

    def _time_up(self) -> None:
        self.status(self.tr("Time is up"), 10000, warning=True)

    def back_to_board(self) -> None:
        """After a dialog: the laptop window and its board have the keyboard again (keys 1–9
        and Page Down work at once, with or without a window manager)."""
        self.window.activateWindow()
        if self.window.view is not None:
            self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def frame_in_view(self) -> int | None:
        """The frame the facilitator is looking at: the one at the middle of the laptop view."""
        doc, view = self.window.document, self.window.view
        if doc is None or view is None:
            return None
        centre = view.mapToScene(view.viewport().rect().center())
        for frame in doc.frames.all():
            if QRectF(frame.x, frame.y, frame.width, frame.height).contains(centre):
                return frame.id
        return None

    def show_note(self, note_id: int) -> None:
        """Select a note, bring it into the laptop's view and, zoomed in, onto the projector."""
        scene, view = self.window.scene, self.window.view
        item = scene.item_for(note_id) if scene is not None else None
        if item is None or view is None or scene is None:
            return
        scene.select_notes([note_id])
        view.ensureVisible(item.scene_rect(), 60, 60)
        projector = self.presenter.projector_view()
        if projector is not None and projector.isVisible():
            area = item.scene_rect()
            projector.flight.fly_to(
                area.adjusted(-area.width(), -area.height() / 2, area.width(), area.height() / 2)
            )
