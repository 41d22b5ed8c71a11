"""`coach forget PERSON`: typed confirmation, a final export, what remains in backups."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from datetime import date

import pytest

from coach.cli import main
from coach.store import Store
from coach.store.backups import DAILY_PREFIX, make_backup, restore
from coach.store.forgetting import backups_holding, purge_backup, still_holds
from tests.privacy.privacy_team import SECRET


def run(path, *args, lang="en"):
    return main(["--data-dir", str(path), "--lang", lang, *args])


@pytest.fixture
def no_terminal(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)


def names(path) -> set[str]:
    with Store.open(path, read_only=True) as store:
        return {p.name for p in store.people(include_archived=True)}


def files(path) -> set[str]:
    return {p.relative_to(path).as_posix() for p in path.rglob("*.json")
            if "backups" not in p.parts}


def test_refuses_without_a_terminal_or_the_name(team, no_terminal, capsys):
    path, _ = team
    assert run(path, "forget", "kari") == 1
    err = capsys.readouterr().err
    assert '--yes-i-am-sure "Kari Lie"' in err and "Nothing was removed" in err
    assert "Kari Lie" in names(path)


def test_wrong_name_removes_nothing_and_exports_nothing(team, no_terminal, tmp_path, capsys):
    path, _ = team
    target = tmp_path / "final.md"
    assert run(path, "forget", "kari", "--yes-i-am-sure", "Kari",
               "--export-first", str(target)) == 1
    assert "does not match" in capsys.readouterr().err
    assert "Kari Lie" in names(path) and not target.exists()


def test_forget_with_export_first_removes_every_trace(team, no_terminal, tmp_path, capsys):
    path, ids = team
    target = tmp_path / "final.md"
    before = files(path)
    assert run(path, "forget", "kari", "--yes-i-am-sure", "kari  lie",
               "--export-first", str(target)) == 0
    out = capsys.readouterr().out
    for line in ("- conversations: 2", "- action items: 4", "- goals: 1",
                 "- goal progress entries: 1", "- competence areas: 1",
                 "- notes, agreements and other entries in the conversations: 6 "
                 "(2 of them private)"):
        assert line in out
    # the final export is whole (private notes too) and private
    text = target.read_text(encoding="utf-8")
    assert SECRET in text and "Agreed on the yearly goals" in text
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    # no trace left in the store's files
    assert names(path) == {"Ola Nordmann"}
    gone = {f"people/{ids['kari']}.json", f"conversations/{ids['old']}.json",
            f"conversations/{ids['recent']}.json"}
    assert gone <= before and not gone & files(path)
    for f in path.rglob("*.json"):
        assert ids["kari"] not in f.read_text(encoding="utf-8")
    # Ola is untouched
    with Store.open(path, read_only=True) as store:
        assert [e.text for e in store.entries(ids["theirs"])] == ["Ola's own note"]
    assert "No backup holds Kari Lie" in out


def test_interactive_offers_an_export_then_asks_for_the_name(team, terminal, tmp_path,
                                                            monkeypatch, capsys):
    path, _ = team
    answers, prompts = terminal
    monkeypatch.chdir(tmp_path)
    answers += ["j", "", "Kari Lie"]
    assert run(path, "forget", "kari") == 0
    assert "Write a full export first" in prompts[0]
    assert "Type the full name (Kari Lie)" in prompts[2]
    written = list(tmp_path.glob("coach-kari-lie-*.md"))
    assert len(written) == 1 and SECRET in written[0].read_text(encoding="utf-8")
    assert stat.S_IMODE(os.stat(written[0]).st_mode) == 0o600
    assert "Kari Lie" not in names(path)


def test_interactive_wrong_name_keeps_everything(team, terminal, capsys):
    path, _ = team
    answers, _ = terminal
    answers += ["n", "Kari Li"]
    assert run(path, "forget", "kari", lang="nb") == 1
    err = capsys.readouterr().err
    assert "stemmer ikke" in err and "Ingenting er slettet" in err
    assert "Kari Lie" in names(path)


def test_unknown_person(team, no_terminal, capsys):
    path, _ = team
    assert run(path, "forget", "Per", "--yes-i-am-sure", "Per") == 1
    assert "No one called" in capsys.readouterr().err


# -- backups --------------------------------------------------------------------------------
def backup_on(path, day: date):
    return make_backup(path, keep=14, day=day)


def test_says_which_backups_hold_the_person_and_when_they_go(team, no_terminal, capsys):
    path, ids = team
    backup_on(path, date(2020, 1, 1))
    backup_on(path, date(2020, 1, 2))
    assert run(path, "forget", "kari", "--yes-i-am-sure", "Kari Lie") == 0
    out = capsys.readouterr().out
    assert "These backups still hold Kari Lie (2)" in out
    assert f"{DAILY_PREFIX}2020-01-02.zip: deleted after 14 more daily backups" in out
    assert f"{DAILY_PREFIX}2020-01-01.zip: deleted after 13 more daily backups" in out
    assert f"coach forget {ids['kari']} --purge-backups" in out
    # the backups are left as they were
    assert all(still_holds(b.path, ids["kari"])
               for b in backups_holding(path, ids["kari"], keep=14))


def test_in_bokmal_a_backups_expiry_reads_the_norwegian_way(team, no_terminal, capsys):
    path, ids = team
    backup_on(path, date(2020, 1, 1))
    assert run(path, "forget", "kari", "--yes-i-am-sure", "Kari Lie", lang="nb") == 0
    out = capsys.readouterr().out
    (held,) = backups_holding(path, ids["kari"], keep=14)
    assert f"tidligst {held.expires:%d.%m.%Y}" in out
    assert held.expires.isoformat() not in out


def test_expiry_counts_newer_daily_backups(tmp_path):
    data = tmp_path / "d"
    (data / "backups").mkdir(parents=True)
    for day in (1, 2, 3):
        with zipfile.ZipFile(data / "backups" / f"{DAILY_PREFIX}2030-01-0{day}.zip", "w") as zf:
            zf.writestr("coach.json", '{"people": {"1": {"id": "abc"}}}')
    with zipfile.ZipFile(data / "backups" / "pre-restore-20300101-000000.zip", "w") as zf:
        zf.writestr("coach.json", '{"people": {"1": {"id": "abc"}}}')
    held = backups_holding(data, "abc", keep=3, today=date(2030, 1, 3))
    assert [(b.name, b.kind, b.newer_needed, b.expires) for b in held] == [
        ("pre-restore-20300101-000000.zip", "pre-restore", None, None),
        (f"{DAILY_PREFIX}2030-01-03.zip", "daily", 3, date(2030, 1, 6)),
        (f"{DAILY_PREFIX}2030-01-02.zip", "daily", 2, date(2030, 1, 5)),
        (f"{DAILY_PREFIX}2030-01-01.zip", "daily", 1, date(2030, 1, 4)),
    ]
    # No backup yet today: the next one is made today.
    held = backups_holding(data, "abc", keep=3, today=date(2030, 1, 4))
    assert held[-1].expires == date(2030, 1, 4)
    assert backups_holding(data, "nobody", keep=3) == []


def test_purge_backups_rewrites_them_without_the_person(team, no_terminal, capsys):
    path, ids = team
    info = backup_on(path, date(2020, 1, 1))
    mtime = info.path.stat().st_mtime_ns
    assert run(path, "forget", "kari", "--yes-i-am-sure", "Kari Lie", "--purge-backups") == 0
    out = capsys.readouterr().out
    assert f"Rewrote {info.path} without Kari Lie" in out
    assert "No backup holds Kari Lie" in out
    assert not still_holds(info.path, ids["kari"])
    assert stat.S_IMODE(os.stat(info.path).st_mode) == 0o600
    assert info.path.stat().st_mtime_ns == mtime  # keeps its place in the rotation
    with zipfile.ZipFile(info.path) as zf:
        members = set(zf.namelist())
        assert zf.testzip() is None
    assert f"conversations/{ids['theirs']}.json" in members
    assert f"conversations/{ids['recent']}.json" not in members
    # the purged backup still restores, with Ola and without Kari
    restore(path, info.name)
    assert names(path) == {"Ola Nordmann"}


def test_purge_later_by_id(team, no_terminal, capsys):
    path, ids = team
    info = backup_on(path, date(2020, 1, 1))
    assert run(path, "forget", "kari", "--yes-i-am-sure", "Kari Lie") == 0
    assert still_holds(info.path, ids["kari"])
    assert run(path, "forget", ids["kari"], "--purge-backups", "--yes-i-am-sure", "x") == 1
    assert still_holds(info.path, ids["kari"])
    assert run(path, "forget", ids["kari"], "--purge-backups",
               "--yes-i-am-sure", ids["kari"]) == 0
    assert not still_holds(info.path, ids["kari"])


def test_a_damaged_backup_is_reported_and_left_alone(team, no_terminal, capsys):
    path, ids = team
    bad = path / "backups" / f"{DAILY_PREFIX}2020-01-01.zip"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"not a zip " + ids["kari"].encode())
    assert run(path, "forget", "kari", "--yes-i-am-sure", "Kari Lie", "--purge-backups") == 0
    captured = capsys.readouterr()
    assert "Could not rewrite" in captured.err
    assert str(bad) in captured.out  # still listed as holding the person
    assert bad.read_bytes().startswith(b"not a zip")


def test_purge_backup_of_someone_absent_changes_nothing(team):
    path, _ = team
    info = backup_on(path, date(2020, 1, 1))
    raw = info.path.read_bytes()
    assert purge_backup(info.path, "someone-else") is False
    assert info.path.read_bytes() == raw
