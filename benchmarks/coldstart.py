"""Cold start: ``pajalauta BOARD`` in a fresh process until the board is painted.

The parent (:func:`measure`) starts ``python -m benchmarks.coldstart BOARD`` and stops its clock
when the child writes ``painted`` after the first frame of the board's view: interpreter start,
imports, the window, opening the board and painting it, as ``ui.app.run_gui`` does them. The
child also reports how long its imports took and which share of that SQLAlchemy was.

An installed Pajalauta starts from its modules' compiled bytecode (pip writes it when
installing), so the children may keep theirs, in a folder of their own that one untimed first
run fills, even where the environment says not to write any (``PYTHONDONTWRITEBYTECODE``,
set on some build machines: every start would then compile some 200 modules again, a few
hundred milliseconds). That first run's time is reported too (``compiling_run_ms``).

The child imports only what ``pajalauta BOARD`` imports: the modules only the parent needs
(``statistics``, ``subprocess`` …) are imported where the parent uses them, so the child's
figures do not include them.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

RUNS = 3
ROOT = Path(__file__).resolve().parent.parent


def blank() -> dict[str, Any]:
    return {
        "available": False,
        "reason": None,
        "cold_start_ms": None,
        "runs_ms": [],
        "cold_start_cpu_ms": None,
        "runs_cpu_ms": [],
        "imports_ms": None,
        "sqlalchemy_loaded_at_paint": None,
        "sqlalchemy_orm_loaded_at_paint": None,
        "phases_ms": None,
        "phases_cpu_ms": None,
        "interpreter_cpu_ms": None,
        "before_main_ms": None,
        "bytecode_cached": None,
        "compiling_run_ms": None,
    }


def _children_cpu_s() -> float:
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _child_env(bytecode: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    return env


def _start(board: dict[str, Any], env: dict[str, str]) -> tuple[str, float]:
    """One child until it painted: (its line, wall ms)."""
    import subprocess

    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.coldstart", board["path"]],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    child.wait(timeout=60)
    return line, elapsed


def measure(board: dict[str, Any], runs: int = RUNS) -> dict[str, Any]:
    import shutil
    import statistics
    import tempfile

    result = blank()
    bytecode = Path(tempfile.mkdtemp(prefix="pajalauta-bytecode-"))
    try:
        env = _child_env(bytecode)
        line, first = _start(board, env)  # compiles and keeps the bytecode: not timed
        if not line.startswith("painted"):
            result["reason"] = f"the child did not paint: {line!r}"
            return result
        result["compiling_run_ms"] = round(first, 1)
        times: list[float] = []
        cpu: list[float] = []
        before_main: list[float] = []
        for _ in range(runs):
            before = _children_cpu_s()
            line, elapsed = _start(board, env)
            if not line.startswith("painted"):
                result["reason"] = f"the child did not paint: {line!r}"
                return result
            times.append(round(elapsed, 1))
            cpu.append(round((_children_cpu_s() - before) * 1000, 1))
            result.update(json.loads(line.split(" ", 1)[1]))
            before_main.append(elapsed - sum(result["phases_ms"].values()))
    finally:
        shutil.rmtree(bytecode, ignore_errors=True)
    result["runs_ms"] = times
    result["cold_start_ms"] = statistics.median(times)
    # What the phases leave out: starting the process and the interpreter (site, .pth files)
    # until the child's main() runs, and the parent reading the child's line.
    result["before_main_ms"] = round(statistics.median(before_main), 1)
    # The child's own CPU time (to its exit just after the first frame): on a shared
    # machine the wall time also counts the other processes' turns.
    result["runs_cpu_ms"] = cpu
    result["cold_start_cpu_ms"] = statistics.median(cpu)
    result["bytecode_cached"] = True
    result["available"] = True
    return result


def main(board: Path) -> None:
    started = time.perf_counter()
    interpreter_cpu = time.process_time()  # the interpreter's start and site, before main()
    phases: dict[str, float] = {}
    phases_cpu: dict[str, float] = {}
    last, last_cpu = started, time.process_time()

    def phase(name: str) -> None:
        nonlocal last, last_cpu
        now, now_cpu = time.perf_counter(), time.process_time()
        phases[name] = round((now - last) * 1000, 1)
        phases_cpu[name] = round((now_cpu - last_cpu) * 1000, 1)
        last, last_cpu = now, now_cpu

    from ui import start_collector

    start_collector.hold()  # what main.main does first
    from PySide6.QtCore import QEvent, QObject

    from ui.app import make_application, open_first_board
    from ui.i18n import install_language, preferred_language
    from ui.main_window import MainWindow
    from ui.settings import app_settings

    imported = (time.perf_counter() - started) * 1000
    phase("imports")
    app = make_application()
    phase("application")
    install_language(preferred_language(app_settings()))
    phase("translations")
    window = MainWindow()
    window.show()
    phase("window")
    painted: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = Watch()
    open_first_board(window, board, False, False)
    phase("open_board")
    if window.view is not None:
        window.view.viewport().installEventFilter(watch)
    deadline = time.perf_counter() + 60
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    phase("first_paint")
    figures = {
        "imports_ms": round(imported, 1),
        "sqlalchemy_loaded_at_paint": "sqlalchemy" in sys.modules,
        "sqlalchemy_orm_loaded_at_paint": "sqlalchemy.orm" in sys.modules,
        # Wall time of each step in this process; the rest of cold_start_ms is the
        # interpreter starting (and site's imports) before the first line of main().
        "phases_ms": phases,
        "phases_cpu_ms": phases_cpu,  # the same steps' CPU time (the machine may be shared)
        "interpreter_cpu_ms": round(interpreter_cpu * 1000, 1),
    }
    print("painted " + json.dumps(figures), flush=True)
    os._exit(0)  # what happens after the first frame is not part of a cold start


if __name__ == "__main__":
    main(Path(sys.argv[1]))
