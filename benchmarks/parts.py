"""Time spent in named parts of the app, for the profiling scripts (``bulk_profile``,
``zoom_profile``): each part's function is wrapped so that its outermost calls add their CPU
and wall milliseconds and their count to :data:`SPENT`, :data:`WALL` and :data:`CALLS`.
Figures for reading, not a benchmark: the wrappers add their own cost."""

from __future__ import annotations

import functools
import importlib
import time
from collections import defaultdict
from typing import Any

SPENT: dict[str, float] = defaultdict(float)
"""CPU milliseconds per part."""
WALL: dict[str, float] = defaultdict(float)
"""Wall-clock milliseconds per part."""
CALLS: dict[str, int] = defaultdict(int)
"""Outermost calls per part (scripts may count their own labels here too)."""


def clear() -> None:
    SPENT.clear()
    WALL.clear()
    CALLS.clear()


def wrap(spec: str) -> None:
    """Time ``"module:Qualified.name"`` from now on, labelled ``"module_tail.Qualified.name"``
    (a call inside an outer call of the same part is not counted again)."""
    module_name, qualified = spec.split(":")
    owner: Any = importlib.import_module(module_name)
    *path, name = qualified.split(".")
    for part in path:
        owner = getattr(owner, part)
    function = getattr(owner, name)
    label = f"{module_name.split('.')[-1]}.{qualified}"
    depth = [0]

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if depth[0]:
            return function(*args, **kwargs)
        depth[0] += 1
        started, wall = time.process_time(), time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[label] += (time.process_time() - started) * 1000
            WALL[label] += (time.perf_counter() - wall) * 1000
            CALLS[label] += 1
            depth[0] -= 1

    setattr(owner, name, timed)
