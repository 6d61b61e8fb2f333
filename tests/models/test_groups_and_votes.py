"""Groups and dot votes through real board files, reopened to prove they were saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.document import BoardDocument
from models.errors import LimitError


def test_default_groups_are_created_once_in_the_board_language(document: BoardDocument) -> None:
    created = document.groups.ensure_defaults("fi")
    assert [g.name for g in document.groups.all()] == ["Ryhmä 1", "Ryhmä 2", "Ryhmä 3"]
    assert len(set(g.colour for g in document.groups.all())) == 3
    assert document.groups.ensure_defaults("fi") == []
    assert len(created) == 3


def test_removing_a_group_untags_its_notes_and_restore_puts_everything_back(
    document: BoardDocument, board_path: Path
) -> None:
    group = document.groups.add("Innostujat")
    [note] = document.notes.add([{"text": "Ohjatut taukojumpat", "group_id": group}])
    removed, tagged = document.groups.remove(group)
    assert document.notes.get(note).group_id is None
    document.groups.restore(removed, tagged)
    document.close()
    reopened = BoardDocument.open(board_path)
    try:
        assert reopened.notes.get(note).group_id == group
        assert reopened.groups.get(group).name == "Innostujat"
    finally:
        reopened.close()


def test_a_group_cannot_place_more_dots_than_its_budget(
    document: BoardDocument, board_path: Path
) -> None:
    first, second = document.groups.add("Kiireen kesyttäjät"), document.groups.add("Innostujat")
    ideas = document.notes.add(
        [
            {"text": t}
            for t in (
                "Oma bussi retkiin",
                "Väriä elämään",
                "Uusi rakennus, jossa kaikki palvelut samassa",
            )
        ]
    )
    vote = document.votes.start("Paras idea", budget=3)
    for note in (ideas[0], ideas[0], ideas[1]):
        document.votes.place_dot(vote, note, first)
    with pytest.raises(LimitError, match="Kiireen kesyttäjät has used all 3 dots"):
        document.votes.place_dot(vote, ideas[2], first)
    document.votes.place_dot(vote, ideas[1], second)
    assert document.votes.remaining(vote, first) == 0
    assert document.votes.remaining(vote, second) == 2
    document.votes.end(vote)
    with pytest.raises(LimitError, match="ended"):
        document.votes.place_dot(vote, ideas[2], second)
    document.close()
    reopened = BoardDocument.open(board_path)
    try:
        assert reopened.votes.ranking(vote) == [(ideas[0], 2), (ideas[1], 2)]
        assert not reopened.votes.get(vote).running
    finally:
        reopened.close()


def test_dots_left_for_every_group_at_once_match_each_group_counted_alone(
    document: BoardDocument,
) -> None:
    """The vote panel asks once for all groups; the answer is each group's own count, with
    dots of no group and, per person, only that person's dots counted."""
    first, second = document.groups.add("Kiireen kesyttäjät"), document.groups.add("Innostujat")
    ideas = document.notes.add([{"text": "Oma bussi retkiin"}, {"text": "Väriä elämään"}])
    vote = document.votes.start("Paras idea", budget=4, budget_per="person")
    document.votes.place_dot(vote, ideas[0], first, "Aino")
    document.votes.place_dot(vote, ideas[1], first, "Aino")
    document.votes.place_dot(vote, ideas[1], first, "Eero")
    document.votes.place_dot(vote, ideas[0], None, "Aino")
    assert document.votes.remaining_per_group(vote, "Aino") == {first: 2, None: 3}
    assert document.votes.remaining_per_group(vote, "Eero") == {first: 3}
    for group in (first, second, None):
        expected = document.votes.remaining(vote, group, "Aino")
        assert document.votes.remaining_per_group(vote, "Aino").get(group, 4) == expected
    assert document.votes.remaining(vote, second, "Aino") == 4


def test_removing_dots_and_restoring_them_is_exact(document: BoardDocument) -> None:
    group = document.groups.add("Työnilon näkyväksi tekijät")
    [note] = document.notes.add([{"text": "Lähiruuan hyödyntäminen"}])
    vote = document.votes.start("Äänestys", budget=5)
    dots = [document.votes.place_dot(vote, note, group) for _ in range(2)]
    before = document.votes.dots(vote)
    removed = document.votes.remove_dots(dots)
    assert document.votes.dots(vote) == []
    document.votes.restore_dots(removed)
    assert document.votes.dots(vote) == before


def test_only_one_vote_runs_at_a_time(document: BoardDocument) -> None:
    document.votes.start("Eka")
    with pytest.raises(LimitError):
        document.votes.start("Toka")
    with pytest.raises(LimitError):
        document.votes.start("Liikaa", budget=0)


def test_a_failing_listener_does_not_turn_a_saved_change_into_an_error(
    document: BoardDocument, board_path: Path
) -> None:
    heard: list[int] = []

    def broken(_changes: object) -> None:
        raise RuntimeError("a scene bug")

    document.subscribe(broken)
    document.subscribe(lambda changes: heard.append(len(changes)))
    [note] = document.notes.add([{"text": "Kotileivonnaiset"}])
    assert heard == [1]
    document.close()
    reopened = BoardDocument.open(board_path)
    try:
        assert reopened.notes.get(note).text == "Kotileivonnaiset"
    finally:
        reopened.close()


def test_deleting_a_voted_note_and_undoing_brings_its_dots_back(
    document: BoardDocument, board_path: Path
) -> None:
    group = document.groups.add("Innostujat")
    notes = document.notes.add(
        [{"text": "Uusia liinoja, kukkia, verhoja"}, {"text": "Sisustamista"}]
    )
    vote = document.votes.start("Paras idea", budget=3)
    for note in (notes[0], notes[0], notes[1]):
        document.votes.place_dot(vote, note, group)
    before = document.votes.dots(vote)
    removed = document.notes.remove([notes[0]])
    assert document.votes.ranking(vote) == [(notes[1], 1)]
    document.notes.restore(removed)
    document.close()
    reopened = BoardDocument.open(board_path)
    try:
        assert reopened.votes.dots(vote) == before
        assert reopened.votes.ranking(vote) == [(notes[0], 2), (notes[1], 1)]
    finally:
        reopened.close()
