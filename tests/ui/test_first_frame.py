"""What waits for the first board's first frame (SQLAlchemy, the collector) also comes when
that frame never does: a board closed before it painted, a window that is never shown.

Run in fresh interpreters: holding the collector would change the test process's own.
"""

from __future__ import annotations

from pathlib import Path

from tests.fresh_process import run_probe

PROBE = """
import gc, json, sys
from pathlib import Path
from models.document import BoardDocument
path = Path(sys.argv[1])
doc = BoardDocument.create(path, title="Aloitus", language="fi")
doc.notes.add([{"text": f"Idea {i}", "x": 200.0 * i, "y": 0.0} for i in range(5)])
doc.close()
from ui import start_collector
start_collector.hold()
from PySide6.QtCore import QCoreApplication, QEvent
from ui.app import make_application, open_first_board
from ui.first_frame import _AfterFirstPaint
from ui.main_window import MainWindow
app = make_application()
window = MainWindow()
shown = sys.argv[2] == "shown"
if shown:
    window.show()
open_first_board(window, path, False, False)
document = window.document
[waiting] = window.findChildren(_AfterFirstPaint)
if shown:
    window.close_board()  # before the board could paint
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
held_before = start_collector.held()
waiting.finish()  # what the fallback timer does
print(json.dumps({
    "held_before": held_before,
    "released": not start_collector.held() and gc.isenabled(),
    "engine_made": document.writing_prepared,
    "closed": document.closed,
}))
"""


def _run(tmp_path: Path, how: str) -> dict[str, object]:
    return run_probe(PROBE, str(tmp_path / "aloitus.pajalauta"), how, tmp_path=tmp_path)


def test_a_board_closed_before_its_first_frame_still_gives_the_collector_back(
    tmp_path: Path,
) -> None:
    found = _run(tmp_path, "shown")
    assert found == {"held_before": True, "released": True, "engine_made": False, "closed": True}


def test_a_window_never_shown_gets_sqlalchemy_and_the_collector_after_a_while(
    tmp_path: Path,
) -> None:
    found = _run(tmp_path, "hidden")
    assert found == {"held_before": True, "released": True, "engine_made": True, "closed": False}
