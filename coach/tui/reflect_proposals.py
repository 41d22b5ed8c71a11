"""The reflect screen's proposals: a goal, progress on a goal of the last summary, the own
rating of an area. Each opens a dialog; what it returns goes into the preparation (and its
save queue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.domain.competence import CompetenceArea
from coach.domain.goals import Goal, ProgressEntry
from coach.domain.preparation import ProposedGoal, SelfRating
from coach.services.handover import reported_status
from coach.services.reflecting import received_goals
from coach.tui.dialogs.competence_form import AreaDialog
from coach.tui.dialogs.goal_form import GoalDialog, ProgressDialog
from coach.tui.dialogs.goal_pick import GoalPickDialog

if TYPE_CHECKING:
    from coach.tui.screens.reflect import ReflectScreen


def propose_goal(screen: ReflectScreen) -> None:
    if screen.session.daily:
        return
    def done(goal: Goal | None) -> None:
        if goal is None:
            return
        screen.session.add_goal(ProposedGoal(goal.statement, goal.type, goal.measure,
                                           goal.target_date, scope=goal.scope))
        screen._save()
        screen._go_to("goals")
        screen._show_part()

    screen.app.push_screen(GoalDialog("me", [], screen._), done)


def report_progress(screen: ReflectScreen) -> None:
    """Progress on a goal of the last summary the employee received: it goes to the leader
    as proposed progress, awaiting agreement."""
    if screen.session.daily:
        return
    goals = received_goals(screen.session.store)
    if not goals:
        screen.notify(screen._("prep.progress.none"), markup=False)
        return
    if len(goals) == 1:
        _ask_progress(screen, goals[0])
        return
    screen.app.push_screen(GoalPickDialog(goals, screen._),
                         lambda i: None if i is None else _ask_progress(screen, goals[i]))


def _ask_progress(screen: ReflectScreen, statement: str) -> None:
    def done(entry: ProgressEntry | None) -> None:
        if entry is None:
            return
        screen.session.add_goal(ProposedGoal(statement, progress=entry.comment,
                                           status=entry.status, percent=entry.percent))
        screen._save()
        screen._go_to("goals")
        screen._show_part()

    screen.app.push_screen(ProgressDialog(Goal("me", statement), screen._,
                                          offer_private=False), done)


def remove_proposal(screen: ReflectScreen) -> None:
    """In the goals or ratings part: pick one to remove (nothing is handed over that the
    employee took back)."""
    kind = screen.part.kind
    prep = screen.session.prep
    if kind == "goals":
        lang = screen.app.lang
        labels = [g.statement if g.status is None else screen._(
            "prep.proposal.progress", text=g.statement, status=reported_status(g, lang),
            comment=g.progress or "–") for g in prep.goals]
        remove = screen.session.remove_goal
    elif kind == "ratings":
        labels = [f"{r.area}: {r.depth}" for r in prep.ratings]
        remove = screen.session.remove_rating
    else:
        return
    if not labels:
        return

    def picked(index: int | None) -> None:
        if index is None:
            return
        remove(index)
        screen._save()
        screen._show_part()

    screen.app.push_screen(GoalPickDialog(labels, screen._, "prep.remove.pick"), picked)


def rate_myself(screen: ReflectScreen) -> None:
    if screen.session.daily:
        return
    def done(area: CompetenceArea | None) -> None:
        if area is None:
            return
        screen.session.add_rating(SelfRating(area.area, area.depth, area.evidence,
                                           area.category))
        screen._save()
        screen._go_to("ratings")
        screen._show_part()

    screen.app.push_screen(AreaDialog("me", screen._, own_rating=True), done)
