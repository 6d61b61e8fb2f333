"""A phone for the tests: real HTTP to the real server on 127.0.0.1, from a worker thread so
the laptop's GUI thread (where the document lives) keeps running."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from http.cookiejar import CookieJar
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.document import BoardDocument
from models.frame_types import is_cell
from models.templates.starters import DREAM_FEAR, EXPERIMENT_WALL
from tests.ui.room_boards import open_board
from ui.main_window import MainWindow
from ui.phone_control import PhoneControl

T = TypeVar("T")
POOL = ThreadPoolExecutor(max_workers=16, thread_name_prefix="test-phone")


def make_phone_board(path: Path) -> Path:
    """A dream/fear frame and an experiment wall, three groups."""
    doc = BoardDocument.create(path, title="Varkauden työpaja", language="fi")
    doc.groups.ensure_defaults("fi")
    doc.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    first = doc.frames.all()[0]
    doc.frames.instantiate(EXPERIMENT_WALL, 0.0, first.height + 400.0)
    doc.close()
    return path


def wait(qtbot: QtBot, future: Future[T], timeout: int = 15000) -> T:
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


def run(qtbot: QtBot, fn: Callable[[], T], timeout: int = 15000) -> T:
    return wait(qtbot, POOL.submit(fn), timeout)


class Phone:
    def __init__(self, base: str, token: str | None, language: str = "fi") -> None:
        self.base = base.rstrip("/")
        self.token = token
        self.language = language
        self.jar = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(
        self,
        method: str,
        path: str,
        body: object = None,
        *,
        token: str | bool | None = True,
        data: bytes | None = None,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        sent_headers = {"Accept-Language": self.language, **(headers or {})}
        if token is True and self.token is not None:
            sent_headers["X-Room-Token"] = self.token
        elif isinstance(token, str):
            sent_headers["X-Room-Token"] = token
        if body is not None:
            data = json.dumps(body).encode()
        if data is not None:
            sent_headers["Content-Type"] = content_type
        request = urllib.request.Request(
            self.base + path, data=data, method=method, headers=sent_headers
        )
        try:
            with self.opener.open(request, timeout=10) as response:
                raw = response.read() or b"{}"
                if response.headers.get_content_type() != "application/json":
                    return response.status, {"raw": raw.decode(errors="replace")}
                return response.status, json.loads(raw)
        except urllib.error.HTTPError as error:
            raw = error.read()
            try:
                return error.code, json.loads(raw)
            except ValueError:
                return error.code, {"raw": raw.decode(errors="replace")}

    def page(self, path: str) -> tuple[int, str, dict[str, str]]:
        request = urllib.request.Request(
            self.base + path, headers={"Accept-Language": self.language}
        )
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, response.read().decode(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), dict(error.headers)


def open_phones(window: MainWindow) -> PhoneControl:
    control: PhoneControl = window.phones  # type: ignore[attr-defined]
    assert control.open("127.0.0.1", 0)
    QApplication.processEvents()
    return control


def setup(window: MainWindow, tmp_path: Path) -> tuple[Phone, list[int], list[int]]:
    doc = open_board(window, make_phone_board(tmp_path / "puhelimet.pajalauta"))
    control = open_phones(window)
    assert control.room is not None and control.server is not None
    dream, wall = doc.frames.all()
    control.room.set_open(dream.id, True)
    control.room.set_open(wall.id, False)
    cells = [z.id for z in doc.frames.zones(dream.id) if is_cell(z)]
    themes = [z.id for z in doc.frames.zones(wall.id) if is_cell(z)]
    return Phone(control.server.url(with_token=False), control.room.token), cells, themes


def joined(
    qtbot: QtBot, window: MainWindow, phone: Phone, group: int = 0, name: str = "Aino"
) -> None:
    group_id = window.document.groups.all()[group].id
    status, answer = run(
        qtbot, lambda: phone.request("POST", "/api/join", {"group_id": group_id, "name": name})
    )
    assert status == 200, answer
