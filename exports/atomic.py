"""Writing an export so that the target is either the old file or the complete new one.

The export is written to a hidden temporary file in the target's own folder (same file
system, so the final ``os.replace`` is atomic) and moved over the target only when it is
complete. A full disk or a cancel leaves no half file behind; a killed process leaves its
hidden ``.part``, listed in :mod:`models.temporaries`, and the next start removes it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from models import temporaries
from models.errors import BoardError, os_reason


class ExportError(BoardError):
    """An export could not be written (folder missing, no permission, disk full)."""


def _cannot_write(target: Path, exc: OSError) -> ExportError:
    return ExportError(
        "Cannot write “{name}” in “{folder}”: {reason}.",
        str(exc),
        name=target.name,
        folder=str(target.parent),
        reason=os_reason(exc),
    )


def _flush(path: Path) -> None:
    """The bytes on the disk before the rename, so a power cut leaves the old file or the new
    one, never an empty one."""
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError("“{name}” is a folder; give a file name to export to.", name=str(target))
    if not folder.is_dir():
        raise ExportError("The folder “{folder}” does not exist.", folder=str(folder))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    os.close(handle)
    try:
        with temporaries.listed(Path(name)) as temporary:
            yield temporary
            mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o644
            os.chmod(temporary, mode)
            _flush(temporary)
            os.replace(temporary, target)
            temporaries.sync_folder(folder)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
