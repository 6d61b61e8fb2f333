"""What the projector shows over the board: a stop's reading pages and caption, the banner
while groups write with texts hidden, high contrast and the vote's dots.

Functions of the facilitator's remote (:class:`ui.presenter_control.PresenterControl`); each
does nothing while the projector is closed, except saying in the status bar that texts are
hidden or shown again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from canvas.stops import ZONE, Stop

if TYPE_CHECKING:
    from ui.presenter_control import PresenterControl


def show_reading(control: PresenterControl, stop: Stop | None) -> None:
    if control.presenter is None:
        return
    pages = control.plan(stop) if stop is not None and not control.follow.isChecked() else None
    page = pages[min(stop.page, len(pages) - 1)] if pages and stop is not None else None
    control.presenter.reading.high_contrast = control.contrast.isChecked()
    control.presenter.reading.hide_text = control.hide_texts.isChecked()
    control.presenter.show_reading(page)


def show_caption(control: PresenterControl, stop: Stop | None) -> None:
    if control.presenter is None:
        return
    reading = stop is not None and control.plan(stop) is not None
    if stop is None or control.follow.isChecked() or (stop.kind != ZONE and not reading):
        control.presenter.set_caption("")  # the wall shows a frame's own title
    else:
        control.presenter.set_caption(control.stop_label(stop))


def set_texts_hidden(control: PresenterControl, hidden: bool) -> None:
    if control.presenter is not None:
        control.presenter.view.set_text_hidden(hidden)
        control.presenter.reading.hide_text = hidden
        control.presenter.reading.update()
    show_banners(control)
    control.room.status(
        QCoreApplication.translate("PresenterControl", "Texts are hidden on the projector")
        if hidden
        else QCoreApplication.translate("PresenterControl", "Texts are shown on the projector"),
        4000,
    )


def set_high_contrast(control: PresenterControl, on: bool) -> None:
    if control.presenter is not None:
        control.presenter.view.set_high_contrast(on)
        control.presenter.reading.high_contrast = on
        control.presenter.reading.update()


def show_banners(control: PresenterControl) -> None:
    if control.presenter is None:
        return
    control.presenter.set_banner(
        "hidden",
        QCoreApplication.translate("PresenterControl", "Groups are writing — texts appear soon")
        if control.hide_texts.isChecked()
        else None,
    )
    control.room.votes.show_on_presenter(control.presenter)
