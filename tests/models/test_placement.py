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
