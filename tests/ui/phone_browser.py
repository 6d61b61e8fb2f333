"""Debian's chromium, driven by Selenium, as a participant's phone (360 × 740)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=360,740",
)


def browser_paths() -> tuple[str, str] | None:
    """(chromium, chromedriver) when both are installed, else None."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def phone_browser(language: str = "fi", profile: Path | None = None):  # type: ignore[no-untyped-def]
    """A fresh headless chromium with its own profile (in ``profile``, or a new temporary
    folder); the caller quits it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    paths = browser_paths()
    assert paths is not None
    browser, driver = paths
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = profile or Path(tempfile.mkdtemp(prefix="pajalauta-chromium-"))
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--lang={language}")
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2.0}}
    )
    return webdriver.Chrome(options=options, service=Service(executable_path=driver))
