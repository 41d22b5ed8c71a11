"""One writer per data directory; a second one is told who holds it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import pytest

from coach.domain.people import Person
from coach.store import Store, StoreLocked
from coach.store.layout import LOCK_FILE, OWNER_FILE


def test_second_writer_in_the_same_process_is_refused(data_dir):
    with Store.open(data_dir, backup=False) as first:
        first.save_person(Person("Kari"))
        with pytest.raises(StoreLocked) as info:
            Store.open(data_dir, backup=False)
        assert info.value.pid == os.getpid()
        assert info.value.since
        assert str(os.getpid()) in info.value.explain("nb")
        assert "i bruk" in info.value.explain("nb")
        assert "in use" in info.value.explain("en")
        # since when, as a person reads a time: not the stored ISO stamp
        assert info.value.since not in info.value.explain("nb")
        assert re.search(r"startet \d\d\.\d\d\.\d{4} \d\d:\d\d\)", info.value.explain("nb"))
        first.save_person(Person("Ola"))
    with Store.open(data_dir, backup=False) as again:
        assert [p.name for p in again.people()] == ["Kari", "Ola"]


def test_lock_is_released_on_close_and_owner_file_removed(data_dir):
    store = Store.open(data_dir, backup=False)
    assert (data_dir / OWNER_FILE).exists()
    store.close()
    assert not (data_dir / OWNER_FILE).exists()
    Store.open(data_dir, backup=False).close()


def test_writer_in_another_process_is_named(data_dir):
    script = textwrap.dedent(f"""
        import sys, time
        from coach.store import Store
        store = Store.open({str(data_dir)!r}, backup=False)
        print("ready", flush=True)
        sys.stdin.readline()
        store.close()
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked) as info:
            Store.open(data_dir, backup=False)
        assert info.value.pid == child.pid
        assert str(child.pid) in info.value.explain("en")
        with Store.open(data_dir, read_only=True) as ro:
            assert ro.read_only and ro.people() == []
    finally:
        child.communicate("\n", timeout=30)
    assert child.returncode == 0
    Store.open(data_dir, backup=False).close()


def test_a_killed_writer_leaves_no_stale_lock(data_dir):
    script = (f"from coach.store import Store; s = Store.open({str(data_dir)!r}, backup=False);"
              "import os, signal; os.kill(os.getpid(), signal.SIGKILL)")
    result = subprocess.run([sys.executable, "-c", script])
    assert result.returncode == -9
    assert (data_dir / LOCK_FILE).exists()
    Store.open(data_dir, backup=False).close()


def test_read_only_does_not_take_the_lock(data_dir):
    with Store.open(data_dir, backup=False) as writer:
        writer.save_person(Person("Liv"))
        with Store.open(data_dir, read_only=True) as reader:
            assert [p.name for p in reader.people()] == ["Liv"]
