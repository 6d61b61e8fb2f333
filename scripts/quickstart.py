#!/usr/bin/env python3
"""Install what Pajalauta needs into ./.venv, then run the app or the tests.

    python3 scripts/quickstart.py run   [BOARD]      # opens the demo board (or BOARD)
    python3 scripts/quickstart.py test  [PYTEST ARGS]

Needs only Python ≥ 3.11 and the package registries: Python packages come from PyPI into a
virtual environment; on Debian/Ubuntu the few system libraries Qt loads are installed with
apt-get when we are root, or the exact command is printed when we are not.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".pajalauta-installed"


def say(text: str) -> None:
    print(f"[quickstart] {text}", flush=True)


def ensure_venv() -> None:
    if PYTHON.exists():
        return
    say(f"creating a virtual environment in {VENV}")
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except Exception as exc:  # Debian without python3-venv raises here
        shutil.rmtree(VENV, ignore_errors=True)
        if apt_install(["python3-venv"]):
            venv.EnvBuilder(with_pip=True).create(VENV)
        else:
            sys.exit(
                f"Could not create a virtual environment ({exc}).\n"
                "On Debian/Ubuntu: sudo apt-get install python3-venv"
            )


def ensure_packages(extra: str) -> None:
    spec = f".[{extra}]" if extra else "."
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    installed = STAMP.read_text().split() if STAMP.exists() else []
    if digest in installed:
        return
    say(f"installing Pajalauta and its Python packages ({spec})")
    subprocess.check_call([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    subprocess.check_call([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", spec], cwd=ROOT)
    STAMP.write_text("\n".join([*installed, digest]) + "\n")


def apt_install(packages: list[str]) -> bool:
    """Install Debian packages when we may (root with apt-get); False when we cannot."""
    if not packages:
        return True
    if not sys.platform.startswith("linux") or not shutil.which("apt-get"):
        return False
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        return False
    say("installing system libraries: " + " ".join(packages))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    result = subprocess.run(["apt-get", "install", "-y", "-qq", *packages], env=env, check=False)
    return result.returncode == 0


def ensure_system_libraries(platform: str) -> None:
    out = subprocess.run(
        [str(PYTHON), "-m", "ui.platform_check", platform],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if out and not apt_install(out):
        sys.exit(
            "Qt needs these system packages: "
            + " ".join(out)
            + "\nOn Debian/Ubuntu: sudo apt-get install "
            + " ".join(out)
        )


TEST_BROWSER = ["chromium", "chromium-driver"]
"""The phone page's browser test drives Debian's own chromium (nothing downloaded at run time)."""


def ensure_test_browser() -> None:
    """Install chromium and its driver for the phone-page test when we may; without them that
    one test is skipped with its reason, so this never stops the run."""
    if shutil.which("chromium") and shutil.which("chromedriver"):
        return
    if not apt_install(TEST_BROWSER):
        say(
            "the phone-page browser test will be skipped; to run it: "
            "sudo apt-get install " + " ".join(TEST_BROWSER)
        )


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - run by whatever python3 the user has
        sys.exit("Pajalauta needs Python 3.11 or newer.")
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    mode, rest = argv[0], argv[1:]
    ensure_venv()
    ensure_packages("test" if mode == "test" else "")
    if mode == "test":
        ensure_system_libraries("offscreen")
        ensure_test_browser()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        code = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
        if code < 0:
            say(f"the test process was killed by signal {-code} (after its summary line?)")
            return 1
        return code
    ensure_system_libraries(os.environ.get("QT_QPA_PLATFORM", "xcb"))
    return subprocess.call([str(PYTHON), str(ROOT / "main.py"), *rest], cwd=ROOT)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
