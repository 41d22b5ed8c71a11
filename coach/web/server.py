"""textual-serve, made fit for personal data: loopback only, a secret on every request.

Every route lives under ``/<secret>/``: the page, the websocket that drives the coach
process, the static files and the downloads. A middleware answers 403 to any request whose
path does not start with the secret, or whose Host (or Origin) is not this server's own
loopback address (a page elsewhere that renames itself to 127.0.0.1 -- DNS rebinding -- gets
403 too). The page is our own (``coach/web/page/``): it loads the fonts textual-serve ships,
from this server, and nothing from any other host; a Content-Security-Policy says the same
to the browser. Nothing here logs a request, so the secret reaches no log; it is printed once,
in the URL, on the terminal that started the server.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
from pathlib import Path
from urllib.parse import quote

import aiohttp_jinja2
import jinja2
import textual_serve
from aiohttp import WSMsgType, web
from aiohttp.web_runner import GracefulExit
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from coach.i18n import Translator
from coach.web.address import new_secret, same_secret, url_host

log = logging.getLogger("coach.web")

#: How long a tab's coach may take to save and exit once told to quit.
REAP_SECONDS = 8  # under the server's shutdown_timeout (10 s)

PAGE = Path(__file__).with_name("page")
#: textual-serve's own static files: textual.js (xterm.js and the protocol), xterm.css, fonts.
STATIC = Path(textual_serve.__file__).with_name("static")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "font-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
       "form-action 'none'; frame-ancestors 'none'")


class CoachServer(Server):
    """One coach command served to browser tabs on this machine.

    ``command`` is the shell command that runs coach (one process per connection);
    ``sock`` a socket already bound to a loopback address; ``secret`` the path prefix that
    every request must carry (a fresh one by default); ``launch`` an optional one-time
    path that redirects to the secret URL once (what ``--open`` hands the browser, so the
    secret itself never appears on a command line that other accounts can list).
    """

    def __init__(self, command: str, sock: socket.socket, *, lang: str, title: str,
                 secret: str | None = None, launch: str | None = None) -> None:
        address, port = sock.getsockname()[:2]
        super().__init__(command, host=address, port=port, title=title,
                         statics_path=STATIC, templates_path=PAGE)
        self.sock = sock
        self.secret = secret or new_secret()
        self.launch = launch
        self._ = Translator(lang)
        self.lang = self._.lang
        host = url_host(address)
        self.public_url = f"http://{host}:{port}"
        self.hosts = {f"{host}:{port}", f"localhost:{port}"}
        self.origins = {f"http://{h}" for h in self.hosts}
        self.sessions: set[web.WebSocketResponse] = set()

    @property
    def url(self) -> str:
        return f"{self.public_url}/{self.secret}/"

    @property
    def launch_url(self) -> str | None:
        return f"{self.public_url}/{self.launch}/" if self.launch else None

    # -- the guard --------------------------------------------------------------------------
    def allowed(self, request: web.Request) -> bool:
        """True if the request carries the secret and comes from this machine's own page."""
        if request.headers.get("Host") not in self.hosts:
            return False
        origin = request.headers.get("Origin")
        if origin is not None and origin not in self.origins:
            return False
        head = request.raw_path.split("?", 1)[0].split("/")
        return len(head) > 2 and same_secret(head[1], self.secret)

    @web.middleware
    async def _guard(self, request: web.Request, handler) -> web.StreamResponse:
        if self._is_launch(request):
            self.launch = None  # once only
            raise web.HTTPSeeOther(f"/{self.secret}/")
        if not self.allowed(request):
            raise web.HTTPForbidden(text=self._("serve.forbidden"))
        return await handler(request)

    def _is_launch(self, request: web.Request) -> bool:
        if self.launch is None or request.headers.get("Host") not in self.hosts:
            return False
        head = request.raw_path.split("?", 1)[0].split("/")
        return len(head) > 2 and same_secret(head[1], self.launch)

    @staticmethod
    async def _headers(request: web.Request, response: web.StreamResponse) -> None:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cache-Control"] = "no-store"

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path),
                             autoescape=True)
        base = f"/{self.secret}"
        app.add_routes([
            web.get(f"{base}/", self.handle_index, name="index"),
            web.get(f"{base}/ws", self.handle_websocket, name="websocket"),
            web.get(f"{base}/download/{{key}}", self.handle_download, name="download"),
            web.static(f"{base}/static", self.statics_path, name="static"),
            web.static(f"{base}/page", PAGE / "static", name="page"),
        ])
        app.on_response_prepare.append(self._headers)
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    # -- the page, the websocket, downloads -------------------------------------------------
    async def handle_index(self, request: web.Request) -> web.Response:
        _ = self._
        router = request.app.router
        context = {
            "lang": self.lang,
            "title": self.title,
            "base": f"/{self.secret}/",
            "static": str(router["static"].url_for(filename="/")).rstrip("/") + "/",
            "page": str(router["page"].url_for(filename="/")).rstrip("/") + "/",
            "websocket": "ws" + self.public_url[4:] + str(router["websocket"].url_for()),
            "font_size": max(8, min(to_int(request.query.get("fontsize", "16"), 16), 40)),
            "starting": _("serve.page.starting"),
            "ended": _("serve.page.ended"),
            "restart": _("serve.page.restart"),
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """textual-serve's handler, keeping each open session so shutdown can close it."""
        websocket = web.WebSocketResponse(heartbeat=15)
        width = max(20, min(to_int(request.query.get("width", "80"), 80), 500))
        height = max(5, min(to_int(request.query.get("height", "24"), 24), 300))
        app_service: AppService | None = None
        self.sessions.add(websocket)
        try:
            await websocket.prepare(request)
            async def close() -> None:
                await websocket.close()

            app_service = AppService(
                self.command, write_bytes=websocket.send_bytes,
                write_str=websocket.send_str, close=close,
                download_manager=self.download_manager,
            )
            await app_service.start(width, height)
            await self._relay(websocket, app_service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as exc:  # a broken connection (a tab closed mid-write, ctrl+c)
            log.debug("session ended: %s", type(exc).__name__)
        finally:
            self.sessions.discard(websocket)
            if app_service is not None:
                await app_service.stop()  # tells coach to quit; it saves what was typed
                await self._reap(app_service)
        return websocket

    @staticmethod
    async def _reap(app_service: AppService) -> None:
        """Wait for the tab's coach to exit (it writes what was typed first), so that none
        outlives the server and no process is left unreaped when the loop closes.
        textual-serve (pinned) keeps the process in ``_process`` and never waits for it."""
        process = getattr(app_service, "_process", None)
        if process is None:
            return
        try:
            await asyncio.wait_for(process.wait(), REAP_SECONDS)
        except TimeoutError:
            process.kill()
            await process.wait()

    async def _relay(self, websocket: web.WebSocketResponse, app_service: AppService) -> None:
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                kind, *data = message.json()
            except (ValueError, TypeError):
                continue
            if kind == "stdin" and data and isinstance(data[0], str):
                await app_service.send_bytes(data[0].encode("utf-8"))
            elif kind == "resize" and data and isinstance(data[0], dict):
                size = data[0]
                await app_service.set_terminal_size(to_int(str(size.get("width")), 80),
                                                    to_int(str(size.get("height")), 24))
            elif kind == "ping" and data:
                await websocket.send_json(["pong", data[0]])
            elif kind == "blur":
                await app_service.blur()
            elif kind == "focus":
                await app_service.focus()

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        """textual-serve's, with the file name quoted (æøå and spaces survive)."""
        key = request.match_info["key"]
        try:
            meta = await self.download_manager.get_download_metadata(key)
        except KeyError:
            raise web.HTTPNotFound() from None
        response = web.StreamResponse()
        content_type = meta.mime_type
        if meta.encoding:
            content_type += f"; charset={meta.encoding}"
        response.headers["Content-Type"] = content_type
        disposition = "inline" if meta.open_method == "browser" else "attachment"
        response.headers["Content-Disposition"] = (
            f"{disposition}; filename*=UTF-8''{quote(meta.file_name)}")
        await response.prepare(request)
        async for chunk in self.download_manager.download(key):
            await response.write(chunk)
        await response.write_eof()
        return response

    # -- running ----------------------------------------------------------------------------
    async def on_startup(self, app: web.Application) -> None:
        """(textual-serve prints a banner and the command here; coach's CLI speaks instead.)"""

    async def on_shutdown(self, app: web.Application) -> None:
        # Closing each websocket ends its relay; the handler then tells coach to quit.
        for websocket in list(self.sessions):
            await websocket.close()

    def initialize_logging(self) -> None:
        """No request log: the secret is in every request's path."""

    def serve(self, debug: bool = False) -> None:
        """Serve until ctrl+c (SIGINT), SIGTERM or SIGHUP."""
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            loop.add_signal_handler(signum, self.request_exit)
        try:
            web.run_app(self._make_app(), sock=self.sock, handle_signals=False, loop=loop,
                        print=None, access_log=None, shutdown_timeout=10)
        except GracefulExit:
            pass


def bind(address: str, port: int) -> socket.socket:
    """A listening socket on ``address`` (loopback, checked by the caller) and ``port``
    (0: any free one). Raises OSError if the port is taken."""
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((address, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(False)
    return sock
