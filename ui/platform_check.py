"""Find missing system libraries before Qt does, and name the Debian packages that provide them.

Qt's own failure ("could not load the Qt platform plugin \"xcb\"") names no package. Minimal
Debian/Ubuntu installs lack the X11 helper libraries that PySide6's xcb plugin loads, and
containers may lack OpenGL/EGL, which QtGui needs even offscreen. This module imports no Qt, so
``scripts/quickstart.py`` can run it before anything is installed.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterable

from exports.cli_texts import say
from models.wording import language_of_environment

#: Libraries QtGui itself links against (needed for every platform plugin, offscreen included).
GUI_LIBRARIES: dict[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

#: Libraries the xcb (X11) platform plugin loads to open a real window.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
}


def missing_packages(libraries: dict[str, str]) -> list[str]:
    """Debian packages whose library cannot be loaded here (empty off Linux)."""
    if not sys.platform.startswith("linux"):
        return []
    missing: list[str] = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return sorted(set(missing))


def needed_libraries(platform: str | None) -> dict[str, str]:
    """What the chosen Qt platform plugin needs; ``None`` means Qt's default (xcb on X11)."""
    if platform in ("offscreen", "minimal", "vnc"):
        return dict(GUI_LIBRARIES)
    return {**GUI_LIBRARIES, **XCB_LIBRARIES}


def install_hint(packages: Iterable[str]) -> str:
    names = " ".join(packages)
    return f"sudo apt-get install {names}"


def startup_problem(environ: dict[str, str] | None = None) -> str | None:
    """A sentence for the user when Pajalauta cannot open a window here, else ``None``."""
    env = dict(os.environ if environ is None else environ)
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM") or None
    if platform is None and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return say("no_display", language_of_environment(env))
    wayland_only = platform is None and env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")
    missing = missing_packages(needed_libraries("offscreen" if wayland_only else platform))
    if not missing:
        return None
    return say("missing_libraries", language_of_environment(env), command=install_hint(missing))


def main(argv: list[str] | None = None) -> int:
    """``python -m ui.platform_check [offscreen|xcb]``: the missing Debian packages, one a line."""
    args = sys.argv[1:] if argv is None else argv
    platform = args[0] if args else None
    for package in missing_packages(needed_libraries(platform)):
        print(package)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
