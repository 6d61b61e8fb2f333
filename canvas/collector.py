"""Python's cycle collector kept out of the way while a board's scene is built.

Building the scene of a big board makes hundreds of thousands of long-lived objects (items,
rows, rectangles). Meanwhile the collector would scan the growing heap again and again: a
sixth of opening 5,000 notes and a quarter of 20,000. It is paused while the scene is built,
and what was built is then moved out of its sight (:func:`gc.freeze`), so a full collection
later, in the middle of a drag, does not walk every note either. Closing the board gives the
objects back to the collector, so cycles among them are still freed.

The window does the same for what a shown board makes after it opened
(:mod:`ui.board_heap`: :func:`freeze` once the board has settled, :func:`release` when it
closes); both are this module's two calls.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(then_freeze: bool = True) -> Iterator[None]:
    """No collection inside; afterwards what is alive is frozen (``then_freeze``: a build that
    continues in slices freezes once, when it ends, so garbage made between slices is still
    collected)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if then_freeze:
                freeze()
            gc.enable()


def freeze() -> None:
    """Every object alive now is left out of later collections (until :func:`release`)."""
    gc.freeze()


def release() -> None:
    """The built objects may be collected again (a board closes)."""
    gc.unfreeze()
