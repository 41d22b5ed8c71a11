"""One code path for a conversation's Markdown: the summary screen and `coach export`."""

from __future__ import annotations

from pathlib import Path

from coach.content import Library
from coach.domain.summary import Summary, summarise
from coach.markdown.export import export_conversation
from coach.store.files import write_atomic


def conversation_summary(store, conversation_id: str, *, shared: bool) -> Summary:
    conversation = store.conversation(conversation_id)
    return summarise(
        conversation,
        store.entries(conversation_id),
        store.actions(conversation.person_id),
        store.goals(conversation.person_id),
        shared=shared,
    )


def template_title(library: Library | None, conversation) -> str:
    if library is not None:
        try:
            return library.template(conversation.template_id, conversation.language).title
        except KeyError:
            pass
    return conversation.title or conversation.template_id


def conversation_markdown(
    store, conversation_id: str, lang: str | None, *, include_private: bool,
    library: Library | None = None,
) -> str:
    """The conversation as Markdown: the shared summary, or in full with private notes.

    ``lang`` None writes it in the conversation's own language, so headings and the
    template's section titles agree.
    """
    summary = conversation_summary(store, conversation_id, shared=not include_private)
    conversation = summary.conversation
    person = store.person(conversation.person_id)
    return export_conversation(
        summary,
        lang or conversation.language,
        include_private=include_private,
        person_name=person.name,
        template_title=template_title(library, conversation),
    )


def write_export(path: Path, text: str) -> Path:
    """Write an export atomically, readable by the user alone (0600)."""
    path = Path(path).expanduser()
    write_atomic(path, text.encode("utf-8"))
    return path
