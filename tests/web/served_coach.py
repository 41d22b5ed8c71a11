"""For the browser tests: start `coach serve` as a user would, and read the page's terminal.

The browser is Debian's chromium (never a download of Playwright's own), headless, with a
fresh profile. Every request it makes is recorded; the tests fail on any that is not to the
local server. What the page shows is read from the page's xterm.js buffer: an init script
(added by the tests only, never by the page) keeps the terminal object textual.js creates.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: The ports the team gave this work; the first free one is used.
PORTS = range(8700, 8800)
#: How long any wait may take (a page to show a text, the server to start or stop, the
#: served coach to let go of the store). Generous: on a loaded machine a coach process per
#: tab, chromium and the test share two cores, and 30 s was once not enough. Waits end as
#: soon as their condition holds, so a quiet machine is not slowed.
WAIT_MS = 120_000
WAIT_S = WAIT_MS / 1000

#: Keeps the xterm.js Terminal that textual.js assigns to `this.terminal`.
KEEP_TERMINAL = """
Object.defineProperty(Object.prototype, "terminal", {
  configurable: true,
  set(value) {
    Object.defineProperty(this, "terminal",
      {value, writable: true, configurable: true, enumerable: true});
    if (value && typeof value.loadAddon === "function" && value.buffer) {
      window.__coachTerminal = value;
    }
  },
});
"""

SCREEN_JS = """() => {
  const term = window.__coachTerminal;
  if (!term) return "";
  const buffer = term.buffer.active, rows = [];
  for (let i = 0; i < buffer.length; i++) rows.push(buffer.getLine(i).translateToString(true));
  return rows.join("\\n");
}"""

WAIT_JS = """(needle) => {
  const term = window.__coachTerminal;
  if (!term) return false;
  const buffer = term.buffer.active;
  for (let i = 0; i < buffer.length; i++) {
    if (buffer.getLine(i).translateToString(true).includes(needle)) return true;
  }
  return false;
}"""


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 8700-8799")


@dataclass
class Served:
    """A running `coach ... serve` and what it printed."""

    process: subprocess.Popen
    url: str
    log: Path
    data_dir: Path

    @property
    def origin(self) -> str:
        return re.match(r"http://[^/]+", self.url).group(0)

    def stop(self) -> int:
        """Stop it as ctrl+c in its terminal does: SIGINT to its whole process group (the
        server and every coach it started for a tab)."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(timeout=WAIT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def start_serve(args: list[str], data_dir: Path, log: Path, *, cwd: Path) -> Served:
    """Run ``coach --data-dir DATA ARGS`` (ARGS ends in a serve command) until it prints
    its URL."""
    port = free_port()
    argv = [sys.executable, "-m", "coach", "--data-dir", str(data_dir), *args,
            "--port", str(port)]
    out = log.open("wb")
    process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, cwd=cwd, env=dict(os.environ),
                               start_new_session=True)  # its own group, as in a terminal
    out.close()
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        found = re.search(r"http://127\.0\.0\.1:\d+/\S+/", log.read_text("utf-8", "replace"))
        if found:
            return Served(process, found.group(0), log, data_dir)
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    raise AssertionError(f"coach serve printed no URL:\n{log.read_text('utf-8', 'replace')}")


def demo_data(target: Path, lang: str = "nb") -> Path:
    """A small demo team in ``target`` (made once per session by the fixture, then copied)."""
    subprocess.run([sys.executable, "-m", "coach", "--data-dir", str(target), "--lang", lang,
                    "demo", "--people", "3", "--years", "1", "--seed", "7"],
                   check=True, capture_output=True)
    return target


def copy_data(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    for lock in target.glob("coach.lock*"):
        lock.unlink()
    return target


@dataclass
class Requests:
    """Every URL the browser asked for."""

    urls: list[str] = field(default_factory=list)

    def outside(self, origin: str) -> list[str]:
        return [u for u in self.urls
                if not (u == origin or u.startswith(origin + "/") or u.startswith("data:"))]


def screen(page) -> str:
    return page.evaluate(SCREEN_JS)


def wait_for_text(page, needle: str, timeout: int = WAIT_MS) -> None:
    """Wait until the page's terminal shows ``needle`` somewhere on one row."""
    try:
        page.wait_for_function(WAIT_JS, arg=needle, timeout=timeout, polling=100)
    except Exception as exc:
        raise AssertionError(f"the page never showed {needle!r}; it shows:\n"
                             f"{screen(page)}") from exc


def open_app(context, url: str):
    """A new tab on ``url``, its terminal focused once coach has drawn."""
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("() => document.body.classList.contains('-first-byte')",
                           timeout=WAIT_MS)
    page.locator(".xterm-helper-textarea").focus()
    return page


def lock_holder(data_dir: Path) -> int | None:
    """The pid the one-writer lock names, if a coach holds the directory."""
    import json

    info = data_dir / "coach.lock.json"
    try:
        return int(json.loads(info.read_text("utf-8"))["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def wait_until(predicate, timeout: float = WAIT_S, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what or predicate}")
