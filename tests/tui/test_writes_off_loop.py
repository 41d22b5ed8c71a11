"""One way of writing from the TUI: off the event loop, in order, one failure path."""

from __future__ import annotations

import threading

from textual.widgets import Input
from tui_team import KARI, make_app, settle

from coach.domain.goals import Goal
from coach.store import StoreReadOnly
from coach.tui.screens.goals import GoalsScreen
from coach.tui.screens.person import PersonScreen

SIZE = (80, 24)


async def _goals_screen(pilot) -> GoalsScreen:
    app = pilot.app
    app.push_screen(PersonScreen(app.store.person(KARI)))
    await settle(pilot)
    await pilot.press("g")
    await settle(pilot)
    assert isinstance(app.screen, GoalsScreen)
    return app.screen


async def _add_goal(pilot, statement: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    pilot.app.screen.query_one("#goal-statement", Input).value = statement
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_a_goal_is_written_off_the_event_loop(team_store, monkeypatch):
    seen: list[threading.Thread] = []
    real = type(team_store).save_goal

    def save_goal(self, goal: Goal) -> None:
        seen.append(threading.current_thread())
        real(self, goal)

    monkeypatch.setattr(type(team_store), "save_goal", save_goal)
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        loop_thread = threading.current_thread()  # Pilot runs the app's loop on this thread
        screen = await _goals_screen(pilot)
        await _add_goal(pilot, "Lære SQL")
        assert seen and all(t is not loop_thread for t in seen)
        assert any(g.statement == "Lære SQL" for g in team_store.goals(KARI))
        assert "Lære SQL" in [g.statement for g in screen.goals]  # shown after the write


async def test_a_failed_write_shows_the_stores_message_and_the_screen_goes_on(
        team_store, monkeypatch):
    def refuse(self, goal: Goal) -> None:
        raise StoreReadOnly(self.data_dir)

    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _goals_screen(pilot)
        monkeypatch.setattr(type(team_store), "save_goal", refuse)
        await _add_goal(pilot, "Lære SQL")
        messages = [n.message for n in app._notifications]
        assert any(StoreReadOnly(team_store.data_dir).explain("en") in m for m in messages)
        assert app.screen is screen  # still there, still usable
        assert not [g for g in team_store.goals(KARI) if g.statement == "Lære SQL"]
        monkeypatch.undo()  # the store writes again: the next write brings the first along
        await _add_goal(pilot, "Lære Python")
        assert sorted(g.statement for g in team_store.goals(KARI)
                      if g.statement.startswith("Lære")) == ["Lære Python", "Lære SQL"]
        assert {"Lære Python", "Lære SQL"} <= {g.statement for g in screen.goals}
