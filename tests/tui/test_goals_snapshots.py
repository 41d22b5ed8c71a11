"""How the goals screen and the competence profile picture look at 80x24, in both languages.

Fixed data (the team from tui_team plus goals and areas with fixed dates), a fixed clock.
"""

from __future__ import annotations

from datetime import date

import pytest
from tui_team import KARI, at, make_app, settle, uid

from coach.domain.competence import CompetenceArea, LevelChange
from coach.domain.goals import Goal, GoalStatus, GoalType, Progress, ProgressEntry
from coach.domain.people import UnitObjective
from coach.tui.screens.goals import GoalsScreen
from coach.tui.screens.profile import ProfileScreen


def _fill(store) -> None:
    pitch = UnitObjective("Raskere saksbehandling", id=uid(401), created=at("2026-01-05"))
    store.save_objective(pitch)
    (goal,) = store.goals(KARI)
    goal.objective_id = pitch.id
    goal.measure = "Prosjektet er levert"
    goal.record_progress(ProgressEntry(Progress.ON_TRACK, "Godt i gang", 40,
                                       at=at("2026-02-20")))
    store.save_goal(goal)
    sql = Goal(KARI, "Lære SQL", type=GoalType.DEVELOPMENT, target_date=date(2026, 6, 30),
               id=uid(302), created=at("2026-01-20"))
    sql.record_progress(ProgressEntry(Progress.AT_RISK, "Lite tid", 20, at=at("2026-02-20")))
    store.save_goal(sql)
    old = Goal(KARI, "Skrive en håndbok", id=uid(303), created=at("2025-09-01"))
    old.history.append(old._snapshot("Ikke lenger nødvendig", None))
    old.history[-1].at = at("2026-01-19")
    old.status = GoalStatus.DROPPED
    store.save_goal(old)
    areas = [
        ("Tjenestedesign", "Design", [(None, 2, "2025-03-01"), (2, 4, "2026-01-19")], 4),
        ("SQL", "Data", [(None, 1, "2025-03-01"), (1, 2, "2026-01-19")], 3),
        ("Klarspråk", "Skriving", [(None, 3, "2025-03-01")], None),
        ("Forvaltningsrett", "Jus", [(None, 2, "2025-06-01")], None),
    ]
    for n, (name, category, changes, self_rating) in enumerate(areas):
        area = CompetenceArea(KARI, name, depth=changes[-1][1], category=category,
                              self_rating=self_rating, id=uid(500 + n), created=at("2025-03-01"))
        area.history = [LevelChange(at(day), a, b, "") for a, b, day in changes]
        store.save_competence(area)


def _opening(screen_class):
    async def run_before(pilot) -> None:
        from textual.widgets import DataTable

        app = pilot.app
        app.push_screen(screen_class(app.store.person(KARI)))
        await settle(pilot)
        # The rows arrive from a store worker, and DataTable fits its columns to them on its
        # next idle: under load the picture could be taken before either. Wait for both.
        table = app.screen.query_one(DataTable)
        for _ in range(200):
            if table.row_count and not table._require_update_dimensions:
                break
            await pilot.pause(0.02)
        await pilot.pause(0.2)

    return run_before


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_goals_screen(snap_compare, team_store, lang):
    _fill(team_store)
    assert snap_compare(make_app(team_store, lang), terminal_size=(80, 24),
                        run_before=_opening(GoalsScreen))


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_profile_picture(snap_compare, team_store, lang):
    _fill(team_store)
    assert snap_compare(make_app(team_store, lang), terminal_size=(80, 24),
                        run_before=_opening(ProfileScreen))
