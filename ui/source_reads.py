"""PySide6's look at every imported module, without keeping each module's source.

PySide6 checks every module imported after it for the word "PySide6" (for its
``__feature__`` switches) with :func:`inspect.getsource`, which reads the file into
:mod:`linecache` and keeps it there: some 500 source files, 23 MB, for the life of the
process, and part of the start-up time. :func:`install` puts the same question to the file
itself, read once and let go; anything but a plain ``.py`` file, or a file that cannot be
read, still goes to PySide6's own check.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_pajalauta_reads_files"


def install() -> bool:
    """Replace PySide6's check (once); False when this PySide6 has no such check."""
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get(
        "shibokensupport.feature"
    )
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, _MARK, False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
