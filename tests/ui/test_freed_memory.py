"""Big freed blocks go back to the system at once (ui.board_heap.return_freed_memory): the
far view's images are megabytes each and made anew as the view zooms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BLOCK = 24 * 1024 * 1024

# Run in a fresh interpreter: in a process that already freed big blocks into glibc's heap
# (an earlier test making images), ``malloc`` reuses them, which says nothing about the rule.
_CHECK = f"""
import ctypes
from ui.board_heap import return_freed_memory


def rss_kib():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise SystemExit("no VmRSS")


assert return_freed_memory()
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
# Glibc's own rule raises its threshold to each big block freed, so the second block
# would come from the heap and stay in the process once freed.
for round in range(2):
    before = rss_kib()
    block = libc.malloc({BLOCK})
    assert block
    ctypes.memset(block, 1, {BLOCK})
    grown = rss_kib() - before
    assert grown > {BLOCK // 1024 // 2}, ("the block was touched", round, grown)
    libc.free(block)
    kept = rss_kib() - before
    assert kept < {BLOCK // 1024 // 4}, ("the freed block left the process", round, kept)
print("ok")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc only")
def test_a_freed_image_sized_block_leaves_the_process() -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _CHECK], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


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
