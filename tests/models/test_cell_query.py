"""The cells under a point, asked through the driver directly (models.membership), give what
the same SQL gives through SQLAlchemy: every placeholder gets its own value."""

from __future__ import annotations

from sqlalchemy import text

from models.document import BoardDocument
from models.frame_types import is_cell
from models.membership import _CELLS_IN_AREA, Membership
from models.templates.plan import HEADER
from models.templates.starters import DREAM_FEAR, IDEA_LISTS, JOURNEY_MAP


def _through_sqlalchemy(document: BoardDocument, x: float, y: float) -> int | None:
    area = {"left": x, "top": y, "right": x, "bottom": y, "header": HEADER}
    with document.read() as conn:
        rows = conn.execute(text(_CELLS_IN_AREA), area)
        cells = [(int(i), cx, cy, w, h) for i, cx, cy, w, h in rows]
    return Membership._under(cells, x, y)


def test_the_driver_query_finds_the_cells_sqlalchemy_finds(document: BoardDocument) -> None:
    document.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    document.frames.instantiate(JOURNEY_MAP, 900.0, 300.0)  # overlaps the first
    document.frames.instantiate(IDEA_LISTS, -2500.0, -800.0)
    found: list[int | None] = []
    for x in range(-2600, 4000, 97):
        for y in range(-900, 3000, 89):
            expected = _through_sqlalchemy(document, float(x), float(y))
            assert document.frames.zone_at(float(x), float(y)) == expected, (x, y)
            found.append(expected)
    assert len({z for z in found if z is not None}) > 20, "the points reach many cells"
    assert None in found, "and places outside every frame"
    lower, upper = sorted(document.frames.all()[:2], key=lambda f: (f.z, f.id))
    shared = [
        z
        for z in document.frames.zones(upper.id)
        if is_cell(z)
        and lower.x < z.x + z.width / 2 < lower.x + lower.width
        and lower.y < z.y + z.height / 2 < lower.y + lower.height
    ]
    assert shared, "the frames overlap in a cell"
    for zone in shared:
        centre = (zone.x + zone.width / 2, zone.y + zone.height / 2)
        assert document.frames.zone_at(*centre) == zone.id, "the topmost frame wins"
