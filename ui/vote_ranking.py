"""The vote panel's ranking: the notes of one vote by their dots, with shared places for ties,
or why there is none to show yet (a hidden vote still running, no dots)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from models.document import BoardDocument
    from models.records import NoteData, VoteData
    from ui.vote_panel import VotePanel


def show_ranking(doc: BoardDocument | None, panel: VotePanel, vote: VoteData | None) -> set[int]:
    """Show ``vote``'s ranking in ``panel``; the ids of the notes it ranks (whose changes
    make the panel read it again)."""
    if vote is None or doc is None:
        panel.show_ranking("", [])
        return set()
    if vote.running and vote.hidden:
        panel.show_ranking(
            QCoreApplication.translate("VoteControl", "Ranking"),
            [],
            QCoreApplication.translate("VoteControl", "The ranking appears when the vote ends."),
        )
        return set()
    ranking = doc.votes.ranking(vote.id)
    notes = {note.id: note for note in doc.notes.many([nid for nid, _ in ranking])}
    rows: list[tuple[int, NoteData | None, int]] = []
    rank, previous = 0, None
    for index, (note_id, count) in enumerate(ranking, start=1):
        if count != previous:
            rank, previous = index, count
        rows.append((rank, notes.get(note_id), count))
    title = (
        QCoreApplication.translate("VoteControl", "Standings so far")
        if vote.running
        else QCoreApplication.translate("VoteControl", "Ranking")
    )
    if not rows:
        panel.show_ranking(title, [], QCoreApplication.translate("VoteControl", "No dots yet."))
    else:
        panel.show_ranking(title, rows)
    return {note_id for note_id, _ in ranking}
