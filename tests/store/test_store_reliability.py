"""SIGKILL a writing process at random moments: every acknowledged save survives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time

from coach.domain.conversations import Conversation, ConversationKind, ConversationStatus
from coach.domain.people import Person
from coach.store import Store
from coach.store.backups import read_members
from coach.store.layout import data_files

WRITER = textwrap.dedent("""
    import sys, time
    from coach.domain.conversations import Entry
    from coach.store import Store, StoreLocked
    data_dir, conv_id, round_no = sys.argv[1], sys.argv[2], int(sys.argv[3])
    for _ in range(200):
        try:
            store = Store.open(data_dir, backup=round_no % 3 == 0)
            break
        except StoreLocked:
            time.sleep(0.01)
    conv = store.conversation(conv_id)
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        entry = Entry(conv_id, f"runde {round_no} notat {i} æøå " + "x" * (i % 50),
                      section_id="s")
        store.save_entry(entry)
        print(entry.id, flush=True)
        if i % 7 == 0:
            conv.clock_state = {"round": round_no, "i": i}
            store.save_conversation(conv)
        if i % 11 == 0:
            entry.text += " (endret)"
            store.save_entry(entry)
""")


def _run_and_kill(data_dir, conv_id, round_no, rng) -> list[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), conv_id, str(round_no)],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            if line.endswith("\n"):
                if line.strip() == "ready":
                    ready.set()
                else:
                    lines.append(line.strip())
        ready.set()

    reader = threading.Thread(target=read)
    reader.start()
    ready.wait(timeout=20)
    time.sleep(rng.uniform(0.0, 0.12))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=20)
    reader.join(timeout=20)
    assert child.returncode == -signal.SIGKILL
    return lines


def test_acknowledged_saves_survive_sigkill(tmp_path):
    data_dir = tmp_path / "data"
    with Store.open(data_dir, backup=False) as store:
        person = Person("Solveig Strand")
        store.save_person(person)
        conv = Conversation(person.id, ConversationKind.FOLLOW_UP, "follow-up",
                            status=ConversationStatus.IN_PROGRESS)
        store.save_conversation(conv)
    rng = random.Random(20261129)
    acked: list[str] = []
    kills = 0
    while (len(acked) < 200 or kills < 10) and kills < 60:
        acked += _run_and_kill(data_dir, conv.id, kills, rng)
        kills += 1
    assert kills >= 10 and len(acked) >= 200
    read_members(data_dir)  # every file parses
    for path in data_files(data_dir):
        assert path.read_bytes().strip()
    with Store.open(data_dir, backup=False) as store:
        saved = {e.id for e in store.entries(conv.id)}
        assert store.conversation(conv.id).clock_state.get("round") is not None
    missing = [a for a in acked if a not in saved]
    assert not missing, f"{len(missing)} of {len(acked)} acknowledged saves lost"
