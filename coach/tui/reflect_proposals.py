"""The reflect screen's proposals: a goal, progress on an earlier goal, the employee's own
rating of an area. Each opens a dialog; what it returns goes into the preparation (and its
save queue)."""

from __future__ import annotations

from coach.domain.preparation import ProposedGoal, SelfRating


def propose_goal(screen) -> None:
    if screen.session.daily:
        return
    from coach.tui.dialogs.goal_form import GoalDialog

    def done(goal) -> None:
        if goal is None:
            return
        screen.session.add_goal(ProposedGoal(goal.statement, goal.type, goal.measure,
                                           goal.target_date, scope=goal.scope))
        screen._save()
        screen._go_to("goals")
        screen._show_part()

    screen.app.push_screen(GoalDialog("me", [], screen._), done)


def report_progress(screen) -> None:
    """Progress on a goal from an earlier preparation: it goes to the leader as proposed
    progress, awaiting agreement."""
    if screen.session.daily:
        return
    from coach.services.reflecting import earlier_goals

    goals = earlier_goals(screen.session.store, screen.session.record)
    if not goals:
        screen.notify(screen._("prep.progress.none"), markup=False)
        return
    if len(goals) == 1:
        _ask_progress(screen, goals[0])
        return
    from coach.tui.dialogs.goal_pick import GoalPickDialog

    screen.app.push_screen(GoalPickDialog(goals, screen._),
                         lambda i: None if i is None else _ask_progress(screen, goals[i]))


def _ask_progress(screen, statement: str) -> None:
    from coach.domain.goals import Goal
    from coach.tui.dialogs.goal_form import ProgressDialog

    def done(entry) -> None:
        if entry is None:
            return
        screen.session.add_goal(ProposedGoal(statement, progress=entry.comment,
                                           status=entry.status))
        screen._save()
        screen._go_to("goals")
        screen._show_part()

    screen.app.push_screen(ProgressDialog(Goal("me", statement), screen._,
                                          offer_private=False), done)


def rate_myself(screen) -> None:
    if screen.session.daily:
        return
    from coach.tui.dialogs.competence_form import AreaDialog

    def done(area) -> None:
        if area is None:
            return
        screen.session.add_rating(SelfRating(area.area, area.depth, area.evidence,
                                           area.category))
        screen._save()
        screen._go_to("ratings")
        screen._show_part()

    screen.app.push_screen(AreaDialog("me", screen._, own_rating=True), done)
