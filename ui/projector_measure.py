"""What the projector shows now, measured: on-screen text heights and painted rectangles.

One answer for the tests, the legibility benchmark and anyone asking "can the back row read
this stop?": a reading page reports its own sizes (screen pixels already); the wall reports
what its items draw at the view's scale (text smaller than the projector's minimum is not
drawn there at all, so it is not "shown").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from canvas import look
from canvas.legibility import Seen, wall_seen

if TYPE_CHECKING:
    from ui.presenter_control import PresenterControl


def shown_text(control: PresenterControl) -> Seen:
    presenter = control.presenter
    seen = Seen()
    if presenter is None:
        return seen
    if presenter.ranking_shown():
        seen.headers = [float(px) for px in presenter.ranking.text_px]
        return seen
    stop = control.current_stop()
    pages = control.plan(stop) if stop is not None else None
    if pages and stop is not None:
        page = pages[min(stop.page, len(pages) - 1)]
        seen.notes = [float(px) for px in page.note_px()]
        seen.headers = [float(px) for px in page.heading_px()]
        seen.note_ids = {card.note.id for card in page.cards if card.lines is not None}
        seen.rects = [QRectF(rect) for rect in page.rects()]
        return seen
    view = presenter.view
    scene = view.board_scene()
    scale = view.transform().m11()
    visible = presenter.visible_scene_rect()
    minimum = view.look.min_text_px
    with look.painting_with(view.look):
        if view.uses_blocks():
            for _kind, rect, px in scene.frames.far_text_rects(scale):
                if rect.intersects(visible):
                    seen.headers.append(px)
                    seen.rects.append(view.mapFromScene(rect).boundingRect().toRectF())
            return seen
        wall = wall_seen(scene, visible, scale, minimum)
    seen.notes = [px for px in wall.notes if px >= minimum]
    seen.headers = [px for px in wall.headers if px >= minimum]
    seen.note_ids = wall.note_ids
    return seen
