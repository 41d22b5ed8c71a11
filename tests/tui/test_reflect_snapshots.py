"""How the employee's screens look: the preparation, the daily reflection, the review of a
summary, and their dialogs (the name, the own rating), at 80x24 and 120x40, in both
languages. Fixed data and clocks, no cursor blink."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from live_helpers import library, no_text_area_blink, settle  # noqa: F401
from tui_team import KARI

from coach.services.exporting import conversation_markdown, write_export
from coach.services.reflecting import ReflectSession
from coach.services.review import read_summary
from coach.store import Store
from coach.tui.reflect_app import ReflectApp
from coach.tui.review_app import ReviewApp
from tests.prep.test_review_loop import hold_in

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Mono:
    def __call__(self) -> float:
        return 100.0


def reflect_app(tmp_path, lang, *, daily=False, name="Kari Nordmann"):
    store = Store.open(tmp_path / "reflect", backup=False)
    session = ReflectSession.open(store, library(), lang, daily=daily, name=name, now=NOW)
    if not daily:
        session.set_answer("since-last-time", "Fikk levert [rapporten](https://intra.example)"
                                               " og `v2` av verktøyet.\n\n- mer tid til *kurs*")
        session.persist([session.snapshot()])
    return ReflectApp(session, lang, minutes=15, monotonic=Mono())


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_preparation(snap_compare, tmp_path, lang, size):
    assert snap_compare(reflect_app(tmp_path, lang), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_daily(snap_compare, tmp_path, lang, size):
    assert snap_compare(reflect_app(tmp_path, lang, daily=True), terminal_size=size,
                        run_before=settle)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_name_dialog(snap_compare, tmp_path, lang, size):
    assert snap_compare(reflect_app(tmp_path, lang, name=None), terminal_size=size,
                        run_before=settle)


async def _rating(pilot) -> None:
    await settle(pilot)
    await pilot.press("ctrl+r")
    await settle(pilot)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_own_rating_dialog(snap_compare, tmp_path, lang, size):
    assert snap_compare(reflect_app(tmp_path, lang), terminal_size=size, run_before=_rating)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_review(snap_compare, team_store, tmp_path, lang, size):
    cid = hold_in(team_store, KARI)
    path = tmp_path / "summary.md"
    write_export(path, conversation_markdown(team_store, cid, lang, include_private=False))
    app = ReviewApp(read_summary(path), lang, output=tmp_path / "review.md",
                    today=date(2026, 12, 3))
    assert snap_compare(app, terminal_size=size, run_before=settle)


# -- the preparation's other parts and every dialog reachable from it ---------------------
LANGS = ["en", "nb"]
TODAY = date(2026, 3, 2)


class FixedDayReflectApp(ReflectApp):
    @property
    def today(self) -> date:  # a goal's target date reads against it
        return TODAY


def proposing_app(tmp_path, lang):
    """A preparation with a proposed goal, reported progress, a self-rating and needs, and
    a received summary with two goals (what F8 offers)."""
    from coach.domain.goals import GoalScope, GoalType, Progress
    from coach.domain.preparation import ProposedGoal, SelfRating
    from coach.services.reflecting import keep_summary
    from tests.prep.test_prep_reflect_tui import received

    store = Store.open(tmp_path / "reflect", backup=False)
    session = ReflectSession.open(store, library(), lang, name="Kari Nordmann", now=NOW)
    session.add_goal(ProposedGoal("Lede et delprosjekt i portalen", GoalType.DEVELOPMENT,
                                  "ett delprosjekt levert", date(2026, 9, 1),
                                  scope=GoalScope.PERSONAL))
    session.add_goal(ProposedGoal("Lære Rust", progress="halvveis i boka",
                                  status=Progress.AT_RISK))
    session.add_rating(SelfRating("Tjenestedesign", 3, "ledet to workshoper", "fag"))
    session.set_needs("Færre parallelle saker, og *tid* til kurset")
    session.persist([session.snapshot()])
    keep_summary(store, received("c1", date(2026, 2, 20),
                                 ["Lære Rust", "Ny portal: første leveranse"]))
    return FixedDayReflectApp(session, lang, minutes=15, monotonic=Mono())


def _at_part(kind):
    async def run(pilot) -> None:
        await settle(pilot)
        pilot.app.screen._go_to(kind)
        await settle(pilot)
    return run


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_proposed_goals_part(snap_compare, tmp_path, lang, size):
    assert snap_compare(proposing_app(tmp_path, lang), terminal_size=size,
                        run_before=_at_part("goals"))


@pytest.mark.parametrize("lang", LANGS)
def test_self_ratings_part(snap_compare, tmp_path, lang):
    assert snap_compare(proposing_app(tmp_path, lang), terminal_size=(80, 24),
                        run_before=_at_part("ratings"))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_needs_part(snap_compare, tmp_path, lang, size):
    assert snap_compare(proposing_app(tmp_path, lang), terminal_size=size,
                        run_before=_at_part("needs"))


def _pressing(*keys):
    async def run(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
    return run


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_goal_dialog(snap_compare, tmp_path, lang, size):
    assert snap_compare(proposing_app(tmp_path, lang), terminal_size=size,
                        run_before=_pressing("ctrl+g"))


@pytest.mark.parametrize("lang", LANGS)
def test_goal_pick_dialog(snap_compare, tmp_path, lang):
    assert snap_compare(proposing_app(tmp_path, lang), terminal_size=(80, 24),
                        run_before=_pressing("f8"))


@pytest.mark.parametrize("lang", LANGS)
def test_progress_dialog(snap_compare, tmp_path, lang):
    assert snap_compare(proposing_app(tmp_path, lang), terminal_size=(80, 24),
                        run_before=_pressing("f8", "down", "enter"))


@pytest.mark.parametrize("lang", LANGS)
def test_export_dialog(snap_compare, tmp_path, monkeypatch, lang):
    from pathlib import Path

    monkeypatch.setattr(Path, "cwd", classmethod(lambda cls: Path("/home/kari/Dokumenter")))
    assert snap_compare(proposing_app(tmp_path, lang), terminal_size=(80, 24),
                        run_before=_pressing("f2"))


@pytest.mark.parametrize("lang", LANGS)
def test_help(snap_compare, tmp_path, lang):
    assert snap_compare(proposing_app(tmp_path, lang), terminal_size=(80, 24),
                        run_before=_pressing("f1"))


# -- the review screen's other states and its help ------------------------------------------
def review_app(team_store, tmp_path, lang, monkeypatch):
    """The review app writing to a name relative to tmp_path (the screen shows the name as
    given, the same in every run)."""
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    cid = hold_in(team_store, KARI)
    path = tmp_path / "summary.md"
    write_export(path, conversation_markdown(team_store, cid, lang, include_private=False))
    return ReviewApp(read_summary(path), lang, output=Path("summary-review.md"),
                     today=date(2026, 12, 3))


async def _commented_and_confirmed(pilot) -> None:
    await settle(pilot)
    await pilot.press("shift+tab", "down", "enter")  # the list, the agreement, its comment
    await settle(pilot)
    await pilot.press(*"Stemmer")
    await pilot.press("f2")
    await settle(pilot)
    pilot.app.clear_notifications()
    await settle(pilot)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_review_confirmed(snap_compare, team_store, tmp_path, monkeypatch, lang, size):
    assert snap_compare(review_app(team_store, tmp_path, lang, monkeypatch), terminal_size=size,
                        run_before=_commented_and_confirmed)


@pytest.mark.parametrize("lang", LANGS)
def test_review_help(snap_compare, team_store, tmp_path, monkeypatch, lang):
    assert snap_compare(review_app(team_store, tmp_path, lang, monkeypatch),
                        terminal_size=(80, 24),
                        run_before=_pressing("f1"))
