"""The start-up check that replaces Qt's bare 'could not load the Qt platform plugin'."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ui import platform_check

ROOT = Path(__file__).resolve().parents[2]


def test_missing_library_is_named_by_its_debian_package(monkeypatch) -> None:
    fake = {"libpajalauta-not-there.so.9": "libpajalauta9", "libc.so.6": "libc6"}
    monkeypatch.setattr(platform_check, "XCB_LIBRARIES", fake)
    problem = platform_check.startup_problem({"DISPLAY": ":0"})
    assert problem is not None
    assert "sudo apt-get install libpajalauta9" in problem
    assert "libc6" not in problem


def test_no_display_is_explained_not_crashed() -> None:
    problem = platform_check.startup_problem({})
    assert problem is not None and "DISPLAY" in problem and "export" in problem


def test_offscreen_needs_no_x11_libraries(monkeypatch) -> None:
    monkeypatch.setattr(platform_check, "XCB_LIBRARIES", {"libnope.so.1": "libnope1"})
    assert platform_check.startup_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_main_exits_with_the_message_before_touching_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\nimport main\nraise SystemExit(main.main([]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.returncode == 3
    assert "DISPLAY" in result.stderr
    assert "Traceback" not in result.stderr
