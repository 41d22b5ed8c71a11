"""The year's cycle for one person: goal-setting, follow-ups and evaluation, held or due.

The article's cycle has three kinds of conversation in a year: goal-setting in partnership
early in the year, structured follow-ups (e.g. monthly) through it, and an evaluation and
learning conversation at its end. For a calendar year and a day ("today") this says which
have been held and which are due:

- goal-setting: held, else due in the first quarter (or within 90 days of a person joining
  during the year), late after that;
- evaluation: held (an annual conversation counts), else due in the fourth quarter, not yet
  before it;
- follow-ups: how many were held, how many the cadence asks for in the year (the
  goal-setting and evaluation take the place of one follow-up each), and whether the count
  is behind where the cadence would have it by today.

A past year's goal-setting or evaluation that was never held is ``MISSED``. Only completed
conversations count. Pure: no store, no clock.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from coach.domain.conversations import ConversationKind

#: Days after the year starts (or a person joins) within which goal-setting is due.
GOAL_SETTING_WINDOW = 90
#: The evaluation is due from this month on.
EVALUATION_MONTH = 10

_EVALUATION_KINDS = (ConversationKind.EVALUATION, ConversationKind.ANNUAL)


class Mark(enum.StrEnum):
    DONE = "done"
    DUE = "due"  # its time is now
    LATE = "late"  # its time has passed this year, still not held
    LATER = "later"  # not yet due
    MISSED = "missed"  # a past year's, never held


@dataclass(frozen=True)
class YearCycle:
    year: int
    goal_setting: Mark
    evaluation: Mark
    follow_ups_held: int
    #: Follow-ups the cadence asks for in the whole year (from joining, if later).
    follow_ups_planned: int
    #: Follow-ups the cadence would have had held by today.
    follow_ups_by_now: int

    @property
    def follow_ups_behind(self) -> bool:
        return self.follow_ups_held < self.follow_ups_by_now

    @property
    def needs_attention(self) -> bool:
        return (self.goal_setting in (Mark.DUE, Mark.LATE)
                or self.evaluation in (Mark.DUE, Mark.LATE) or self.follow_ups_behind)


def _follow_ups(days: int, cadence_days: int) -> int:
    """Follow-ups in ``days``: one per cadence, less the one goal-setting takes."""
    return max(0, round(days / cadence_days) - 1)


def year_cycle(held: Iterable[tuple[ConversationKind, date]], year: int, today: date,
               cadence_days: int, joined: date | None = None) -> YearCycle:
    """The cycle of ``year`` as seen on ``today``.

    ``held`` are the person's completed conversations as (kind, day); ``joined`` is when the
    person was added (their first year starts then).
    """
    first, last = date(year, 1, 1), date(year, 12, 31)
    start = max(first, joined) if joined is not None and joined.year == year else first
    kinds = [kind for kind, day in held if first <= day <= last]
    past_year = year < today.year
    future_year = year > today.year

    if ConversationKind.GOAL_SETTING in kinds:
        goal = Mark.DONE
    elif past_year:
        goal = Mark.MISSED
    elif future_year or today < start:
        goal = Mark.LATER
    elif today <= start + timedelta(days=GOAL_SETTING_WINDOW):
        goal = Mark.DUE
    else:
        goal = Mark.LATE

    if any(kind in _EVALUATION_KINDS for kind in kinds):
        evaluation = Mark.DONE
    elif past_year:
        evaluation = Mark.MISSED
    elif future_year or today.month < EVALUATION_MONTH:
        evaluation = Mark.LATER
    else:
        evaluation = Mark.DUE

    planned = max(0, _follow_ups((last - start).days + 1, cadence_days) - 1)
    if past_year:
        by_now = planned
    elif future_year or today < start:
        by_now = 0
    else:
        by_now = min(planned, _follow_ups((today - start).days, cadence_days))
    return YearCycle(
        year=year,
        goal_setting=goal,
        evaluation=evaluation,
        follow_ups_held=kinds.count(ConversationKind.FOLLOW_UP),
        follow_ups_planned=planned,
        follow_ups_by_now=by_now,
    )
