"""The phone page's requests: check, hand the document work to the gate, answer.

Every ``/api`` request carries the room token in the ``X-Room-Token`` header (the page reads
it from the QR code's address); requests that change the board also need the phone's session
cookie (``SameSite=Strict``, ``HttpOnly``) and a JSON body. A page from elsewhere can neither
read the token nor send the header without a CORS preflight, which this server never grants,
so it cannot post to the board. Refusals are JSON ``{"ok": false, "error": code, "message":
words}`` in the phone's language, and nothing is stored.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from models import phone_ops
from models.phone_ops import Operation
from models.phone_room import PhoneRefused, PhoneRoom, PhoneSession
from models.phone_snapshot import current, phone_state, published
from ui.phone.gate import Gate, Work
from ui.phone.pages import app_page, join_page
from ui.phone.texts import pick_language, text

STATIC = Path(__file__).with_name("static")
STATIC_TYPES = {"phone.js": "text/javascript", "phone.css": "text/css"}
COOKIE = "pj_session"
GATE_TIMEOUT = 10.0
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
ApiHandler = Callable[[web.Request, PhoneSession | None, dict[str, Any]], Awaitable[dict[str, Any]]]


def _language(request: web.Request) -> str:
    return pick_language(request.headers.get("Accept-Language"))


def refusal(request: web.Request, status: int, code: str) -> web.Response:
    return web.json_response(
        {"ok": False, "error": code, "message": text(_language(request), f"err_{code}")},
        status=status,
    )


class PhoneRoutes:
    """The handlers of one opening; ``room`` holds its token, code and sessions."""

    def __init__(self, room: PhoneRoom, gate: Gate) -> None:
        self.room = room
        self.gate = gate
        self._static = {name: (STATIC / name).read_bytes() for name in STATIC_TYPES}

    def install(self, app: web.Application) -> None:
        app.router.add_get("/", self.index)
        app.router.add_post("/join", self.join_with_code)
        app.router.add_get("/static/{name}", self.static)
        app.router.add_get("/api/state", self.api(self.state, write=False))
        app.router.add_post("/api/join", self.api(self.join, write=True, session=False))
        writes: list[tuple[str, str, Operation, str, bool]] = [
            ("POST", "/api/notes", phone_ops.add_note, "id", False),
            ("PUT", "/api/notes/{id}", phone_ops.edit_note, "id", True),
            ("DELETE", "/api/notes/{id}", phone_ops.withdraw_note, "id", True),
            ("PUT", "/api/card", phone_ops.save_card, "id", False),
            ("POST", "/api/dots", phone_ops.place_dot, "note_id", False),
            ("POST", "/api/dots/remove", phone_ops.remove_dot, "note_id", False),
        ]
        for method, path, operation, answer, in_path in writes:
            app.router.add_route(
                method, path, self.api(self.change(operation, answer, in_path), write=True)
            )

    # --- pages ----------------------------------------------------------------------------
    async def index(self, request: web.Request) -> web.Response:
        if self.room.token_ok(request.query.get("t")):
            return web.Response(text=app_page(_language(request)), content_type="text/html")
        return web.Response(text=join_page(_language(request)), content_type="text/html")

    async def join_with_code(self, request: web.Request) -> web.Response:
        form = await request.post()
        code = form.get("code")
        try:
            right = isinstance(code, str) and self.room.code_ok(request.remote or "", code)
        except PhoneRefused as refused:
            return web.Response(
                text=join_page(_language(request), wrong=True),
                content_type="text/html",
                status=refused.status,
            )
        if right:
            raise web.HTTPSeeOther(f"/?t={self.room.token}")
        return web.Response(
            text=join_page(_language(request), wrong=True), content_type="text/html", status=403
        )

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in self._static:
            raise web.HTTPNotFound()
        return web.Response(
            body=self._static[name],
            content_type=STATIC_TYPES[name],
            headers={"Cache-Control": "no-cache"},
        )

    # --- the API's checks -----------------------------------------------------------------
    def api(self, handler: ApiHandler, write: bool, session: bool = True) -> Handler:
        async def checked(request: web.Request) -> web.StreamResponse:
            if not self.room.token_ok(request.headers.get("X-Room-Token")):
                return refusal(request, 401, "bad_token")
            origin = request.headers.get("Origin")
            if origin is not None and origin.split("://", 1)[-1] != request.host:
                return refusal(request, 403, "bad_token")
            phone = self.room.session(request.cookies.get(COOKIE))
            if write and session and phone is None:
                return refusal(request, 401, "no_session")
            if phone is not None and not self.room.allow(phone, write):
                return refusal(request, 429, "slow_down")
            body: dict[str, Any] = {}
            if request.method != "GET" and request.method != "DELETE":
                if request.content_type != "application/json":
                    return refusal(request, 415, "bad_request")
                try:
                    parsed = json.loads(await request.text())
                except (ValueError, UnicodeDecodeError):
                    return refusal(request, 400, "bad_request")
                if not isinstance(parsed, dict):
                    return refusal(request, 400, "bad_request")
                body = parsed
            try:
                answer = await handler(request, phone, body)
            except PhoneRefused as refused:
                return refusal(request, refused.status, refused.code)
            session_id = answer.pop("session", None)
            response = web.json_response({"ok": True, **answer})
            if isinstance(session_id, str):
                response.set_cookie(
                    COOKIE,
                    session_id,
                    httponly=True,
                    samesite="Strict",
                    path="/",
                    max_age=7 * 24 * 3600,
                )
            return response

        return checked

    async def run(self, work: Work[Any]) -> Any:
        try:
            return await asyncio.wait_for(asyncio.wrap_future(self.gate.submit(work)), GATE_TIMEOUT)
        except (TimeoutError, asyncio.CancelledError, RuntimeError):
            raise PhoneRefused(503, "busy") from None

    # --- the API --------------------------------------------------------------------------
    async def state(
        self, request: web.Request, phone: PhoneSession | None, _body: dict[str, Any]
    ) -> dict[str, Any]:
        """Answered on the server's thread from what the laptop published after its last
        change (:mod:`models.phone_snapshot`); only when that is older than the room's state
        does the laptop's thread publish first."""
        snapshot = current(self.room)
        if snapshot is None:
            snapshot = await self.run(lambda doc, _apply: published(doc, self.room))
        return phone_state(snapshot, self.room, phone, _language(request))

    async def join(
        self, request: web.Request, phone: PhoneSession | None, body: dict[str, Any]
    ) -> dict[str, Any]:
        address = request.remote or ""
        joined, secret = await self.run(
            lambda doc, _apply: phone_ops.join(doc, self.room, phone, body, address)
        )
        # A known phone gets its own cookie back, good for another week.
        return {"number": joined.number, "session": secret or request.cookies.get(COOKIE)}

    def change(self, operation: Operation, answer: str, in_path: bool = False) -> ApiHandler:
        """A write: the operation runs where the document lives (:mod:`models.phone_ops`
        checks everything); the phone is told the id of the note it changed."""

        async def handler(
            request: web.Request, phone: PhoneSession | None, body: dict[str, Any]
        ) -> dict[str, Any]:
            assert phone is not None  # writes need a session (checked in api())
            if in_path:
                body = {**body, "id": _path_id(request)}
            done = await self.run(lambda doc, apply: operation(doc, self.room, phone, body, apply))
            return {answer: done.note_ids[0]}

        return handler


def _path_id(request: web.Request) -> int:
    raw = request.match_info["id"]
    if not raw.isdigit() or len(raw) > 15:
        raise PhoneRefused(400, "bad_request")
    return int(raw)
