"""The reflect screen through Pilot: type, move between parts, rate, propose, export."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime

import pytest
from textual.widgets import Input, OptionList, TextArea

from coach.content import load_library
from coach.markdown.preparation import parse_preparation
from coach.services.reflecting import ME, ReflectSession
from coach.store import Store
from coach.tui.dialogs.competence_form import AreaDialog
from coach.tui.dialogs.export_path import ExportPathDialog
from coach.tui.dialogs.goal_form import GoalDialog
from coach.tui.reflect_app import ReflectApp
from coach.tui.screens.reflect import ReflectScreen

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Mono:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(autouse=True)
def _no_blink(monkeypatch):
    for widget in (TextArea, Input):
        original = widget.__init__

        def init(self, *args, _original=original, _widget=widget, **kwargs):
            _original(self, *args, **kwargs)
            self.set_reactive(_widget.cursor_blink, False)

        monkeypatch.setattr(widget, "__init__", init)


@pytest.fixture
def reflect_store(tmp_path):
    s = Store.open(tmp_path / "reflect", backup=False)
    yield s
    s.close()


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", ":": "colon", "#": "number_sign"}.get(c, c)
                        for c in text])


def saved(store):
    return store.preparations(ME)[-1].preparation


async def test_prepare_alone_and_export(reflect_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    session = ReflectSession.open(reflect_store, load_library(user_dir=None), "en",
                                  name="Kari", now=NOW)
    mono = Mono()
    app = ReflectApp(session, "en", minutes=10, monotonic=mono)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReflectScreen)
        assert isinstance(app.focused, TextArea)
        await type_text(pilot, "A calm month")
        await pilot.pause(0.8)  # the debounce
        await settle(pilot)
        assert saved(reflect_store).answer("since-last-time").text == "A calm month"

        # the next part: typed text stays with its own section
        await pilot.press("f4")
        await type_text(pilot, "On track")
        await pilot.press("f3")
        await settle(pilot)
        assert screen.query_one("#reflect-editor", TextArea).text == "A calm month"
        assert saved(reflect_store).answer("goals-and-plans").text == "On track"

        # a self-rating through the area dialog, with the levels shown
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, AreaDialog)
        await type_text(pilot, "Python")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ReflectScreen)
        assert screen.part.kind == "ratings"
        assert [r.area for r in saved(reflect_store).ratings] == ["Python"]

        # a proposed goal
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, GoalDialog)
        # type and scope are whole selects (a 1fr row cut them to a line); no unit
        # objectives on the employee's side, so no field for them
        for field in ("#goal-type", "#goal-scope"):
            assert app.screen.query_one(field).region.height == 3
        assert not app.screen.query_one("#goal-objective").display
        await type_text(pilot, "Learn Rust")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [g.statement for g in saved(reflect_store).goals] == ["Learn Rust"]

        # the time box counts down from the injected clock
        await pilot.press("f5")
        mono.t += 90
        screen._tick()
        assert "8:30" in str(screen.query_one("#reflect-clock").render())

        # pick "what I need" from the list and write it
        parts = screen.query_one("#reflect-parts", OptionList)
        parts.focus()
        parts.highlighted = len(screen.parts) - 1
        await pilot.press("enter")
        await pilot.pause()
        assert screen.part.kind == "needs"
        await type_text(pilot, "Quiet time")

        # export: the default name in the working directory, a 0600 file
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, ExportPathDialog)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+q")
    target = tmp_path / "preparation-kari-follow-up-2026-03-02.md"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    prep = parse_preparation(target.read_bytes(), target)
    assert prep.needs == "Quiet time"
    assert prep.answer("since-last-time").text == "A calm month"
    assert prep.person == "Kari"
    assert saved(reflect_store).needs == "Quiet time"


async def test_quit_saves_the_last_keys(reflect_store):
    session = ReflectSession.open(reflect_store, load_library(user_dir=None), "nb", name="Kari",
                                  now=NOW)
    app = ReflectApp(session, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "Siste ord")
        await pilot.press("ctrl+q")
    assert saved(reflect_store).answer("since-last-time").text == "Siste ord"


async def test_a_closed_browser_tab_saves_the_last_keys(reflect_store):
    """coach reflect --serve: textual-serve tells the web driver to quit when the tab closes,
    which posts ExitApp to the app without ctrl+q."""
    from textual.messages import ExitApp

    session = ReflectSession.open(reflect_store, load_library(user_dir=None), "nb", name="Kari",
                                  now=NOW)
    app = ReflectApp(session, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "Fanen lukket")
        app.post_message(ExitApp())
        await pilot.pause()
    assert saved(reflect_store).answer("since-last-time").text == "Fanen lukket"


async def test_the_name_is_asked_once_and_kept(reflect_store):
    from coach.tui.dialogs.name import NameDialog

    session = ReflectSession.open(reflect_store, load_library(user_dir=None), "nb", now=NOW)
    assert session.prep.person == ""
    app = ReflectApp(session, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, NameDialog)
        await type_text(pilot, "Kari Nordmann")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReflectScreen)
        await pilot.press("ctrl+q")
    assert reflect_store.person(ME).name == "Kari Nordmann"
    assert saved(reflect_store).person == "Kari Nordmann"
    again = ReflectSession.open(reflect_store, load_library(user_dir=None), "nb", now=NOW)
    assert again.prep.person == "Kari Nordmann"
    assert again.default_file_name() == "forberedelse-kari-nordmann-follow-up-2026-03-02.md"
    app = ReflectApp(again, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReflectScreen)  # not asked again


def received(conversation_id: str, day, goals: list[str]):
    from pathlib import Path

    from coach.services.review import SharedSummary

    return SharedSummary(Path("summary.md"), "", conversation_id, "sha256:" + "0" * 64, "en",
                         "Kari", "Monthly follow-up", day, [], goals)


async def test_progress_is_reported_on_the_goals_of_the_last_summary(reflect_store):
    """The goals offered are those of the last summary the employee opened (coach reflect
    --review), not goals proposed in an earlier preparation."""
    from datetime import date, timedelta

    from coach.domain.goals import Progress
    from coach.domain.preparation import ProposedGoal
    from coach.services.reflecting import keep_summary
    from coach.tui.dialogs.goal_form import ProgressDialog
    from coach.tui.dialogs.goal_pick import GoalPickDialog

    library = load_library(user_dir=None)
    earlier = ReflectSession.open(reflect_store, library, "en", name="Kari",
                                  now=NOW - timedelta(days=40))
    earlier.add_goal(ProposedGoal("Learn Go"))  # proposed, never agreed
    earlier.persist([earlier.snapshot()])
    keep_summary(reflect_store, received("c2", date(2026, 2, 20), ["Learn Rust", "Ship v2"]))
    keep_summary(reflect_store, received("c1", date(2026, 1, 20), ["Old goal"]))  # older talk
    session = ReflectSession.open(reflect_store, library, "en", name="Kari", now=NOW)
    app = ReflectApp(session, "en")
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        pick = app.screen
        assert isinstance(pick, GoalPickDialog)
        assert pick.goals == ["Learn Rust", "Ship v2"]
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ProgressDialog)
        dialog.query_one("#progress-comment", Input).value = "halfway there"
        dialog.query_one("#progress-percent", Input).value = "40"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ReflectScreen)
        await pilot.press("ctrl+q")
    (goal,) = saved(reflect_store).goals
    assert (goal.statement, goal.status, goal.progress, goal.percent) == (
        "Learn Rust", Progress.ON_TRACK, "halfway there", 40)  # the percent asked is kept


async def test_no_summary_received_no_goals_offered(reflect_store):
    library = load_library(user_dir=None)
    session = ReflectSession.open(reflect_store, library, "nb", name="Kari", now=NOW)
    app = ReflectApp(session, "nb")
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        assert isinstance(app.screen, ReflectScreen)
        assert any("coach reflect --review" in str(n.message)
                   for n in app._notifications)


async def test_a_proposed_goal_or_rating_can_be_taken_back(reflect_store):
    """Delete in the goals or ratings part picks one to remove; in an answer, Delete stays
    the editor's key."""
    from coach.domain.preparation import ProposedGoal, SelfRating
    from coach.tui.dialogs.goal_pick import GoalPickDialog

    session = ReflectSession.open(reflect_store, load_library(user_dir=None), "en",
                                  name="Kari", now=NOW)
    session.set_answer("since-last-time", "abc")
    session.add_goal(ProposedGoal("Learn Rust"))
    session.add_goal(ProposedGoal("Lern Rust"))  # the typo, to take back
    session.add_rating(SelfRating("Python", 3))
    session.persist([session.snapshot()])
    app = ReflectApp(session, "en")
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("home", "delete")  # in the editor: a character
        await settle(pilot)
        assert not isinstance(app.screen, GoalPickDialog)
        app.screen._go_to("goals")
        await settle(pilot)
        await pilot.press("delete")
        await settle(pilot)
        assert isinstance(app.screen, GoalPickDialog)
        assert app.screen.goals == ["Learn Rust", "Lern Rust"]
        await pilot.press("down", "enter")
        await settle(pilot)
        assert "Lern Rust" not in str(app.screen.query_one("#reflect-list").render())
        app.screen._go_to("ratings")
        await settle(pilot)
        await pilot.press("delete")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+q")
    prep = saved(reflect_store)
    assert [g.statement for g in prep.goals] == ["Learn Rust"] and prep.ratings == []
    assert prep.answer("since-last-time").text == "bc"


async def test_the_name_is_offered_as_the_last_summary_spells_it(reflect_store):
    from datetime import date

    from coach.services.reflecting import keep_summary
    from coach.tui.dialogs.name import NameDialog

    keep_summary(reflect_store, received("c1", date(2026, 2, 20), []))  # person "Kari"
    session = ReflectSession.open(reflect_store, load_library(user_dir=None), "nb", now=NOW)
    app = ReflectApp(session, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, NameDialog)
        assert dialog.query_one("#name-input", Input).value == "Kari"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("ctrl+q")
    assert saved(reflect_store).person == "Kari"
