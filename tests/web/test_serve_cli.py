"""`coach serve` and `coach reflect --serve` on the command line, without a browser."""

from __future__ import annotations

import shlex
import socket
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from served_coach import free_port

from coach.cli import main
from coach.tui.launch import in_browser
from coach.web.address import loopback_address, new_secret, same_secret


@pytest.mark.parametrize(("host", "address"), [
    ("127.0.0.1", "127.0.0.1"), ("127.8.9.10", "127.8.9.10"), ("localhost", "127.0.0.1"),
    ("LOCALHOST", "127.0.0.1"), ("::1", "::1"), ("[::1]", "::1"),
    ("0.0.0.0", None), ("::", None), ("192.168.1.20", None), ("10.0.0.1", None),
    ("example.org", None), ("localhost.example.org", None), ("", None),
])
def test_only_loopback_addresses_pass(host, address):
    assert loopback_address(host) == address


@given(st.ip_addresses())
def test_any_ip_address_passes_exactly_when_it_is_loopback(ip):
    assert (loopback_address(str(ip)) is not None) == ip.is_loopback


def test_each_run_gets_its_own_long_secret():
    secrets = {new_secret() for _ in range(50)}
    assert len(secrets) == 50
    assert all(len(s) >= 43 and "/" not in s and "?" not in s for s in secrets)
    one = new_secret()
    assert same_secret(one, one) and not same_secret(one[:-1], one)
    assert not same_secret("ø" + one[1:], one)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "example.org", "::"])
def test_a_host_other_machines_can_reach_is_refused_with_why(tmp_path, capsys, host):
    code = main(["--lang", "en", "--data-dir", str(tmp_path / "d"), "serve", "--host", host])
    err = capsys.readouterr().err
    assert code == 2
    assert f"not on {host}" in err and "personal data" in err
    code = main(["--lang", "nb", "--data-dir", str(tmp_path / "d"), "reflect", "--serve",
                 "--host", host])
    assert code == 2
    assert "personopplysninger" in capsys.readouterr().err


def test_a_port_in_use_is_said_plainly(tmp_path, capsys):
    with socket.socket() as taken:
        port = free_port()
        taken.bind(("127.0.0.1", port))
        taken.listen()
        code = main(["--lang", "en", "--data-dir", str(tmp_path / "d"), "serve",
                     "--port", str(port)])
    assert code == 2
    assert f"Cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


@pytest.fixture
def served(monkeypatch):
    """What CoachServer.serve was asked to run (without serving)."""
    from coach.web.server import CoachServer

    seen = {}

    def serve(self, debug=False):
        seen.update(command=self.command, url=self.url, secret=self.secret)

    monkeypatch.setattr(CoachServer, "serve", serve)
    return seen


def test_serve_runs_coach_with_the_same_data_directory_and_language(tmp_path, capsys, served):
    data = tmp_path / "team"
    code = main(["--lang", "nb", "--data-dir", str(data), "serve", "--port",
                 str(free_port())])
    out = capsys.readouterr().out
    assert code == 0
    words = shlex.split(served["command"])
    assert words[:4] == ["exec", sys.executable, "-m", "coach"]
    assert words[4:] == ["--data-dir", str(data.resolve()), "--lang", "nb"]
    assert served["secret"] not in served["command"]  # nor in the processes' command lines
    assert served["url"] in out and "ikke del den" in out
    assert not data.exists() or served["secret"] not in "".join(
        p.read_text("utf-8", "replace") for p in data.rglob("*") if p.is_file())


def test_reflect_serve_runs_reflect_in_the_employees_own_folder(tmp_path, capsys, served):
    own = tmp_path / "mine"
    code = main(["--lang", "en", "reflect", "--serve", "--reflect-dir", str(own),
                 "--template", "follow-up", "--new", "--port", str(free_port())])
    assert code == 0
    words = shlex.split(served["command"])
    tail = words[words.index("reflect"):]
    assert tail == ["reflect", "--reflect-dir", str(own.resolve()), "--template", "follow-up"]
    assert "--new" not in words  # every reopened tab would start over
    assert served["url"] in capsys.readouterr().out


def test_a_served_process_knows_it_runs_in_a_browser():
    assert in_browser({"TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver"})
    assert not in_browser({})
    assert not in_browser({"TEXTUAL_DRIVER": "textual.drivers.linux_driver:LinuxDriver"})
