"""The far view's notes in their stacking order, and those lying exactly under another.

A cell that phones keep writing into after it is full stacks its notes on its slots (see
:mod:`models.cell_slots`): a few layers a step apart, then note on note at exactly the same
place. The far view's colour batches (:mod:`canvas.far_view`) draw every block of one colour
at once, so in such a cell the colour drawn last covered the others, and the marks drawn
over the blocks (a vote's dots) showed for every note, also those lying under other notes:
not what the notes drawn one by one show, and a few hundred marks to draw each frame.

:class:`Places` knows which notes share each exact box. A note is *buried* while another
note of the same box lies above it (a higher z): its block is covered whole, so the far view
leaves it out, block and marks. Where at most :data:`ORDERED_MOST` notes in sight are not
buried, :func:`in_order` gives them bottom to top and the far view draws them one by one in
that order (runs of one colour in one call), each note's marks right after its block, as
the notes drawn one by one stack them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

Box = tuple[float, float, float, float]

ORDERED_MOST = 1500
"""Notes in sight (not buried) drawn one by one in stacking order at most; more than that are
notes a few pixels wide (far out on a big board), drawn in colour batches."""
SCANNED_MOST = 12_000
"""Notes in an area looked at for :func:`in_order` at most (a full cell's buried notes
included); past that the colour batches are drawn without looking further."""


Entry = tuple[int, Box, float, QRectF]
"""What :class:`canvas.far_view.FarCache` keeps of a note: colour key, box, z, rectangle."""


class Places:
    """The notes of each exact box (left, top, right, bottom) and which of them are buried.
    A box holding one note (most boards) keeps just its id; a stacked box its notes' z, and
    its notes but the top one are in :attr:`buried`, worked out again when it changes."""

    __slots__ = ("_known", "at", "buried")

    def __init__(self, known: dict[int, Entry]) -> None:
        self._known = known
        """The far view's entries (:class:`canvas.far_view.FarCache`): a note's z as known
        before this change, for the one note of a box a second joins."""
        self.at: dict[Box, int | dict[int, float]] = {}
        """Per box its note's id, or its notes' z by id (read and written directly by
        :meth:`canvas.far_view.FarCache.put_many` for a lone note, the common case)."""
        self.buried: set[int] = set()
        """Ids of the notes another note of the same box lies above (of equal z the later
        note, as Qt stacks items added later)."""

    def put(self, note_id: int, box: Box, z: float) -> None:
        """A note now lies at ``box`` with ``z`` (taken from another box first by the caller,
        with :meth:`drop`)."""
        found = self.at.get(box)
        if found is None:
            self.at[box] = note_id
            return
        if isinstance(found, int):
            if found == note_id:
                return  # alone in its box: its z changes nothing
            found = self.at[box] = {found: self._known[found][2]}
        found[note_id] = z
        self._restack(found)

    def drop(self, note_id: int, box: Box) -> None:
        found = self.at.get(box)
        if found is None:
            return
        if isinstance(found, int):
            if found == note_id:
                del self.at[box]
            return
        if found.pop(note_id, None) is None:
            return
        self.buried.discard(note_id)
        if len(found) == 1:
            (alone,) = found
            self.buried.discard(alone)
            self.at[box] = alone
        else:
            self._restack(found)

    def clear(self) -> None:
        self.at.clear()
        self.buried.clear()

    def _restack(self, notes: dict[int, float]) -> None:
        top = max(notes, key=lambda i: (notes[i], i))
        buried = self.buried
        for note_id in notes:
            if note_id == top:
                buried.discard(note_id)
            else:
                buried.add(note_id)


def in_order(
    entries: dict[int, Entry], places: Places, ids: Iterable[int], colour_of: dict[int, QColor]
) -> list[tuple[int, QColor, QRectF]] | None:
    """The notes of ``ids`` not buried, bottom to top, as (id, colour, rectangle); None when
    more than :data:`ORDERED_MOST` of them are (then colour batches)."""
    buried = places.buried
    shown: list[tuple[float, int, int, QRectF]] = []
    for note_id in ids:
        if note_id in buried:
            continue
        entry = entries.get(note_id)
        if entry is None:
            continue
        shown.append((entry[2], note_id, entry[0], entry[3]))
        if len(shown) > ORDERED_MOST:
            return None
    shown.sort(key=lambda found: (found[0], found[1]))
    return [(note_id, colour_of[key], rect) for _, note_id, key, rect in shown]


class Marks(Protocol):
    """The look's marks over notes' blocks (a vote's dots, a highlight)."""

    def has(self, note_id: int) -> bool:
        """Whether the note shows any (its block then cannot join a batch)."""
        ...

    def paint(self, painter: QPainter, note_id: int) -> None:
        """Draw them over its block (painter in scene units; its state left as found)."""
        ...


def paint_in_order(
    painter: QPainter, ordered: list[tuple[int, QColor, QRectF]], marks: Marks | None
) -> None:
    """Draw ``ordered`` (see :func:`in_order`) bottom to top: runs of one colour in one call,
    a note with marks on its own with its marks right after its block."""
    painter.setPen(Qt.PenStyle.NoPen)
    run: list[QRectF] = []
    run_colour: QColor | None = None
    for note_id, colour, rect in ordered:
        if colour is not run_colour:
            if run:
                painter.drawRects(run)
                run = []
            painter.setBrush(colour)
            run_colour = colour
        if marks is None or not marks.has(note_id):
            run.append(rect)
            continue
        if run:
            painter.drawRects(run)
            run = []
        painter.drawRect(rect)
        marks.paint(painter, note_id)
    if run:
        painter.drawRects(run)
