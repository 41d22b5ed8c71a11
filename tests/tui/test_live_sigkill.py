"""SIGKILL the app while it types: what was typed up to 2 s before the kill is saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from live_typist import TEXT
from tui_team import fill_team

from coach.store import Store

HERE = Path(__file__).parent


def test_sigkill_loses_at_most_two_seconds_of_typing(tmp_path):
    data = tmp_path / "data"
    store = Store.open(data, backup=False)
    fill_team(store)
    store.close()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(HERE.parent.parent), str(HERE)]))
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "live_typist.py"), str(data)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    typed: list[tuple[int, float]] = []
    started = None
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            word, stamp = line.split()
            if word == "ready":
                continue
            typed.append((int(word), float(stamp)))
            started = started or time.monotonic()
            if time.monotonic() - started >= 3.0:
                break
        killed_at = time.monotonic()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert typed, proc.stderr.read() if proc.stderr else "no output"
    assert typed[-1][0] > 20
    must_have = max((n for n, at in typed if at <= killed_at - 2.0), default=0)
    assert must_have > 0
    store = Store.open(data, read_only=True, backup=False)
    try:
        (conv,) = store.unfinished_conversations()
        texts = [e.text for e in store.entries(conv.id)]
    finally:
        store.close()
    assert len(texts) == 1
    assert texts[0].startswith(TEXT[:must_have])
