"""The demo board's templates hold the real Juva and Varkaus texts, in their cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.document import BoardDocument
from models.experiment import EXPERIMENT_KIND, halves_filled
from models.groups import GroupStore
from models.templates.demo_content import populate_demo
from models.templates.plan import MOOD


@pytest.mark.parametrize("language", ["fi", "en"])
def test_demo_frames_hold_the_workshop_notes(tmp_path: Path, language: str) -> None:
    path = tmp_path / "demo.pajalauta"
    doc = BoardDocument.create(path, title="Asiakasprosessit", language=language)
    frames = populate_demo(doc, language)
    doc.close()
    doc = BoardDocument.open(path)
    try:
        dream = doc.frames.grid(frames.dream_fear)
        cells = {cell.key: cell for cell in dream.cells}
        texts = {
            key: [n.text for n in doc.frames.notes_in([cell.id])] for key, cell in cells.items()
        }
        if language == "fi":
            assert dream.columns[0].title == "Asiakas"
            assert "ateriahetki päivän tapahtumana" in texts["end_customer/dreams"]
            assert texts["municipality/who"] == ["Juva, Rantasalmi, Sulkava, kunnat"]
            assert "väsymys näkyy työntekijöissä" in texts["staff/fear"]
        else:
            assert dream.columns[0].title == "Who the customer is"
            assert "the meal as the event of the day" in texts["end_customer/dreams"]
        assert len(texts["end_customer/dreams"]) == 8
        assert texts["end_customer/who"] == []

        ideas = doc.frames.grid(frames.idea_lists)
        assert [z.title for z in ideas.columns] == [
            "Työnilon näkyväksi tekijät",
            "Innostujat",
            "Kiireen kesyttäjät",
            "Parkkipaikka" if language == "fi" else "Parking lot",
        ]
        groups = GroupStore(doc).all()
        counts = [len(doc.frames.notes_in([cell.id])) for cell in ideas.cells]
        assert counts == [8, 7, 7, 0]
        first = doc.frames.notes_in([ideas.cells[0].id])
        assert {n.group_id for n in first} == {groups[0].id}
        assert {n.colour for n in first} == {groups[0].colour}

        journey = doc.frames.grid(frames.journey_map)
        moods = [journey.cell(2, col).data[MOOD] for col in range(6)]  # type: ignore[union-attr]
        assert moods == [-1, -1, 0, -2, 2, 1]

        wall = doc.frames.grid(frames.experiment_wall)
        cards = doc.frames.notes_in(zone.id for zone in wall.cells)
        assert len(cards) == 4 and {c.kind for c in cards} == {EXPERIMENT_KIND}
        for card in cards:
            theme = next(z for z in wall.cells if z.id == card.zone_id)
            assert card.fields["theme"] == theme.title
        assert sum(halves_filled(c.fields)[1] for c in cards) == 1

        # Every note sits wholly inside its cell, none covering another.
        for zone in doc.frames.zones():
            notes = doc.frames.notes_in([zone.id])
            for note in notes:
                assert zone.x <= note.x and note.x + note.width <= zone.x + zone.width
                assert zone.y <= note.y and note.y + note.height <= zone.y + zone.height
            places = {(n.x, n.y) for n in notes}
            assert len(places) == len(notes)
        assert all(note.zone_id is not None for note in doc.notes.all())
    finally:
        doc.close()


def test_a_board_with_groups_keeps_them(document: BoardDocument) -> None:
    store = GroupStore(document)
    ids = [store.add(name) for name in ("Punainen", "Sininen", "Vihreä", "Keltainen")]
    frames = populate_demo(document)
    ideas = document.frames.grid(frames.idea_lists)
    assert [z.title for z in ideas.columns] == [
        "Punainen",
        "Sininen",
        "Vihreä",
        "Keltainen",
        "Parkkipaikka",
    ]
    assert [g.id for g in store.all()] == ids
    counts = [len(document.frames.notes_in([cell.id])) for cell in ideas.cells]
    assert counts == [8, 7, 7, 0, 0]
