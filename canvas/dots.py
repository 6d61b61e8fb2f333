"""The dots of one vote, per note, ready to paint: the tally views draw from.

Reading the dots table in every note's ``paint()`` would cost a query per note per frame, so
the tally keeps ``note id → dots`` for the vote being shown and refreshes it after each
committed change that can touch dots (a dot, a vote, a group's colour, a deleted note).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor

from models.document import BoardDocument
from models.records import Change

NO_GROUP_COLOUR = QColor("#FFFFFF")
"""A dot placed while no group was chosen."""


class DotTally(QObject):
    """Dots of the shown vote: ``colours(note_id)`` for painting, counts for panels."""

    changed = Signal()

    def __init__(self, document: BoardDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._vote_id: int | None = None
        self._dots: dict[int, list[tuple[int | None, QColor]]] = {}
        self._empty: list[QColor] = []
        self._followed: Sequence[Change] | None = None
        document.subscribe(self._on_changes)

    def detach(self) -> None:
        self._doc.unsubscribe(self._on_changes)

    @property
    def vote_id(self) -> int | None:
        return self._vote_id

    def show_vote(self, vote_id: int | None) -> None:
        """Tally this vote from now on (None: no dots anywhere)."""
        self._vote_id = vote_id
        self.refresh()

    def refresh(self) -> None:
        dots: dict[int, list[tuple[int | None, QColor]]] = {}
        vote = self._doc.votes.get(self._vote_id) if self._vote_id is not None else None
        if vote is None:
            self._vote_id = None
        else:
            colours = {g.id: QColor(g.colour) for g in self._doc.groups.all()}
            for dot in self._doc.votes.dots(vote.id):
                colour = (
                    colours.get(dot.group_id, NO_GROUP_COLOUR)
                    if dot.group_id is not None
                    else NO_GROUP_COLOUR
                )
                dots.setdefault(dot.note_id, []).append((dot.group_id, colour))
        self._dots = dots
        self.changed.emit()

    def colours(
        self, note_id: int, group_id: int | None = None, only_group: bool = False
    ) -> Sequence[QColor]:
        found = self._dots.get(note_id)
        if not found:
            return self._empty
        if only_group:
            return [colour for owner, colour in found if owner == group_id]
        return [colour for _, colour in found]

    def note_ids(self) -> Iterable[int]:
        return self._dots.keys()

    def count(self, note_id: int) -> int:
        return len(self._dots.get(note_id, ()))

    def _on_changes(self, changes: Sequence[Change]) -> None:
        self.follow(changes)

    def follow(self, changes: Sequence[Change]) -> None:
        """Bring the tally up to date with one committed change, once, whoever asks first: a
        listener that runs before the tally's own (the vote panel, which lays the projector
        out again) asks here, so it never plans a stop with the dots of before the change."""
        if changes is self._followed:
            return
        self._followed = changes
        if self._vote_id is None:
            return
        for change in changes:
            if change.entity in ("dot", "vote", "group") or (
                change.entity == "note" and change.removed
            ):
                self.refresh()
                return
