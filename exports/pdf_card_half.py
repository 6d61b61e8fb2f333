"""One half of an experiment card ("before" or "after") drawn as a single flowable.

It looks like the ReportLab ``Table`` it replaces (a shaded title row across both columns,
then one row per field: its label at 30 % of the width, its value or room to write by hand;
a box around it and a rule between the fields), but it is measured and drawn in one pass: a
table of six small cells cost about 2 ms to wrap and draw, most of a small handout's card
pages. A half too tall for what is left of the page is split exactly as that table would be
(:meth:`CardHalf.split` hands the work to it), which only happens with very long answers.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Table

PAD_X = 6.0
PAD_Y = 5.0
BOX_WIDTH = 0.8
RULE_WIDTH = 0.4


class CardHalf(Flowable):
    """``title`` spans the width on ``fill``; each row is (label, value or None, height or
    None): a None value leaves the row empty at its fixed height (room to write)."""

    def __init__(
        self,
        title: Flowable,
        rows: list[tuple[Flowable, Flowable | None, float | None]],
        width: float,
        fill: Color,
        rule: Color,
        as_table: Callable[[], Table],
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as a Table narrower than its frame
        self.title, self.rows, self.fill, self.rule = title, rows, fill, rule
        self.columns = (width * 0.3, width * 0.7)
        self.total_width = width
        self.as_table = as_table
        self.heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        left, right = (column - 2 * PAD_X for column in self.columns)
        heights = [self.title.wrap(self.total_width - 2 * PAD_X, 1e9)[1] + 2 * PAD_Y]
        for label, value, fixed in self.rows:
            label_height = label.wrap(left, 1e9)[1]
            value_height = value.wrap(right, 1e9)[1] if value is not None else 0.0
            heights.append(
                fixed if fixed is not None else max(label_height, value_height) + 2 * PAD_Y
            )
        self.heights = heights
        self.width, self.height = self.total_width, sum(heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.height <= availHeight:
            return [self]
        found: list[Flowable] = self.as_table().split(availWidth, availHeight)
        return found

    def draw(self) -> None:
        canv, heights, width = self.canv, self.heights, self.total_width
        top = self.height
        canv.saveState()
        canv.setFillColor(self.fill)
        canv.rect(0, top - heights[0], width, heights[0], stroke=0, fill=1)
        canv.setStrokeColor(self.rule)
        canv.setLineWidth(RULE_WIDTH)
        y = top - heights[0]
        for height in heights[1:-1]:
            y -= height
            canv.line(0, y, width, y)
        canv.setLineWidth(BOX_WIDTH)
        canv.rect(0, 0, width, top, stroke=1, fill=0)
        canv.restoreState()
        self.title.drawOn(canv, PAD_X, top - PAD_Y - self.title.height)
        y = top - heights[0]
        value_x = self.columns[0] + PAD_X
        for (label, value, _), height in zip(self.rows, heights[1:], strict=True):
            label.drawOn(canv, PAD_X, y - PAD_Y - label.height)
            if value is not None:
                value.drawOn(canv, value_x, y - PAD_Y - value.height)
            y -= height
