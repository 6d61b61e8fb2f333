"""Dot voting in the window: start, place dots by clicking notes, take one back, end, rank.

While a vote runs, a click (or tap) on a note places a dot for the group that is writing and a
right-click takes that group's last dot on the note back; clicks on empty space still pan and
select. A refused dot (none left, a note outside the vote's frame) is said in the status bar,
never in a box that stops the room. Every dot, start and end is an undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMessageBox

from canvas.dots import DotTally
from canvas.vote_commands import (
    EndVoteCommand,
    RevealVoteCommand,
    StartVoteCommand,
)
from models.records import Change, VoteData
from ui import vote_dots, vote_projector, vote_ranking
from ui.lazy_dock import LazyDock
from ui.vote_clicks import VoteClicks

if TYPE_CHECKING:
    from models.document import BoardDocument
    from ui.presenter import PresenterWindow
    from ui.room import Room
    from ui.vote_dialog import VoteDialog
    from ui.vote_panel import VotePanel

REFRESH_GAP_MS = 1000
"""The vote panel follows dots at most this often (it reads the vote's ranking each time)."""


class VoteControl(QObject):
    def __init__(self, room: Room) -> None:
        super().__init__(room)
        self._room = room
        window = room.window
        self.tally: DotTally | None = None
        self.placing = True
        self._viewport: QObject | None = None
        self._clicks = VoteClicks(self)
        self._ranked: set[int] = set()
        """Notes in the ranking shown: only their edits change what the panel says."""
        self._since_dots = QElapsedTimer()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._refresh_later)
        make = room.make_action
        self.start = make("Ctrl+Shift+V", self._ask_start_slot)
        self.end = make(None, self._end_slot)
        self.reveal = make(None, lambda: self.reveal_dots())
        self._panel: VotePanel | None = None
        self.show_panel = QAction(window)
        self._dock = LazyDock(window, self.show_panel, self._make_dock, filled=self.refresh)
        window.addAction(self.show_panel)
        room.groupChanged.connect(self.refresh)
        self.retranslate()

    def _make_dock(self) -> QDockWidget:
        """The vote panel's dock, built when first shown (a vote starts or ends, the menu)."""
        from ui.vote_panel import VotePanel

        room = self._room
        panel = VotePanel()
        dock = QDockWidget(room.window)
        dock.setObjectName("voteDock")
        dock.setWidget(panel)
        panel.startRequested.connect(lambda: self.ask_start())
        panel.endRequested.connect(self._end_slot)
        panel.revealRequested.connect(lambda: self.reveal_dots())
        panel.voteChosen.connect(self.show_vote)
        panel.noteChosen.connect(room.show_note)
        panel.placingToggled.connect(self.set_placing)
        self._panel = panel
        dock.setWindowTitle(self.tr("Dot Vote"))
        panel.retranslate()
        return dock

    @property
    def room(self) -> Room:
        return self._room

    @property
    def viewport(self) -> QObject | None:
        """The laptop view's viewport whose clicks place dots (none while no board is open)."""
        return self._viewport

    @property
    def dock(self) -> QDockWidget:
        return self._dock.dock

    @property
    def panel(self) -> VotePanel:
        """The vote panel (built now, hidden, if it was not yet)."""
        _ = self._dock.dock
        assert self._panel is not None
        return self._panel

    def actions(self) -> list:  # type: ignore[type-arg]
        return [self.start, self.end, self.reveal, self.show_panel]

    def retranslate(self) -> None:
        self.start.setText(self.tr("&Start a Vote…"))
        self.end.setText(self.tr("&End the Vote"))
        self.reveal.setText(self.tr("Show the &Dots Now"))
        self.show_panel.setText(self.tr("&Vote Panel"))
        if self._panel is not None:
            self.dock.setWindowTitle(self.tr("Dot Vote"))
            self._panel.retranslate()
        self.refresh()

    # --- the open board -----------------------------------------------------------------------
    def board_changed(self) -> None:
        doc = self._room.document()
        view = self._room.window.view
        if doc is None or view is None:
            return
        self.tally = DotTally(doc, self)
        self.tally.changed.connect(self._room.refresh_looks)
        self.tally.notesChanged.connect(self._room.repaint_notes)
        running = doc.votes.running()
        votes = doc.votes.all()
        self.tally.show_vote(running.id if running else (votes[-1].id if votes else None))
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self._clicks)
        self.placing = True
        if running is not None:
            self.dock.show()
        self.refresh()

    def board_closing(self) -> None:
        if self._viewport is not None:
            self._viewport.removeEventFilter(self._clicks)
            self._viewport = None
        if self.tally is not None:
            self.tally.detach()
            self.tally.deleteLater()
            self.tally = None

    def on_changes(self, changes: Sequence[Change]) -> None:
        if self.tally is None:
            return
        self.tally.follow(changes)  # the dots as they are now, before anything shows them
        kinds = {change.entity for change in changes}
        if "vote" in kinds:
            self._follow_running(changes)
        if kinds & {"vote", "group"}:
            self.refresh()
        elif "dot" in kinds or any(
            change.entity == "note"
            and not self._ranked.isdisjoint(change.added | change.updated | change.removed)
            for change in changes
        ):
            self._refresh_soon()

    def _refresh_soon(self) -> None:
        """Dots and notes: at once, unless dots refreshed the panel a moment ago (sixty
        phones voting commit many times a second); then once :data:`REFRESH_GAP_MS` after."""
        if self._later.isActive():
            return
        since = self._since_dots.elapsed() if self._since_dots.isValid() else None
        if since is None or since >= REFRESH_GAP_MS:
            self.refresh()
            self._since_dots.start()
        else:
            self._later.start(REFRESH_GAP_MS - int(since))

    def _follow_running(self, changes: Sequence[Change]) -> None:
        """A vote started (or put back by redo) is the one shown; one removed by undo gives
        way to the latest remaining vote."""
        doc = self._room.document()
        if doc is None or self.tally is None:
            return
        running = doc.votes.running()
        shown = self.tally.vote_id
        if running is not None and running.id != shown:
            self.tally.show_vote(running.id)
            self.placing = True
        elif shown is None or doc.votes.get(shown) is None:
            votes = doc.votes.all()
            self.tally.show_vote(votes[-1].id if votes else None)

    # --- state --------------------------------------------------------------------------------
    def shown_vote(self) -> VoteData | None:
        doc = self._room.document()
        if doc is None or self.tally is None or self.tally.vote_id is None:
            return None
        return doc.votes.get(self.tally.vote_id)

    def running_vote(self) -> VoteData | None:
        vote = self.shown_vote()
        return vote if vote is not None and vote.running else None

    def is_placing(self) -> bool:
        return self.placing and self.running_vote() is not None and self._room.writable()

    def set_placing(self, on: bool) -> None:
        self.placing = on
        self.refresh()

    def show_vote(self, vote_id: int) -> None:
        if self.tally is not None:
            self.tally.show_vote(vote_id)
        self.refresh()

    def _refresh_later(self) -> None:
        self.refresh()
        self._since_dots.start()

    def refresh(self) -> None:
        self._later.stop()
        doc = self._room.document()
        vote = self.shown_vote()
        writable = self._room.writable()
        running = vote is not None and vote.running
        self.start.setEnabled(writable and doc is not None and doc.votes.running() is None)
        self.end.setEnabled(writable and running)
        self.reveal.setEnabled(writable and running and vote is not None and vote.hidden)
        if doc is None:
            return
        if self._panel is not None:  # else nothing to fill until the panel is first shown
            self._fill_panel(doc, vote, running, writable)
        presenter = self._room.presenter.presenter
        if presenter is not None:
            self.show_on_presenter(presenter)

    def _fill_panel(
        self, doc: BoardDocument, vote: VoteData | None, running: bool, writable: bool
    ) -> None:
        self.panel.show_votes(doc.votes.all(), vote)
        self.panel.show_state(vote, self._scope_text(vote), self.placing, writable)
        groups = self._room.groups.groups
        if vote is not None and running:
            voter = self.panel.voter_name()
            left = doc.votes.remaining_per_group(vote.id, voter)  # one query, all groups
            self.panel.show_left(groups, left, vote.budget, self._room.groups.current)
        else:
            self.panel.show_left([], {}, 0, None)
        self._ranked = vote_ranking.show_ranking(doc, self.panel, vote)

    def _scope_text(self, vote: VoteData | None) -> str:
        doc = self._room.document()
        if vote is None or vote.frame_id is None or doc is None:
            return self.tr("whole board")
        frame = doc.frames.get(vote.frame_id)
        return frame.title if frame is not None and frame.title else self.tr("one frame")

    # --- the projector (ui/vote_projector.py) -------------------------------------------------
    def show_on_presenter(self, presenter: PresenterWindow) -> None:
        vote_projector.show_on_presenter(self._room, presenter)

    def dots_on_projector(self) -> bool:
        return vote_projector.dots_on_projector(self._room)

    # --- starting and ending ------------------------------------------------------------------
    def _ask_start_slot(self) -> None:
        self.ask_start()

    def ask_start(self) -> VoteDialog | None:
        doc = self._room.document()
        if doc is None or doc.votes.running() is not None or not self._room.writable():
            return None
        from ui.vote_dialog import VoteDialog  # when asked: not on the way to the first frame

        dialog = VoteDialog(
            doc.frames.all(),
            len(doc.votes.all()) + 1,
            self._room.window,
            self._room.frame_in_view(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._start_from(dialog))
        dialog.finished.connect(self._room.back_to_board)
        dialog.open()
        return dialog

    def _start_from(self, dialog: VoteDialog) -> None:
        settings = dialog.settings()
        self.start_vote(
            settings.title, settings.budget, settings.budget_per, settings.frame_id, settings.hidden
        )

    def start_vote(
        self,
        title: str,
        budget: int = 3,
        budget_per: str = "group",
        frame_id: int | None = None,
        hidden: bool = False,
    ) -> int | None:
        doc = self._room.document()
        if doc is None:
            return None
        command = StartVoteCommand(
            doc, title, budget, budget_per, frame_id, hidden, self._room.status
        )
        self._room.push(command)
        if command.vote_id is not None:
            self.dock.show()
            if frame_id is not None:
                self._room.presenter.go_to_frame(frame_id)  # the room looks where it votes
            self._room.status(self.tr("Voting started: click a note to give it a dot"), 6000)
        return command.vote_id

    def _end_slot(self) -> None:
        self.end_vote()

    def groups_with_dots_left(self) -> list[str]:
        """Names of the groups that have not used all their dots (a vote per group)."""
        doc, vote = self._room.document(), self.running_vote()
        if doc is None or vote is None or vote.budget_per != "group":
            return []
        return [
            group.name
            for group in self._room.groups.groups
            if doc.votes.remaining(vote.id, group.id, "") > 0
        ]

    def end_vote(self) -> QMessageBox | None:
        """End the running vote; while a group still has dots, ask first (naming the group)
        and return the question, which ends the vote when answered yes."""
        doc, vote = self._room.document(), self.running_vote()
        if doc is None or vote is None:
            return None
        waiting = self.groups_with_dots_left()
        if not waiting:
            self._end_now(vote.id)
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("End the Vote"),
            self.tr("%1 still has dots to give. End the vote anyway?").replace(
                "%1", ", ".join(waiting)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._room.window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        vote_id = vote.id
        yes = box.button(QMessageBox.StandardButton.Yes)

        def answered(_result: int) -> None:
            if box.clickedButton() is yes:
                self._end_now(vote_id)
            self._room.back_to_board()

        box.finished.connect(answered)
        box.open()
        return box

    def _end_now(self, vote_id: int) -> None:
        doc, vote = self._room.document(), self.running_vote()
        if doc is None or vote is None or vote.id != vote_id:
            return
        self._room.push(EndVoteCommand(doc, vote.id, self._room.status))
        self.dock.show()
        vote_projector.show_result_on_projector(self._room, vote_id)
        self._room.status(self.tr("The vote has ended; the ranking is in the vote panel"), 6000)

    def reveal_dots(self) -> None:
        doc, vote = self._room.document(), self.running_vote()
        if doc is not None and vote is not None and vote.hidden:
            self._room.push(RevealVoteCommand(doc, vote.id, False, self._room.status))
            vote_projector.show_result_on_projector(self._room, vote.id)

    # --- dots (ui/vote_dots.py) --------------------------------------------------------------
    def place_dot(self, note_id: int) -> int | None:
        return vote_dots.place_dot(self._room, note_id)

    def take_back_dot(self, note_id: int) -> bool:
        return vote_dots.take_back_dot(self._room, note_id)
