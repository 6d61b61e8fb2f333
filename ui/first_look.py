"""The example board's first look: its first frame, at a zoom where note text reads.

A newcomer's first sight of the product is the example board. Fitted whole it opens at ~11 %
with no note text and headers squeezed together; fitted to its first frame, the notes are
still ~9 px on a laptop. So the laptop shows the first frame (the top-left one, where the
workshop starts) and zooms in further, anchored at the frame's top-left corner, until the
typical note's text is :data:`READABLE_PX` high.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from canvas import zoom
from canvas.note_item import NoteItem

if TYPE_CHECKING:
    from ui.main_window import MainWindow

READABLE_PX = 14.0


def show_first_frame(window: MainWindow) -> None:
    doc, view, scene = window.document, window.view, window.scene
    if doc is None or view is None or scene is None or view.is_editing():
        return
    frames = doc.frames.all()
    if not frames:
        return
    first = min(frames, key=lambda f: (round(f.y / 400.0), f.x))
    rect = QRectF(first.x, first.y, first.width, first.height)
    view.zoom_to_rect(rect)
    sizes = [
        item.ensure_fit().pixel_size
        for item in scene.items(rect)
        if isinstance(item, NoteItem) and item.note.text.strip()
    ]
    if not sizes:
        return
    sizes.sort()
    middle = len(sizes) // 2
    # The median, as statistics.median has it (that module and fractions cost ~10 ms to import)
    median = sizes[middle] if len(sizes) % 2 else (sizes[middle - 1] + sizes[middle]) / 2
    scale = view.transform().m11()
    if median * scale >= READABLE_PX:
        return
    wanted = min(READABLE_PX / median, 1.0)
    zoom.set_scale(view, wanted)
    margin = 24.0 / wanted
    corner = view.mapToScene(view.viewport().rect()).boundingRect()
    view.centerOn(
        rect.left() - margin + corner.width() / 2.0, rect.top() - margin + corner.height() / 2.0
    )
    view.zoomChanged.emit(wanted)
