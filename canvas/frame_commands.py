"""Undo commands for template operations: insert, move, remove and reshape frames, rename
titles and prompts, mark feelings and tidy cells.

Structural operations return a :class:`~models.frame_types.FrameEdit` (the frame, its zones
and the notes involved, before and after); the first redo runs the operation, every later undo
and redo writes one of the two states back, so ids and numbers come back exactly. Errors are
reported like every other command's (see :mod:`canvas.commands`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import cast

from canvas.commands import DocumentCommand, Reporter
from models.document import BoardDocument
from models.frame_types import FrameEdit, FrameState
from models.records import NotePatch
from models.templates.format import Template


class FrameEditCommand(DocumentCommand):
    """Any operation that returns a :class:`FrameEdit` (move, remove, add/remove/reorder a
    row, column or zone)."""

    def __init__(
        self,
        document: BoardDocument,
        operation: Callable[[], FrameEdit],
        text: str,
        report: Reporter,
    ) -> None:
        super().__init__(document, text, report)
        self._operation = operation
        self._edit: FrameEdit | None = None

    @property
    def edit(self) -> FrameEdit | None:
        return self._edit

    def _apply(self) -> None:
        if self._edit is None:
            self._edit = self._operation()
        else:
            self._document.frames.apply(self._edit.after)

    def _revert(self) -> None:
        if self._edit is not None:
            self._document.frames.apply(self._edit.before)


class InsertFrameCommand(DocumentCommand):
    """Put a new frame of a template on the board; undo takes it away again."""

    def __init__(
        self,
        document: BoardDocument,
        template: Template,
        x: float,
        y: float,
        language: str | None,
        options: Mapping[str, bool] | None,
        text: str,
        report: Reporter,
    ) -> None:
        super().__init__(document, text, report)
        self._template = template
        self._place = (x, y)
        self._language = language
        self._options = dict(options or {})
        self._after: FrameState | None = None
        self.frame_id: int | None = None

    def _apply(self) -> None:
        frames = self._document.frames
        if self._after is None:
            x, y = self._place
            self.frame_id = frames.instantiate(self._template, x, y, self._language, self._options)
            self._after = frames.state(self.frame_id)
        else:
            frames.apply(self._after)

    def _revert(self) -> None:
        if self._after is not None:
            gone = FrameState(self._after.frame_id, None, self._after.created_at, (), ())
            self._document.frames.apply(gone)


class RenameFrameCommand(DocumentCommand):
    def __init__(
        self, document: BoardDocument, frame_id: int, title: str, text: str, report: Reporter
    ) -> None:
        super().__init__(document, text, report)
        self._frame_id = frame_id
        self._title = title
        self._previous: str | None = None

    def _apply(self) -> None:
        previous = self._document.frames.rename_frame(self._frame_id, self._title)
        if self._previous is None:
            self._previous = previous
            frame = self._document.frames.get(self._frame_id)
            if frame is not None and frame.title == previous:
                self.setObsolete(True)

    def _revert(self) -> None:
        if self._previous is not None:
            self._document.frames.rename_frame(self._frame_id, self._previous)


class RenameZoneCommand(DocumentCommand):
    """A new title and/or prompt for a header, a cell or a free zone."""

    def __init__(
        self,
        document: BoardDocument,
        zone_id: int,
        title: str | None,
        prompt: str | None,
        text: str,
        report: Reporter,
    ) -> None:
        super().__init__(document, text, report)
        self._zone_id = zone_id
        self._title = title
        self._prompt = prompt
        self._previous: tuple[str, str] | None = None

    def _apply(self) -> None:
        previous = self._document.frames.rename_zone(self._zone_id, self._title, self._prompt)
        if self._previous is None:
            self._previous = previous
            zone = self._document.frames.zone(self._zone_id)
            if zone is not None and (zone.title, zone.prompt) == previous:
                self.setObsolete(True)

    def _revert(self) -> None:
        if self._previous is not None:
            title, prompt = self._previous
            self._document.frames.rename_zone(
                self._zone_id,
                title if self._title is not None else None,
                prompt if self._prompt is not None else None,
            )


class SetMoodCommand(DocumentCommand):
    """Mark how a journey-map stage feels (−2…+2), or clear the mark."""

    def __init__(
        self, document: BoardDocument, zone_id: int, mood: int | None, text: str, report: Reporter
    ) -> None:
        super().__init__(document, text, report)
        self._zone_id = zone_id
        self._mood = mood
        self._previous: int | None = None
        self._known = False

    def _apply(self) -> None:
        previous = self._document.frames.set_mood(self._zone_id, self._mood)
        if not self._known:
            self._previous, self._known = previous, True
            if previous == self._mood:
                self.setObsolete(True)

    def _revert(self) -> None:
        if self._known:
            self._document.frames.set_mood(self._zone_id, self._previous)


class TidyZoneCommand(DocumentCommand):
    """Arrange a cell's notes in a grid in reading order; undo puts them back."""

    def __init__(self, document: BoardDocument, zone_id: int, text: str, report: Reporter) -> None:
        super().__init__(document, text, report)
        self._zone_id = zone_id
        self._before: dict[int, NotePatch] | None = None
        self._after: dict[int, NotePatch] = {}

    def _apply(self) -> None:
        notes = self._document.notes
        if self._before is None:
            self._before = self._document.frames.tidy(self._zone_id)
            self._after = {
                note.id: cast(NotePatch, {"x": note.x, "y": note.y})
                for note in notes.many(self._before)
            }
            if all(self._before[i] == self._after[i] for i in self._after):
                self.setObsolete(True)
        else:
            notes.update(self._after)

    def _revert(self) -> None:
        if self._before:
            self._document.notes.update(self._before)
