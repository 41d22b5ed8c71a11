"""Rotating daily backups, restore, and the `coach backup` / `coach restore` commands."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from datetime import date, timedelta

import pytest

from coach import cli
from coach.domain.conversations import Entry
from coach.domain.people import Person
from coach.store import BackupError, RestoreInterrupted, Store, StoreLocked
from coach.store.backups import daily_name, list_backups, make_backup, resolve, restore
from coach.store.layout import RESTORE_MARKER, conversation_path, index_path


def test_first_open_makes_the_days_backup_in_the_background(data_dir, make_world):
    with Store.open(data_dir, backup=False) as store:
        make_world(store)
    with Store.open(data_dir) as store:
        store.wait_for_backup()
        assert store.backup_error is None
        names = [b.name for b in store.backups()]
    assert names == [daily_name(date.today())]
    with zipfile.ZipFile(data_dir / "backups" / names[0]) as zf:
        members = set(zf.namelist())
    assert "coach.json" in members and len(members) == 3


def test_rotation_keeps_the_newest_fourteen(data_dir, make_world):
    with Store.open(data_dir, backup=False) as store:
        make_world(store)
    today = date.today()
    for back in range(20, 0, -1):
        make_backup(data_dir, day=today - timedelta(days=back))
    names = sorted(b.name for b in list_backups(data_dir))
    assert len(names) == 14
    assert names[0] == daily_name(today - timedelta(days=14))
    assert names[-1] == daily_name(today - timedelta(days=1))
    with Store.open(data_dir, keep_backups=14) as store:
        store.wait_for_backup()
    names = sorted(b.name for b in list_backups(data_dir))
    assert len(names) == 14 and names[-1] == daily_name(today)
    assert daily_name(today - timedelta(days=14)) not in names
    for info in list_backups(data_dir):
        assert stat.S_IMODE(os.stat(info.path).st_mode) == 0o600


def test_restore_round_trip_keeps_current_data_as_pre_restore(data_dir, make_world):
    with Store.open(data_dir, backup=False) as store:
        world = make_world(store)
        good = store.backup_now()
        later = Person("Lagt til etterpå")
        store.save_person(later)
        store.save_entry(Entry(world["conversation"].id, "etter kopien"))
        store.forget_person(world["person"].id)
    restored, kept = restore(data_dir, good.name)
    assert restored.name == good.name and kept.startswith("pre-restore-")
    with Store.open(data_dir, backup=False) as store:
        assert [p.name for p in store.people()] == ["Åse Ørnø"]
        assert store.entries(world["conversation"].id) == world["entries"]
        assert store.goals(world["person"].id) == [world["goal"]]
    restore(data_dir, kept)
    with Store.open(data_dir, backup=False) as store:
        assert [p.name for p in store.people()] == ["Lagt til etterpå"]
        assert not conversation_path(data_dir, world["conversation"].id).exists()


def test_restore_refuses_while_another_coach_writes(data_dir):
    with Store.open(data_dir, backup=False) as store:
        info = store.backup_now()
        with pytest.raises(StoreLocked):
            restore(data_dir, info.name)


def test_restore_rejects_a_bad_zip_and_changes_nothing(data_dir, make_world):
    with Store.open(data_dir, backup=False) as store:
        make_world(store)
    folder = data_dir / "backups"
    bad = {
        "coach-2001-01-01.zip": b"not a zip",
        "coach-2001-01-02.zip": _zip({"people/x.json": b"{}"}),
        "coach-2001-01-03.zip": _zip({"coach.json": b"[]"}),
        "coach-2001-01-04.zip": _zip({"coach.json": b"{}", "../evil.json": b"{}"}),
        "coach-2001-01-05.zip": _zip({"coach.json":
                                      b'{"meta": {"1": {"schema_version": 99}}}'}),
    }
    for name, raw in bad.items():
        (folder / name).write_bytes(raw)
    before = index_path(data_dir).read_bytes()
    for name in bad:
        with pytest.raises(BackupError) as info:
            restore(data_dir, name)
        assert name in info.value.explain("en") and name in info.value.explain("nb")
    assert index_path(data_dir).read_bytes() == before
    assert not any(b.name.startswith("pre-restore-") for b in list_backups(data_dir))


def _zip(members: dict[str, bytes]) -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, raw in members.items():
            zf.writestr(name, raw)
    return buf.getvalue()


def test_resolve_by_prefix_and_ambiguity(data_dir):
    Store.open(data_dir, backup=False).close()
    today = date.today()
    make_backup(data_dir, day=date(2026, 1, 10))
    make_backup(data_dir, day=date(2026, 1, 11))
    assert resolve(data_dir, "coach-2026-01-10").name == "coach-2026-01-10.zip"
    assert resolve(data_dir, "coach-2026-01-11.zip").name == "coach-2026-01-11.zip"
    with pytest.raises(BackupError) as info:
        resolve(data_dir, "coach-2026-01-1")
    assert info.value.key == "backup.ambiguous"
    with pytest.raises(BackupError) as info:
        resolve(data_dir, f"coach-{today.year + 5}")
    assert info.value.key == "backup.not_found"


def test_an_interrupted_restore_must_be_rerun(data_dir, make_world):
    with Store.open(data_dir, backup=False) as store:
        make_world(store)
        info = store.backup_now()
    (data_dir / RESTORE_MARKER).write_text(json.dumps({"backup": info.name}))
    with pytest.raises(RestoreInterrupted) as err:
        Store.open(data_dir)
    assert f"restore {info.name}" in err.value.explain("en")
    restore(data_dir, info.name)
    Store.open(data_dir, backup=False).close()


# the commands ------------------------------------------------------------------------------
@pytest.fixture
def coach(monkeypatch, capsys):
    monkeypatch.setattr(cli, "COMMAND_MODULES", {"backup": ("backup", "restore")})

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_backup_command_prints_the_path(coach, data_dir, make_world):
    with Store.open(data_dir, backup=False) as store:
        make_world(store)
    code, out, _ = coach("--data-dir", str(data_dir), "--lang", "en", "backup")
    assert code == 0
    path = data_dir / "backups" / daily_name(date.today())
    assert str(path) in out and path.exists()


def test_restore_command_lists_restores_and_fails_clearly(coach, data_dir, make_world):
    code, out, _ = coach("--data-dir", str(data_dir), "--lang", "nb", "restore")
    assert code == 0 and "ingen sikkerhetskopier" in out
    with Store.open(data_dir, backup=False) as store:
        world = make_world(store)
        store.backup_now()
        store.forget_person(world["person"].id)
    code, out, _ = coach("--data-dir", str(data_dir), "--lang", "en", "restore")
    assert code == 0
    assert daily_name(date.today()) in out and "B" in out and str(date.today()) in out
    code, out, err = coach("--data-dir", str(data_dir), "--lang", "nb", "restore", "finnes")
    assert code != 0 and "finnes" in err and out == ""
    code, out, _ = coach("--data-dir", str(data_dir), "--lang", "en", "restore", "coach-")
    assert code == 0 and "pre-restore-" in out
    with Store.open(data_dir, backup=False) as store:
        assert store.person(world["person"].id).name == "Åse Ørnø"


def test_backup_command_on_a_damaged_store_exits_non_zero(coach, data_dir):
    Store.open(data_dir, backup=False).close()
    index_path(data_dir).write_bytes(b"{oops")
    code, _, err = coach("--data-dir", str(data_dir), "--lang", "en", "backup")
    assert code != 0 and "damaged" in err and "coach.json" in err


def test_the_command_in_the_damage_message_restores_the_store(coach, data_dir, make_world):
    import shlex

    from coach.store import StoreCorrupt

    with Store.open(data_dir, backup=False) as store:
        world = make_world(store)
        store.backup_now()
    index_path(data_dir).write_bytes(b'{"people": {"1": {"name": "halv')
    with pytest.raises(StoreCorrupt) as info:
        Store.open(data_dir)
    argv = shlex.split(info.value.command)
    assert argv[0] == "coach"
    code, out, _ = coach(*argv[1:])
    assert code == 0 and "pre-restore-" in out
    with Store.open(data_dir, backup=False) as store:
        assert store.entries(world["conversation"].id) == world["entries"]
