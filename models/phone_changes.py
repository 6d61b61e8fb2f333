"""A phone's change as an undoable step: done once by :mod:`models.phone_ops`, then undone and
redone by the laptop's undo stack (:class:`ui.phone_gate.PhoneStepCommand`) through the same
document operations as every other change."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

from models.notes import RemovedNotes
from models.phone_room import PhoneSession
from models.records import DotData, NotePatch

if TYPE_CHECKING:
    from models.document import BoardDocument


class PhoneChange(ABC):
    kind: str = ""
    """What happened, for the laptop's undo history ("note", "edit", "withdraw", "card", "dot",
    "undot")."""

    def __init__(self, session: PhoneSession) -> None:
        self.who = session.name or f"#{session.number}"
        self.note_ids: list[int] = []

    @abstractmethod
    def undo(self, document: BoardDocument) -> None: ...

    @abstractmethod
    def redo(self, document: BoardDocument) -> None: ...


class AddedNotes(PhoneChange):
    def __init__(self, session: PhoneSession, ids: list[int], kind: str) -> None:
        super().__init__(session)
        self.kind, self.note_ids, self._removed = kind, ids, RemovedNotes()

    def undo(self, document: BoardDocument) -> None:
        self._removed = document.notes.remove(self.note_ids)

    def redo(self, document: BoardDocument) -> None:
        document.notes.restore(self._removed)


class ChangedNote(PhoneChange):
    def __init__(
        self, session: PhoneSession, note_id: int, before: NotePatch, after: NotePatch, kind: str
    ) -> None:
        super().__init__(session)
        self.kind, self.note_ids = kind, [note_id]
        self._before, self._after = before, after

    def undo(self, document: BoardDocument) -> None:
        document.notes.update({self.note_ids[0]: self._before})

    def redo(self, document: BoardDocument) -> None:
        document.notes.update({self.note_ids[0]: self._after})


class WithdrawnNote(PhoneChange):
    kind = "withdraw"

    def __init__(self, session: PhoneSession, removed: RemovedNotes) -> None:
        super().__init__(session)
        self.note_ids, self._removed = [note.id for note in removed], removed

    def undo(self, document: BoardDocument) -> None:
        document.notes.restore(self._removed)

    def redo(self, document: BoardDocument) -> None:
        self._removed = document.notes.remove(self.note_ids)


class PlacedDot(PhoneChange):
    kind = "dot"

    def __init__(self, session: PhoneSession, dot: DotData) -> None:
        super().__init__(session)
        self.note_ids, self._dot = [dot.note_id], dot

    def undo(self, document: BoardDocument) -> None:
        document.votes.remove_dots([self._dot.id])

    def redo(self, document: BoardDocument) -> None:
        document.votes.restore_dots([self._dot])


class RemovedDot(PlacedDot):
    kind = "undot"

    def undo(self, document: BoardDocument) -> None:
        super().redo(document)

    def redo(self, document: BoardDocument) -> None:
        super().undo(document)
