"""The phone server's life: listening only while the board is open to phones.

aiohttp runs its own asyncio event loop in one background thread, so the laptop's GUI thread
never waits on a phone; :meth:`PhoneServer.stop` closes every connection and frees the port
before it returns. Every answer carries the security headers (:func:`security_headers`).
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Awaitable, Callable
from contextlib import suppress

from aiohttp import web

from models.phone_room import PhoneRoom
from ui.phone.gate import Gate
from ui.phone.routes import PhoneRoutes, refusal

MAX_BODY = 16 * 1024
"""The largest request body: a full experiment card is well under 4 KiB."""
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
DEFAULT_PORT = 8765


@web.middleware
async def security_headers(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPNotFound:
        response = refusal(request, 404, "not_found")
    except web.HTTPRequestEntityTooLarge:
        response = refusal(request, 413, "too_long")
    except web.HTTPMethodNotAllowed:
        response = refusal(request, 405, "bad_request")
    except web.HTTPException as exc:
        exc.headers.update(HEADERS)
        exc.headers["Cache-Control"] = "no-store"
        raise
    response.headers.update(HEADERS)
    if not request.path.startswith("/static/"):
        response.headers["Cache-Control"] = "no-store"
    return response


class PhoneServer:
    """One opening of the board to phones, on one address."""

    def __init__(self, room: PhoneRoom, gate: Gate, host: str, port: int = DEFAULT_PORT) -> None:
        self.room = room
        self.host = host
        self.port = port
        self._gate = gate
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def url(self, with_token: bool = True) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        base = f"http://{host}:{self.port}/"
        return f"{base}?t={self.room.token}" if with_token else base

    def start(self) -> int:
        """Listen; returns the port. The port asked for, or a free one when it is taken."""
        self._thread = threading.Thread(target=self._serve, name="phone-server", daemon=True)
        self._thread.start()
        self._ready.wait(10.0)
        if self._error is not None:
            self._thread.join(2.0)
            self._thread = None
            raise OSError(f"cannot listen on {self.host}: {self._error}") from self._error
        return self.port

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._listen())
        except BaseException as error:
            self._error = error
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _listen(self) -> None:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[security_headers])
        PhoneRoutes(self.room, self._gate).install(app)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        self._runner = runner
        try:
            await web.TCPSite(runner, self.host, self.port, reuse_address=True).start()
        except OSError:
            if self.port == 0:
                raise
            await web.TCPSite(runner, self.host, 0).start()
        for server in runner.sites:
            sockets = getattr(getattr(server, "_server", None), "sockets", None) or []
            for sock in sockets:
                if sock.family in (socket.AF_INET, socket.AF_INET6):
                    self.port = int(sock.getsockname()[1])

    def stop(self) -> None:
        """Close every connection, free the port and end the thread."""
        loop, runner, thread = self._loop, self._runner, self._thread
        if loop is None or thread is None:
            return
        if runner is not None and loop.is_running():
            with suppress(Exception):
                asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(5.0)
        if loop.is_running():
            loop.call_soon_threadsafe(loop.stop)
        thread.join(5.0)
        self._loop = self._runner = self._thread = None
