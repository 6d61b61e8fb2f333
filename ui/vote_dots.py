"""Placing a dot on a note and taking one back, for the group (and voter) writing now.

A refusal (no dots left, a note outside the vote's frame, no voter's name) is said in the
status bar, never in a box that stops the room. Strings keep the ``VoteControl`` translation
context they had before this module was split out of :mod:`ui.voting`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from canvas.vote_commands import PlaceDotCommand, RemoveDotCommand
from models.errors import BoardError

if TYPE_CHECKING:
    from ui.room import Room


class _Words:
    """``VoteControl.tr(text, "", n)``: spelled so that pyside6-lupdate files counted texts
    under the ``VoteControl`` context, as when this code was part of that class."""

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("VoteControl", source, disambiguation or None, n)


VoteControl = _Words()


def refuse(room: Room, message: str | BoardError) -> None:
    room.status(message, 6000, warning=True)


def place_dot(room: Room, note_id: int) -> int | None:
    """A dot from the current group (and voter); refusals go to the status bar."""
    doc, vote = room.document(), room.votes.running_vote()
    if doc is None or vote is None:
        return None
    group = room.groups.current_group()
    voter = room.votes.panel.voter_name() if vote.budget_per == "person" else ""
    who = voter or (
        group.name if group is not None else QCoreApplication.translate("VoteControl", "This voter")
    )
    if vote.budget_per == "person" and not voter:
        refuse(
            room,
            QCoreApplication.translate(
                "VoteControl", "Write the voter's name in the vote panel first."
            ),
        )
        return None
    if vote.frame_id is not None and not in_frame(room, note_id, vote.frame_id):
        refuse(
            room,
            QCoreApplication.translate(
                "VoteControl", "This vote is about another frame; that note is not part of it."
            ),
        )
        return None
    group_id = group.id if group is not None else None
    if doc.votes.remaining(vote.id, group_id, voter) <= 0:
        budget = vote.budget if isinstance(vote.budget, int) else 0
        text = VoteControl.tr("%1 has used all %n dots.", "", budget)
        refuse(room, text.replace("%1", who))
        return None
    command = PlaceDotCommand(
        doc, vote.id, note_id, group_id, voter, lambda message: refuse(room, message)
    )
    room.push(command)
    if command.dot_id is not None:
        left = doc.votes.remaining(vote.id, group_id, voter)
        text = QCoreApplication.translate("VoteControl", "A dot from %1 — %2 left")
        room.status(text.replace("%1", who).replace("%2", str(left)), 4000)
    return command.dot_id


def take_back_dot(room: Room, note_id: int) -> bool:
    """Take back the last dot the current group (and voter) put on the note."""
    doc, vote = room.document(), room.votes.running_vote()
    if doc is None or vote is None:
        return False
    group_id = room.groups.current
    voter = room.votes.panel.voter_name() if vote.budget_per == "person" else ""
    mine = [
        dot
        for dot in doc.votes.dots(vote.id)
        if dot.note_id == note_id
        and dot.group_id == group_id
        and (vote.budget_per == "group" or dot.voter == voter)
    ]
    if not mine:
        refuse(
            room,
            QCoreApplication.translate("VoteControl", "There is no dot of yours on this note."),
        )
        return False
    room.push(RemoveDotCommand(doc, mine[-1].id, room.status))
    return True


def in_frame(room: Room, note_id: int, frame_id: int) -> bool:
    doc = room.document()
    note = doc.notes.get(note_id) if doc is not None else None
    if doc is None or note is None or note.zone_id is None:
        return False
    zone = doc.frames.zone(note.zone_id)
    return zone is not None and zone.frame_id == frame_id
