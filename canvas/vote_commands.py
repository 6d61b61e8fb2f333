"""Undo commands of dot voting: start, place a dot, take one back, end, reveal.

Every dot and every start and end of a vote is one undo step, through the same path as any
other edit: command → vote operation (one committed transaction) → change notification.
A dot the model refuses (no dots left, another frame's note, an ended vote) is reported and
the command drops itself, so a refused click leaves no step behind.
"""

from __future__ import annotations

from canvas.commands import DocumentCommand, Reporter
from canvas.undo_text import translate
from models.document import BoardDocument
from models.records import DotData, VoteData


class StartVoteCommand(DocumentCommand):
    """Start a vote; undo removes it (with any dots), redo puts the same vote back."""

    def __init__(
        self,
        document: BoardDocument,
        title: str,
        budget: int,
        budget_per: str,
        frame_id: int | None,
        hidden: bool,
        report: Reporter,
    ) -> None:
        super().__init__(document, translate("VoteCommands", "Start vote “%1”").arg(title), report)
        self._args = (title, budget, budget_per, frame_id, hidden)
        self.vote_id: int | None = None
        self._removed: tuple[VoteData, list[DotData]] | None = None

    def _apply(self) -> None:
        if self._removed is not None:
            self._document.votes.restore(*self._removed)
            self._removed = None
        elif self.vote_id is None:
            title, budget, budget_per, frame_id, hidden = self._args
            self.vote_id = self._document.votes.start(title, budget, budget_per, frame_id, hidden)

    def _revert(self) -> None:
        if self.vote_id is not None:
            self._removed = self._document.votes.remove(self.vote_id)


class PlaceDotCommand(DocumentCommand):
    """One dot on one note for one group (or person)."""

    def __init__(
        self,
        document: BoardDocument,
        vote_id: int,
        note_id: int,
        group_id: int | None,
        voter: str,
        report: Reporter,
    ) -> None:
        super().__init__(document, translate("VoteCommands", "Place a dot"), report)
        self._args = (vote_id, note_id, group_id, voter)
        self.dot_id: int | None = None
        self._removed: list[DotData] = []

    def _apply(self) -> None:
        if self._removed:
            self._document.votes.restore_dots(self._removed)
            self._removed = []
        elif self.dot_id is None:
            self.dot_id = self._document.votes.place_dot(*self._args)

    def _revert(self) -> None:
        if self.dot_id is not None:
            self._removed = self._document.votes.remove_dots([self.dot_id])


class RemoveDotCommand(DocumentCommand):
    """Take a dot back (a voter changed their mind)."""

    def __init__(self, document: BoardDocument, dot_id: int, report: Reporter) -> None:
        super().__init__(document, translate("VoteCommands", "Remove a dot"), report)
        self._dot_id = dot_id
        self._removed: list[DotData] = []

    def _apply(self) -> None:
        self._removed = self._document.votes.remove_dots([self._dot_id])

    def _revert(self) -> None:
        self._document.votes.restore_dots(self._removed)
        self._removed = []


class EndVoteCommand(DocumentCommand):
    """End a vote (its ranking is then fixed); undo reopens it, redo ends it at the same time."""

    def __init__(self, document: BoardDocument, vote_id: int, report: Reporter) -> None:
        super().__init__(document, translate("VoteCommands", "End vote"), report)
        self._vote_id = vote_id
        self._ended_at: str | None = None

    def _apply(self) -> None:
        self._document.votes.end(self._vote_id, self._ended_at)
        vote = self._document.votes.get(self._vote_id)
        self._ended_at = vote.ended_at if vote is not None else None

    def _revert(self) -> None:
        self._document.votes.reopen(self._vote_id)


class RevealVoteCommand(DocumentCommand):
    """Show (or hide again) the dots of a hidden vote."""

    def __init__(
        self, document: BoardDocument, vote_id: int, hidden: bool, report: Reporter
    ) -> None:
        text = (
            translate("VoteCommands", "Hide the dots")
            if hidden
            else translate("VoteCommands", "Show the dots")
        )
        super().__init__(document, text, report)
        self._vote_id = vote_id
        self._hidden = hidden
        self._before = not hidden

    def _apply(self) -> None:
        self._before = self._document.votes.set_hidden(self._vote_id, self._hidden)

    def _revert(self) -> None:
        self._document.votes.set_hidden(self._vote_id, self._before)
