"""CPU-time profiles of the phone benchmark's two busy threads: the GUI thread and the phone
server's asyncio thread (``python -m benchmarks.phones --profile FILE``)."""

from __future__ import annotations

import threading
import time
from typing import Any


def profilers(server: Any) -> tuple[Any, Any]:
    """cProfile on the GUI thread and on the server's thread, both counting CPU time (the
    machine is shared: wall time would count other processes)."""
    import cProfile

    gui = cProfile.Profile(time.thread_time)
    serving = cProfile.Profile(time.thread_time)
    loop = server._loop
    done = threading.Event()

    def start() -> None:
        serving.enable()
        done.set()

    loop.call_soon_threadsafe(start)
    done.wait(5.0)
    gui.enable()
    return gui, serving


def stop_server_profile(server: Any, profile: Any, path: str) -> None:
    """Stop the server thread's profiler (on that thread) and write its statistics."""
    done = threading.Event()

    def stop() -> None:
        profile.disable()
        done.set()

    server._loop.call_soon_threadsafe(stop)
    done.wait(5.0)
    profile.dump_stats(path)
