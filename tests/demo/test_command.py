"""`coach demo` through the real CLI and store, in tmp_path only."""

from __future__ import annotations

import hashlib

import pytest

from coach.cli import main
from coach.domain.people import Person
from coach.store import Store

SMALL = ["--people", "2", "--years", "1", "--seed", "5"]


def demo(data_dir, *args, lang="en"):
    return main(["--lang", lang, "--data-dir", str(data_dir), "demo", *args])


def fingerprint(data_dir):
    """Every data file (not backups or the lock) and its hash."""
    files = sorted(p for p in data_dir.rglob("*.json")
                   if "backups" not in p.parts and not p.name.startswith("coach.lock"))
    return {str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in files}


def test_fills_an_empty_directory(tmp_path, capsys):
    assert demo(tmp_path / "d", *SMALL) == 0
    out = capsys.readouterr().out
    assert "2 people" in out and "conversations" in out and "entries" in out
    assert "coach --data-dir" in out
    with Store.open(tmp_path / "d", backup=False) as store:
        people = store.people()
        assert len(people) == 2
        assert len(store.objectives()) == 5
        conversations = store.conversations(people[0].id)
        assert conversations and not store.unfinished_conversations()
        assert any(store.entries(c.id) for c in conversations)
        assert store.goals(people[0].id) and store.competence(people[0].id)
        assert store.actions(people[0].id)
        assert any(c.questions_asked for c in store.conversations())


def test_norwegian_summary_and_data(tmp_path, capsys):
    assert demo(tmp_path / "d", *SMALL, lang="nb") == 0
    assert "2 personer" in capsys.readouterr().out
    with Store.open(tmp_path / "d", backup=False) as store:
        titles = [c.title for c in store.conversations()]
    assert any(title.startswith("Månedlig oppfølging") for title in titles)


def test_one_person_is_counted_in_the_singular(tmp_path, capsys):
    assert demo(tmp_path / "d", "--people", "1", "--years", "1", "--seed", "5",
                lang="nb") == 0
    out = capsys.readouterr().out
    assert "Eksempelteamet er klart: 1 person, " in out and "1 personer" not in out


def test_refuses_a_directory_with_data(tmp_path, capsys):
    data_dir = tmp_path / "d"
    with Store.open(data_dir, backup=False) as store:
        store.save_person(Person("Kari Nordmann", role="Rådgiver"))
    before = fingerprint(data_dir)
    capsys.readouterr()
    assert demo(data_dir, *SMALL) == 1
    captured = capsys.readouterr()
    assert "--force" in captured.err and "already holds data" in captured.err
    assert fingerprint(data_dir) == before
    with Store.open(data_dir, backup=False) as store:
        assert [p.name for p in store.people()] == ["Kari Nordmann"]


def test_refusal_in_norwegian(tmp_path, capsys):
    demo(tmp_path / "d", *SMALL)
    capsys.readouterr()
    assert demo(tmp_path / "d", *SMALL, lang="nb") == 1
    assert "inneholder allerede data" in capsys.readouterr().err


def test_force_replaces_the_data_and_keeps_a_backup(tmp_path, capsys):
    data_dir = tmp_path / "d"
    with Store.open(data_dir, backup=False) as store:
        store.save_person(Person("Kari Nordmann"))
    assert demo(data_dir, "--force", *SMALL) == 0
    out = capsys.readouterr().out
    assert "Removed the previous data" in out and "coach restore" in out
    with Store.open(data_dir, backup=False) as store:
        names = [p.name for p in store.people(include_archived=True)]
        assert "Kari Nordmann" not in names and len(names) == 2
        assert store.backups()
    # a second forced run does not pile up objectives or people
    assert demo(data_dir, "--force", *SMALL) == 0
    with Store.open(data_dir, backup=False) as store:
        assert len(store.people()) == 2
        assert len(store.objectives(include_inactive=True)) == 5


def test_same_seed_same_team(tmp_path):
    demo(tmp_path / "a", *SMALL)
    demo(tmp_path / "b", *SMALL)
    with Store.open(tmp_path / "a", backup=False) as a, \
            Store.open(tmp_path / "b", backup=False) as b:
        assert [p.name for p in a.people()] == [p.name for p in b.people()]
        assert len(a.conversations()) == len(b.conversations())


@pytest.mark.parametrize("bad", [["--people", "0"], ["--years", "-1"], ["--people", "x"],
                                 ["--people", "100000"]])
def test_rejects_bad_sizes(tmp_path, bad, capsys):
    with pytest.raises(SystemExit) as exc:
        demo(tmp_path / "d", *bad)
    assert exc.value.code == 2
    assert not (tmp_path / "d").exists()
