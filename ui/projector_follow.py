""" "Show My View": the projector follows every scroll and zoom of one laptop view."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from canvas.view import BoardView

if TYPE_CHECKING:
    from canvas.projector_view import ProjectorView


class ViewFollower:
    """Connects a view's scroll bars and zoom to ``follow`` while on; one view at a time."""

    def __init__(self, follow: Callable[..., None]) -> None:
        self._follow = follow
        self.view: BoardView | None = None

    def set_on(self, view: BoardView | None, on: bool) -> None:
        view = view if on else self.view
        if view is None or (view is self.view) == on:
            return
        signals = (
            view.horizontalScrollBar().valueChanged,
            view.verticalScrollBar().valueChanged,
            view.zoomChanged,
        )
        for signal in signals:
            if on:
                signal.connect(self._follow)
            else:
                signal.disconnect(self._follow)
        self.view = view if on else None


def show_view(projector: ProjectorView, view: BoardView) -> None:
    """The projector shows at once what ``view`` shows (zoomed in at most 400 %)."""
    from canvas.fly import visible_rect

    projector.flight.fly_to(visible_rect(view), margin_px=0, max_scale=4.0, animate=False)
