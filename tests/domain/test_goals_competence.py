"""Goals keep their history; competence changes are logged."""

from datetime import date

import pytest

from coach.domain.competence import CompetenceArea
from coach.domain.goals import Goal, GoalScope, GoalStatus, Progress, ProgressEntry


def test_goal_nudges_without_measure_or_objective():
    goal = Goal("p", "Bli tryggere i presentasjoner")
    assert goal.nudges() == ["goal.nudge.no_measure", "goal.nudge.no_objective"]
    goal.measure = "Holder to fagmøter"
    goal.objective_id = "o1"
    assert goal.nudges() == []
    personal = Goal("p", "Lære å seile", scope=GoalScope.PERSONAL, measure="Seilsertifikat")
    assert personal.nudges() == []


def test_progress_log_and_achievement_keep_history():
    goal = Goal("p", "Lansere ny tjeneste", measure="I drift")
    goal.record_progress(ProgressEntry(Progress.ON_TRACK, "god start", 20, "c1"))
    assert goal.latest.percent == 20
    goal.record_progress(ProgressEntry(Progress.ACHIEVED, "i drift", 100, "c2"))
    assert goal.status is GoalStatus.ACHIEVED
    assert goal.history[-1].status is GoalStatus.ACTIVE
    assert [p.conversation_id for p in goal.progress] == ["c1", "c2"]


def test_revise_and_drop_remember_what_it_said():
    goal = Goal("p", "Skrive veileder", target_date=date(2026, 6, 1))
    goal.revise(statement="Skrive to veiledere", reason="større behov", conversation_id="c1")
    assert goal.statement == "Skrive to veiledere"
    assert goal.history[0].statement == "Skrive veileder"
    goal.drop("omprioritert", "c2")
    assert goal.status is GoalStatus.DROPPED
    assert goal.history[-1].reason == "omprioritert"


def test_percent_out_of_range_is_refused():
    with pytest.raises(ValueError):
        ProgressEntry(Progress.ON_TRACK, percent=101)


def test_competence_depth_changes_are_logged():
    area = CompetenceArea("p", "Saksbehandling", 2)
    first = area.set_depth(2, "første vurdering", "c0")
    assert first.from_depth is None and first.to_depth == 2
    assert area.set_depth(2) is None
    change = area.set_depth(4, "leder fagnettverk", "c1")
    assert (change.from_depth, change.to_depth, change.conversation_id) == (2, 4, "c1")
    area.set_self_rating(5)
    assert area.depth == 4 and area.self_rating == 5
    assert [c.to_depth for c in area.agreed_changes()] == [2, 4]


@pytest.mark.parametrize("depth", [0, 6, -1])
def test_competence_depth_is_one_to_five(depth):
    with pytest.raises(ValueError):
        CompetenceArea("p", "X", depth)
    area = CompetenceArea("p", "X", 3)
    with pytest.raises(ValueError):
        area.set_depth(depth)
