"""Fill a board with the four starter templates and what real workshops wrote in them, so a
first start shows a board in use rather than an empty wall."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.experiment import FIELD_KEYS, new_card
from models.groups import GroupStore
from models.palette import PALETTE
from models.records import NotePatch
from models.templates import demo_texts as texts
from models.templates.plan import cell_key
from models.templates.starters import (
    DREAM_FEAR,
    EXPERIMENT_WALL,
    IDEA_LISTS,
    JOURNEY_MAP,
    WHO_OPTION,
)

if TYPE_CHECKING:
    from models.document import BoardDocument

NOTE_COLOUR = {
    "who": PALETTE["yellow"],
    "dreams": PALETTE["green"],
    "goal": PALETTE["blue"],
    "fear": PALETTE["pink"],
}
DREAM_FEAR_AT = (0.0, 0.0)
IDEA_LISTS_AT = (3400.0, 0.0)
JOURNEY_MAP_AT = (0.0, 2560.0)
EXPERIMENT_WALL_AT = (3400.0, 1520.0)


@dataclass(frozen=True, slots=True)
class DemoFrames:
    dream_fear: int
    idea_lists: int
    journey_map: int
    experiment_wall: int


def populate_demo(doc: BoardDocument, language: str = "fi") -> DemoFrames:
    """Insert the four templates with real notes in their cells, in one transaction.

    A board without groups gets the three Juva groups (their idea lists become the idea
    columns); a board with groups keeps them and their first three get the Juva ideas.
    """
    with doc.write():
        groups = _juva_groups(doc)
        frames = DemoFrames(
            _dream_fear(doc, language),
            _idea_lists(doc, language, groups),
            _journey_map(doc, language),
            _experiment_wall(doc, language),
        )
    return frames


def _cells_by_key(doc: BoardDocument, frame_id: int) -> dict[str, int]:
    return {zone.key: zone.id for zone in doc.frames.grid(frame_id).cells}


def _fill(doc: BoardDocument, zone_id: int, patches: list[NotePatch]) -> list[int]:
    """Add notes to a cell and tidy it, so they sit in a neat grid inside it."""
    zone = doc.frames.zone(zone_id)
    assert zone is not None
    for index, patch in enumerate(patches):
        patch["x"] = zone.x + 20 + index * 8
        patch["y"] = zone.y + 80 + index * 8
        patch["zone_id"] = zone_id
    ids = doc.notes.add(patches)
    doc.frames.tidy(zone_id)
    return ids


def _dream_fear(doc: BoardDocument, language: str) -> int:
    x, y = DREAM_FEAR_AT
    frame_id = doc.frames.instantiate(DREAM_FEAR, x, y, language, {WHO_OPTION: True})
    cells = _cells_by_key(doc, frame_id)
    for segment, headings in texts.DREAM_FEAR.items():
        for heading, labels in headings.items():
            _fill(
                doc,
                cells[cell_key(segment, heading)],
                [
                    {"text": label.text(language), "colour": NOTE_COLOUR[heading]}
                    for label in labels
                ],
            )
    return frame_id


def _juva_groups(doc: BoardDocument) -> list[tuple[int, str]]:
    store = GroupStore(doc)
    if not store.all():
        for name, _ideas in texts.GROUP_IDEAS:
            store.add(name)
    return [(group.id, group.colour) for group in store.all()]


def _idea_lists(doc: BoardDocument, language: str, groups: list[tuple[int, str]]) -> int:
    x, y = IDEA_LISTS_AT
    frame_id = doc.frames.instantiate(IDEA_LISTS, x, y, language)
    cells = _cells_by_key(doc, frame_id)
    for (group_id, colour), (_name, ideas) in zip(groups, texts.GROUP_IDEAS, strict=False):
        _fill(
            doc,
            cells[f"group-{group_id}"],
            [
                {"text": idea.text(language), "colour": colour, "group_id": group_id}
                for idea in ideas
            ],
        )
    return frame_id


def _journey_map(doc: BoardDocument, language: str) -> int:
    x, y = JOURNEY_MAP_AT
    frame_id = doc.frames.instantiate(JOURNEY_MAP, x, y, language)
    doc.frames.rename_frame(frame_id, texts.JOURNEY_TITLE.text(language))
    cells = _cells_by_key(doc, frame_id)
    by_cell: dict[str, list[NotePatch]] = {}
    for lane, stage, label in texts.JOURNEY_NOTES:
        by_cell.setdefault(cell_key(lane, stage), []).append({"text": label.text(language)})
    for key, patches in by_cell.items():
        _fill(doc, cells[key], patches)
    grid = doc.frames.grid(frame_id)
    for col, mood in enumerate(texts.JOURNEY_MOODS):
        cell = grid.cell(2, col)
        assert cell is not None
        doc.frames.set_mood(cell.id, mood)
    return frame_id


def _experiment_wall(doc: BoardDocument, language: str) -> int:
    x, y = EXPERIMENT_WALL_AT
    frame_id = doc.frames.instantiate(EXPERIMENT_WALL, x, y, language)
    themes = {zone.title: zone.id for zone in doc.frames.grid(frame_id).cells}
    for card in texts.EXPERIMENT_CARDS:
        values = {key: card[key].text(language) for key in FIELD_KEYS if key in card}
        zone_id = themes[values["theme"]]
        _fill(doc, zone_id, [new_card(0.0, 0.0, **values)])
    return frame_id
