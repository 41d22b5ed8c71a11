"""The team overview the home screen shows, computed from the store (no Textual here).

For each person: when you last talked, when the next conversation is due (last + cadence,
or the day they were added if you have not talked yet) and how many action items are open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from coach.domain.conversations import ConversationStatus
from coach.domain.cycle import YearCycle, year_cycle
from coach.domain.people import Person

#: Conversations that count as "we talked": held or being held, not merely planned.
_HELD = (ConversationStatus.COMPLETED, ConversationStatus.IN_PROGRESS)


def local_date(moment: datetime) -> date:
    """The calendar date of ``moment`` where the user is."""
    return moment.astimezone().date() if moment.tzinfo else moment.date()


@dataclass(frozen=True)
class TeamRow:
    person: Person
    last: date | None
    next_due: date
    open_actions: int

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


def team_row(store, person: Person, held: list) -> TeamRow:
    """One person's row; ``held`` are their completed or in-progress conversations."""
    last = local_date(max(c.when for c in held)) if held else None
    start = last if last is not None else local_date(person.created)
    next_due = date.fromordinal(start.toordinal() + person.cadence_days) if last else start
    return TeamRow(
        person=person,
        last=last,
        next_due=next_due,
        open_actions=len(store.actions(person.id, open_only=True)),
    )


def team_view(store, today: date, *, include_archived: bool = False) -> TeamView:
    """Everything the home screen lists, read through the Store API."""
    everyone = store.people(include_archived=True)
    shown = [p for p in everyone if include_archived or not p.archived]
    archived = sum(1 for p in everyone if p.archived)
    held: dict[str, list] = {}
    for c in store.conversation_summaries():  # one pass over the index, not one per person
        if c.status in _HELD:
            held.setdefault(c.person_id, []).append(c)
    return TeamView(
        rows=[team_row(store, p, held.get(p.id, [])) for p in shown],
        active=len(everyone) - archived,
        archived=archived,
        today=today,
    )


def cadence_label(days: int, _: Callable[..., str]) -> str:
    """ "monthly", "annenhver uke", ... for the known cadences; "every N days" otherwise."""
    try:
        return _(f"cadence.{days}")
    except KeyError:
        return _("cadence.days", days=days)


def format_date(day: date, lang: str) -> str:
    """A date as a Norwegian (14.03.2026) or an ISO (2026-03-14) reader expects it."""
    return day.strftime("%d.%m.%Y") if lang == "nb" else day.isoformat()
