"""Where a person about to be forgotten is still named in other people's notes.

Forgetting removes every record about the person; their name may still stand in what was
written about others (a note, an agreement, an action item, a goal's progress, an imported
preparation, a unit objective). :func:`mentions_of` lists each place, for the CLI and the
TUI alike: whose notes, the conversation and its date, the line, and whether the record is
private (private ones are listed too, and marked: the list is for the leader alone).
:func:`redactions` turns the places the leader chose into what ``Store.forget_person``
replaces in the same transaction, with the neutral marker in the note's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from coach.domain.mentions import line_at, name_pattern
from coach.domain.people import Person
from coach.i18n import LANGS, t
from coach.i18n.formats import count as counted
from coach.i18n.formats import format_date

if TYPE_CHECKING:
    from coach.store import Store


@dataclass(frozen=True)
class MentionRow:
    """One place the name stands, as the leader reads it."""

    mention: object  # coach.store.about.Mention
    #: Whose notes ("" for the unit's objectives).
    owner: str
    #: The conversation's title and date, "" when the record is not in a conversation.
    conversation: str
    day: date | None
    line: str
    private: bool
    #: The language of the note (its conversation's), for the marker.
    language: str


def _day(stamp: str | None) -> date | None:
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        try:
            return date.fromisoformat(stamp[:10])
        except ValueError:
            return None
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def mentions_of(store: Store, person: Person, lang: str) -> list[MentionRow]:
    """Every place ``person``'s name stands in the records of everyone else, in the order
    of the people (by name), then the conversations (oldest first)."""
    found = store.name_mentions(name_pattern(person.name), except_person=person.id)
    if not found:
        return []
    names = {p.id: p.name for p in store.people(include_archived=True)}
    rows = {row.id: row for row in store.conversation_summaries()}
    out = []
    for mention in found:
        conv = rows.get(mention.conversation_id or "")
        where = ""
        language = lang
        if conv is not None:
            title = conv.title or t(f"kind.{conv.kind.value}", lang)
            where = f"{title} {format_date(conv.when.astimezone().date(), lang)}"
            language = conv.language if conv.language in LANGS else lang
        owner = names.get(mention.person_id or "", "") if mention.person_id else \
            t("privacy.mentions.objectives", lang)
        day = _day(mention.at) or (conv.when.astimezone().date() if conv else None)
        out.append(MentionRow(mention, owner, where, day, line_at(mention.text, mention.span),
                              mention.private, language))
    return out


def row_text(row: MentionRow, lang: str) -> str:
    """``Ola Nordmann · Månedlig oppfølging 02.12.2026 · privat: «the line»``."""
    parts = [row.owner or "?"]
    if row.conversation:
        parts.append(row.conversation)
    elif row.day is not None:
        parts.append(format_date(row.day, lang))
    if row.private:
        parts.append(t("visibility.private", lang))
    return t("privacy.mentions.row", lang, where=" · ".join(parts), line=row.line)


def places(count: int, lang: str) -> str:
    """"1 sted", "3 steder" / "1 place", "3 places"."""
    return counted(count, t("privacy.mentions.place", lang), t("privacy.mentions.places", lang),
                   lang)


def marker(lang: str) -> str:
    """The neutral text that takes the name's place."""
    return t("privacy.mentions.marker", lang)


def redactions(rows: Iterable[MentionRow]) -> list[tuple[object, str]]:
    """What ``Store.forget_person`` replaces: each chosen place and its marker."""
    return [(row.mention, marker(row.language)) for row in rows]
