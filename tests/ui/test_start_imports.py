"""What starting the window imports: nothing a first frame does not need.

Run in a fresh interpreter: the test process has imported everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.fresh_process import ROOT, run_probe

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


def test_the_window_imports_no_sqlalchemy_no_reportlab_no_phone_server() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    # PySide6 hooks every import to read the module's source; ui.app takes the hook away.
    assert found["hook_before"] is True
    assert found["hook_after"] is False
    # Not even SQLAlchemy's Core: a board opens and paints through the driver alone.
    assert found["loaded"] == []


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
    found = run_probe(OPEN_PROBE, str(tmp_path / "aloitus.pajalauta"), tmp_path=tmp_path)
    assert found["opened"] is True
    assert found["later_loaded"] == []
    assert found["docks"] == []


FIRST_FRAME_PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from ui.app import make_application, open_first_board
from ui.main_window import MainWindow
app = make_application()
window = MainWindow()
window.show()
open_first_board(window, Path(sys.argv[1]), False, False)
seen = []

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.append("sqlalchemy" in sys.modules)
        return False

watch = Watch()
window.view.viewport().installEventFilter(watch)
at_open = "sqlalchemy" in sys.modules
for _ in range(20):
    app.processEvents()
print(json.dumps({
    "at_open": at_open,
    "at_first_paint": seen,
    "after": "sqlalchemy" in sys.modules,
    "engine_made": window.document.writing_prepared,
}))
"""


def test_a_board_paints_before_sqlalchemy_which_comes_right_after(tmp_path: Path) -> None:
    """The first frame of a board made with frames, groups, a finished vote and notes needs
    no SQLAlchemy; the window imports it as soon as that frame is shown, so that the first
    edit does not wait for it."""
    path = tmp_path / "paja.pajalauta"
    from models.document import BoardDocument
    from models.templates.starters import DREAM_FEAR

    doc = BoardDocument.create(path, title="Paja", language="fi")
    doc.groups.ensure_defaults("fi")
    doc.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    note_ids = doc.notes.add([{"text": f"Idea {i}", "x": 40.0 * i, "y": 300.0} for i in range(8)])
    vote_id = doc.votes.start("Paras idea", budget=3)
    doc.votes.place_dot(vote_id, note_ids[0], doc.groups.all()[0].id)
    doc.votes.end(vote_id)
    doc.close()
    found = run_probe(FIRST_FRAME_PROBE, str(path), tmp_path=tmp_path)
    assert found["at_open"] is False
    assert found["at_first_paint"] == [False]
    assert found["after"] is True
    assert found["engine_made"] is True
