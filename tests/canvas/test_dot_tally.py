"""The tally of a vote's dots follows dots placed and taken back one by one (phones vote
many times a second); after any mix of changes it equals a tally read afresh."""

from __future__ import annotations

import random

from canvas.dots import DotTally
from models.document import BoardDocument


def snapshot(tally: DotTally, note_ids: list[int]) -> dict[int, list[str]]:
    return {i: sorted(c.name() for c in tally.colours(i)) for i in note_ids if tally.count(i)}


def test_the_kept_tally_equals_a_fresh_one_after_every_change(
    qapp: object, document: BoardDocument
) -> None:
    document.groups.ensure_defaults("fi")
    groups = [g.id for g in document.groups.all()]
    note_ids = document.notes.add([{"text": f"idea {n}"} for n in range(8)])
    vote = document.votes.start("Paras", budget=50, budget_per="person")
    tally = DotTally(document)
    tally.show_vote(vote)
    changes: list[int] = []
    told: list[frozenset[int]] = []
    tally.changed.connect(lambda: changes.append(1))
    tally.notesChanged.connect(lambda ids: (changes.append(1), told.append(ids)))
    rng = random.Random(8)

    def same(step: object) -> None:
        fresh = DotTally(document)
        fresh.show_vote(vote)
        assert snapshot(tally, note_ids) == snapshot(fresh, note_ids), step
        fresh.detach()

    for step in range(150):
        dots = document.votes.dots(vote)
        roll = rng.random()
        if roll < 0.65:
            group = rng.choice([*groups, None])
            target = rng.choice(note_ids)
            document.votes.place_dot(vote, target, group, rng.choice(["a", "b"]))
            assert told[-1] == {target}, "a dot repaints its own note only"
        elif roll < 0.85 and dots:
            taken = rng.choice(dots)
            document.votes.remove_dots([taken.id])
            assert told[-1] == {taken.note_id}
        else:  # a note deleted with its dots, then the deletion undone
            removed = document.notes.remove([rng.choice(note_ids)])
            same(("removed", step))
            document.notes.restore(removed)
        same(step)
    assert len(changes) >= 100, "every change told the views"
    tally.detach()
