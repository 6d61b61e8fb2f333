"""Python's cycle collector kept out of the way while a handout is laid out.

Laying out a handout makes hundreds of thousands of objects that live until the PDF is
written (flowables, fragments, drawing operators). Meanwhile the collector runs again and
again, each full run walking every object of the process (the window's, the board's, the
libraries'): a tenth of a 1,000-note handout's time. Automatic collection is paused for the
export and resumed after it; cycles made meanwhile are freed by the next collection. The
window pauses it the same way while it builds a board's scene (:mod:`canvas.collector`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic collection inside (other threads included); resumed after only if it
    was on before, so a caller that had switched it off keeps it off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
