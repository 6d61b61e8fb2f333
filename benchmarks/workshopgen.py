"""Build a board shaped like a real workshop, of about N notes, through the model API.

What Juva-style workshops put on the wall (see the shared workshop material): the three
grid templates (customer dreams and fears, journey map, group idea lists) repeated as many
times as the size asks, with notes in their cells; one experiment wall with one card per
participant (at most 60); a finished dot vote on every idea list; six groups, whose colours
the notes carry. Sets of templates sit in rows on the one canvas, roughly 16:9 overall.
"""

from __future__ import annotations

import math
import random
import time
from pathlib import Path

from benchmarks.boardgen import SEED, BoardSpec
from benchmarks.texts import note_text
from models.document import BoardDocument
from models.experiment import CARD_SIZE, new_card
from models.frame_types import is_cell
from models.palette import PALETTE
from models.records import NotePatch, ZoneData
from models.templates.starters import DREAM_FEAR, EXPERIMENT_WALL, IDEA_LISTS, JOURNEY_MAP

NOTES_PER_SET = 200
"""Notes one set of three templates holds: about 6 per dream/fear cell, 3 per journey-map cell,
8 per idea list; a set is one morning of one workshop."""
PER_CELL = {"dream_fear": 6, "journey_map": 3, "idea_lists": 8}
GROUPS = 6
FRAME_GAP = 400.0
SET_GAP = 800.0
NOTE_SIZE = 200.0
MAX_CARDS = 60
DOTS_PER_GROUP = 3


def card_count(notes: int) -> int:
    """One experiment card per participant: about one per hundred notes, 6 to 60."""
    return max(6, min(MAX_CARDS, notes // 100))


def _spots(zone: ZoneData, count: int) -> list[tuple[float, float, float]]:
    """(x, y, size) for ``count`` notes spread over a cell, overlapping as a full cell does,
    each note's centre well inside the cell."""
    size = min(NOTE_SIZE, zone.height - 40.0, zone.width - 40.0)
    columns = max(1, min(count, int((zone.width - 20) // (size * 0.6))))
    rows = math.ceil(count / columns)
    free_w = max(0.0, zone.width - 20 - size)
    free_h = max(0.0, zone.height - 20 - size)
    spots = []
    for index in range(count):
        row, col = divmod(index, columns)
        x = zone.x + 10 + (free_w * col / max(1, columns - 1) if columns > 1 else 0.0)
        y = zone.y + 10 + (free_h * row / max(1, rows - 1) if rows > 1 else 0.0)
        spots.append((x, y, size))
    return spots


def build_workshop_board(path: Path, count: int, seed: int = SEED) -> BoardSpec:
    """Write a workshop board of ``count`` notes (cards included) to ``path`` and close it."""
    rng = random.Random(seed + count)
    started = time.perf_counter()
    doc = BoardDocument.create(path, title=f"Työpaja, {count} lappua", language="fi")
    try:
        _fill(doc, count, rng)
        info = _extent(doc)
    finally:
        doc.close()
    elapsed = (time.perf_counter() - started) * 1000
    return BoardSpec(str(path), count, *info, round(elapsed, 1), path.stat().st_size)


def _fill(doc: BoardDocument, count: int, rng: random.Random) -> None:
    cards = min(count, card_count(count))
    sets = max(1, math.ceil((count - cards) / NOTES_PER_SET))
    with doc.write():
        group_ids = doc.groups.ensure_defaults("fi", GROUPS)
        colours = [PALETTE[name] for name in ("yellow", "green", "blue", "pink")]
        first = doc.frames.instantiate(EXPERIMENT_WALL, 0.0, 0.0)
        wall = doc.frames.get(first)
        assert wall is not None
        set_w, set_h = _set_size(doc)
        per_row = max(1, round(math.sqrt(sets * (set_h + SET_GAP) / (set_w + SET_GAP) * 16 / 9)))
        top = wall.y + wall.height + SET_GAP
        cells: list[tuple[str, ZoneData, int]] = []
        idea_frames: list[int] = []
        for index in range(sets):
            row, col = divmod(index, per_row)
            x = col * (set_w + SET_GAP)
            y = top + row * (set_h + SET_GAP)
            for template in (DREAM_FEAR, JOURNEY_MAP, IDEA_LISTS):
                frame_id = doc.frames.instantiate(template, x, y)
                frame = doc.frames.get(frame_id)
                assert frame is not None
                x += frame.width + FRAME_GAP
                if template is IDEA_LISTS:
                    idea_frames.append(frame_id)
                cells += [
                    (template.key, zone, doc.frames.zones(frame_id).index(zone))
                    for zone in doc.frames.zones(frame_id)
                    if is_cell(zone)
                ]
        patches = _cards(doc, first, cards, rng)
        patches += _notes(cells, count - len(patches), rng, colours, group_ids)
        doc.notes.add(patches)
        _votes(doc, idea_frames, group_ids, rng)


def _set_size(doc: BoardDocument) -> tuple[float, float]:
    """Width and height of one set of the three grid templates, measured on a scratch frame."""
    widths, heights = [], []
    with doc.write():
        for template in (DREAM_FEAR, JOURNEY_MAP, IDEA_LISTS):
            frame_id = doc.frames.instantiate(template, -1e6, -1e6)
            frame = doc.frames.get(frame_id)
            assert frame is not None
            widths.append(frame.width)
            heights.append(frame.height)
            doc.frames.remove(frame_id)
    return sum(widths) + FRAME_GAP * 2, max(heights)


def _cards(doc: BoardDocument, frame_id: int, cards: int, rng: random.Random) -> list[NotePatch]:
    zones = [zone for zone in doc.frames.zones(frame_id) if is_cell(zone)]
    width, height = CARD_SIZE
    patches: list[NotePatch] = []
    for index in range(cards):
        zone = zones[index % len(zones)]
        slot = index // len(zones)
        per_row = max(1, int((zone.width - 20) // (width + 20)))
        row, col = divmod(slot, per_row)
        x = zone.x + 20 + col * (width + 20)
        y = zone.y + 20 + (row % 3) * (height + 20) + row // 3 * 30
        card = new_card(
            x,
            y,
            owner=f"Osallistuja {index + 1}",
            problem=note_text(rng),
            expect=note_text(rng),
            **{"try": note_text(rng)},
        )
        patches.append({**card, "zone_id": zone.id})
    return patches


def _notes(
    cells: list[tuple[str, ZoneData, int]],
    count: int,
    rng: random.Random,
    colours: list[str],
    group_ids: list[int],
) -> list[NotePatch]:
    patches: list[NotePatch] = []
    for key, zone, _ in cells:
        if len(patches) >= count:
            break
        wanted = min(PER_CELL[key], count - len(patches))
        for x, y, size in _spots(zone, wanted):
            patches.append(
                {
                    "text": note_text(rng),
                    "colour": rng.choice(colours),
                    "x": x,
                    "y": y,
                    "width": size,
                    "height": size,
                    "zone_id": zone.id,
                    "group_id": rng.choice(group_ids),
                }
            )
    index = 0
    while len(patches) < count:  # a last set that is not full: the rest go to the first cells
        key, zone, _ = cells[index % len(cells)]
        x, y, size = _spots(zone, 1)[0]
        patches.append(
            {
                "text": note_text(rng),
                "colour": rng.choice(colours),
                "x": x + 15,
                "y": y + 15,
                "width": size,
                "height": size,
                "zone_id": zone.id,
                "group_id": rng.choice(group_ids),
            }
        )
        index += 1
    return patches


def _votes(
    doc: BoardDocument, idea_frames: list[int], group_ids: list[int], rng: random.Random
) -> None:
    """Every idea list had its vote: each group placed its dots, then the vote ended."""
    for frame_id in idea_frames:
        members = [
            note.id for note in doc.frames.notes_in(zone.id for zone in doc.frames.zones(frame_id))
        ]
        if not members:
            continue
        vote_id = doc.votes.start("Mitä kokeillaan?", budget=DOTS_PER_GROUP, frame_id=frame_id)
        for group_id in group_ids:
            for _ in range(DOTS_PER_GROUP):
                doc.votes.place_dot(vote_id, rng.choice(members), group_id)
        doc.votes.end(vote_id)


def _extent(doc: BoardDocument) -> tuple[float, float, float, float]:
    rects = [(f.x, f.y, f.x + f.width, f.y + f.height) for f in doc.frames.all()]
    rects += [(n.x, n.y, n.x + n.width, n.y + n.height) for n in doc.notes.all()]
    return (
        min(r[0] for r in rects),
        min(r[1] for r in rects),
        max(r[2] for r in rects),
        max(r[3] for r in rects),
    )
