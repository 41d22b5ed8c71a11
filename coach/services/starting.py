"""Creating a conversation from a template, and choosing which template to offer."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from coach.content import Library, Template
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    SectionTiming,
)
from coach.domain.people import Person
from coach.domain.records import utcnow

if TYPE_CHECKING:
    from coach.store import Store


def ordered(sections: list, order: list[str] | None) -> list:
    """``sections`` (anything with an ``id``) in ``order``, then the rest as they were."""
    if not order:
        return list(sections)
    rank = {section_id: i for i, section_id in enumerate(order)}
    first = sorted((s for s in sections if s.id in rank), key=lambda s: rank[s.id])
    return first + [s for s in sections if s.id not in rank]


def new_conversation(
    person: Person, template: Template, *, planned_at: datetime | None = None,
    order: list[str] | None = None,
) -> Conversation:
    """A planned conversation with the template's sections as its agenda.

    ``order`` (the section ids of an employee's preparation) lets the preparation lead: its
    sections first in its order, the others after, and the guidance kept short.
    """
    try:
        kind = ConversationKind(template.kind)
    except ValueError:
        kind = ConversationKind.FOLLOW_UP
    return Conversation(
        person_id=person.id,
        kind=kind,
        template_id=template.id,
        language=template.language,
        title=template.title,
        status=ConversationStatus.PLANNED,
        planned_at=planned_at or utcnow(),
        sections=[SectionTiming(s.id, s.title, float(s.minutes))
                  for s in ordered(template.sections, order)],
        employee_led=order is not None,
    )


def newest_unfinished(store: Store, person_id: str | None = None) -> Conversation | None:
    """The newest conversation (with this person, or anyone) not finished, or None: the one
    the app offers to resume when it opens, and the prepare screen for its person."""
    return max(store.unfinished_conversations(person_id), key=lambda c: c.when, default=None)


def pick_template(library: Library, lang: str, template_id: str | None) -> Template:
    """The named template (KeyError if unknown), else the monthly follow-up."""
    if template_id:
        return library.template(template_id, lang)
    return library.template(ConversationKind.FOLLOW_UP.value, lang)


def template_title(library: Library | None, conversation) -> str:
    if library is not None:
        try:
            return library.template(conversation.template_id, conversation.language).title
        except KeyError:
            pass
    return conversation.title or conversation.template_id
