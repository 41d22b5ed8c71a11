"""Letting a preparation lead, and agreeing to its proposals without overwriting records."""

from __future__ import annotations

from datetime import date

from coach.content import load_library
from coach.domain.competence import CompetenceArea
from coach.domain.goals import Goal, GoalType
from coach.domain.people import Person
from coach.domain.preparation import ProposedGoal, SelfRating
from coach.services.handover import accept_goal, accept_rating, goal_accepted, rating_recorded
from coach.services.starting import new_conversation


def test_the_preparation_orders_the_agenda_rest_after():
    template = load_library(user_dir=None).template("follow-up", "en")
    person = Person("Kari")
    led = new_conversation(person, template, order=["support", "nonexistent", "ahead"])
    ids = [s.section_id for s in led.sections]
    assert ids[:2] == ["support", "ahead"]
    assert sorted(ids) == sorted(s.id for s in template.sections)
    assert led.employee_led
    plain = new_conversation(person, template)
    assert [s.section_id for s in plain.sections] == [s.id for s in template.sections]
    assert not plain.employee_led


def test_accepting_a_goal_copies_the_proposal():
    proposal = ProposedGoal("Learn Rust", GoalType.DEVELOPMENT, "a tool", date(2026, 9, 1))
    goal = accept_goal("p1", proposal, "c1")
    assert (goal.statement, goal.type, goal.measure, goal.target_date, goal.created_in) == (
        "Learn Rust", GoalType.DEVELOPMENT, "a tool", date(2026, 9, 1), "c1")
    assert goal_accepted([Goal("p1", "learn  RUST")], proposal)
    assert not goal_accepted([Goal("p1", "Learn Go")], proposal)


def test_a_self_rating_never_touches_the_agreed_level():
    area = CompetenceArea("p1", "Python", depth=2)
    area.set_depth(2, "agreed")
    same = accept_rating([area], "p1", SelfRating("python", 5), "c1")
    assert same is area
    assert (area.depth, area.self_rating) == (2, 5)
    assert [c.rating for c in area.history] == ["agreed", "self"]
    assert rating_recorded([area], SelfRating("Python", 5))
    new = accept_rating([area], "p1", SelfRating("Rust", 3, "started"), "c1")
    assert new.area == "Rust" and new.self_rating == 3 and new.evidence == "started"
    assert new.agreed_changes() == []  # no agreed level on record yet


def test_reported_progress_waits_for_agreement_on_the_agreed_goal():
    from coach.domain.goals import Progress
    from coach.services.handover import accept_progress, progress_goal

    goal = Goal("p1", "Learn Rust")
    reported = ProposedGoal("learn rust", progress="halfway", status=Progress.AT_RISK)
    assert progress_goal([goal], reported) is goal
    assert progress_goal([goal], ProposedGoal("Learn Rust")) is None  # not progress
    assert progress_goal([Goal("p1", "Learn Go")], reported) is None  # no such goal
    accept_progress(goal, reported, "c1")
    (entry,) = goal.progress
    assert (entry.status, entry.comment, entry.conversation_id) == (
        Progress.AT_RISK, "halfway", "c1")
    assert progress_goal([goal], reported) is None  # recorded: no longer waiting


def test_reported_progress_travels_in_the_file():
    from coach.domain.goals import Progress
    from coach.domain.preparation import Preparation
    from coach.markdown.preparation import parse_preparation, render_preparation

    prep = Preparation("follow-up", "nb", date(2026, 3, 2), "Kari", "Månedlig oppfølging",
                       goals=[ProposedGoal("Lære Rust", progress="halvveis",
                                           status=Progress.ON_TRACK)])
    document = render_preparation(prep)
    assert "| i rute – halvveis |" in document
    assert parse_preparation(document) == prep


def test_reported_progress_goes_to_the_active_goal_of_that_name():
    """A goal reached once and set again with the same words: the progress is on the
    active one (the summary the employee received lists only active goals)."""
    from coach.domain.goals import GoalStatus, Progress
    from coach.services.handover import progress_goal

    reached = Goal("p1", "Redusere restansene", status=GoalStatus.ACHIEVED)
    again = Goal("p1", "Redusere restansene")
    reported = ProposedGoal("Redusere restansene", progress="godt i gang",
                            status=Progress.ON_TRACK)
    assert progress_goal([reached, again], reported) is again
    assert progress_goal([again, reached], reported) is again


def test_a_reported_percent_travels_and_is_recorded_when_agreed():
    """The progress dialog asks for a percent: it is kept, written, read back (either
    language) and recorded with the progress once both agree."""
    from coach.domain.goals import Progress
    from coach.domain.preparation import Preparation
    from coach.markdown.preparation import parse_preparation, render_preparation
    from coach.services.handover import accept_progress

    for lang, cell in (("nb", "| i fare (40\u00a0%) – boka, kap. 3 |"),
                       ("en", "| at risk (40\u00a0%) – boka, kap. 3 |")):
        prep = Preparation("follow-up", lang, date(2026, 3, 2), "Kari", "Oppfølging",
                           goals=[ProposedGoal("Lære Rust", progress="boka, kap. 3",
                                               status=Progress.AT_RISK, percent=40),
                                  ProposedGoal("Ship v2", status=Progress.ON_TRACK,
                                               percent=100)])
        document = render_preparation(prep)
        assert cell in document
        assert parse_preparation(document) == prep
    # hand-typed: no space, no comment; an impossible percent stays the employee's words
    typed = document.replace("at risk (40\u00a0%) – boka, kap. 3", "at risk (40%)").replace(
        "on track (100\u00a0%)", "on track (140 %)")
    first, second = parse_preparation(typed).goals
    assert (first.status, first.percent, first.progress) == (Progress.AT_RISK, 40, "")
    assert (second.status, second.percent, second.progress) == (None, None, "on track (140 %)")
    goal = Goal("p1", "Lære Rust")
    accept_progress(goal, prep.goals[0], "c1")
    assert [(p.status, p.percent, p.comment) for p in goal.progress] == [
        (Progress.AT_RISK, 40, "boka, kap. 3")]


def test_what_waits_for_agreement_is_counted_in_words():
    from coach.domain.goals import Progress
    from coach.domain.preparation import Preparation
    from coach.services.handover import proposal_counts

    prep = Preparation("follow-up", "nb", date(2026, 3, 2),
                       goals=[ProposedGoal("A"), ProposedGoal("B", status=Progress.ON_TRACK)],
                       ratings=[SelfRating("Python", 3)])
    assert proposal_counts(prep, "nb") == (
        "1 forslag til mål, framdrift på 1 mål, 1 egenvurdering")
    assert proposal_counts(prep, "en") == "1 proposed goal, progress on 1 goal, 1 self-rating"
    prep.goals.append(ProposedGoal("C"))
    prep.ratings.append(SelfRating("Go", 2))
    assert proposal_counts(prep, "en") == (
        "2 proposed goals, progress on 1 goal, 2 self-ratings")
    assert proposal_counts(Preparation("follow-up", "en", date(2026, 3, 2)), "en") == (
        "0 proposed goals")
