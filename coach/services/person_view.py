"""What the person screen shows of one person, read from the store in one go: the timeline
of conversations, the year's cycle, open action items, goals, the competence profile and
the employee's reviews of shared summaries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from coach.domain.actions import ActionItem
from coach.domain.competence import CompetenceArea
from coach.domain.conversations import Conversation
from coach.domain.cycle import YearCycle
from coach.domain.goals import Goal
from coach.domain.people import Person
from coach.services.review import person_review_lines
from coach.services.team import person_cycle

if TYPE_CHECKING:
    from coach.store import Store


@dataclass(frozen=True)
class PersonView:
    conversations: list[Conversation]
    cycle: YearCycle
    open_actions: list[ActionItem]
    goals: list[Goal]
    areas: list[CompetenceArea]
    #: One line per reviewed conversation, newest first.
    reviews: list[str]


def person_view(store: Store, person: Person, today: date, lang: str) -> PersonView:
    pid = person.id
    conversations = store.conversations(pid)
    summaries = store.conversation_summaries(pid)
    goals = store.goals(pid)
    actions = store.actions(pid, open_only=True)
    areas = store.competence(pid)
    reviews = person_review_lines(store, pid, lang)
    return PersonView(conversations, person_cycle(person, summaries, today), actions, goals,
                      areas, reviews)
