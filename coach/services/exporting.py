"""One code path for a conversation's Markdown (the summary screen and `coach export`), and
for a person's whole history (`coach export PERSON --all`, `coach forget`).
``write_export`` (coach/services/output.py) and ``template_title`` (coach/services/starting.py)
are found here too, for the callers that export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from coach import __version__
from coach.content import Library
from coach.domain.competence import competence_for
from coach.domain.conversations import Conversation, ConversationStatus
from coach.domain.goals import GoalStatus, goals_for
from coach.domain.people import Person
from coach.domain.summary import (
    Summary,
    private_action_ids,
    summarise,
    with_derived_visibility,
)
from coach.domain.visibility import Audience
from coach.i18n.formats import format_date
from coach.markdown.digest import content_digest
from coach.markdown.export import conversation_body, export_conversation
from coach.markdown.history import ConversationPart, History, history_document
from coach.markdown.profile import goals_markdown, profile_markdown
from coach.services.output import check_output_path, write_export
from coach.services.review_status import latest_review, status_blocks
from coach.services.starting import template_title
from coach.store import ConversationSummary

if TYPE_CHECKING:
    from coach.store import Store

__all__ = [
    "check_output_path", "conversation_markdown", "conversation_summary",
    "conversation_to_export", "held_conversation", "history_markdown", "person_goals_markdown",
    "person_profile_markdown", "shared_digest", "template_title", "write_export",
]


def conversation_summary(store: Store, conversation_id: str, *, shared: bool) -> Summary:
    conversation = store.conversation(conversation_id)
    return summarise(
        conversation,
        store.entries(conversation_id),
        store.actions(conversation.person_id),
        store.goals(conversation.person_id),
        shared=shared,
    )


def conversation_to_export(summaries: list[ConversationSummary], id_prefix: str | None = None
                           ) -> ConversationSummary | None:
    """Which conversation `coach export PERSON` prints: the one whose id starts with
    ``id_prefix`` (None unless exactly one does); else the latest finished one, an
    unfinished one only if there is no other (None if there is none at all)."""
    if id_prefix:
        chosen = [s for s in summaries if s.id.startswith(id_prefix)]
        return chosen[0] if len(chosen) == 1 else None
    done = [s for s in summaries if s.status is ConversationStatus.COMPLETED]
    return (done or summaries)[-1] if summaries else None


def conversation_markdown(
    store: Store, conversation_id: str, lang: str | None, *, include_private: bool,
    library: Library | None = None,
) -> str:
    """The conversation as Markdown: the shared summary, or in full with private notes.

    ``lang`` None writes it in the conversation's own language, so headings and the
    template's section titles agree.
    """
    summary = conversation_summary(store, conversation_id, shared=not include_private)
    conversation = summary.conversation
    person = store.person(conversation.person_id)
    lang = lang or conversation.language
    status = None
    goals = None
    if not include_private:
        goals = active_goal_statements(store, person.id)
        review = latest_review(store, person.id, conversation.id)
        if review is not None:
            current = shared_digest(store, conversation_id, lang, library)
            status = status_blocks(review.review, lang, current)
    return export_conversation(
        summary,
        lang,
        include_private=include_private,
        person_name=person.name,
        template_title=template_title(library, conversation),
        status=status,
        goals=goals,
    )


def active_goal_statements(store: Store, person_id: str) -> list[str]:
    """The statements of the person's active goals: what a shared summary hands the employee
    to report progress on in the next preparation."""
    return [g.statement for g in store.goals(person_id) if g.status is GoalStatus.ACTIVE]


def shared_digest(store: Store, conversation_id: str, lang: str, library: Library | None = None
                  ) -> str:
    """The digest of the conversation's shared summary in ``lang``, as exported now."""
    summary = conversation_summary(store, conversation_id, shared=True)
    conversation = summary.conversation
    body = conversation_body(summary, lang, include_private=False,
                             person_name=store.person(conversation.person_id).name,
                             template_title=template_title(library, conversation))
    return content_digest("\n\n".join(body) + "\n")


def history_markdown(
    store: Store, person: Person, lang: str, *, since: date | None = None,
    include_private: bool,
    library: Library | None = None, now: datetime | None = None,
) -> str:
    """Everything stored about ``person`` (or from ``since`` on) as one Markdown document.

    Private notes and the action items they raised only when ``include_private``.
    """
    audience = Audience.of(include_private)
    goals = goals_for(store.goals(person.id), audience)
    rows = store.conversation_summaries(person.id)
    entries = {row.id: store.entries(row.id) for row in rows}
    every_entry = [e for found in entries.values() for e in found]
    # An item raised by a private entry is private in every conversation it reaches.
    actions = with_derived_visibility(store.actions(person.id), every_entry)
    parts = []
    for row in rows:
        if since is not None and row.when.astimezone().date() < since:
            continue
        conversation = store.conversation(row.id)
        summary = summarise(conversation, entries[row.id], actions, goals, shared=False)
        parts.append(ConversationPart(summary, template_title(library, conversation)))
    history = History(
        person=person,
        exported_at=now or datetime.now().astimezone(),
        version=__version__,
        include_private=include_private,
        since=since,
        objectives=store.objectives(include_inactive=True),
        goals=goals,
        competence=competence_for(store.competence(person.id), audience),
        actions=actions,
        private_actions=private_action_ids(actions, ()),
        conversations=parts,
        preparations=store.preparations(person.id),
        reviews=store.reviews(person.id),
        review_titles={
            row.id: f"{template_title(library, store.conversation(row.id))} "
                    f"{format_date(row.when.astimezone().date(), lang)}" for row in rows},
    )
    return history_document(history, lang)


def person_goals_markdown(store: Store, person, lang: str) -> str:
    """The goals Markdown for one person, read from the store (CLI and TUI alike): a shared
    output, so private progress entries are left out."""
    return goals_markdown(person, goals_for(store.goals(person.id), Audience.SHARED),
                          store.objectives(include_inactive=True), lang)


def person_profile_markdown(store: Store, person, lang: str) -> str:
    """The competence profile Markdown for one person, read from the store: a shared
    output, so private areas and private level changes are left out."""
    return profile_markdown(person, competence_for(store.competence(person.id),
                                                   Audience.SHARED), lang)


@dataclass(frozen=True)
class HeldConversation:
    """A past conversation to read (the read-only view search opens): who, and its export
    both ways, shared (False) and full with private notes (True)."""

    conversation: Conversation
    person: Person
    markdown: dict[bool, str]
    #: Its entries (screen-share mode counts the private ones, for the reveal dialog).
    entries: tuple = ()


def held_conversation(store: Store, conversation_id: str, lang: str,
                      library: Library | None = None) -> HeldConversation:
    conversation = store.conversation(conversation_id)
    person = store.person(conversation.person_id)
    texts = {full: conversation_markdown(store, conversation_id, lang, include_private=full,
                                         library=library)
             for full in (False, True)}
    return HeldConversation(conversation, person, texts,
                            tuple(store.entries(conversation_id)))
