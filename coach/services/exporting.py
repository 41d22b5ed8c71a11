"""One code path for a conversation's Markdown (the summary screen and `coach export`), and
for a person's whole history (`coach export PERSON --all`, `coach forget`)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from coach.content import Library
from coach.domain.competence import competence_for
from coach.domain.conversations import ConversationStatus
from coach.domain.goals import goals_for
from coach.domain.summary import (
    Summary,
    private_action_ids,
    summarise,
    with_derived_visibility,
)
from coach.domain.visibility import Audience
from coach.i18n.formats import format_date
from coach.markdown.export import export_conversation
from coach.store import ConversationSummary
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
    lang = lang or conversation.language
    status = None
    if not include_private:
        from coach.services.review_status import latest_review, status_blocks

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
    )


def shared_digest(store, conversation_id: str, lang: str, library: Library | None = None
                  ) -> str:
    """The digest of the conversation's shared summary in ``lang``, as exported now."""
    from coach.markdown.digest import content_digest
    from coach.markdown.export import conversation_body

    summary = conversation_summary(store, conversation_id, shared=True)
    conversation = summary.conversation
    body = conversation_body(summary, lang, include_private=False,
                             person_name=store.person(conversation.person_id).name,
                             template_title=template_title(library, conversation))
    return content_digest("\n\n".join(body) + "\n")


def write_export(path: Path, text: str) -> Path:
    """Write an export atomically, readable by the user alone (0600)."""
    path = Path(path).expanduser()
    check_output_path(path)
    write_atomic(path, text.encode("utf-8"))
    return path


def check_output_path(path: Path) -> None:
    """Raise the OSError a user should read, naming ``path`` itself, when it cannot be an
    output file: it is a folder (IsADirectoryError), or its folder is missing
    (FileNotFoundError naming the folder). Other faults come from the write itself."""
    import errno
    import os

    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    folder = path.parent
    if not folder.exists():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))


def history_markdown(
    store, person, lang: str, *, since: date | None = None, include_private: bool,
    library: Library | None = None, now: datetime | None = None,
) -> str:
    """Everything stored about ``person`` (or from ``since`` on) as one Markdown document.

    Private notes and the action items they raised only when ``include_private``.
    """
    from coach import __version__
    from coach.markdown.history import ConversationPart, History, history_document

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


def person_goals_markdown(store, person, lang: str) -> str:
    """The goals Markdown for one person, read from the store (CLI and TUI alike): a shared
    output, so private progress entries are left out."""
    from coach.markdown.profile import goals_markdown

    return goals_markdown(person, goals_for(store.goals(person.id), Audience.SHARED),
                          store.objectives(include_inactive=True), lang)


def person_profile_markdown(store, person, lang: str) -> str:
    """The competence profile Markdown for one person, read from the store: a shared
    output, so private areas and private level changes are left out."""
    from coach.markdown.profile import profile_markdown

    return profile_markdown(person, competence_for(store.competence(person.id),
                                                   Audience.SHARED), lang)
