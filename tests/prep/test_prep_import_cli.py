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


def _edit(path, old, new):
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_swapped_sections_arrive_in_their_own_sections(data, tmp_path):
    path, prep = prep_file(tmp_path)
    text = path.read_text(encoding="utf-8")
    head, ahead, since = text.split("## ", 1)[0], "## " + text.split("## ")[1], \
        "## " + text.split("## ")[2]
    rest = "## " + "## ".join(text.split("## ")[3:])
    path.write_text(head + since + ahead + rest, encoding="utf-8")
    assert run(data, "import-prep", str(path)) == 0
    (record,) = stored(data, "Kari Nordmann")
    got = record.preparation
    assert got.answer("ahead").text == "Ship the *release*"
    assert got.answer("since-last-time").text == "A calm month"
    assert got.order == ["since-last-time", "ahead"]


@pytest.mark.parametrize(("old", "new", "line", "key"), [
    ("template: follow-up", "template: my-own", 3, "unknown conversation template"),
    ("template: follow-up", "template: daily", 3, "daily reflection"),
])
def test_warnings_stop_the_import_unless_forced(data, tmp_path, capsys, old, new, line, key):
    path, _ = prep_file(tmp_path)
    _edit(path, old, new)
    assert run(data, "import-prep", str(path)) == 1
    err = capsys.readouterr().err
    assert f"warning: {path}:{line}: " in err and key in err and "--force" in err
    assert stored(data, "Kari Nordmann") == []
    assert run(data, "import-prep", str(path), "--force") == 0
    assert len(stored(data, "Kari Nordmann")) == 1


def test_a_person_option_that_differs_from_the_file_warns(data, tmp_path, capsys):
    path, _ = prep_file(tmp_path)
    assert run(data, "import-prep", str(path), "--person", "Per") == 1
    err = capsys.readouterr().err
    assert f"{path}:6: the file is from Kari Nordmann, but you are importing for Per Hansen" in err
    assert stored(data, "Per Hansen") == []
    assert run(data, "import-prep", str(path), "--person", "Kari") == 0


def test_a_file_with_front_matter_only_warns(data, tmp_path, capsys):
    path = tmp_path / "empty.md"
    path.write_text("---\ncoach_preparation: 2\ntemplate: follow-up\nlanguage: en\n"
                    "date: 2026-03-02\nperson: Kari Nordmann\n---\n", encoding="utf-8")
    assert run(data, "import-prep", str(path)) == 1
    assert f"{path}:7: the file holds front matter only" in capsys.readouterr().err
    assert stored(data, "Kari Nordmann") == []


def test_an_unknown_heading_imports_nothing(data, tmp_path, capsys):
    path, _ = prep_file(tmp_path)
    _edit(path, "## Ahead\n", "## What next\n")
    assert run(data, "import-prep", str(path), "--force") == 1
    err = capsys.readouterr().err
    assert "unknown heading “What next”" in err and "“Ahead” is missing" in err
    assert stored(data, "Kari Nordmann") == []
