"""What the projector shows of a dot vote: the banner while it runs, the dots on the cards
(not while they are secret) and the result, big, when it ends.

Strings keep the ``VoteControl`` translation context they had before this module was split
out of :mod:`ui.voting`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from models.records import VoteData
from ui.vote_dots import VoteControl

if TYPE_CHECKING:
    from models.document import BoardDocument
    from ui.presenter import PresenterWindow
    from ui.ranking_view import RankRow
    from ui.room import Room


def banner_text(vote: VoteData | None) -> str | None:
    """The projector's vote banner for a running vote, None when no vote runs."""
    if vote is None:
        return None
    text = QCoreApplication.translate("VoteControl", "Voting: %1").replace("%1", vote.title)
    budget = vote.budget if isinstance(vote.budget, int) else 0
    if vote.budget_per == "group":
        per = VoteControl.tr("%n dots per group", "", budget)
    else:
        per = VoteControl.tr("%n dots per person", "", budget)
    text += " — " + per
    if vote.hidden:
        text += " — " + QCoreApplication.translate("VoteControl", "dots are shown at the end")
    return text


def show_on_presenter(room: Room, presenter: PresenterWindow) -> None:
    """The banner and the dot counts on the projector's cards, as the vote stands now."""
    votes = room.votes
    from ui.presenter import VOTE_BANNER  # a projector is open: its module is loaded

    presenter.set_banner("vote", banner_text(votes.running_vote()), VOTE_BANNER)
    shown = votes.shown_vote()
    secret = shown is not None and shown.running and shown.hidden
    counts: dict[int, int] = {}
    tally = votes.tally
    if tally is not None and shown is not None and not secret:
        counts = {note_id: tally.count(note_id) for note_id in tally.note_ids()}
    had = bool(presenter.reading.dot_counts)
    presenter.reading.dot_counts = counts
    if had != bool(counts):  # the cards make room for the counts, or give it back
        room.presenter.show_again()
    presenter.reading.update()


def dots_on_projector(room: Room) -> bool:
    """Whether the projector shows a vote's dots now (not while they are secret)."""
    votes = room.votes
    vote = votes.shown_vote()
    return (
        vote is not None
        and not (vote.running and vote.hidden)
        and votes.tally is not None
        and any(True for _ in votes.tally.note_ids())
    )


def rank_rows(doc: BoardDocument, vote: VoteData) -> list[RankRow]:
    """The vote's ranking for the projector: rank (ties share it), dots, text, colour."""
    from ui.ranking_view import RankRow  # with the projector's ranking, not at start

    ranking = [(nid, count) for nid, count in doc.votes.ranking(vote.id) if count > 0]
    notes = {note.id: note for note in doc.notes.many([nid for nid, _ in ranking])}
    rows, rank, previous = [], 0, None
    for index, (note_id, count) in enumerate(ranking, start=1):
        if count != previous:
            rank, previous = index, count
        note = notes.get(note_id)
        rows.append(
            RankRow(
                rank,
                count,
                note.text if note is not None else "—",
                note.colour if note is not None else "#FFFFFF",
            )
        )
    return rows


def show_result_on_projector(room: Room, vote_id: int) -> None:
    """The result, big, on the projector until the facilitator steps on."""
    presenter = room.presenter.presenter
    doc = room.document()
    vote = doc.votes.get(vote_id) if doc is not None else None
    if presenter is None or doc is None or vote is None:
        return
    title = QCoreApplication.translate("VoteControl", "Result: %1").replace("%1", vote.title)
    presenter.show_ranking(
        title,
        rank_rows(doc, vote),
        QCoreApplication.translate("VoteControl", "No dots were given."),
    )
