"""Quick-entry placement: beside the last note, never on top of another."""

from __future__ import annotations

from models.placement import next_free_slot, overlaps


def test_slots_fill_a_zone_in_reading_order_without_overlap() -> None:
    area = (0.0, 0.0, 700.0, 500.0)
    placed: list[tuple[float, float, float, float]] = []
    for _ in range(7):
        x, y = next_free_slot(area, placed, (200.0, 200.0))
        rect = (x, y, 200.0, 200.0)
        assert not any(overlaps(rect, other) for other in placed)
        placed.append(rect)
    assert [p[:2] for p in placed[:4]] == [(16, 16), (232, 16), (448, 16), (16, 232)]
    assert placed[6][1] > 400  # the third row spills below the zone rather than overlapping


def test_a_note_already_in_the_way_is_skipped() -> None:
    blocker = (20.0, 20.0, 150.0, 150.0)
    assert next_free_slot((0, 0, 700, 500), [blocker], (200, 200)) == (232, 16)


def _first_free_by_brute_force(
    area: tuple[float, float, float, float],
    taken: list[tuple[float, float, float, float]],
    size: tuple[float, float],
    gap: float,
    top_margin: float,
) -> tuple[float, float]:
    """The rule spelled out slot by slot, every slot against every note."""
    x0, y0, width, _ = area
    w, h = size
    columns = max(1, int((width - gap) // (w + gap)))
    row = 0
    while True:
        y = y0 + top_margin + gap + row * (h + gap)
        for column in range(columns):
            candidate = (x0 + gap + column * (w + gap), y, w, h)
            if not any(overlaps(candidate, other) for other in taken):
                return candidate[0], y
        row += 1


def test_rows_found_by_index_give_the_same_slot_as_trying_every_note() -> None:
    import random

    rng = random.Random(13)
    for trial in range(300):
        area = (rng.uniform(-500, 500), rng.uniform(-500, 500), rng.uniform(150, 900), 400.0)
        size = (rng.choice([120.0, 200.0, 260.0]), rng.choice([120.0, 200.0, 180.0]))
        gap, margin = rng.choice([0.0, 16.0, 24.0]), rng.choice([0.0, 40.0])
        taken = [
            (
                area[0] + rng.uniform(-100, area[2]),
                area[1] + rng.uniform(-300, 1500),
                rng.uniform(20, 400),
                rng.uniform(20, 400),
            )
            for _ in range(rng.randint(0, 40))
        ]
        expected = _first_free_by_brute_force(area, taken, size, gap, margin)
        assert next_free_slot(area, taken, size, gap, margin) == expected, trial


def test_a_note_with_no_usable_place_is_in_nobodys_way() -> None:
    nan, inf = float("nan"), float("inf")
    odd = [(nan, nan, 200.0, 200.0), (0.0, inf, 200.0, 200.0), (0.0, -inf, 10.0, inf)]
    assert next_free_slot((0, 0, 700, 500), odd, (200, 200)) == (16, 16)


def test_slots_taken_one_after_another_match_the_rule_each_time() -> None:
    from models.placement import Slots

    area, size = (0.0, 0.0, 700.0, 400.0), (200.0, 200.0)
    blockers = [(250.0, 30.0, 100.0, 100.0), (10.0, 700.0, 650.0, 20.0)]
    slots = Slots(area, blockers, size)
    placed = list(blockers)
    for _ in range(12):
        expected = next_free_slot(area, placed, size)
        assert slots.take() == expected
        placed.append((*expected, *size))
