"""The cells under many points at once (a duplicate's or a drag's 5,000 notes) are the cells
:meth:`zone_at` finds one point at a time: edges, overlapping frames, loose points."""

from __future__ import annotations

from models.document import BoardDocument
from models.frame_types import is_cell
from models.templates import get_template


def _points(document: BoardDocument) -> dict[int, tuple[float, float]]:
    """Points on every cell's corners, edges and middle, and between and beyond the frames."""
    points: list[tuple[float, float]] = [(-5000.0, -5000.0), (99999.0, 3.0)]
    for frame in document.frames.all():
        for zone in document.frames.zones(frame.id):
            if not is_cell(zone):
                continue
            right, bottom = zone.x + zone.width, zone.y + zone.height
            for x in (zone.x - 0.5, zone.x, zone.x + zone.width / 2, right - 0.01, right):
                for y in (zone.y - 0.5, zone.y, zone.y + zone.height / 2, bottom - 0.01, bottom):
                    points.append((x, y))
    return dict(enumerate(points))


def test_zones_under_equal_zone_at_point_by_point(document: BoardDocument) -> None:
    document.frames.instantiate(get_template("experiment_wall"), 0.0, 0.0)
    document.frames.instantiate(get_template("dream_fear"), 300.0, 200.0)  # over the wall
    document.frames.instantiate(get_template("dream_fear"), 0.0, 4000.0)
    points = _points(document)
    under = document.frames.zones_under(points)
    expected = {key: document.frames.zone_at(x, y) for key, (x, y) in points.items()}
    assert under == expected
    assert list(under) == list(points)
    found = set(under.values())
    assert None in found and len(found) > 10, "points in many cells and in none"


def test_zones_under_without_frames_is_no_cell(document: BoardDocument) -> None:
    points = {7: (0.0, 0.0), 3: (120.5, -40.0)}
    assert document.frames.zones_under(points) == {7: None, 3: None}
    assert document.frames.zones_under({}) == {}
