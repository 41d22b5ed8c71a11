"""Folders: every one coach creates is 0700; a folder another account owns is refused; a
user's own chmod 500 is respected (read-only, with the reason); a read-only file system
opens read-only."""

from __future__ import annotations

import os
import pwd
import stat

import pytest

from coach.domain.people import Person
from coach.paths import ForeignFolder, private_dir
from coach.store import Store, StoreFolderRefused, StoreReadOnly


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_every_folder_coach_creates_is_0700_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        data_dir = tmp_path / "a" / "b" / "data"
        Store.open(data_dir, backup=False).close()
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", data_dir, data_dir / "people",
                   data_dir / "conversations", data_dir / "backups"):
        assert _mode(folder) == 0o700, folder


def test_a_folder_owned_by_another_account_is_refused(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("needs root to chown a folder to another account")
    folder = tmp_path / "theirs"
    folder.mkdir()
    os.chmod(folder, 0o777)
    nobody = pwd.getpwnam("nobody")
    os.chown(folder, nobody.pw_uid, nobody.pw_gid)
    with pytest.raises(StoreFolderRefused) as err:
        Store.open(folder, backup=False)
    assert "nobody" in err.value.explain("en") and "nobody" in err.value.explain("nb")
    with pytest.raises(ForeignFolder):
        private_dir(folder)
    assert _mode(folder) == 0o777 and not (folder / "coach.json").exists()


def test_a_users_own_open_folder_is_tightened(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    os.chmod(folder, 0o777)
    Store.open(folder, backup=False).close()
    assert _mode(folder) == 0o700


def test_a_users_chmod_500_is_respected_read_only_with_the_reason(tmp_path):
    folder = tmp_path / "data"
    with Store.open(folder, backup=False) as store:
        store.save_person(Person("Kari"))
    os.chmod(folder, 0o500)
    try:
        store = Store.open(folder)
        assert store.read_only and store.read_only_reason.kind == "folder"
        assert [p.name for p in store.people()] == ["Kari"]
        with pytest.raises(StoreReadOnly) as err:
            store.save_person(Person("Ola"))
        assert "chmod 700" in err.value.explain("en")
        store.close()
        assert _mode(folder) == 0o500  # never made writable again
    finally:
        os.chmod(folder, 0o700)
