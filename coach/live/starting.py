"""Creating a conversation from a template, and choosing which template to offer."""

from __future__ import annotations

from datetime import datetime

from coach.content import Library, Template
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    SectionTiming,
)
from coach.domain.people import Person
from coach.domain.records import utcnow


def new_conversation(
    person: Person, template: Template, *, planned_at: datetime | None = None
) -> Conversation:
    """A planned conversation with the template's sections as its agenda."""
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
        sections=[SectionTiming(s.id, s.title, float(s.minutes)) for s in template.sections],
    )


def pick_template(library: Library, lang: str, template_id: str | None) -> Template:
    """The named template (KeyError if unknown), else the monthly follow-up."""
    if template_id:
        return library.template(template_id, lang)
    return library.template(ConversationKind.FOLLOW_UP.value, lang)
