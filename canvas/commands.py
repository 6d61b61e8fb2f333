"""Undo commands: every change to the board goes through one of these.

A command calls a document operation (one committed transaction); the scene hears about the
commit and updates its items. Undo runs the inverse operation the same way. Note ids stay the
same across undo and redo: removing returns the rows and restoring puts them back as they were.

If a document operation refuses (a :class:`~models.errors.BoardError`, e.g. the disk is full or
the board is read-only), the command reports the message and, when that happens on the first
redo, marks itself obsolete so :meth:`QUndoStack.push` drops it instead of keeping a step that
never happened.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any, cast

from PySide6.QtGui import QUndoCommand

from canvas.card_theme import follow_themes
from models.document import BoardDocument
from models.errors import BoardError
from models.records import NoteData, NotePatch

Reporter = Callable[[str | BoardError], None]
"""Tells the user about a refused change: a typed error (worded by the window) or a text."""


class MergeId(IntEnum):
    """``QUndoCommand.id()`` values of commands that may merge with the one before."""

    TEXT_EDIT = 1
    """Keystrokes of one in-place edit session: one undo step per session."""
    NUDGE = 2
    """Arrow-key nudges of the same notes: one undo step for a run of presses."""


class _DocumentCommand(QUndoCommand):
    """Shared error handling: a refused operation is reported, never raised into Qt."""

    def __init__(self, document: BoardDocument, text: str, report: Reporter) -> None:
        super().__init__(text)
        self._document = document
        self._report = report
        self._done_once = False

    def redo(self) -> None:
        try:
            self._apply()
        except BoardError as error:
            self._report(error)
            if not self._done_once:
                self.setObsolete(True)
            return
        self._done_once = True
        self._after_redo()

    def undo(self) -> None:
        try:
            self._revert()
        except BoardError as error:
            self._report(error)

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError

    def _after_redo(self) -> None:
        """Hook run after a successful redo."""


class CreateNotesCommand(_DocumentCommand):
    """Add new notes; undo removes them, redo restores them with the same ids."""

    def __init__(self, document: BoardDocument, patches: Sequence[NotePatch], text: str,
                 report: Reporter) -> None:
        super().__init__(document, text, report)
        self._patches = list(patches)
        self._ids: list[int] = []
        self._removed: list[NoteData] = []
        self._drop_on_undo = False

    @property
    def ids(self) -> list[int]:
        """Ids of the created notes (empty until the first successful redo)."""
        return list(self._ids)

    def _apply(self) -> None:
        if self._removed:
            self._document.notes.restore(self._removed)
            self._removed = []
        elif not self._ids:
            # A note made inside a frame's cell belongs to it from the start, in the same step.
            with self._document.write():
                ids = self._document.notes.add(self._patches)
                self._document.frames.assign_zones(ids)
                follow_themes(self._document, ids)
            self._ids = ids

    def drop_on_undo(self) -> None:
        """Make the next undo also remove this command from the stack (a new note that was
        left empty: it should leave no step behind). Qt deletes a command that is obsolete
        after its undo, but skips the undo of one that is obsolete before."""
        self._drop_on_undo = True

    def _revert(self) -> None:
        self._removed = self._document.notes.remove(self._ids)
        if self._drop_on_undo:
            self.setObsolete(True)


class DeleteNotesCommand(_DocumentCommand):
    """Remove notes; undo restores the very rows (ids, z, timestamps)."""

    def __init__(self, document: BoardDocument, ids: Sequence[int], text: str,
                 report: Reporter) -> None:
        super().__init__(document, text, report)
        self._ids = list(ids)
        self._removed: list[NoteData] = []

    def _apply(self) -> None:
        self._removed = self._document.notes.remove(self._ids)

    def _revert(self) -> None:
        self._document.notes.restore(self._removed)
        self._removed = []


class PatchNotesCommand(_DocumentCommand):
    """Change some columns of some notes (move, resize, colour, z, text …). A change of place
    or size also stores which frame cell each note now belongs to.

    With a ``merge_id`` it merges with the previous command of the same id, the same ``session``
    and the same notes; if the merged change ends where it began (a nudge right and back) it
    becomes obsolete and the undo stack drops it.
    """

    def __init__(self, document: BoardDocument, patches: Mapping[int, NotePatch], text: str,
                 report: Reporter, merge_id: MergeId | None = None, session: object = None
                 ) -> None:
        super().__init__(document, text, report)
        self._after: dict[int, dict[str, Any]] = {nid: dict(p) for nid, p in patches.items()}
        self._before: dict[int, dict[str, Any]] | None = None
        self._merge_id = merge_id
        self._session = session

    @property
    def note_ids(self) -> list[int]:
        return list(self._after)

    def id(self) -> int:
        return int(self._merge_id) if self._merge_id is not None else -1

    def _apply(self) -> None:
        if self._before is not None or not self._moves():
            previous = self._document.notes.update(cast(Mapping[int, NotePatch], self._after))
            if self._before is None:
                self._before = {nid: dict(values) for nid, values in previous.items()}
            return
        # A note moved or resized into (or out of) a frame's cell changes its zone in the
        # same transaction; the zones become part of this command's before and after.
        with self._document.write():
            previous = self._document.notes.update(cast(Mapping[int, NotePatch], self._after))
            zones = self._document.frames.assign_zones(self._after)
            now = {note.id: note.zone_id for note in self._document.notes.many(zones)}
            themes = follow_themes(self._document, zones)
        self._before = {nid: dict(values) for nid, values in previous.items()}
        for nid, old in zones.items():
            self._before.setdefault(nid, {})["zone_id"] = old.get("zone_id")
            self._after[nid]["zone_id"] = now.get(nid)
        for nid, (fields_before, fields_after) in themes.items():
            self._before[nid].setdefault("fields", fields_before)
            self._after[nid]["fields"] = fields_after

    def _moves(self) -> bool:
        return any(key in values for values in self._after.values()
                   for key in ("x", "y", "width", "height"))

    def _after_redo(self) -> None:
        if self._is_no_op():
            self.setObsolete(True)

    def _revert(self) -> None:
        if self._before:
            self._document.notes.update(cast(Mapping[int, NotePatch], self._before))

    def _is_no_op(self) -> bool:
        before = self._before or {}
        return all(
            before.get(nid, {}).get(key, _MISSING) == value
            for nid, values in self._after.items()
            for key, value in values.items()
        )

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PatchNotesCommand) or other.id() != self.id():
            return False
        if other._session != self._session or set(other._after) != set(self._after):
            return False
        if self._before is None or other._before is None:
            return False
        for nid, values in other._after.items():
            self._after[nid].update(values)
        for nid, values in other._before.items():
            mine = self._before.setdefault(nid, {})
            for key, value in values.items():
                mine.setdefault(key, value)
        if self._is_no_op():
            self.setObsolete(True)
        return True


_MISSING = object()
