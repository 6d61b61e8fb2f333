"""Python's cycle collector held off while Pajalauta starts, until the board is shown.

Starting imports some 500 modules and builds the window and the board's scene: hundreds of
thousands of objects that all live as long as the process (classes, functions, Qt wrappers,
the board's items). Meanwhile the collector would run hundreds of young collections and at
least one full one over the growing heap, finding nothing to free: some 5–8 % of a cold
start. It is held from the first line of ``main`` until the first board is on screen; then
what is alive is moved out of its sight (:func:`gc.freeze`, as :mod:`canvas.collector` does
after building a scene) and it runs again as usual. The few hundred objects of cyclic
garbage that start leaves (measured: some 550 of 124,000 frozen, a few tens of kilobytes)
stay with the frozen heap until the board closes (:mod:`ui.board_heap` thaws it); collecting
them first would cost the full collection this module saves.

This module imports nothing but :mod:`gc`, so holding costs nothing before the imports.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """No collections from now until :func:`release` (call before the heavy imports)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def held() -> bool:
    return _held


def release(freeze: bool = True) -> None:
    """Start is over: freeze what start made (``freeze``) and let the collector run again.
    Does nothing unless :func:`hold` switched the collector off (tests and scripts keep
    theirs), so it is safe on every way out of ``main``."""
    global _held
    if not _held:
        return
    _held = False
    if freeze:
        gc.freeze()
    gc.enable()


def release_after_first_frame() -> None:
    """:func:`release` once the event loop has shown what is on screen (posted paints run
    before a zero timer)."""
    if not _held:
        return
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, release)
