"""Change notifications: one list per committed transaction, nothing for a rolled-back one.

The scene updates its items from these lists only, so a missing id leaves a stale note on the
projector, and an id for a row that is not there makes the scene look up a ghost.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from models.document import BoardDocument
from models.errors import BoardError
from models.records import Change


class Recorder:
    """A listener that keeps every list it hears and what the board held at that moment."""

    def __init__(self, doc: BoardDocument) -> None:
        self.doc = doc
        self.calls: list[list[Change]] = []
        self.texts_seen: list[dict[int, str]] = []
        doc.subscribe(self)

    def __call__(self, changes: Sequence[Change]) -> None:
        self.calls.append(list(changes))
        self.texts_seen.append({note.id: note.text for note in self.doc.notes.all()})

    def note_change(self, call: int = -1) -> Change:
        (change,) = [c for c in self.calls[call] if c.entity == "note"]
        return change


def test_one_batch_gives_one_list_after_commit(document: BoardDocument) -> None:
    kept, changed, doomed = document.notes.add(
        [{"text": "Toiveruuat"}, {"text": "Kotileivonnaiset"}, {"text": "Avoimet ovet"}]
    )
    heard = Recorder(document)
    with document.write():
        new_ids = document.notes.add(
            [{"text": "Lähiruuan hyödyntäminen"}, {"text": "Sisustamista"}]
        )
        document.notes.update({changed: {"text": "Kotileivonnaiset joka perjantai"}})
        document.notes.remove([doomed])
        document.update_info({"place": "Juva"})
        assert heard.calls == [], "listeners must not hear before the transaction commits"

    assert len(heard.calls) == 1
    by_entity = {change.entity: change for change in heard.calls[0]}
    assert by_entity["note"] == Change(
        "note", added=frozenset(new_ids), updated=frozenset({changed}), removed=frozenset({doomed})
    )
    assert by_entity["board"] == Change("board", updated=frozenset({1}))
    assert set(by_entity) == {"note", "board"}
    seen = heard.texts_seen[0]
    assert doomed not in seen and kept in seen
    assert seen[changed] == "Kotileivonnaiset joka perjantai"


def test_each_operation_outside_a_batch_is_its_own_notification(
    document: BoardDocument,
) -> None:
    heard = Recorder(document)
    (note_id,) = document.notes.add([{"text": "Väriä elämään"}])
    document.notes.update({note_id: {"x": 120.0}})
    document.notes.remove([note_id])
    assert [call for call in heard.calls] == [
        [Change("note", added=frozenset({note_id}))],
        [Change("note", updated=frozenset({note_id}))],
        [Change("note", removed=frozenset({note_id}))],
    ]


def test_a_note_added_then_edited_in_one_batch_is_only_added(document: BoardDocument) -> None:
    heard = Recorder(document)
    with document.write():
        (note_id,) = document.notes.add([{"text": "Oma bussi"}])
        document.notes.update({note_id: {"text": "Oma bussi retkiin"}})
    assert heard.note_change() == Change("note", added=frozenset({note_id}))


def test_a_note_added_and_removed_in_one_batch_is_never_announced(
    document: BoardDocument,
) -> None:
    heard = Recorder(document)
    with document.write():
        (keep,) = document.notes.add([{"text": "Uusia liinoja"}])
        (gone,) = document.notes.add([{"text": "kirjoitusvirhe"}])
        document.notes.remove([gone])
    assert document.notes.get(gone) is None
    assert len(heard.calls) == 1
    mentioned = set().union(*(c.added | c.updated | c.removed for c in heard.calls[0]))
    assert gone not in mentioned, "the scene would create an item for a note that is not there"
    assert heard.note_change() == Change("note", added=frozenset({keep}))


def test_a_note_removed_and_restored_in_one_batch_is_an_update(document: BoardDocument) -> None:
    (note_id,) = document.notes.add([{"text": "Ohjatut taukojumpat"}])
    heard = Recorder(document)
    with document.write():
        removed = document.notes.remove([note_id])
        document.notes.restore([removed[0]])
        document.notes.update({note_id: {"text": "Ohjatut taukojumpat joka päivä"}})
    assert document.notes.get(note_id) is not None
    assert heard.note_change() == Change("note", updated=frozenset({note_id}))


def test_nested_writes_notify_once(document: BoardDocument) -> None:
    heard = Recorder(document)
    with document.write(), document.write():
        document.notes.add([{"text": "a"}])
        with document.write():
            document.notes.add([{"text": "b"}])
    assert len(heard.calls) == 1
    assert len(heard.note_change().added) == 2


def test_an_error_rolls_back_the_batch_and_nobody_hears(document: BoardDocument) -> None:
    (existing,) = document.notes.add([{"text": "Kukkaverhot"}])
    before = document.notes.all()
    heard = Recorder(document)

    class GestureFailed(RuntimeError):
        pass

    with pytest.raises(BoardError) as failed, document.write():
        document.notes.add([{"text": "ei saa jäädä"}])
        document.notes.update({existing: {"text": "ei saa muuttua"}})
        document.notes.remove([existing])
        raise GestureFailed("the gesture broke halfway")
    assert isinstance(failed.value.__cause__, GestureFailed)
    assert heard.calls == []
    assert document.notes.all() == before

    # What the rolled-back batch did must not leak into the next notification.
    (later,) = document.notes.add([{"text": "Avoimet ovet"}])
    assert heard.calls == [[Change("note", added=frozenset({later}))]]


def test_a_database_error_rolls_back_the_batch_and_nobody_hears(
    document: BoardDocument,
) -> None:
    (existing,) = document.notes.add([{"text": "Toiveruuat"}])
    duplicate = document.notes.get(existing)
    assert duplicate is not None
    heard = Recorder(document)
    with pytest.raises(BoardError), document.write():
        document.notes.add([{"text": "ei saa jäädä"}])
        document.notes.restore([duplicate])  # the id is taken: the insert fails
    assert heard.calls == []
    assert [note.text for note in document.notes.all()] == ["Toiveruuat"]


def test_unsubscribed_listener_hears_nothing(document: BoardDocument) -> None:
    heard = Recorder(document)
    document.unsubscribe(heard)
    document.notes.add([{"text": "Sisustamista"}])
    assert heard.calls == []
