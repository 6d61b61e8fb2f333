"""Undo commands: every change to the board goes through one of these.

A command calls a document operation (one committed transaction); the scene hears about the
commit and updates its items. Undo runs the inverse operation the same way. Note ids stay the
same across undo and redo: removing returns the rows and restoring puts them back as they were.

If a document operation fails, :class:`DocumentCommand` (the base of every command) puts the
scene back to what the file holds, reports why, and drops a step that never happened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from canvas import collector
from models.card_theme import follow_themes
from models.document import BoardDocument
from models.errors import BoardError
from models.membership import settle
from models.records import NoteData, NotePatch

Reporter = Callable[[str | BoardError], None]
"""Tells the user about a refused change: a typed error (worded by the window) or a text."""
translate = QCoreApplication.translate
_log = logging.getLogger(__name__)
BULK_NOTES = 200
"""From this many notes on, a step runs with Python's cycle collector paused, and what it made
is then put out of the collector's sight like the open board's objects (see
:mod:`canvas.collector`): thousands of new rows and items would otherwise set off full
collections in the middle of the step, a fifth of duplicating 5,000 notes."""


def bulk_step(notes: int) -> AbstractContextManager[None]:
    """Around a step on ``notes`` notes (a gesture making its command, a command's redo or
    undo): the cycle collector waits if it is a bulk step (see :data:`BULK_NOTES`)."""
    return collector.paused() if notes >= BULK_NOTES else nullcontext()


class MergeId(IntEnum):
    """``QUndoCommand.id()`` values of commands that may merge with the one before."""

    TEXT_EDIT = 1
    """Keystrokes of one in-place edit session: one undo step per session."""
    NUDGE = 2
    """Arrow-key nudges of the same notes: one undo step for a run of presses."""


class DocumentCommand(QUndoCommand):
    """The one failure path of every command: nothing a command raises reaches Qt.

    When an operation fails (read-only, full disk, a removed drive, or a bug), the command
    asks the document to re-announce what its file holds, so every item drops its preview
    (a dragged note goes back, a resized one shrinks, typed text is replaced) and equals the
    file again; then it reports a sentence, and a first redo that failed marks the command
    obsolete so the undo stack keeps no step that never happened.
    """

    def __init__(self, document: BoardDocument, text: str, report: Reporter) -> None:
        super().__init__(text)
        self._document = document
        self._report = report
        self._done_once = False

    def redo(self) -> None:
        if not self._attempt(self._apply):
            if not self._done_once:
                self.setObsolete(True)
            return
        self._done_once = True
        self._after_redo()

    def undo(self) -> None:
        self._attempt(self._revert)

    def _attempt(self, step: Callable[[], None]) -> bool:
        try:
            with bulk_step(self._size()):
                step()
        except Exception as error:  # the one place where every failure ends
            self._failed(error)
            return False
        return True

    def _size(self) -> int:
        """How many notes the command touches (a bulk change keeps the collector waiting)."""
        return 0

    def _failed(self, error: Exception) -> None:
        message: str | BoardError
        if isinstance(error, BoardError):
            message = error
        else:
            _log.error("a command failed: %s", self.text(), exc_info=error)
            message = translate(
                "DocumentCommand",
                "The change could not be made; the board shows what its file holds.",
            )
        try:
            self._document.reannounce()
        except Exception:  # reporting must still happen
            _log.error("could not re-read the board after a failed change", exc_info=True)
        try:
            self._report(message)
        except Exception:  # a failure must never escape into Qt's undo stack
            _log.error("could not report a failed change", exc_info=True)

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError

    def _after_redo(self) -> None:
        """Hook run after a successful redo."""


_DocumentCommand = DocumentCommand
"""The former name, kept while other modules still import it."""


class CreateNotesCommand(DocumentCommand):
    """Add new notes; undo removes them, redo restores them with the same ids."""

    def __init__(
        self, document: BoardDocument, patches: Sequence[NotePatch], text: str, report: Reporter
    ) -> None:
        super().__init__(document, text, report)
        self._patches = list(patches)
        self._ids: list[int] = []
        self._removed: list[NoteData] = []
        self._drop_on_undo = False

    @property
    def ids(self) -> list[int]:
        """Ids of the created notes (empty until the first successful redo)."""
        return list(self._ids)

    def _size(self) -> int:
        return len(self._patches)

    def _apply(self) -> None:
        if self._removed:
            self._document.notes.restore(self._removed)
            self._removed = []
        elif not self._ids:
            # A note made inside a frame's cell belongs to it from the start, in the same step.
            with self._document.write():
                ids = self._add()
            self._ids = ids

    def _add(self) -> list[int]:
        """Make the notes, each in the cell under it (the first redo; the later ones put the
        same rows back)."""
        ids = self._document.notes.add(self._patches)
        settle(self._document, ids)
        return ids

    def drop_on_undo(self) -> None:
        """Make the next undo also remove this command from the stack (a new note that was
        left empty: it should leave no step behind). Qt deletes a command that is obsolete
        after its undo, but skips the undo of one that is obsolete before."""
        self._drop_on_undo = True

    def _revert(self) -> None:
        self._removed = self._document.notes.remove(self._ids)
        if self._drop_on_undo:
            self.setObsolete(True)


class DuplicateNotesCommand(CreateNotesCommand):
    """Copies of notes at new places: the copies take their originals' rows as read, so
    5,000 of them are not cleaned value by value (:meth:`NoteStore.add_copies`)."""

    def __init__(
        self,
        document: BoardDocument,
        notes: Sequence[NoteData],
        places: Sequence[tuple[float, float]],
        text: str,
        report: Reporter,
    ) -> None:
        super().__init__(document, [], text, report)
        self._originals = list(notes)
        self._places = list(places)

    def _size(self) -> int:
        return len(self._originals)

    def _add(self) -> list[int]:
        return self._document.notes.add_copies(self._originals, self._places, settle=True)


class DeleteNotesCommand(DocumentCommand):
    """Remove notes; undo restores the very rows (ids, z, timestamps). ``rows``: the notes as
    the file holds them when the command is pushed (the scene's), for its first redo."""

    def __init__(
        self,
        document: BoardDocument,
        ids: Sequence[int],
        text: str,
        report: Reporter,
        rows: Sequence[NoteData] = (),
    ) -> None:
        super().__init__(document, text, report)
        self._ids = list(ids)
        self._removed: list[NoteData] = []
        self._known = list(rows)

    def _size(self) -> int:
        return len(self._ids)

    def _apply(self) -> None:
        known, self._known = self._known, []  # a later redo reads: phones may have written
        self._removed = self._document.notes.remove(self._ids, known)

    def _revert(self) -> None:
        self._document.notes.restore(self._removed)
        self._removed = []


class PatchNotesCommand(DocumentCommand):
    """Change some columns of some notes (move, resize, colour, z, text …). A change of place
    or size also stores which frame cell each note now belongs to.

    With a ``merge_id`` it merges with the previous command of the same id, the same ``session``
    and the same notes; if the merged change ends where it began (a nudge right and back) it
    becomes obsolete and the undo stack drops it.
    """

    def __init__(
        self,
        document: BoardDocument,
        patches: Mapping[int, NotePatch],
        text: str,
        report: Reporter,
        merge_id: MergeId | None = None,
        session: object = None,
        rows: Sequence[NoteData] = (),
    ) -> None:
        super().__init__(document, text, report)
        self._known = list(rows)
        """The notes as the file holds them when the command is pushed (the scene's rows of a
        drag), for its first redo: it then reads no place back."""
        self._after: dict[int, dict[str, Any]] = {nid: dict(p) for nid, p in patches.items()}
        self._before: dict[int, dict[str, Any]] | None = None
        self._merge_id = merge_id
        self._session = session

    @property
    def note_ids(self) -> list[int]:
        return list(self._after)

    def _size(self) -> int:
        return len(self._after)

    def id(self) -> int:
        return int(self._merge_id) if self._merge_id is not None else -1

    def _apply(self) -> None:
        if self._before is not None or not self._moves():
            previous = self._document.notes.update(
                cast(Mapping[int, NotePatch], self._after), keep=self._before is None
            )
            if self._before is None:
                self._before = {nid: dict(values) for nid, values in previous.items()}
            return
        # A note moved or resized into (or out of) a frame's cell changes its zone in the
        # same transaction and the same row write; the zones become part of this command's
        # before and after.
        with self._document.write():
            self._document.notes.known(self._known)
            self._known = []
            zones = self._document.frames.zones_after(self._after)
            after = {
                nid: {**values, "zone_id": zones[nid][1]} if nid in zones else values
                for nid, values in self._after.items()
            }
            previous = self._document.notes.update(cast(Mapping[int, NotePatch], after))
            themes = follow_themes(self._document, zones)
        self._after = after
        self._before = {nid: dict(values) for nid, values in previous.items()}
        for nid, (fields_before, fields_after) in themes.items():
            self._before[nid].setdefault("fields", fields_before)
            self._after[nid]["fields"] = fields_after

    def _moves(self) -> bool:
        return any(
            key in values
            for values in self._after.values()
            for key in ("x", "y", "width", "height")
        )

    def _after_redo(self) -> None:
        if self._is_no_op():
            self.setObsolete(True)

    def _revert(self) -> None:
        if self._before:
            before = cast(Mapping[int, NotePatch], self._before)
            self._document.notes.update(before, keep=False, stored=True)  # as read: no checks

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
