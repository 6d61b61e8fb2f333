"""Copies of notes (what a duplicate writes) hold every column of their originals but id,
place, layer, phone and times, exactly as the file holds the originals; a bad place
writes nothing."""

from __future__ import annotations

import math
from dataclasses import astuple, replace

import pytest

from models.document import BoardDocument
from models.errors import BoardError
from tests.models.test_written_notes import _from_file, _varied


def test_copies_are_their_originals_at_new_places_on_top(document: BoardDocument) -> None:
    ids = document.notes.add(_varied(document))
    document.notes.written.clear()
    originals = document.notes.many(ids)
    top = document.notes.top_z()
    places = [(n.x + 24.0, n.y + 24.0) for n in originals]
    copies = document.notes.add_copies(originals, places)
    assert len(copies) == len(ids) and min(copies) > max(ids)
    read = _from_file(document, copies)
    assert read == document.notes.many(copies), "what listeners are given is the file"
    for original, copy, (x, y) in zip(originals, read, places, strict=True):
        expected = replace(
            original,
            id=copy.id,
            x=x,
            y=y,
            z=copy.z,
            created_at=copy.created_at,
            updated_at=copy.updated_at,
            phone_session_id=None,
        )
        assert astuple(copy) == astuple(expected)
    assert [c.z for c in read] == [top + i + 1 for i in range(len(read))]
    assert any(c.hidden for c in read), "a private phone note's copy stays private"
    card = next(c for c in read if c.fields)
    card_original = next(o for o in originals if o.fields)
    assert card.fields == card_original.fields and card.fields is not card_original.fields


def test_a_copy_at_a_place_that_is_not_a_number_writes_nothing(document: BoardDocument) -> None:
    ids = document.notes.add([{"text": "a"}, {"text": "b"}])
    originals = document.notes.many(ids)
    with pytest.raises((ValueError, BoardError)):
        document.notes.add_copies(originals, [(1.0, 2.0), (math.inf, 0.0)])
    assert document.notes.count() == 2
