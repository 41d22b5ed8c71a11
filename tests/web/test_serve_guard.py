"""The server's guard, without a browser: every request needs the secret, this server's own
Host (and Origin), and gets 403 otherwise; the page names no other host; nothing is logged."""

from __future__ import annotations

import logging
import re

import aiohttp
import pytest
from aiohttp import web
from served_coach import free_port

from coach.web.server import CoachServer, bind


@pytest.fixture
async def server():
    sock = bind("127.0.0.1", free_port())
    coach = CoachServer("exec true", sock, lang="en", title="coach", launch="L" * 43)
    runner = web.AppRunner(await coach._make_app(), access_log=None)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    try:
        yield coach
    finally:
        await runner.cleanup()
        sock.close()


async def _status(url: str, **headers) -> int:
    async with aiohttp.ClientSession() as http:
        async with http.get(url, headers=headers, allow_redirects=False) as response:
            return response.status


async def test_the_page_with_the_secret_loads_and_names_no_other_host(server):
    async with aiohttp.ClientSession() as http:
        async with http.get(server.url) as response:
            assert response.status == 200
            html = await response.text()
            headers = response.headers
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "connect-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-store"
    assert "googleapis" not in html and "https:" not in html
    references = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert references
    secret_path = f"/{server.secret}/"
    assert all(r.startswith(secret_path) or r.startswith("data:") for r in references)
    assert f'data-session-websocket-url="ws://127.0.0.1:{server.port}{secret_path}ws"' in html


@pytest.mark.parametrize("path", [
    "/", "/ws", "/static/js/textual.js", "/download/x", "/favicon.ico", "/../",
])
async def test_without_the_secret_every_path_is_403(server, path):
    assert await _status(server.public_url + path) == 403


async def test_a_wrong_or_partial_secret_is_403(server):
    assert await _status(f"{server.public_url}/{'x' * len(server.secret)}/") == 403
    assert await _status(f"{server.public_url}/{server.secret[:-1]}/") == 403
    assert await _status(f"{server.public_url}/{server.secret}") == 403  # no slash: no route
    assert await _status(f"{server.public_url}/?{server.secret}") == 403


async def test_static_files_and_downloads_live_under_the_secret(server):
    base = server.url
    assert await _status(base + "static/js/textual.js") == 200
    assert await _status(base + "static/fonts/RobotoMono-VariableFont_wght.ttf") == 200
    assert await _status(base + "page/coach.js") == 200
    assert await _status(base + "download/no-such-key") == 404  # past the guard


async def test_another_host_name_or_origin_is_403_even_with_the_secret(server):
    """A page elsewhere that makes its name resolve to 127.0.0.1 (DNS rebinding) sends its
    own Host; a page elsewhere that knows nothing still sends its Origin."""
    assert await _status(server.url, Host=f"evil.example:{server.port}") == 403
    assert await _status(server.url, Origin="http://evil.example") == 403
    assert await _status(server.url, Host=f"localhost:{server.port}") == 200
    assert await _status(server.url, Origin=f"http://127.0.0.1:{server.port}") == 200


async def test_the_websocket_needs_the_secret_and_our_origin(server):
    ws = server.url.replace("http:", "ws:") + "ws"
    async with aiohttp.ClientSession() as http:
        for url, origin in ((server.public_url.replace("http:", "ws:") + "/ws", None),
                            (ws, "http://evil.example")):
            headers = {"Origin": origin} if origin else {}
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await http.ws_connect(url, headers=headers)
            assert refused.value.status == 403


async def test_the_one_time_launch_address_redirects_once(server):
    launch = server.launch_url
    async with aiohttp.ClientSession() as http:
        async with http.get(launch, allow_redirects=False) as response:
            assert response.status == 303
            assert response.headers["Location"] == f"/{server.secret}/"
    assert await _status(launch) == 403


async def test_nothing_is_logged_with_the_secret(server, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    await _status(server.url)
    await _status(server.url + "static/css/xterm.css")
    await _status(server.public_url + "/")
    out = capsys.readouterr()
    assert server.secret not in caplog.text + out.out + out.err
