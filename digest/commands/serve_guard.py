"""``digest serve``'s web server: textual-serve, guarded and kept offline.

- The websocket that drives the app is accepted only from the served page itself: its ``Origin`` must be
  the server's own address, and the ``Host`` header one of the names the server answers to (a page on
  another site, or a DNS-rebinding name pointing at 127.0.0.1, is refused with 403).
- At most ``max_sessions`` apps run at once (each browser tab starts one process); more get 503.
- The page template is textual-serve's own with its web-font link removed and the bundled font served
  from the same server, so the page asks no other host for anything.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.server import Server

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")
"""Names of this machine: a server on any of them answers to all of them."""

_REMOTE_LINK = re.compile(r"<link\b[^>]*href=\"https?://[^\"]*\"[^>]*/?>", re.I | re.S)
_LOCAL_FONT = """<style>
      @font-face { font-family: "Roboto Mono"; font-style: normal;
        src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf") format("truetype"); }
      @font-face { font-family: "Roboto Mono"; font-style: italic;
        src: url("{{ config.static.url }}fonts/RobotoMono-Italic-VariableFont_wght.ttf") format("truetype"); }
    </style>
  </head>"""


def offline_template(source: str) -> str:
    """textual-serve's page template without links to other hosts, its font loaded from this server."""
    return _REMOTE_LINK.sub("", source).replace("</head>", _LOCAL_FONT, 1)


def allowed_hosts(host: str, port: int) -> set[str]:
    """The ``Host`` values (name:port) the server answers to."""
    names = set(LOOPBACK_NAMES) if host.lower() in LOOPBACK_NAMES else {host.lower()}
    hosts = {f"{name}:{port}" for name in names}
    if port == 80:
        hosts |= names
    return hosts


class GuardedServer(Server):
    """textual-serve's server with an Origin check, a session limit and an offline page."""

    def __init__(self, command: str, *, host: str, port: int, max_sessions: int, title: str = "digest") -> None:
        """Serve ``command`` on ``host:port``, at most ``max_sessions`` at once."""
        super().__init__(command, host=host, port=port, title=title)
        self.max_sessions = max_sessions
        self.sessions = 0
        self.hosts = allowed_hosts(host, port)
        self._templates = tempfile.TemporaryDirectory(prefix="digest-serve-")
        page = (self.templates_path / "app_index.html").read_text(encoding="utf-8")
        (Path(self._templates.name) / "app_index.html").write_text(offline_template(page), encoding="utf-8")
        self.templates_path = Path(self._templates.name)

    def origin_allowed(self, request: web.Request) -> bool:
        """Tell whether the request comes from this server's own page (Host and Origin both ours)."""
        if request.host.lower() not in self.hosts:
            return False
        origin = request.headers.get("Origin", "")
        parts = urlsplit(origin)
        return parts.scheme in ("http", "https") and parts.netloc.lower() in self.hosts

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """The page, only under a name of this server (no DNS rebinding)."""
        if request.host.lower() not in self.hosts:
            return web.Response(status=403, text="digest serve: unknown host name\n")
        response: web.StreamResponse = await super().handle_index(request)
        return response

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
        """Start an app for the served page only, and only while fewer than ``max_sessions`` run."""
        if not self.origin_allowed(request):
            return web.Response(status=403, text="digest serve: websocket from another origin refused\n")
        if self.sessions >= self.max_sessions:
            return web.Response(status=503, text=f"digest serve: {self.max_sessions} sessions already open\n")
        self.sessions += 1
        try:
            response: web.StreamResponse = await super().handle_websocket(request)
        finally:
            self.sessions -= 1
        return response
