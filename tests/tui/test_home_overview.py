"""Sorting and filtering the team overview from the keyboard."""

from __future__ import annotations

from textual.widgets import DataTable, Input
from tui_team import make_app, settle

from coach.tui.screens.home import HomeScreen

SIZE = (150, 30)


def names(app) -> list[str]:
    table = app.screen.query_one("#team", DataTable)
    return [table.get_row_at(i)[0].plain for i in range(table.row_count)]


async def test_sort_cycles_and_filter_narrows(team_store):
    app = make_app(team_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        by_name = names(app)
        assert by_name == sorted(by_name, key=str.casefold)
        await pilot.press("S")  # next due
        await settle(pilot)
        view = app.screen.view
        due = {r.person.name: r.next_due for r in view.rows}
        assert [due[n] for n in names(app)] == sorted(due[n] for n in names(app))
        assert "next due" in str(app.screen.query_one("#summary").render())
        for _ in range(3):  # back to name
            await pilot.press("S")
        await settle(pilot)
        assert names(app) == by_name

        await pilot.press("f")
        await pilot.pause()
        box = app.screen.query_one("#filter", Input)
        assert box.display and app.focused is box
        first = by_name[0]
        await pilot.press(*first[:3].lower())
        await settle(pilot)
        assert names(app) and all(first[:3].casefold() in n.casefold() for n in names(app))
        assert len(names(app)) < len(by_name)
        await pilot.press("escape")
        await settle(pilot)
        assert not box.display and names(app) == by_name


async def test_this_week_shows_only_people_due(team_store):
    app = make_app(team_store, "nb")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        everyone = len(names(app))
        await pilot.press("w")
        await settle(pilot)
        from coach.services.team import end_of_week

        view = app.screen.view
        sunday = end_of_week(view.today)
        shown = names(app)  # a long name is cut to the column with an ellipsis
        due = [r.next_due for r in view.rows
               if any(r.person.name.startswith(n.rstrip("…")) for n in shown)]
        assert len(due) >= len(shown)
        assert all(d is not None and d <= sunday for d in due)
        assert len(names(app)) <= everyone
        assert "denne uka" in str(app.screen.query_one("#summary").render())
        await pilot.press("w")
        await settle(pilot)
        assert len(names(app)) == everyone
