"""The team overview the home screen shows, computed from the store: who is due, what is
open, and the orders and filters of the list.

For each person: when you last talked, when the next conversation is due (last + cadence,
or the day they were added if you have not talked yet) and how many action items are open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coach.domain.actions import Owner
from coach.domain.conversations import ConversationStatus
from coach.domain.cycle import YearCycle, year_cycle
from coach.domain.goals import Progress
from coach.domain.people import Person
from coach.domain.records import local_date

if TYPE_CHECKING:
    from coach.store import Store

#: Conversations that count as "we talked": held or being held, not merely planned.
_HELD = (ConversationStatus.COMPLETED, ConversationStatus.IN_PROGRESS)


@dataclass(frozen=True)
class TeamRow:
    person: Person
    last: date | None
    next_due: date
    #: Open action items the leader owns, and the employee owns.
    open_mine: int = 0
    open_theirs: int = 0
    #: Open action items past their due date.
    overdue_actions: int = 0
    #: Active goals whose latest progress is at risk or off track.
    goals_at_risk: int = 0
    cycle: YearCycle | None = None

    @property
    def open_actions(self) -> int:
        return self.open_mine + self.open_theirs

    def days_overdue(self, today: date) -> int:
        """Days past the due date; 0 when not overdue."""
        return max(0, (today - self.next_due).days)

    def overdue(self, today: date) -> bool:
        return self.next_due < today


@dataclass(frozen=True)
class TeamView:
    rows: list[TeamRow]
    active: int
    archived: int
    today: date

    @property
    def overdue(self) -> int:
        return sum(1 for r in self.rows if not r.person.archived and r.overdue(self.today))

    @property
    def nobody(self) -> bool:
        """No people at all, archived or not: the first run."""
        return self.active == 0 and self.archived == 0


def person_cycle(person: Person, held: list, today: date) -> YearCycle:
    """This year's cycle from ``held`` (summaries; only completed ones count). A person
    added after their first conversation (imported history) joined at that conversation."""
    done = [(c.kind, local_date(c.when)) for c in held
            if c.status is ConversationStatus.COMPLETED]
    joined = min([local_date(person.created), *(day for _kind, day in done)])
    return year_cycle(done, today.year, today, person.cadence_days, joined=joined)


_AT_RISK = (Progress.AT_RISK, Progress.OFF_TRACK)


def team_row(store: Store, person: Person, held: list, today: date | None = None) -> TeamRow:
    """One person's row; ``held`` are their completed or in-progress conversations. Reads
    only the person's own file (actions, goals), never a conversation file."""
    last = local_date(max(c.when for c in held)) if held else None
    start = last if last is not None else local_date(person.created)
    next_due = date.fromordinal(start.toordinal() + person.cadence_days) if last else start
    actions = store.actions(person.id, open_only=True)
    goals = [g for g in store.goals(person.id) if g.is_active]
    return TeamRow(
        person=person,
        last=last,
        next_due=next_due,
        open_mine=sum(1 for a in actions if a.owner is Owner.LEADER),
        open_theirs=sum(1 for a in actions if a.owner is not Owner.LEADER),
        overdue_actions=sum(1 for a in actions if today is not None and a.overdue(today)),
        goals_at_risk=sum(1 for g in goals if g.latest and g.latest.status in _AT_RISK),
        cycle=person_cycle(person, held, today) if today is not None else None,
    )


def team_view(store: Store, today: date, *, include_archived: bool = False) -> TeamView:
    """Everything the home screen lists, read through the Store API."""
    everyone = store.people(include_archived=True)
    shown = [p for p in everyone if include_archived or not p.archived]
    archived = sum(1 for p in everyone if p.archived)
    held: dict[str, list] = {}
    for c in store.conversation_summaries():  # one pass over the index, not one per person
        if c.status in _HELD:
            held.setdefault(c.person_id, []).append(c)
    return TeamView(
        rows=[team_row(store, p, held.get(p.id, []), today) for p in shown],
        active=len(everyone) - archived,
        archived=archived,
        today=today,
    )


#: The orders the home screen cycles through (s key): a message key each.
SORTS = ("name", "next", "overdue", "open")


def sort_rows(rows: list[TeamRow], order: str, today: date) -> list[TeamRow]:
    """``rows`` in one of the ``SORTS`` orders; the name breaks ties, archived go last."""
    def name(r: TeamRow) -> tuple:
        return (r.person.archived, r.person.name.casefold(), r.person.id)

    match order:
        case "next":
            return sorted(rows, key=lambda r: (r.person.archived, r.next_due, name(r)))
        case "overdue":
            return sorted(rows, key=lambda r: (
                r.person.archived, -(r.days_overdue(today) > 0) - (r.overdue_actions > 0),
                -r.days_overdue(today), -r.overdue_actions, name(r)))
        case "open":
            return sorted(rows, key=lambda r: (r.person.archived, -r.open_actions, name(r)))
    return sorted(rows, key=name)


def end_of_week(today: date) -> date:
    """The Sunday of ``today``'s week."""
    return today + timedelta(days=6 - today.weekday())


def filter_rows(rows: list[TeamRow], text: str, today: date, *,
                this_week: bool = False) -> list[TeamRow]:
    """Rows whose name or role holds ``text`` (case-insensitive); with ``this_week``, only
    people due by Sunday (overdue included), not archived ones."""
    needle = text.casefold().strip()
    out = [r for r in rows
           if not needle or needle in r.person.name.casefold()
           or needle in r.person.role.casefold()]
    if this_week:
        out = [r for r in out if not r.person.archived and r.next_due <= end_of_week(today)]
    return out
