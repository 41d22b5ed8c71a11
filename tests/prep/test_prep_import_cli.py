"""`coach import-prep`: a good file is stored for the person; a bad one imports nothing."""

from __future__ import annotations

from datetime import date

import pytest

from coach.cli import main
from coach.domain.people import Person
from coach.domain.preparation import Answer, Preparation, ProposedGoal, SelfRating
from coach.markdown.preparation import render_preparation
from coach.store import Store


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "data"
    with Store.open(path, backup=False) as store:
        for name in ("Kari Nordmann", "Ola Nordmann", "Per Hansen"):
            store.save_person(Person(name))
    return path


def prep_file(tmp_path, person="Kari Nordmann", name="prep.md"):
    prep = Preparation(
        "follow-up", "en", date(2026, 3, 2), person, "Monthly follow-up",
        answers=[Answer("ahead", "Ahead", "Ship the *release*"),
                 Answer("since-last-time", "Since last time", "A calm month")],
        goals=[ProposedGoal("Learn Rust", measure="a small tool")],
        ratings=[SelfRating("Python", 4, "solid")],
        needs="Fewer meetings",
    )
    path = tmp_path / name
    path.write_text(render_preparation(prep), encoding="utf-8")
    return path, prep


def run(data, *args):
    return main(["--data-dir", str(data), "--lang", "en", *args])


def stored(data, name):
    with Store.open(data, read_only=True) as store:
        person = next(p for p in store.people() if p.name == name)
        return store.preparations(person.id)


def test_import_by_the_name_in_the_file(data, tmp_path, capsys):
    path, prep = prep_file(tmp_path)
    assert run(data, "import-prep", str(path)) == 0
    assert "Kari Nordmann" in capsys.readouterr().out
    (record,) = stored(data, "Kari Nordmann")
    assert record.preparation == prep
    assert record.source == str(path)
    assert stored(data, "Per Hansen") == []


def test_person_option_wins_and_matches_a_prefix(data, tmp_path):
    path, prep = prep_file(tmp_path, person="")
    assert run(data, "import-prep", str(path), "--person", "per") == 0
    assert stored(data, "Per Hansen")[0].preparation == prep


def test_ambiguous_or_unknown_person_imports_nothing(data, tmp_path, capsys):
    path, _ = prep_file(tmp_path, person="nordmann")
    assert run(data, "import-prep", str(path)) == 1
    assert "Kari Nordmann" in capsys.readouterr().err
    assert run(data, "import-prep", str(path), "--person", "Nobody") == 1
    assert stored(data, "Kari Nordmann") == [] and stored(data, "Ola Nordmann") == []


def test_no_person_anywhere(data, tmp_path, capsys):
    path, _ = prep_file(tmp_path, person="")
    assert run(data, "import-prep", str(path)) == 1
    assert "--person" in capsys.readouterr().err


def test_malformed_file_gives_file_line_errors_and_imports_nothing(data, tmp_path, capsys):
    path, _ = prep_file(tmp_path)
    text = path.read_text(encoding="utf-8").replace("language: en", "language: fr")
    path.write_text(text, encoding="utf-8")
    assert run(data, "import-prep", str(path)) == 1
    err = capsys.readouterr().err
    assert f"{path}:4: expected language: nb or en (found fr)" in err
    assert "Nothing was imported." in err
    assert stored(data, "Kari Nordmann") == []


def test_missing_file(data, tmp_path, capsys):
    assert run(data, "import-prep", str(tmp_path / "nope.md")) == 1
    assert "nope.md" in capsys.readouterr().err


def test_a_second_import_keeps_both_latest_last(data, tmp_path):
    first, _ = prep_file(tmp_path)
    second, _ = prep_file(tmp_path, name="later.md")
    assert run(data, "import-prep", str(first)) == 0
    assert run(data, "import-prep", str(second)) == 0
    assert [r.source for r in stored(data, "Kari Nordmann")] == [str(first), str(second)]
