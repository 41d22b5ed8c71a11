"""The person view (timeline, enter opens read-only), the trends screen (t), and the team
overview's sorting and filtering rules; snapshots at 80x24 and 120x40 in both languages."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Static
from tui_team import KARI, OLA, PER, TODAY, at, make_app, settle, uid

from coach.domain.conversations import EntryKind, SectionTiming
from coach.domain.goals import Progress, ProgressEntry
from coach.services.team import end_of_week, filter_rows, sort_rows, team_view
from coach.tui.screens.conversation_view import ConversationView
from coach.tui.screens.person import PersonScreen
from coach.tui.screens.trends import TrendsScreen


def enrich(store) -> None:
    """Kari's two held follow-ups get timed sections, mastery moments and support needs;
    her goal a progress entry at risk."""
    from coach.domain.conversations import Entry

    for n, (over, mastery) in enumerate([(1, 1), (2, 3)], start=101):
        c = store.conversation(uid(n))
        c.sections = [SectionTiming(f"s{i}", f"S{i}", 10, actual_seconds=(11 if i < over else 9)
                                    * 60) for i in range(3)]
        store.save_conversation(c)
        for m in range(mastery):
            store.save_entry(Entry(c.id, f"Mestring {m}", kind=EntryKind.MASTERY_MOMENT,
                                   created=at("2026-02-20")))
        store.save_entry(Entry(c.id, "Trenger mer tid til rapporten",
                               kind=EntryKind.SUPPORT_NEED, created=at("2026-02-20")))
    goal = store.goals(KARI)[0]
    goal.progress.append(ProgressEntry(Progress.AT_RISK, at=at("2026-02-20")))
    store.save_goal(goal)


@pytest.fixture
def rich_store(team_store):
    enrich(team_store)
    return team_store


async def open_person(pilot, person_id=KARI) -> None:
    pilot.app.push_screen(PersonScreen(pilot.app.store.person(person_id)))
    await settle(pilot)


async def test_timeline_newest_first_and_enter_opens_read_only(rich_store):
    app = make_app(rich_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_person(pilot)
        timeline = app.screen.query_one("#timeline")
        rows = [[c.plain for c in timeline.get_row_at(i)] for i in range(timeline.row_count)]
        assert [r[0] for r in rows] == ["2026-04-01", "2026-02-20", "2026-01-19"]
        assert rows[0][3] == "planned" and rows[1][3] == "completed"
        assert rows[1][2] == "31/30 min"  # two sections of 11 minutes, one of 9
        details = str(app.screen.query_one("#person-details", Static).render())
        assert "My action items (1)" in details and "Their action items (1)" in details
        assert "Lede et tjenestedesignprosjekt · at risk" in details
        await pilot.press("enter")  # the planned check-in: not held, says so
        await settle(pilot)
        assert isinstance(app.screen, PersonScreen)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ConversationView)
        assert app.screen.conversation_id == uid(102)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, PersonScreen)


async def test_t_opens_trends_with_figures(rich_store):
    app = make_app(rich_store, "nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_person(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TrendsScreen)
        trends = app.screen.trends
        assert [p.mastery for p in trends.points] == [1, 3]
        assert trends.themes["workload"] == 2
        chart = str(app.screen.query_one("#trends-chart", Static).render())
        assert "Mestringsopplevelser per samtale" in chart
        assert "sist 3 · flest 3 · snitt 2 over 2 samtaler" in chart  # the one formatter: 2, 2,5
        assert "50 % av delene i alt" in chart  # 1 of 3, then 2 of 3 sections ran over
        assert "Arbeidsmengde og prioritering" in chart
        assert "K1 2026" in chart
        intro = str(app.screen.query_one("#trends-intro", Static).render())
        assert "2 samtaler fra 19.01.2026 til 20.02.2026" in intro
        assert all(len(line) <= 78 for line in chart.splitlines())
        await pilot.press("escape")
        assert isinstance(app.screen, PersonScreen)


def test_sort_and_filter_rows(team_store):
    view = team_view(team_store, TODAY)
    names = lambda rows: [r.person.name.split()[0] for r in rows]  # noqa: E731
    assert names(sort_rows(view.rows, "name", TODAY)) == ["Aisha", "Kari", "Ola", "Per"]
    assert names(sort_rows(view.rows, "next", TODAY))[0] == "Ola"  # due 2 March
    assert names(sort_rows(view.rows, "overdue", TODAY))[:2] == ["Ola", "Per"]
    assert names(sort_rows(view.rows, "open", TODAY))[0] == "Kari"  # two open
    assert names(filter_rows(view.rows, "RÅD", TODAY)) == ["Kari", "Per"]  # role, any case
    week = filter_rows(view.rows, "", TODAY, this_week=True)
    assert end_of_week(TODAY) == date(2026, 3, 22)
    assert names(week) == ["Aisha", "Kari", "Ola", "Per"]
    # in the week of 2 March only Ola is due (Aisha joins on the 16th)
    assert names(filter_rows(view.rows, "", date(2026, 3, 2), this_week=True)) == ["Ola"]
    ola = next(r for r in view.rows if r.person.id == OLA)
    assert (ola.open_mine, ola.open_theirs, ola.overdue_actions) == (0, 1, 1)
    assert next(r for r in view.rows if r.person.id == PER).cycle is not None


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_person_view_snapshot(snap_compare, rich_store, lang, size):
    async def run(pilot) -> None:
        await settle(pilot)
        await open_person(pilot)

    assert snap_compare(make_app(rich_store, lang), terminal_size=size, run_before=run)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_trends_snapshot(snap_compare, rich_store, lang, size):
    async def run(pilot) -> None:
        await settle(pilot)
        await open_person(pilot)
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(make_app(rich_store, lang), terminal_size=size, run_before=run)
