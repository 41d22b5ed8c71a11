"""The lock is the lock: a vanished or replaced lock file stops the writer, a symlink is
refused, the holder's machine is recorded, another machine's lock opens read-only."""

from __future__ import annotations

import json
import os
import socket

import pytest

from coach.domain.people import Person
from coach.store import (
    Store,
    StoreLockLost,
    StoreLockSymlink,
    StoreReadOnly,
)
from coach.store.layout import LOCK_FILE, OWNER_FILE


def test_a_vanished_lock_file_stops_writing_and_says_why(store, data_dir):
    store.save_person(Person("Kari"))
    os.unlink(data_dir / LOCK_FILE)
    with pytest.raises(StoreLockLost) as err:
        store.save_person(Person("Ola"))
    assert "deleted" in err.value.explain("en") and "slettet" in err.value.explain("nb")
    second = Store.open(data_dir, backup=False)  # the door the deletion opened
    second.save_person(Person("Siri"))
    second.close()
    with pytest.raises(StoreLockLost):  # and the first stays stopped
        store.save_person(Person("Per"))
    assert store.read_only_reason.kind == "lock_lost"
    assert [p.name for p in Store.open(data_dir, read_only=True).people()] == ["Kari", "Siri"]


def test_a_replaced_lock_file_stops_writing(store, data_dir):
    os.unlink(data_dir / LOCK_FILE)
    (data_dir / LOCK_FILE).write_bytes(b"")
    with pytest.raises(StoreLockLost) as err:
        store.save_person(Person("Ola"))
    assert err.value.what == "replaced"
    assert isinstance(err.value, StoreReadOnly)


def test_a_symlink_at_the_lock_is_refused_clearly(tmp_path, data_dir):
    data_dir.mkdir(mode=0o700)
    target = tmp_path / "elsewhere"
    os.symlink(target, data_dir / LOCK_FILE)
    with pytest.raises(StoreLockSymlink) as err:
        Store.open(data_dir, backup=False)
    assert "symbolic link" in err.value.explain("en")
    assert "symbolsk lenke" in err.value.explain("nb")
    assert not target.exists()


def test_the_lock_records_the_machine(store, data_dir):
    owner = json.loads((data_dir / OWNER_FILE).read_text())
    assert owner["host"] == socket.gethostname() and owner["pid"] == os.getpid()


def test_a_lock_held_by_another_machine_opens_read_only_and_names_it(data_dir):
    Store.open(data_dir, backup=False).close()
    (data_dir / OWNER_FILE).write_text(json.dumps(
        {"pid": 4242, "host": "laptop-kari", "since": "2026-12-01T09:00:00+01:00"}))
    store = Store.open(data_dir, backup=False)
    try:
        assert store.read_only and store.read_only_reason.kind == "other_machine"
        with pytest.raises(StoreReadOnly) as err:
            store.save_person(Person("Ola"))
        assert "laptop-kari" in err.value.explain("en")
        assert "laptop-kari" in store.read_only_reason.explain("nb")
    finally:
        store.close()
    # the other machine's side file is left as it was
    assert json.loads((data_dir / OWNER_FILE).read_text())["host"] == "laptop-kari"
