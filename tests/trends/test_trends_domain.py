"""Trends per person: goal states per quarter, mastery, support themes, section overruns."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    Entry,
    EntryKind,
    SectionTiming,
    Visibility,
)
from coach.domain.goals import Goal, GoalRevision, GoalStatus, Progress, ProgressEntry
from coach.domain.trends import (
    OTHER_THEME,
    THEME_ORDER,
    conversation_point,
    goal_closed_on,
    goal_quarters,
    goal_state_on,
    person_trends,
    support_theme,
)

P = "person-1"


def at(day: str) -> datetime:
    d = date.fromisoformat(day)
    return datetime(d.year, d.month, d.day, 12, tzinfo=UTC)


def conv(day: str, sections=(), status=ConversationStatus.COMPLETED, cid=None) -> Conversation:
    c = Conversation(P, ConversationKind.FOLLOW_UP, "follow-up", status=status,
                     started_at=at(day), sections=list(sections))
    if cid:
        c.id = cid
    return c


def entry(c: Conversation, kind: EntryKind, text="x", **kw) -> Entry:
    return Entry(c.id, text, kind=kind, **kw)


@pytest.mark.parametrize(("text", "theme"), [
    ("Trenger hjelp til å prioritere mellom prosjektet og sakene.", "workload"),
    ("Needs help choosing between Atlas and the running cases.", "workload"),
    ("Trenger mer tid til rapporten.", "workload"),
    ("Ønsker en avklaring av rollen opp mot NAV.", "role"),
    ("Wants the role towards the county clarified.", "role"),
    ("Ønsker tydeligere tilbakemelding underveis.", "feedback"),
    ("Behov for en mentor i statistikk.", "learning"),
    ("Would like a course in SQL", "learning"),
    ("Trenger ny SKJERM og tilgang til arkivet", "tools"),
    ("Sliten, trenger bedre balanse mellom jobb og hjem", "wellbeing"),
    ("Something else entirely", OTHER_THEME),
    ("", OTHER_THEME),
])
def test_support_theme_keywords_in_both_languages(text, theme):
    assert support_theme(text) == theme


def test_short_keyword_needs_a_whole_word():
    # "tid" must not match "tidlig" (early); "it" must not match "item".
    assert support_theme("Vil involvere dem tidlig") == OTHER_THEME
    assert support_theme("One more item") == OTHER_THEME


def test_conversation_point_counts_mastery_and_overruns():
    sections = [
        SectionTiming("a", "A", 5, actual_seconds=6 * 60),   # over
        SectionTiming("b", "B", 10, actual_seconds=10 * 60),  # exactly on time: not over
        SectionTiming("c", "C", 5, actual_seconds=0, skipped=True),  # not held
        SectionTiming("d", "D", 5, actual_seconds=2 * 60),
    ]
    c = conv("2026-01-10", sections)
    entries = [
        entry(c, EntryKind.MASTERY_MOMENT),
        entry(c, EntryKind.MASTERY_MOMENT, visibility=Visibility.PRIVATE),
        entry(c, EntryKind.MASTERY_MOMENT, draft=True),  # still being typed: not counted
        entry(c, EntryKind.SUPPORT_NEED),
        entry(c, EntryKind.NOTE),
    ]
    point = conversation_point(c, entries)
    assert point.mastery == 2
    assert point.support == 1
    assert (point.sections_held, point.sections_over) == (3, 1)
    assert point.overrun_share == pytest.approx(1 / 3)
    assert point.planned_minutes == 25
    assert point.actual_minutes == pytest.approx(18)
    assert point.day == date(2026, 1, 10)


def test_no_section_held_has_no_overrun_share():
    assert conversation_point(conv("2026-01-10"), []).overrun_share is None


def test_person_trends_only_completed_oldest_first_and_theme_totals():
    late = conv("2026-03-01", cid="late")
    early = conv("2026-01-01", cid="early")
    running = conv("2026-03-10", status=ConversationStatus.IN_PROGRESS, cid="running")
    data = [
        (late, [entry(late, EntryKind.SUPPORT_NEED, "Need a mentor"),
                entry(late, EntryKind.MASTERY_MOMENT)]),
        (early, [entry(early, EntryKind.SUPPORT_NEED, "More time please"),
                 entry(early, EntryKind.SUPPORT_NEED, "Want feedback")]),
        (running, [entry(running, EntryKind.SUPPORT_NEED, "More time")]),
    ]
    trends = person_trends(data, [], date(2026, 3, 16))
    assert [p.conversation_id for p in trends.points] == ["early", "late"]
    assert [p.mastery for p in trends.points] == [0, 1]
    assert list(trends.themes) == list(THEME_ORDER)
    assert trends.themes["workload"] == 1
    assert trends.themes["learning"] == 1
    assert trends.themes["feedback"] == 1
    assert sum(trends.themes.values()) == 3
    assert trends.quarters == []
    assert trends.mastery_total == 1


def test_overall_overrun_share_weights_sections():
    a = conv("2026-01-01", [SectionTiming("a", "A", 1, 120), SectionTiming("b", "B", 1, 30)])
    b = conv("2026-02-01", [SectionTiming("a", "A", 1, 30)] * 2)
    trends = person_trends([(a, []), (b, [])], [], date(2026, 3, 1))
    assert trends.overrun_share == pytest.approx(1 / 4)


def goal(created: str, *progress: tuple[str, Progress], status=GoalStatus.ACTIVE,
         closed: str | None = None) -> Goal:
    g = Goal(P, "Goal", created=at(created),
             progress=[ProgressEntry(s, at=at(d)) for d, s in progress])
    if status is not GoalStatus.ACTIVE:
        g.history.append(GoalRevision(at(closed), "Goal", "", None, GoalStatus.ACTIVE))
        g.status = status
    return g


def test_goal_state_follows_the_latest_progress_by_that_day():
    g = goal("2025-01-10", ("2025-02-01", Progress.ON_TRACK), ("2025-05-01", Progress.AT_RISK))
    assert goal_state_on(g, date(2025, 1, 5)) is None
    assert goal_state_on(g, date(2025, 1, 20)) == "no-status"
    assert goal_state_on(g, date(2025, 3, 31)) == "on-track"
    assert goal_state_on(g, date(2025, 6, 30)) == "at-risk"


def test_closed_goal_dated_by_its_revision():
    g = goal("2025-01-10", status=GoalStatus.ACHIEVED, closed="2025-08-15")
    assert goal_closed_on(g) == date(2025, 8, 15)
    assert goal_state_on(g, date(2025, 8, 1)) == "no-status"
    assert goal_state_on(g, date(2025, 9, 1)) == "achieved"
    assert goal_closed_on(goal("2025-01-10")) is None


def test_goal_quarters_count_closed_goals_once_in_their_quarter():
    goals = [
        goal("2025-01-10", ("2025-02-01", Progress.ON_TRACK), ("2025-05-01", Progress.OFF_TRACK)),
        goal("2025-02-01", status=GoalStatus.ACHIEVED, closed="2025-05-20"),
        goal("2025-04-02", status=GoalStatus.DROPPED, closed="2025-11-02"),
    ]
    quarters = goal_quarters(goals, date(2026, 1, 15))
    labels = [(q.year, q.quarter) for q in quarters]
    assert labels == [(2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1)]
    q1, q2, q3, q4, q5 = quarters
    assert q1.counts == {"on-track": 1, "no-status": 1}
    assert q2.counts == {"off-track": 1, "achieved": 1, "no-status": 1}
    assert q3.counts == {"off-track": 1, "no-status": 1}
    assert q4.counts == {"off-track": 1, "dropped": 1}
    assert q5.counts == {"off-track": 1}
    assert q2.total == 3 and q5.count("achieved") == 0


def test_goal_quarters_stop_at_today():
    quarters = goal_quarters([goal("2026-02-01")], date(2026, 3, 16))
    assert [(q.year, q.quarter, q.counts) for q in quarters] == [(2026, 1, {"no-status": 1})]
