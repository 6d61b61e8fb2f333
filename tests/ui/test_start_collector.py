"""The cycle collector is held while Pajalauta starts and runs again once the board is shown.

Run in fresh interpreters: the test process has its own collector settings.
"""

from __future__ import annotations

from pathlib import Path

from tests.fresh_process import run_probe

START_PROBE = """
import gc, json, sys
from pathlib import Path
from models.document import BoardDocument
path = Path(sys.argv[1])
doc = BoardDocument.create(path, title="Aloitus", language="fi")
doc.notes.add([{"text": f"Idea {i}", "x": 200.0 * i, "y": 0.0} for i in range(5)])
doc.close()
from ui import start_collector
start_collector.hold()
held_at_start = not gc.isenabled()
from ui.app import make_application, open_first_board
from ui.main_window import MainWindow
app = make_application()
window = MainWindow()
window.show()
held_while_building = not gc.isenabled()
open_first_board(window, path, False, False)
held_after_open = not gc.isenabled()
for _ in range(5):
    app.processEvents()
print(json.dumps({
    "held_at_start": held_at_start,
    "held_while_building": held_while_building,
    "held_after_open": held_after_open,
    "enabled_after_loop": gc.isenabled(),
    "frozen": gc.get_freeze_count(),
    "opened": window.document is not None,
}))
"""

KEPT_PROBE = """
import gc, json
before = gc.get_freeze_count()  # CPython 3.12 starts with a few hundred frozen objects
gc.disable()
from ui import start_collector
start_collector.hold()  # the caller had switched it off itself: not ours to switch on
start_collector.release()
off_kept = not gc.isenabled()
gc.enable()
start_collector.release()  # never held: nothing happens
print(json.dumps({"off_kept": off_kept, "on_kept": gc.isenabled(),
                  "frozen": gc.get_freeze_count() - before}))
"""


def test_start_holds_the_collector_until_the_board_is_shown(tmp_path: Path) -> None:
    found = run_probe(START_PROBE, str(tmp_path / "aloitus.pajalauta"), tmp_path=tmp_path)
    assert found["opened"] is True
    assert found["held_at_start"] is True
    assert found["held_while_building"] is True
    assert found["held_after_open"] is True  # released by the event loop, after painting
    assert found["enabled_after_loop"] is True
    assert isinstance(found["frozen"], int) and found["frozen"] > 1000


def test_release_only_undoes_its_own_hold(tmp_path: Path) -> None:
    found = run_probe(KEPT_PROBE, tmp_path=tmp_path)
    assert found == {"off_kept": True, "on_kept": True, "frozen": 0}
