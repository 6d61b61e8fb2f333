"""Undo commands for the board's groups: add, rename or recolour, remove.

Removing a group keeps its notes (they lose the tag); undo puts the group back with the same
id and tags the same notes again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from canvas.commands import DocumentCommand, Reporter
from canvas.undo_text import translate
from models.document import BoardDocument
from models.groups import GroupTags
from models.records import GroupData


class AddGroupCommand(DocumentCommand):
    def __init__(
        self, document: BoardDocument, name: str, report: Reporter, colour: str | None = None
    ) -> None:
        super().__init__(document, translate("GroupCommands", "Add group “%1”").arg(name), report)
        self._name = name
        self._colour = colour
        self.group_id: int | None = None
        self._removed: tuple[GroupData, GroupTags] | None = None

    def _apply(self) -> None:
        if self._removed is not None:
            self._document.groups.restore(*self._removed)
            self._removed = None
        elif self.group_id is None:
            self.group_id = self._document.groups.add(self._name, self._colour)

    def _revert(self) -> None:
        if self.group_id is not None:
            self._removed = self._document.groups.remove(self.group_id)


class ChangeGroupCommand(DocumentCommand):
    """Rename or recolour one group (``{"name": …}`` / ``{"colour": …}``)."""

    def __init__(
        self, document: BoardDocument, group_id: int, patch: Mapping[str, Any], report: Reporter
    ) -> None:
        text = (
            translate("GroupCommands", "Rename group")
            if "name" in patch
            else translate("GroupCommands", "Change group colour")
        )
        super().__init__(document, text, report)
        self._group_id = group_id
        self._after = dict(patch)
        self._before: dict[str, Any] = {}

    def _apply(self) -> None:
        previous = self._document.groups.update({self._group_id: self._after})
        self._before = previous.get(self._group_id, {})

    def _revert(self) -> None:
        if self._before:
            self._document.groups.update({self._group_id: self._before})


class RemoveGroupCommand(DocumentCommand):
    def __init__(self, document: BoardDocument, group_id: int, report: Reporter) -> None:
        group = document.groups.get(group_id)
        name = group.name if group is not None else ""
        super().__init__(
            document, translate("GroupCommands", "Remove group “%1”").arg(name), report
        )
        self._group_id = group_id
        self._removed: tuple[GroupData, GroupTags] | None = None

    def _apply(self) -> None:
        self._removed = self._document.groups.remove(self._group_id)

    def _revert(self) -> None:
        if self._removed is not None:
            self._document.groups.restore(*self._removed)
            self._removed = None
