"""Python's cycle collector kept out of the way while a board's scene is built.

Building the scene of a big board makes hundreds of thousands of long-lived objects (items,
rows, rectangles). Meanwhile the collector would scan the growing heap again and again: a
sixth of opening 5,000 notes and a quarter of 20,000. It is paused while the scene is built,
and what was built is then moved out of its sight (:func:`gc.freeze`), so a full collection
later, in the middle of a drag, does not walk every note either. Closing the board gives the
objects back to the collector, so cycles among them are still freed.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


def release() -> None:
    """The built objects may be collected again (a board closes)."""
    gc.unfreeze()
