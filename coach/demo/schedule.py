"""When a demo person's conversations happen: a yearly cycle of goal-setting, follow-ups at
the person's cadence (none in July, the Norwegian summer holiday), check-ins, an evaluation
and sometimes an annual conversation. Every date lies before ``today``."""

from __future__ import annotations

import random
from datetime import date, timedelta

#: Which conversation wins when two fall on the same day.
PRIORITY = ("goal-setting", "evaluation", "annual", "follow-up", "check-in")
CYCLE_DAYS = 365


def _weekday(day: date, today: date) -> date:
    """Move a weekend day to the nearest weekday that is still before today."""
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        monday = day + timedelta(days=1)
        return monday if monday < today else day - timedelta(days=2)
    return day


def _cycle(rng: random.Random, cycle_start: date, length: int, today: date,
           cadence: int) -> list[tuple[date, str]]:
    out: list[tuple[date, str]] = []
    goal_day = cycle_start + timedelta(days=rng.randint(2, 14))
    if goal_day >= today:
        return out
    out.append((goal_day, "goal-setting"))
    evaluation_day = cycle_start + timedelta(days=length - rng.randint(20, 40))
    if evaluation_day < today:
        out.append((evaluation_day, "evaluation"))
    if rng.random() < 0.5:
        annual_day = cycle_start + timedelta(days=length - rng.randint(55, 75))
        if annual_day < today:
            out.append((annual_day, "annual"))
    follow_end = min(evaluation_day - timedelta(days=10), today)
    day = goal_day + timedelta(days=cadence + rng.randint(-3, 3))
    while day < follow_end:
        if day.month != 7:
            out.append((day, "follow-up"))
        day += timedelta(days=cadence + rng.randint(-3, 3))
    for _ in range(rng.randint(2, 4)):
        day = goal_day + timedelta(days=rng.randint(8, length - 45))
        if day < today and day.month != 7:
            out.append((day, "check-in"))
    return out


def person_schedule(rng: random.Random, start: date, today: date,
                    cadence: int) -> list[tuple[date, str]]:
    """(day, kind) pairs, oldest first, at most one conversation a day."""
    raw: list[tuple[date, str]] = []
    cycle_start = start
    # The first year is cut short: people join mid-cycle, and so today falls mid-cycle too.
    length = CYCLE_DAYS - rng.randint(40, 150)
    while cycle_start < today:
        raw.extend(_cycle(rng, cycle_start, length, today, cadence))
        cycle_start += timedelta(days=length)
        length = CYCLE_DAYS
    by_day: dict[date, str] = {}
    for day, kind in sorted(raw, key=lambda p: (p[0], PRIORITY.index(p[1]))):
        day = _weekday(day, today)
        if day < start:
            day = start
        current = by_day.get(day)
        if current is None or PRIORITY.index(kind) < PRIORITY.index(current):
            by_day[day] = kind
    return sorted(by_day.items())
