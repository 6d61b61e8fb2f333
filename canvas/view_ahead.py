"""Note texts around a resting view laid out ahead, so a pan shows them without laying out.

A pan step at 100 % reveals a strip with a handful of notes; fitting each one's text costs
0.3–1 ms (text shaping), most of a pan step's work. What a pan reveals next lies just beyond
the view's edges, so once a view has not painted for :data:`AFTER_MS` (the board at rest, or
a pause in the pan) the notes within :data:`MARGIN` viewports around it have their texts
fitted, nearest first, in slices of :data:`SLICE_SECONDS` per event-loop turn; a paint of the
view stops the work until the next pause. Nothing is drawn: a note outside the view has no
pixels to update, and the scene keeps at most ``layout_queue.KEPT_LAYOUTS`` layouts anyway.
"""

from __future__ import annotations

import time
import weakref
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer

from canvas import style
from canvas.note_item import NoteItem

if TYPE_CHECKING:
    from canvas.scene import BoardScene
    from canvas.view_glide import GlidingView

AFTER_MS = 60
"""The view has not painted for this long: work ahead may start."""
SLICE_SECONDS = 0.003
"""Layout per event-loop turn (at least one note): input and frames are never kept waiting
longer."""
MARGIN = 0.75
"""How far around the view texts are laid out ahead, in viewports beyond each edge."""
MOST = 800
"""At most this many notes ahead (well inside the layouts a scene keeps)."""


class TextAhead(QObject):
    """Lays out the texts of the notes around ``view`` while it rests."""

    def __init__(self, view: GlidingView) -> None:
        super().__init__(view)
        self._view = weakref.ref(view)  # no cycle: the view is freed by reference counting
        self._waiting: list[NoteItem] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._work)
        self.laid_out = 0
        """Texts laid out ahead since the view was made (for tests)."""
        self._nothing_at: tuple[object, ...] | None = None
        """Where the last look around found nothing to lay out: the same view of the same
        notes is not searched again after each paint (a search costs ~5 ms on a crowded
        frame, and sixty phones writing make the view paint after every note)."""
        self.searched = 0
        """Searches around the view made (for tests)."""

    def painted(self) -> None:
        """The view painted: what lies around it is worked out again after a pause."""
        self._waiting = []
        self._timer.start(AFTER_MS)

    def pending(self) -> int:
        return len(self._waiting)

    def resting(self) -> bool:
        """Nothing waiting to be laid out and no look around due (for tests)."""
        return not self._waiting and not self._timer.isActive()

    def _work(self) -> None:
        if not self._waiting:
            self._waiting = self._around()
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._waiting:
            item = self._waiting.pop()
            if item.fitted is None and item.scene() is not None:
                item.text_ready()  # no frame is open: lays the text out now
                self.laid_out += 1
                if time.perf_counter() >= deadline:
                    break
        if self._waiting:
            self._timer.start(0)

    def _around(self) -> list[NoteItem]:
        """The notes around the view still to be laid out, farthest first (taken from the
        end); none where the view draws no text (far out, crowded, zooming or typing)."""
        view = self._view()
        if view is None:
            return []
        scale = view.scale_factor()
        if (
            not view.isVisible()
            or view.zooming
            or view.is_editing()
            or scale < style.TEXT_LOD
            or not view.draws_text_at(scale)
        ):
            return []
        rect = view.viewport().rect()
        shown = view.mapToScene(rect).boundingRect()
        scene = cast("BoardScene", view.scene())
        at = (scale, shown.getRect(), scene.far_cache().revision, scene.note_count())
        if at == self._nothing_at:
            return []
        self.searched += 1
        dx, dy = shown.width() * MARGIN, shown.height() * MARGIN
        area = shown.adjusted(-dx, -dy, dx, dy)
        centre = shown.center()
        found = [
            item
            for item in scene.items(area)
            if isinstance(item, NoteItem) and item.fitted is None and item.note.text.strip()
        ]
        found.sort(key=lambda item: _distance(item.scene_rect(), centre), reverse=True)
        self._nothing_at = None if found else at
        return found[-MOST:]


def _distance(rect: QRectF, centre: QPointF) -> float:
    return (rect.center() - centre).manhattanLength()
