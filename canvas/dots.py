"""The dots of one vote, per note, ready to paint: the tally views draw from.

Reading the dots table in every note's ``paint()`` would cost a query per note per frame, so
the tally keeps ``note id → dots`` for the vote being shown and follows each committed change
that can touch dots: dots placed or taken back (a deleted note's dots too) are read one by
one, a vote or a group's colour reads the vote's dots again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor

from models.document import BoardDocument
from models.records import Change, DotData

NO_GROUP_COLOUR = QColor("#FFFFFF")
TOUCHED_KEPT = 64
"""Changes of some notes' dots remembered note by note (see :meth:`DotTally.touched_since`)."""
"""A dot placed while no group was chosen."""


class DotTally(QObject):
    """Dots of the shown vote: ``colours(note_id)`` for painting, counts for panels."""

    changed = Signal()
    """The dots may differ on any note (another vote, a vote's or a group's change)."""
    notesChanged = Signal(object)
    """Dots were placed on or taken off these notes only (a frozenset of note ids): a phone's
    dot repaints its note, not every view whole."""

    def __init__(self, document: BoardDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._vote_id: int | None = None
        self._dots: dict[int, list[tuple[int | None, QColor]]] = {}
        self._where: dict[int, tuple[int, int | None]] = {}
        """Dot id → (note, group), to take a removed dot off without reading it."""
        self._colours: dict[int | None, QColor] = {}
        self._empty: list[QColor] = []
        self._followed: Sequence[Change] | None = None
        self.revision = 0
        """Counts :meth:`refresh` es: what any note's dots may be changed by at once."""
        self.placed = 0
        """Counts the changes of some notes' dots (dots placed or taken back), for pictures
        kept with the dots in them (:mod:`canvas.far_backdrop`)."""
        self._touched: list[tuple[int, frozenset[int]]] = []
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
        self.revision += 1
        self._dots, self._where = {}, {}
        vote = self._doc.votes.get(self._vote_id) if self._vote_id is not None else None
        if vote is None:
            self._vote_id = None
        else:
            self._colours = {g.id: QColor(g.colour) for g in self._doc.groups.all()}
            for dot in self._doc.votes.dots(vote.id):
                self._put(dot)
        self.changed.emit()

    def _put(self, dot: DotData) -> None:
        colour = self._colours.get(dot.group_id, NO_GROUP_COLOUR)
        self._dots.setdefault(dot.note_id, []).append((dot.group_id, colour))
        self._where[dot.id] = (dot.note_id, dot.group_id)

    def _follow(self, change: Change) -> set[int]:
        """Dots placed or taken back: only those are read (sixty phones voting would
        otherwise re-read every dot of the vote for each one). Returns the notes whose dots
        changed."""
        touched: set[int] = set()
        for dot_id in change.removed:
            found = self._where.pop(dot_id, None)
            if found is None:
                continue
            note_id, group_id = found
            touched.add(note_id)
            kept = self._dots.get(note_id, [])
            index = next((i for i, (owner, _) in enumerate(kept) if owner == group_id), None)
            if index is not None:
                del kept[index]
            if not kept:
                self._dots.pop(note_id, None)
        for dot in self._doc.votes.dots_by_id(sorted(change.added)):
            if dot.vote_id == self._vote_id:
                self._put(dot)
                touched.add(dot.note_id)
        return touched

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

    def touched_since(self, placed: int) -> set[int] | None:
        """The notes whose dots changed after :attr:`placed` was ``placed`` (None: no longer
        known, or a refresh since)."""
        touched = self._touched
        if placed < self.placed - len(touched):
            return None
        found: set[int] = set()
        for at, notes in touched:
            if at > placed:
                found |= notes
        return found

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
        entities = {change.entity for change in changes}
        if entities & {"vote", "group"}:
            self.refresh()
            return
        dots = [change for change in changes if change.entity == "dot"]
        if not dots:
            return
        touched: set[int] = set()
        for change in dots:
            if change.updated:
                self.refresh()
                return
            touched |= self._follow(change)
        if touched:
            self.placed += 1
            self._touched.append((self.placed, frozenset(touched)))
            del self._touched[:-TOUCHED_KEPT]
            self.notesChanged.emit(frozenset(touched))
