"""What starting the window imports: nothing a first frame does not need.

Run in a fresh interpreter: the test process has imported everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import builtins, json, sys
import PySide6.QtCore
hooked = builtins.__import__ is builtins.__feature_import__
import ui.app, ui.main_window
print(json.dumps({
    "hook_before": hooked,
    "hook_after": builtins.__import__ is builtins.__feature_import__,
    "loaded": sorted(m for m in (
        "sqlalchemy", "sqlalchemy.orm", "PySide6.QtNetwork", "ui.vote_dialog",
        "xml.etree.ElementTree", "reportlab", "pyphen", "aiohttp", "qrcode",
    ) if m in sys.modules),
}))
"""


def test_the_window_imports_no_orm_no_reportlab_no_phone_server() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    # PySide6 hooks every import to read the module's source; ui.app takes the hook away.
    assert found["hook_before"] is True
    assert found["hook_after"] is False
    # The Core is needed to open a board; the ORM and what later features use are not.
    assert found["loaded"] == ["sqlalchemy"]
