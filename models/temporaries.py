"""Temporary files of ours (``.NAME.part`` beside a copy or an export) and their cleanup.

A copy or an export is written to a hidden ``.part`` file in the target's own folder, so the
final rename is atomic, and renamed over the target only when complete. A process killed
half-way cannot remove its ``.part``; so each process lists the temporaries it has open in a
small file of its own under the user's state folder, and the next start removes those of
processes that are gone (:func:`remove_stale`). Nothing else is ever deleted: only paths we
listed, named as we name them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

SUFFIX = ".part"
_SIDE = ("", "-journal", "-wal", "-shm")


def state_folder() -> Path:
    """Where the lists live: ``$PAJALAUTA_STATE_DIR``, else the XDG state folder."""
    explicit = os.environ.get("PAJALAUTA_STATE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "pajalauta" / "temporary-files"


def part_path(target: Path) -> Path:
    """The hidden temporary beside ``target``: ``.NAME.part``."""
    return target.with_name(f".{target.name}{SUFFIX}")


def _list_file(pid: int) -> Path:
    return state_folder() / f"{pid}.txt"


def _read(list_file: Path) -> list[Path]:
    try:
        lines = list_file.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [Path(line) for line in lines if line.strip()]


def _write(paths: list[Path]) -> None:
    list_file = _list_file(os.getpid())
    with contextlib.suppress(OSError):
        if not paths:
            list_file.unlink(missing_ok=True)
            return
        list_file.parent.mkdir(parents=True, exist_ok=True)
        list_file.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")


def _remove(path: Path) -> bool:
    removed = False
    for side in _SIDE:
        with contextlib.suppress(OSError):
            path.with_name(path.name + side).unlink()
            removed = True
    return removed


@contextlib.contextmanager
def listed(path: Path) -> Iterator[Path]:
    """List ``path`` as ours while the block runs; on leaving, remove what is left of it
    (after a successful rename there is nothing left) and drop it from the list."""
    path = Path(path).absolute()
    mine = [*_read(_list_file(os.getpid())), path]
    _write(mine)
    try:
        yield path
    finally:
        _remove(path)
        _write([p for p in _read(_list_file(os.getpid())) if p != path])


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; a no-op where folders cannot
    be opened, e.g. Windows, whose rename is already durable once it returns)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but is not ours to signal
    return True


def remove_stale() -> list[Path]:
    """Remove the temporaries listed by processes that no longer run; returns those removed."""
    removed: list[Path] = []
    try:
        lists = sorted(state_folder().glob("*.txt"))
    except OSError:
        return removed
    for list_file in lists:
        try:
            pid = int(list_file.stem)
        except ValueError:
            continue
        if _alive(pid):
            continue
        for path in _read(list_file):
            if path.name.startswith(".") and path.name.endswith(SUFFIX) and _remove(path):
                removed.append(path)
        with contextlib.suppress(OSError):
            list_file.unlink()
    return removed
