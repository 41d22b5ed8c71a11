"""All or nothing: each operation that changes several files, killed at >= 20 points
(forked child, ``os._exit`` at the k-th file-system step), leaves the store wholly before or
wholly after, and the next open says whether it finished or undid the operation."""

from __future__ import annotations

import json

import pytest

from coach.cli import main
from coach.demo.generator import generate
from coach.demo.writer import write_demo
from coach.store import Store
from coach.store.backups import list_backups, make_backup, restore
from coach.store.check import check
from coach.store.journal import pending, recover
from coach.store.lock import WriterLock
from tests.store.killing import (
    copy_dir,
    fingerprint,
    kill_points,
    readable_by_stock_tinydb,
    run_in_child,
)

pytestmark = pytest.mark.faults


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    """A data directory with a small team (4 people, a year of conversations) and a backup."""
    folder = tmp_path_factory.mktemp("team") / "data"
    with Store.open(folder, backup=False) as store:
        write_demo(store, generate(seed=7, lang="nb", people=4, years=1))
    make_backup(folder)
    return folder


def _kill_test(source, tmp_path, operation, *, minimum=20):
    """Run ``operation(data_dir)`` whole once (the reference) and killed at each point."""
    before = fingerprint(source)
    reference = copy_dir(source, tmp_path / "reference")
    code, total = run_in_child(lambda: operation(reference))
    assert code == 0, "the operation fails even without a kill"
    after = fingerprint(reference)
    assert after != before
    points = kill_points(total)
    assert len(points) >= min(minimum, total)
    outcomes = {"before": 0, "after": 0}
    said = killed = 0
    for k in points:
        folder = copy_dir(source, tmp_path / "killed")
        code, _ = run_in_child(lambda folder=folder: operation(folder), kill_at=k)
        # the step count varies a little between runs (a thread, a retry); a point past
        # the end of this run is a run that finished
        assert code in (0, 99), f"the operation failed (exit {code}) at kill point {k}"
        killed += code == 99
        # what the next open does first (under the lock): finish or undo the journal
        lock = WriterLock(folder)
        lock.acquire()
        try:
            recovered = recover(folder)
        finally:
            lock.release()
        said += recovered is not None
        if recovered is not None:
            assert recovered.explain("en") and recovered.explain("nb")
        state = fingerprint(folder)
        assert state in (before, after), f"a mix after a kill at step {k} of {total}"
        outcomes["before" if state == before else "after"] += 1
        Store.open(folder, backup=False).close()
        report = check(folder)
        assert not report.serious and not report.of_kind("stray_temp", "journal"), (
            k, [f.explain("en") for f in report.findings])
        readable_by_stock_tinydb(folder)
    assert outcomes["before"] and outcomes["after"], outcomes
    assert killed >= min(minimum, total - 2), (killed, total)
    return outcomes, said


def test_forget_is_all_or_nothing(team, tmp_path):
    with Store.open(team, read_only=True) as store:
        person = store.people()[0]

    def forget(folder):
        with Store.open(folder, backup=False) as store:
            store.forget_person(person.id)

    _kill_test(team, tmp_path, forget)


def test_retention_delete_is_all_or_nothing(team, tmp_path):
    with Store.open(team, read_only=True) as store:
        rows = store.conversation_summaries()
    cutoff = rows[len(rows) // 2].when

    def retention(folder):
        with Store.open(folder, backup=False) as store:
            store.delete_conversations([r.id for r in rows if r.when < cutoff])

    _kill_test(team, tmp_path, retention)


def test_demo_force_is_all_or_nothing(team, tmp_path):
    def demo(folder):
        assert main(["--data-dir", str(folder), "--lang", "en", "demo", "--force",
                     "--people", "2", "--years", "1", "--seed", "3"]) == 0

    _kill_test(team, tmp_path, demo)


def test_restore_is_all_or_nothing(team, tmp_path):
    source = copy_dir(team, tmp_path / "source")
    name = list_backups(source)[0].name
    with Store.open(source, backup=False) as store:
        person = store.people()[0]
        store.forget_person(person.id)
        later = store.people()[0]
        later.role = "endret etter kopien"
        store.save_person(later)

    def restoring(folder):
        restore(folder, name)

    _kill_test(source, tmp_path, restoring)


def test_migration_is_all_or_nothing(team, tmp_path):
    """A schema-1 store (one file) split into the partitioned layout."""
    index = json.loads((team / "coach.json").read_text())
    v1 = {"meta": {"1": {"schema_version": 1}}, "people": index["people"],
          "objectives": index["objectives"], "settings": {}}
    convs, entries, n = {}, {}, 0
    for member in sorted((team / "conversations").iterdir())[:12]:
        data = json.loads(member.read_text())
        conv = next(iter(data["conversation"].values()))
        convs[str(len(convs) + 1)] = conv
        for entry in data["entries"].values():
            n += 1
            entries[str(n)] = entry
    v1["conversations"], v1["entries"] = convs, entries
    for table in ("actions", "goals", "competence", "preparations"):
        v1[table] = {}
    source = tmp_path / "v1"
    source.mkdir(mode=0o700)
    (source / "coach.json").write_text(json.dumps(v1, ensure_ascii=False))
    (source / "coach.json").chmod(0o600)

    def migrate(folder):
        Store.open(folder, backup=False).close()

    _kill_test(source, tmp_path, migrate)


def test_two_demo_force_runs_a_day_keep_both_backups(tmp_path, capsys):
    folder = tmp_path / "data"
    args = ["--data-dir", str(folder), "--lang", "en", "demo", "--people", "2", "--years",
            "1", "--seed"]
    assert main(args + ["1"]) == 0
    assert main(args + ["2", "--force"]) == 0
    assert main(args + ["3", "--force"]) == 0
    out = capsys.readouterr().out
    kept = [b.name for b in list_backups(folder) if "-before-demo-" in b.name]
    assert len(kept) == 2 and len(set(kept)) == 2
    for name in kept:
        assert name in out
    # each holds what was there before its run, and rotation never touches them
    from coach.store.backups import rotate

    rotate(folder, "coach-", 0)
    assert sorted(b.name for b in list_backups(folder)) == sorted(kept)


def test_a_recovery_is_said_on_the_next_command(team, tmp_path, capsys):
    folder = copy_dir(team, tmp_path / "d")
    with Store.open(folder, read_only=True) as store:
        person = store.people()[0]

    def forget(f=folder):
        with Store.open(f, backup=False) as store:
            store.forget_person(person.id)

    _, total = run_in_child(lambda: forget(copy_dir(team, tmp_path / "probe")))
    for k in range(total - 1, 0, -1):  # back from the end, into the journal's steps
        copy_dir(team, folder)
        run_in_child(forget, kill_at=k)
        if pending(folder):
            break
    assert pending(folder)
    assert main(["--data-dir", str(folder), "--lang", "en", "backup"]) == 0
    err = capsys.readouterr().err
    assert "has now been finished" in err or "has been undone" in err
    assert not pending(folder)


def _failing_replace(monkeypatch, folder, *, times):
    """``os.replace`` of a staged file fails ``times`` times with EIO (after the commit)."""
    import errno
    import os

    real = os.replace
    left = [times]

    def replace(src, dst, *a, **kw):
        if ".staging" in str(src) and left[0]:
            left[0] -= 1
            raise OSError(errno.EIO, "I/O error")
        return real(src, dst, *a, **kw)

    monkeypatch.setattr(os, "replace", replace)


def test_a_journal_cut_off_by_an_io_error_is_finished_at_once(team, tmp_path, monkeypatch):
    folder = copy_dir(team, tmp_path / "d")
    store = Store.open(folder, backup=False)
    person = store.people()[0]
    _failing_replace(monkeypatch, folder, times=1)
    with pytest.raises(OSError):
        store.forget_person(person.id)
    assert not pending(folder)  # finished by the second try
    assert person.id not in {p.id for p in store.people(include_archived=True)}
    store.save_person(store.people()[0])  # and the store goes on
    store.close()


def test_a_journal_that_cannot_be_finished_stops_writing(team, tmp_path, monkeypatch):
    from coach.store import StoreReadOnly

    folder = copy_dir(team, tmp_path / "d")
    store = Store.open(folder, backup=False)
    person = store.people()[0]
    _failing_replace(monkeypatch, folder, times=100)
    with pytest.raises(OSError):
        store.forget_person(person.id)
    with pytest.raises(StoreReadOnly) as err:
        store.save_person(store.people()[0])
    assert "Start coach again" in err.value.explain("en")
    store.close()
    monkeypatch.undo()
    with Store.open(folder, backup=False) as again:
        assert again.recovered is not None and again.recovered.action == "finished"
        assert person.id not in {p.id for p in again.people(include_archived=True)}
