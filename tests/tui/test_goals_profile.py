"""The goals and profile screens: add a goal, record progress, add an area, raise a level."""

from __future__ import annotations

from textual.widgets import Input, Select
from tui_team import KARI, make_app, settle

from coach.domain.goals import GoalType, Progress
from coach.domain.people import UnitObjective
from coach.tui.screens.goals import GoalsScreen
from coach.tui.screens.person import PersonScreen
from coach.tui.screens.profile import ProfileScreen

SIZE = (80, 24)


async def _open(pilot, key: str) -> None:
    app = pilot.app
    app.push_screen(PersonScreen(app.store.person(KARI)))
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", "-": "minus"}.get(c, c) for c in text])


async def test_add_goal_then_record_progress(team_store):
    pitch = UnitObjective("Raskere saksbehandling")
    team_store.save_objective(pitch)
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "g")
        assert isinstance(app.screen, GoalsScreen)
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        await _type(pilot, "Lære SQL")
        nudges = str(dialog.query_one("#goal-nudges").render())
        assert "How will you see progress" in nudges and "unit objective" in nudges
        dialog.query_one("#goal-type", Select).value = GoalType.DEVELOPMENT.value
        dialog.query_one("#goal-objective", Select).value = pitch.id
        dialog.query_one("#goal-target", Input).value = "2026-13-01"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog  # a bad date keeps the dialog open, nothing lost
        assert dialog.query_one("#target-error").has_class("shown")
        dialog.query_one("#goal-target", Input).value = "2026-12-31"
        await pilot.press("ctrl+s")  # no measure: nudged, not blocked
        await settle(pilot)
        assert isinstance(app.screen, GoalsScreen)
        goal = next(g for g in team_store.goals(KARI) if g.statement == "Lære SQL")
        assert goal.type is GoalType.DEVELOPMENT and goal.objective_id == pitch.id
        assert goal.target_date.isoformat() == "2026-12-31" and goal.measure == ""

        table = app.screen.query_one("#goals-table")
        table.move_cursor(row=[g.id for g in app.screen.goals].index(goal.id))
        await pilot.press("p")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#progress-status", Select).value = Progress.AT_RISK.value
        dialog.query_one("#progress-percent", Input).value = "40"
        dialog.query_one("#progress-comment", Input).value = "Lite tid"
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = next(g for g in team_store.goals(KARI) if g.id == goal.id)
        assert [(p.status, p.percent, p.comment) for p in saved.progress] == [
            (Progress.AT_RISK, 40, "Lite tid")]
        assert any("at risk (40\u00a0%)" in str(cell) for cell in table.get_row(goal.id))


async def test_progress_percent_is_checked(team_store):
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "g")
        await pilot.press("p")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#progress-percent", Input).value = "140"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog and dialog.query_one("#percent-error").has_class("shown")
        await pilot.press("escape")
        await settle(pilot)
    assert all(not g.progress for g in team_store.goals(KARI))


async def test_add_area_then_raise_depth(team_store):
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "k")
        assert isinstance(app.screen, ProfileScreen)
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        await _type(pilot, "SQL")
        dialog.query_one("#area-category", Input).value = "Data"
        dialog.query_one("#area-depth", Select).value = 2
        await pilot.press("ctrl+s")
        await settle(pilot)
        (area,) = team_store.competence(KARI)
        assert (area.area, area.category, area.depth) == ("SQL", "Data", 2)
        chart = str(app.screen.query_one("#profile-chart").render())
        assert "SQL" in chart and "█" in chart

        await pilot.press("d")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#depth-level", Select).value = 4
        dialog.query_one("#depth-reason", Input).value = "Skrev migreringen"
        await pilot.press("ctrl+s")
        await settle(pilot)
        (area,) = team_store.competence(KARI)
        assert area.depth == 4
        last = area.agreed_changes()[-1]
        assert (last.from_depth, last.to_depth, last.reason) == (2, 4, "Skrev migreringen")
        history = str(app.screen.query_one("#profile-history").render())
        assert "2 – Advanced beginner → 4 – Proficient: Skrev migreringen" in history


async def test_revise_achieve_drop_keep_history(team_store):
    app = make_app(team_store)
    async with app.run_test(size=(80, 30)) as pilot:
        await _open(pilot, "g")
        await pilot.press("x")  # dropping needs a reason
        await pilot.pause()
        dialog = app.screen
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog and dialog.query_one("#reason-error").has_class("shown")
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one("#change-statement", Input).value = "Lede to prosjekter"
        app.screen.query_one("#change-measure", Input).value = "To leveranser"
        app.screen.query_one("#change-reason", Input).value = "Mer ansvar"
        await pilot.press("ctrl+s")
        await settle(pilot)
        (goal,) = team_store.goals(KARI)
        assert (goal.statement, goal.measure) == ("Lede to prosjekter", "To leveranser")
        assert [(h.statement, h.reason) for h in goal.history] == [
            ("Lede et tjenestedesignprosjekt", "Mer ansvar")]

        await pilot.press("c")
        await pilot.pause()
        app.screen.query_one("#change-reason", Input).value = "Levert i mai"
        await pilot.press("ctrl+s")
        await settle(pilot)
        (goal,) = team_store.goals(KARI)
        assert goal.status.value == "achieved" and goal.history[-1].reason == "Levert i mai"
        history = str(app.screen.query_one("#goals-history").render())
        assert "revised (was: Lede et tjenestedesignprosjekt): Mer ansvar" in history
        assert "achieved: Levert i mai" in history
        await pilot.press("x")  # no longer active: nothing to drop
        await settle(pilot)
        assert isinstance(app.screen, GoalsScreen)
        assert team_store.goals(KARI)[0].status.value == "achieved"


async def test_competence_updater_on_demand_from_the_profile(team_store):
    from coach.domain.competence import CompetenceArea
    from coach.tui.screens.competence_review import CompetenceReviewScreen

    area = CompetenceArea(KARI, "Klarspråk", category="Skriving")
    area.set_depth(2, "start")
    team_store.save_competence(area)
    app = make_app(team_store)
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "k")
        await pilot.press("u")
        await settle(pilot)
        assert isinstance(app.screen, CompetenceReviewScreen)
        since = str(app.screen.query_one("#updater-since").render())
        assert "No evaluation before this one" in since
        await pilot.press("d")
        await pilot.pause()
        app.screen.query_one("#depth-level", Select).value = 3
        app.screen.query_one("#depth-reason", Input).value = "Skrev veilederen"
        await pilot.press("ctrl+s")
        await settle(pilot)
        (saved,) = team_store.competence(KARI)
        last = saved.agreed_changes()[-1]
        assert (saved.depth, last.reason, last.conversation_id) == (3, "Skrev veilederen", None)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        assert "3 – Competent" in str(app.screen.query_one("#profile-table").get_row(area.id))
