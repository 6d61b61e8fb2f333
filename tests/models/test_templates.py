"""Starter templates instantiated on real board files, closed, reopened, compared."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from models.document import BoardDocument
from models.groups import GroupStore
from models.records import Change, ZoneData
from models.templates import TEMPLATES, Band, GridLayout, Label, Template, get_template
from models.templates.plan import MOOD, MOOD_LANE, plan_frame

LANGUAGES = ("fi", "sv", "en")


def board_state(doc: BoardDocument) -> tuple[object, ...]:
    return (doc.frames.all(), doc.frames.zones(), doc.notes.all())


def reopen(doc: BoardDocument) -> BoardDocument:
    path = doc.path
    doc.close()
    return BoardDocument.open(path)


def titles(zones: Iterable[ZoneData]) -> list[str]:
    return [zone.title for zone in zones]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", list(TEMPLATES))
def test_every_starter_round_trips_through_a_reopened_file(
    tmp_path: Path, key: str, language: str
) -> None:
    path = tmp_path / f"{key}-{language}.pajalauta"
    doc = BoardDocument.create(path, title="Työpaja", language=language)
    heard: list[list[Change]] = []
    doc.subscribe(lambda changes: heard.append(list(changes)))
    frame_id = doc.frames.instantiate(get_template(key), 120.0, -40.0)
    # One transaction: listeners hear once, about the frame and all its zones.
    assert len(heard) == 1
    by_entity = {change.entity: change for change in heard[0]}
    assert by_entity["frame"].added == {frame_id}
    assert by_entity["zone"].added == {zone.id for zone in doc.frames.zones(frame_id)}
    frame = doc.frames.get(frame_id)
    assert frame is not None
    assert frame.title == TEMPLATES[key].name.text(language)
    assert (frame.x, frame.y, frame.template_key) == (120.0, -40.0, key)
    before = board_state(doc)
    doc = reopen(doc)
    try:
        assert board_state(doc) == before
        # Every cell lies inside its frame, and no two cells overlap.
        grid = doc.frames.grid(frame_id)
        for zone in (*grid.cells, *grid.columns, *grid.rows):
            assert frame.x <= zone.x and zone.x + zone.width <= frame.x + frame.width + 1e-9
            assert frame.y <= zone.y and zone.y + zone.height <= frame.y + frame.height + 1e-9
        for a in grid.cells:
            for b in grid.cells:
                if a.id < b.id:
                    apart = (
                        a.x + a.width <= b.x
                        or b.x + b.width <= a.x
                        or a.y + a.height <= b.y
                        or b.y + b.height <= a.y
                    )
                    assert apart, (a.key, b.key)
    finally:
        doc.close()


def test_dream_fear_has_the_juva_segments_and_headings(document: BoardDocument) -> None:
    grid = document.frames.grid(document.frames.instantiate(get_template("dream_fear"), 0, 0))
    assert titles(grid.rows) == ["Kunta asiakkaana", "Loppuasiakas", "Kunnan henkilöstö asiakkaana"]
    assert titles(grid.columns) == ["Unelmat", "Tavoite", "Pahin pelko"]
    assert grid.cell(1, 2) is not None and grid.cell(1, 2).key == "end_customer/fear"
    assert document.frames.label(grid.cell(1, 0).id) == "Loppuasiakas · Unelmat"


def test_dream_fear_can_start_with_who_the_customer_is(document: BoardDocument) -> None:
    template = get_template("dream_fear")
    plain = document.frames.grid(document.frames.instantiate(template, 0, 0, "en"))
    wide = document.frames.grid(
        document.frames.instantiate(template, 0, 3000, "en", {"who_column": True})
    )
    assert titles(plain.columns) == ["Dreams", "Goal", "Worst fear"]
    assert titles(wide.columns) == ["Who the customer is", "Dreams", "Goal", "Worst fear"]
    assert titles(wide.rows) == [
        "The municipality as customer",
        "The end customer",
        "The municipality's staff as customer",
    ]
    assert len(wide.cells) == 12
    assert wide.frame.width == plain.frame.width + wide.columns[0].width
    with pytest.raises(ValueError, match="no option"):
        document.frames.instantiate(template, 0, 0, "fi", {"who": True})


@pytest.mark.parametrize(
    ("language", "stages", "lanes"),
    [
        (
            "fi",
            [
                "Tarve herää",
                "Tiedon etsiminen",
                "Hakeminen ja yhteydenotto",
                "Odottaminen",
                "Itse palvelu",
                "Palaute",
            ],
            [
                "Asiakkaan toiminta",
                "Kohtaamiset ja kanavat",
                "Ajatukset ja tunteet",
                "Pullonkaulat ja kipukohdat",
                "Ideat ja mahdollisuudet",
            ],
        ),
        (
            "en",
            [
                "A need arises",
                "Finding information",
                "Applying and contact",
                "Waiting",
                "The service itself",
                "Feedback",
            ],
            [
                "Customer actions",
                "Touchpoints and channels",
                "Thoughts and feelings",
                "Bottlenecks and pain points",
                "Ideas and opportunities",
            ],
        ),
    ],
)
def test_journey_map_stages_lanes_and_feelings(
    document: BoardDocument, language: str, stages: list[str], lanes: list[str]
) -> None:
    grid = document.frames.grid(
        document.frames.instantiate(get_template("journey_map"), 0, 0, language)
    )
    assert titles(grid.columns) == stages
    assert titles(grid.rows) == lanes
    feelings = grid.rows[2]
    assert feelings.data == {MOOD_LANE: True}
    marked = [cell for cell in grid.cells if MOOD in cell.data]
    assert [cell.row for cell in marked] == [2] * 6
    assert all(cell.data[MOOD] is None for cell in marked)


def test_emotion_marks_round_trip_and_are_checked(document: BoardDocument) -> None:
    frame_id = document.frames.instantiate(get_template("journey_map"), 0, 0)
    grid = document.frames.grid(frame_id)
    marks = [-1, -2, 0, -2, 2, 1]
    for col, mark in enumerate(marks):
        cell = grid.cell(2, col)
        assert cell is not None
        assert document.frames.set_mood(cell.id, mark) is None
    waiting = grid.cell(2, 3)
    assert waiting is not None
    assert document.frames.set_mood(waiting.id, -1) == -2
    with pytest.raises(ValueError):
        document.frames.set_mood(waiting.id, 3)
    other = grid.cell(0, 3)
    assert other is not None
    with pytest.raises(Exception, match="feelings lane"):
        document.frames.set_mood(other.id, 1)
    document = reopen(document)
    try:
        again = document.frames.grid(frame_id)
        assert [again.cell(2, c).data[MOOD] for c in range(6)] == [-1, -2, 0, -1, 2, 1]
    finally:
        document.close()


def test_idea_lists_default_to_three_groups_and_a_parking_lot(document: BoardDocument) -> None:
    grid = document.frames.grid(document.frames.instantiate(get_template("idea_lists"), 0, 0))
    assert titles(grid.columns) == ["Ryhmä 1", "Ryhmä 2", "Ryhmä 3", "Parkkipaikka"]
    assert grid.rows == ()
    assert [cell.key for cell in grid.cells] == ["group1", "group2", "group3", "parking_lot"]


def test_idea_lists_take_the_boards_groups(document: BoardDocument) -> None:
    names = ["Työnilon näkyväksi tekijät", "Innostujat", "Kiireen kesyttäjät", "Sámi: Čállit"]
    groups = GroupStore(document)  # the facilitation issue's store, also doc.groups
    group_ids = [groups.add(name) for name in names]
    grid = document.frames.grid(document.frames.instantiate(get_template("idea_lists"), 0, 0, "en"))
    assert titles(grid.columns) == [*names, "Parking lot"]
    assert [zone.key for zone in grid.columns[:4]] == [f"group-{i}" for i in group_ids]
    group = groups.get(group_ids[1])
    assert group is not None
    assert grid.columns[1].colour == group.colour


def test_experiment_wall_has_the_six_varkaus_themes(document: BoardDocument) -> None:
    grid = document.frames.grid(document.frames.instantiate(get_template("experiment_wall"), 0, 0))
    assert not grid.is_grid
    assert titles(grid.cells) == [
        "Innostajana työyhteisössä",
        "Hiljaisten asiakkaiden mukaan ottaminen",
        "Osallisuuden lisääminen",
        "Hiljaisen tiedon siirtyminen",
        "Sähköiset palvelut",
        "Ketterä kehittäminen",
    ]
    assert get_template("experiment_wall").card_kind == "experiment"


def test_templates_refuse_bad_data_when_defined() -> None:
    columns = (Band("a", Label("A", "A")),)
    with pytest.raises(ValueError, match="unique"):
        Template(
            "t", Label("T", "T"), Label("", ""), GridLayout(rows=(), columns=(*columns, *columns))
        )
    with pytest.raises(ValueError, match="colour"):
        Template(
            "t",
            Label("T", "T"),
            Label("", ""),
            GridLayout(rows=(), columns=(Band("a", Label("A", "A"), colour="red"),)),
        )
    with pytest.raises(ValueError, match="option"):
        Template(
            "t",
            Label("T", "T"),
            Label("", ""),
            GridLayout(rows=(), columns=(Band("a", Label("A", "A"), option="x"),)),
        )
    with pytest.raises(KeyError, match="dream_fear"):
        get_template("no such template")


def test_a_plan_needs_no_board() -> None:
    plan = plan_frame(get_template("journey_map"), 10, 20, "en")
    assert (plan.x, plan.y, plan.title) == (10, 20, "Journey map (service path)")
    assert len(plan.zones) == 6 + 5 + 30


def test_the_registry_lists_the_four_starters_in_menu_order() -> None:
    assert list(TEMPLATES) == ["dream_fear", "journey_map", "experiment_wall", "idea_lists"]
    for template in TEMPLATES.values():
        assert template.name.fi and template.name.en and template.name.fi != template.name.en
        assert template.description.fi and template.description.en
