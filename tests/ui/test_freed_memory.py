"""Big freed blocks go back to the system at once (ui.board_heap.return_freed_memory): the
far view's images are megabytes each and made anew as the view zooms."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from ui.board_heap import return_freed_memory

BLOCK = 24 * 1024 * 1024


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc only")
def test_a_freed_image_sized_block_leaves_the_process() -> None:
    assert return_freed_memory()
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    # Glibc's own rule raises its threshold to each big block freed, so the second block
    # would come from the heap and stay in the process once freed.
    for _ in range(2):
        before = _rss_kib()
        block = libc.malloc(BLOCK)
        assert block
        ctypes.memset(block, 1, BLOCK)
        assert _rss_kib() - before > BLOCK // 1024 // 2, "the block was touched"
        libc.free(block)
        assert _rss_kib() - before < BLOCK // 1024 // 4


def test_the_window_does_not_keep_the_sources_pyside_read(
    qtbot: object, settings_dir: Path
) -> None:
    import importlib
    import inspect
    import linecache

    from ui.main_window import MainWindow

    # What PySide6's import hook does for every module imported after it.
    inspect.getsource(importlib.import_module("ui.board_heap"))
    assert any(name.endswith("board_heap.py") for name in linecache.cache)
    window = MainWindow()
    try:
        assert not any(name.endswith(".py") for name in linecache.cache)
    finally:
        window.close()
        window.deleteLater()
