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


OPEN_PROBE = """
import json, sys
from pathlib import Path
from models.document import BoardDocument
from models.templates.starters import DREAM_FEAR
path = Path(sys.argv[1])
doc = BoardDocument.create(path, title="Aloitus", language="fi")
doc.groups.ensure_defaults("fi")
doc.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
doc.notes.add([{"text": f"Idea {i}", "x": 200.0 * i, "y": 2000.0} for i in range(20)])
doc.close()
from PySide6.QtWidgets import QDockWidget
from ui.app import make_application, open_first_board
from ui.main_window import MainWindow
app = make_application()
window = MainWindow()
window.show()
open_first_board(window, path, False, False)
app.processEvents()
LATER = (
    "ui.presenter", "canvas.projector_view", "canvas.fly", "ui.ranking_view",
    "ui.reading_view", "ui.vote_panel", "ui.phone_panel", "ui.phone_qr", "ui.phone_gate",
    "models.phone_room", "models.phone_ops", "models.phone_snapshot", "statistics", "html",
    "canvas.photo_batch", "canvas.photo_prepare", "models.templates.grid",
)
print(json.dumps({
    "opened": window.document is not None,
    "later_loaded": sorted(m for m in LATER if m in sys.modules),
    "docks": sorted(d.objectName() for d in window.findChildren(QDockWidget)),
}))
"""


def test_opening_a_board_loads_no_projector_phone_or_dock_code(tmp_path: Path) -> None:
    """The projector window, the phone room and the docks (undo history, votes, phones,
    stops) load when first used: none is open when a board is first painted. Nor do the
    photo batch (with the first photo) and the row and column geometry (with the first row
    or column edit)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", OPEN_PROBE, str(tmp_path / "aloitus.pajalauta")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["opened"] is True
    assert found["later_loaded"] == []
    assert found["docks"] == []
