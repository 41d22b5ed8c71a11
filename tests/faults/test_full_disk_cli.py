"""Issue 15, item 3 (the CLI's half): on a full disk every writing command says "the disk is
full" in one line and changes nothing; a read-only file system gets its own line. Run on a
real tmpfs made by the test (skipped, saying why, where it cannot mount one)."""

from __future__ import annotations

import errno

import pytest

from coach.store.layout import RESTORE_MARKER
from tests.faults.fault_team import assert_clean_stop, coach, fill
from tests.faults.small_fs import fill_up, remount_read_only, small_fs, tree


@pytest.fixture
def full_disk(tmp_path):
    with small_fs(tmp_path / "mnt") as mnt:
        data = mnt / "data"
        fill(data)
        fill_up(mnt)
        yield data


def _prep_file(tmp_path):
    from coach.content import load_library
    from coach.markdown.preparation_writer import render_preparation
    from coach.services.reflecting import ReflectSession
    from coach.store import Store

    with Store.open(tmp_path / "reflect", backup=False) as store:
        session = ReflectSession.open(store, load_library(), "nb", name="Kari Nordmann")
        session.set_answer("ahead", "Mer ansvar for tjenestedesign")
        session.persist([session.snapshot()])
        text = render_preparation(session.snapshot().preparation)
    path = tmp_path / "kari-prep.md"
    path.write_text(text, encoding="utf-8")
    return path


def _disk_full_line(result) -> str:
    assert_clean_stop(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_backup_on_a_full_disk_says_so_and_changes_nothing(full_disk):
    before = tree(full_disk)
    line = _disk_full_line(coach("--lang", "en", "--data-dir", str(full_disk), "backup"))
    assert line.startswith("The disk is full: "), line
    assert ".tmp" not in line  # the file named is the one the user knows
    assert tree(full_disk) == before


def test_import_prep_on_a_full_disk(full_disk, tmp_path):
    prep = _prep_file(tmp_path)
    before = tree(full_disk)
    result = coach("--lang", "nb", "--data-dir", str(full_disk), "import-prep", str(prep),
                   "--person", "kari")
    assert _disk_full_line(result).startswith("Disken er full: ")
    assert tree(full_disk) == before


def test_restore_that_cannot_keep_the_current_data_leaves_no_marker(full_disk):
    before = tree(full_disk)
    backups = [p for p in before if p.startswith("backups/")]
    assert backups
    name = backups[0].split("/", 1)[1]
    result = coach("--lang", "en", "--data-dir", str(full_disk), "restore", name)
    assert _disk_full_line(result).startswith("The disk is full: ")
    assert not (full_disk / RESTORE_MARKER).exists()
    assert tree(full_disk) == before
    # and the next command does not ask for the restore to be run again
    after = coach("--lang", "en", "--data-dir", str(full_disk), "export", "kari")
    assert after.returncode == 0, after.stderr


@pytest.mark.parametrize("command", [
    ["forget", "Kari Nordmann", "--yes-i-am-sure", "Kari Nordmann"],
    ["demo", "--force", "--people", "2", "--years", "1"],
], ids=["forget", "demo --force"])
def test_destructive_commands_on_a_full_disk_change_nothing(full_disk, command):
    before = tree(full_disk)
    result = coach("--lang", "en", "--data-dir", str(full_disk), *command)
    assert_clean_stop(result)
    assert "The disk is full: " in result.stderr, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("The disk is full: ")
    assert tree(full_disk) == before


def test_a_read_only_file_system(tmp_path):
    with small_fs(tmp_path / "mnt") as mnt:
        data = mnt / "data"
        fill(data)
        remount_read_only(mnt)
        before = tree(data)
        result = coach("--lang", "en", "--data-dir", str(data), "backup")
        assert_clean_stop(result)
        assert "read-only" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        reading = coach("--lang", "en", "--data-dir", str(data), "export", "kari")
        assert reading.returncode == 0, reading.stderr
        assert tree(data) == before


def test_enospc_from_any_write_is_one_line(team, capsys, monkeypatch):
    """The same without a mount: the atomic write fails with ENOSPC (monkeypatched)."""
    from coach.cli import main
    from coach.store import files

    data, _ = team
    real = files.open_private

    def full(path, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(files, "open_private", full)
    before = tree(data)
    assert main(["--lang", "en", "--data-dir", str(data), "backup"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith("The disk is full: ") and ".tmp" not in err
    monkeypatch.setattr(files, "open_private", real)
    assert tree(data) == before
