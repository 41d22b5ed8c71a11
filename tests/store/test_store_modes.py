"""Directory 0700 and every file 0600, whatever the umask."""

from __future__ import annotations

import os
import stat

import pytest

from coach.domain.conversations import Entry
from coach.store import Store
from coach.store import files as store_files
from coach.store.backups import restore


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(params=[0o000, 0o077, 0o022])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_dirs_0700_and_files_0600_under_any_umask(umask, data_dir, make_world):
    store = Store.open(data_dir, backup=True)
    try:
        world = make_world(store)
        store.wait_for_backup()
        store.backup_now()
        assert (data_dir / "coach.lock.json").exists()
        seen = _check_tree(data_dir)
        assert {"coach.json", "coach.lock", "coach.lock.json"} <= seen
        assert any(name.endswith(".zip") for name in seen)
    finally:
        store.close()
    restore(data_dir, store.backups()[0].name)
    seen = _check_tree(data_dir)
    assert any(name.startswith("pre-restore-") for name in seen)
    assert f"{world['person'].id}.json" in seen


def _check_tree(root) -> set[str]:
    seen = set()
    for folder, _dirs, names in os.walk(root):
        assert _mode(folder) == 0o700, folder
        for name in names:
            assert _mode(os.path.join(folder, name)) == 0o600, name
            seen.add(name)
    return seen


def test_existing_open_directory_is_made_private(tmp_path):
    folder = tmp_path / "open"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    Store.open(folder, backup=False).close()
    assert _mode(folder) == 0o700


def test_temp_files_are_private_before_they_are_renamed(umask, store, make_world, monkeypatch):
    world = make_world(store)
    modes = []
    real_replace = os.replace

    def spy(src, dst):
        modes.append(_mode(src))
        return real_replace(src, dst)

    monkeypatch.setattr(store_files.os, "replace", spy)
    store.save_entry(Entry(world["conversation"].id, "hemmelig"))
    assert modes == [0o600]
