"""A fifth template is a data entry and nothing else: defined here, registered, inserted,
filled, edited and reopened with no template-specific code anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.document import BoardDocument
from models.templates import (
    TEMPLATES,
    Band,
    FreeLayout,
    FreeZone,
    GridLayout,
    Label,
    Option,
    Template,
    get_template,
)
from models.templates.plan import MOOD

STOP_START_CONTINUE = Template(
    key="stop_start_continue",
    name=Label("Lopeta · Aloita · Jatka", "Stop · Start · Continue"),
    description=Label(
        "Mitä lopetamme, mitä aloitamme, mitä jatkamme?", "What do we stop, start and continue?"
    ),
    layout=GridLayout(
        rows=(
            Band("team", Label("Työyhteisö", "Our team")),
            Band("customers", Label("Asiakkaat", "Customers"), colour="#FFF0F0"),
            Band("mood", Label("Fiilis", "Mood"), mood=True, size=200.0),
        ),
        columns=(
            Band("stop", Label("Lopeta", "Stop"), colour="#FDE2E2"),
            Band("start", Label("Aloita", "Start")),
            Band("continue", Label("Jatka", "Continue"), size=600.0),
            Band("sami", Label("Sámegiella: Joatkke", "Sámi: Joatkke"), option="sami"),
        ),
        cell_width=420.0,
        cell_height=360.0,
        row_header_width=220.0,
        column_header_height=100.0,
    ),
    title_height=70.0,
    options=(Option("sami", Label("Saamenkielinen sarake", "A Sámi column")),),
)

SWOT = Template(
    key="swot",
    name=Label("Nelikenttä", "SWOT"),
    description=Label(
        "Vahvuudet, heikkoudet, mahdollisuudet, uhat",
        "Strengths, weaknesses, opportunities, threats",
    ),
    layout=FreeLayout(
        zones=(
            FreeZone("s", Label("Vahvuudet", "Strengths"), x=0, y=0, width=500, height=400),
            FreeZone("w", Label("Heikkoudet", "Weaknesses"), x=520, y=0, width=500, height=400),
            FreeZone(
                "o", Label("Mahdollisuudet", "Opportunities"), x=0, y=420, width=500, height=400
            ),
            FreeZone(
                "t", Label("Uhat", "Threats"), x=520, y=420, width=500, height=400, colour="#FFE0E0"
            ),
        ),
        width=1020,
        height=820,
    ),
)


def reopen(doc: BoardDocument) -> BoardDocument:
    path = doc.path
    doc.close()
    return BoardDocument.open(path)


def whole_board(doc: BoardDocument) -> tuple[object, ...]:
    return doc.frames.all(), doc.frames.zones(), doc.notes.all()


@pytest.fixture
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(TEMPLATES, STOP_START_CONTINUE.key, STOP_START_CONTINUE)
    monkeypatch.setitem(TEMPLATES, SWOT.key, SWOT)


@pytest.mark.usefixtures("registered")
@pytest.mark.parametrize("language", ["fi", "en"])
def test_a_data_only_grid_template_end_to_end(board_path: Path, language: str) -> None:
    doc = BoardDocument.create(board_path, language=language)
    template = get_template("stop_start_continue")
    frame_id = doc.frames.instantiate(template, -300.0, 50.0, options={"sami": True})
    grid = doc.frames.grid(frame_id)
    stop_word = "Lopeta" if language == "fi" else "Stop"
    assert grid.columns[0].title == stop_word
    assert grid.columns[3].title.startswith("Sámegiella" if language == "fi" else "Sámi")
    assert grid.title_height == 70.0
    assert [z.width for z in grid.columns] == [420.0, 420.0, 600.0, 420.0]
    assert [z.height for z in grid.rows] == [360.0, 360.0, 200.0]
    assert grid.frame.width == 220.0 + 420 * 3 + 600
    assert grid.cell(1, 0).colour == "#FFF0F0"  # type: ignore[union-attr]
    assert grid.cell(0, 0).colour == "#FDE2E2"  # type: ignore[union-attr]
    # Membership from positions.
    target = grid.cell(1, 2)
    assert target is not None and target.key == "customers/continue"
    [note_id] = doc.notes.add(
        [
            {
                "text": "Jatketaan kotileivonnaisia – Sámi: ŋ",
                "x": target.x + target.width - 150,
                "y": target.y + 5,
            }
        ]
    )
    doc.frames.assign_zones([note_id])
    assert doc.frames.label(target.id) in ("Asiakkaat · Jatka", "Customers · Continue")
    # The mood row marks like a journey map's feelings lane.
    mood = grid.cell(2, 1)
    assert mood is not None and mood.data == {MOOD: None}
    doc.frames.set_mood(mood.id, 2)
    # Structure edits carry the note along.
    edit = doc.frames.move_column(frame_id, 2, 0)
    moved = doc.frames.grid(frame_id).cell(1, 0)
    assert moved is not None and moved.id == target.id
    note = doc.notes.get(note_id)
    assert note is not None and (note.x, note.zone_id) == (moved.x + moved.width - 150, target.id)
    before = whole_board(doc)
    doc = reopen(doc)
    try:
        assert whole_board(doc) == before
        doc.frames.apply(edit.before)
        note = doc.notes.get(note_id)
        assert note is not None and note.x == target.x + target.width - 150
    finally:
        doc.close()


@pytest.mark.usefixtures("registered")
def test_a_data_only_free_template_end_to_end(document: BoardDocument) -> None:
    frame_id = document.frames.instantiate(get_template("swot"), 1000.0, 1000.0, "fi")
    grid = document.frames.grid(frame_id)
    assert [z.title for z in grid.cells] == ["Vahvuudet", "Heikkoudet", "Mahdollisuudet", "Uhat"]
    threats = grid.cells[3]
    assert (threats.x, threats.y, threats.colour) == (1520.0, 1000.0 + 90 + 420, "#FFE0E0")
    [note_id] = document.notes.add([{"text": "hinta nousee", "x": 1600.0, "y": 1600.0}])
    document.frames.assign_zones([note_id])
    assert document.notes.get(note_id).zone_id == threats.id  # type: ignore[union-attr]
    before = whole_board(document)
    document = reopen(document)
    try:
        assert whole_board(document) == before
        edit = document.frames.move(frame_id, -1000.0, 0.0)
        assert document.notes.get(note_id).x == 600.0  # type: ignore[union-attr]
        document.frames.apply(edit.before)
        assert whole_board(document)[:2] == before[:2]
    finally:
        document.close()
