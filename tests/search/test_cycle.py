"""The year's cycle: which of goal-setting, follow-ups and evaluation are held or due."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from coach.domain.conversations import ConversationKind as K
from coach.domain.cycle import Mark, year_cycle

MONTHLY = 30


def test_early_in_the_year_goal_setting_is_due_evaluation_later():
    c = year_cycle([], 2026, date(2026, 2, 1), MONTHLY)
    assert (c.goal_setting, c.evaluation) == (Mark.DUE, Mark.LATER)
    assert c.follow_ups_planned == 10 and c.follow_ups_held == 0 and c.follow_ups_by_now == 0
    assert c.needs_attention


def test_a_year_going_to_plan():
    held = [(K.GOAL_SETTING, date(2026, 1, 12))] + [
        (K.FOLLOW_UP, date(2026, m, 10)) for m in (2, 3, 4)]
    c = year_cycle(held, 2026, date(2026, 5, 4), MONTHLY)
    assert (c.goal_setting, c.evaluation) == (Mark.DONE, Mark.LATER)
    assert (c.follow_ups_held, c.follow_ups_by_now) == (3, 3)
    assert not c.follow_ups_behind and not c.needs_attention


def test_late_goal_setting_behind_on_follow_ups_and_evaluation_due_in_q4():
    held = [(K.FOLLOW_UP, date(2026, 2, 10)), (K.CHECK_IN, date(2026, 3, 1))]
    c = year_cycle(held, 2026, date(2026, 10, 15), MONTHLY)
    assert (c.goal_setting, c.evaluation) == (Mark.LATE, Mark.DUE)
    assert c.follow_ups_held == 1 and c.follow_ups_behind  # a check-in is no follow-up


def test_annual_counts_as_evaluation_and_other_years_do_not_count():
    held = [(K.ANNUAL, date(2026, 11, 2)), (K.GOAL_SETTING, date(2025, 1, 5)),
            (K.FOLLOW_UP, date(2027, 1, 5))]
    c = year_cycle(held, 2026, date(2026, 12, 1), MONTHLY)
    assert (c.goal_setting, c.evaluation) == (Mark.LATE, Mark.DONE)
    assert c.follow_ups_held == 0


def test_past_year_never_held_is_missed():
    c = year_cycle([(K.GOAL_SETTING, date(2025, 2, 1))], 2025, date(2026, 3, 1), MONTHLY)
    assert (c.goal_setting, c.evaluation) == (Mark.DONE, Mark.MISSED)
    assert c.follow_ups_by_now == c.follow_ups_planned == 10


def test_joining_mid_year_moves_the_goal_setting_window_and_shrinks_the_plan():
    joined = date(2026, 6, 1)
    c = year_cycle([], 2026, date(2026, 7, 15), MONTHLY, joined=joined)
    assert c.goal_setting is Mark.DUE
    assert c.follow_ups_planned == 5  # seven months: 7 - goal-setting - evaluation
    assert year_cycle([], 2026, date(2026, 9, 15), MONTHLY, joined=joined).goal_setting \
        is Mark.LATE
    assert year_cycle([], 2026, date(2026, 5, 1), MONTHLY, joined=joined).goal_setting \
        is Mark.LATER


def test_cadence_sets_the_number_of_follow_ups():
    assert year_cycle([], 2026, date(2026, 1, 2), 14).follow_ups_planned == 24
    assert year_cycle([], 2026, date(2026, 1, 2), 90).follow_ups_planned == 2


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.sampled_from([7, 14, 30, 60, 90]),
       st.integers(0, 30))
def test_by_now_never_exceeds_the_plan_and_grows_with_time(today, cadence, held_count):
    held = [(K.FOLLOW_UP, date(2026, 1, 1))] * held_count
    c = year_cycle(held, 2026, today, cadence)
    assert 0 <= c.follow_ups_by_now <= c.follow_ups_planned
    later = year_cycle(held, 2026, date.fromordinal(today.toordinal() + 20), cadence)
    assert later.follow_ups_by_now >= c.follow_ups_by_now
    assert c.follow_ups_held == held_count
