"""coach reflect: the employee's own store, sessions taken up again, export from the CLI."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta

import pytest

from coach.cli import main
from coach.content import load_library
from coach.domain.preparation import ProposedGoal, SelfRating
from coach.markdown.preparation import parse_preparation
from coach.services.reflecting import DAILY, ME, ReflectSession, latest_own
from coach.store import Store

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def library():
    return load_library(user_dir=None)


@pytest.fixture
def reflect_store(tmp_path):
    s = Store.open(tmp_path / "reflect", backup=False)
    yield s
    s.close()


def test_a_new_preparation_follows_the_template(reflect_store, library):
    session = ReflectSession.open(reflect_store, library, "nb", name="Kari  Nordmann", now=NOW)
    prep = session.prep
    template = library.template("follow-up", "nb")
    assert prep.order == [s.id for s in template.sections]
    assert prep.person == "Kari Nordmann" and prep.language == "nb"
    assert prep.answers[0].prompt == template.sections[0].prepare
    assert session.questions("since-last-time")[0] == library.section_questions(
        template, "since-last-time")[0].text
    assert reflect_store.person(ME).name == "Kari Nordmann"
    assert latest_own(reflect_store).id == session.record.id


def test_recent_preparation_is_taken_up_again_an_old_one_is_not(reflect_store, library):
    first = ReflectSession.open(reflect_store, library, "en", now=NOW)
    first.set_answer("ahead", "Ship the release")
    first.persist([first.snapshot()])
    again = ReflectSession.open(reflect_store, library, "en", now=NOW + timedelta(days=3))
    assert again.record.id == first.record.id
    assert again.prep.answer("ahead").text == "Ship the release"
    later = ReflectSession.open(reflect_store, library, "en", now=NOW + timedelta(days=30))
    assert later.record.id != first.record.id
    assert later.prep.answer("ahead").text == ""
    forced = ReflectSession.open(reflect_store, library, "en", new=True,
                                 now=NOW + timedelta(days=30))
    assert forced.record.id != later.record.id
    assert len(reflect_store.preparations(ME)) == 3


def test_daily_reflection_asks_about_mastery_and_meaning(reflect_store, library):
    session = ReflectSession.open(reflect_store, library, "en", daily=True, now=NOW)
    themes = [library.question(a.section_id, "en").theme for a in session.prep.answers]
    assert themes == ["mastery", "mastery", "meaning", "meaning"]
    assert session.daily and session.prep.template_id == DAILY
    tomorrow = ReflectSession.open(reflect_store, library, "en", daily=True,
                                   now=NOW + timedelta(days=1))
    assert tomorrow.record.id != session.record.id


def test_ratings_replace_the_same_area_and_goals_add_up(reflect_store, library):
    session = ReflectSession.open(reflect_store, library, "en", now=NOW)
    session.add_rating(SelfRating("Python", 2))
    session.add_rating(SelfRating("python ", 4, "better"))
    session.add_goal(ProposedGoal("Learn Rust"))
    assert [(r.area, r.depth) for r in session.prep.ratings] == [("python ", 4)]
    assert parse_preparation(session.markdown()).goals[0].statement == "Learn Rust"


def test_progress_reported_again_on_a_goal_replaces_the_earlier_report(reflect_store, library):
    from coach.domain.goals import Progress

    session = ReflectSession.open(reflect_store, library, "nb", now=NOW)
    session.add_goal(ProposedGoal("Lære Rust"))  # a proposed goal of the same words stays
    session.add_goal(ProposedGoal("Lære Rust", status=Progress.AT_RISK, percent=2))
    session.add_goal(ProposedGoal("Ship v2", status=Progress.ON_TRACK))
    session.add_goal(ProposedGoal("lære  rust", progress="halvveis", status=Progress.AT_RISK,
                                  percent=20))
    assert [(g.statement, g.status, g.percent) for g in session.prep.goals] == [
        ("Lære Rust", None, None), ("Ship v2", Progress.ON_TRACK, None),
        ("lære  rust", Progress.AT_RISK, 20)]


def cli(tmp_path, *args):
    return main(["--lang", "en", "reflect", "--reflect-dir", str(tmp_path / "reflect"), *args])


def test_export_from_the_command_line(tmp_path, library, capsys):
    assert cli(tmp_path, "--export") == 1
    assert "coach reflect" in capsys.readouterr().err
    with Store.open(tmp_path / "reflect", backup=False) as store:
        session = ReflectSession.open(store, library, "en", name="Kari", now=NOW)
        session.set_answer("ahead", "# Not a heading <b>")
        session.persist([session.snapshot()])
    assert cli(tmp_path, "--export") == 0
    out = capsys.readouterr().out
    # Answers are Markdown; a heading would split the file, so it is escaped (shown as typed).
    assert parse_preparation(out).answer("ahead").text == "\\# Not a heading <b>"
    target = tmp_path / "prep.md"
    assert cli(tmp_path, "--export", "-o", str(target)) == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert parse_preparation(target.read_bytes(), target).person == "Kari"
    assert cli(tmp_path, "--export", "--daily") == 1


def test_the_reflect_dir_is_not_the_leaders(tmp_path, monkeypatch):
    from coach.paths import data_dir, reflect_dir

    assert reflect_dir() != data_dir()
    monkeypatch.delenv("COACH_REFLECT_DIR")
    monkeypatch.delenv("COACH_DATA_DIR")
    assert reflect_dir() != data_dir()


def test_export_after_a_daily_reflection_hands_over_the_preparation(tmp_path, library, capsys):
    later = NOW + timedelta(days=1)
    with Store.open(tmp_path / "reflect", backup=False) as store:
        prep = ReflectSession.open(store, library, "en", name="Kari", now=NOW)
        prep.set_answer("ahead", "Ship it")
        prep.persist([prep.snapshot()])
        daily = ReflectSession.open(store, library, "en", daily=True, now=later)
        daily.persist([daily.snapshot()])
    assert cli(tmp_path, "--export") == 0
    out, err = capsys.readouterr()
    assert parse_preparation(out).template_id == "follow-up"
    assert "The preparation for Monthly follow-up (2026-03-02), 1 of 6 parts answered." in err
    assert cli(tmp_path, "--export", "--daily") == 0
    assert parse_preparation(capsys.readouterr().out).template_id == "daily"


def test_reflect_dir_refuses_a_leaders_data_directory(tmp_path, capsys):
    from coach.domain.people import Person

    leader = tmp_path / "leader"
    with Store.open(leader, backup=False) as store:
        store.save_person(Person("Kari Nordmann"))
    assert main(["--lang", "en", "reflect", "--reflect-dir", str(leader), "--export"]) == 1
    assert "is a leader's data directory" in capsys.readouterr().err
    with Store.open(leader, read_only=True) as store:
        assert [p.name for p in store.people()] == ["Kari Nordmann"]


def test_an_explicit_data_dir_is_the_employees_folder(tmp_path, library, capsys, monkeypatch):
    """`coach --data-dir DIR reflect` keeps the employee's preparation in DIR (the walk in
    the README); $COACH_DATA_DIR (the leader's notes) is never taken for it; a leader's
    folder given this way is refused."""
    from coach.domain.people import Person

    mine = tmp_path / "mine"
    with Store.open(mine, backup=False) as store:
        session = ReflectSession.open(store, library, "nb", name="Kari", now=NOW)
        session.set_answer("ahead", "Levere v2")
        session.persist([session.snapshot()])
    assert main(["--lang", "nb", "--data-dir", str(mine), "reflect", "--export"]) == 0
    out, err = capsys.readouterr()
    assert parse_preparation(out).answer("ahead").text == "Levere v2"
    assert "(02.03.2026)" in err  # the user's date format
    assert main(["--lang", "nb", "reflect", "--export", "--data-dir", str(mine)]) == 0
    capsys.readouterr()
    # the environment's leader folder is not the employee's
    monkeypatch.setenv("COACH_DATA_DIR", str(mine))
    assert main(["--lang", "nb", "reflect", "--export"]) == 1
    leader = tmp_path / "leader"
    with Store.open(leader, backup=False) as store:
        store.save_person(Person("Kari Nordmann"))
    assert main(["--lang", "en", "--data-dir", str(leader), "reflect", "--export"]) == 1
    assert "is a leader's data directory" in capsys.readouterr().err
