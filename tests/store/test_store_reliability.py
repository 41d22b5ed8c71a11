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


#: Generous bounds for a loaded machine: the child's start (importing coach, opening the
#: store), and the saves a round waits for before its kill.
START_TIMEOUT = 120.0
SAVES_TIMEOUT = 60.0


def _run_and_kill(data_dir, conv_id, round_no, rng) -> list[str]:
    """Start a writer, wait until it has acknowledged a random number of saves (0-30),
    then SIGKILL it a random moment (up to about one save's time) later: in the middle of
    the next write, wherever that is. Counting saves instead of sleeping a fixed time keeps
    the rounds as long in saves, and the test as strong, however slow the machine is."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), conv_id, str(round_no)],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    lines: list[str] = []
    seen = threading.Condition()
    state = {"ready": False, "ended": False}

    def read() -> None:
        for line in child.stdout:
            if line.endswith("\n"):
                with seen:
                    if line.strip() == "ready":
                        state["ready"] = True
                    else:
                        lines.append(line.strip())
                    seen.notify_all()
        with seen:
            state["ended"] = True
            seen.notify_all()

    reader = threading.Thread(target=read)
    reader.start()
    wanted = rng.randint(0, 30)
    with seen:
        assert seen.wait_for(lambda: state["ready"] or state["ended"], START_TIMEOUT), (
            f"the writer did not start within {START_TIMEOUT:g} s")
        assert state["ready"], "the writer ended before it was ready"
        seen.wait_for(lambda: len(lines) >= wanted or state["ended"], SAVES_TIMEOUT)
    time.sleep(rng.uniform(0.0, 0.02))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    reader.join(timeout=60)
    assert child.returncode == -signal.SIGKILL
    with seen:
        return list(lines)


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
