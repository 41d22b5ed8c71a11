"""Privacy rules shared by the CLI and the TUI: what forgetting a person removes, the typed
confirmation, and which conversations are older than the retention period."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coach.domain.people import Person
from coach.services.exporting import history_markdown, write_export
from coach.services.search_index import scrub_index
from coach.store.forgetting import (  # noqa: F401  (the CLI's way to the backups)
    HeldBackup,
    backups_holding,
    purge_backup,
)
from coach.store.layout import check_id  # noqa: F401  (is this a person's id?)
from coach.store.summaries import ConversationSummary


@dataclass(frozen=True)
class Footprint:
    """What the store holds about one person (what forgetting them removes)."""

    conversations: int
    goals: int
    action_items: int
    competence_areas: int


def footprint(store, person: Person) -> Footprint:
    return Footprint(
        conversations=len(store.conversation_summaries(person.id)),
        goals=len(store.goals(person.id)),
        action_items=len(store.actions(person.id)),
        competence_areas=len(store.competence(person.id)),
    )


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def name_confirms(typed: str | None, person: Person) -> bool:
    """True if ``typed`` is the person's full name (case and extra spaces aside)."""
    return typed is not None and bool(typed.strip()) and _plain(typed) == _plain(person.name)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def past_retention(rows: list[ConversationSummary], months: int,
                   today: date) -> list[ConversationSummary]:
    """Conversations held before the cut-off (``months`` before ``today``), oldest first;
    none when ``months`` is 0 (retention off)."""
    if months <= 0:
        return []
    cutoff = months_before(today, months)
    old = [r for r in rows if r.when.astimezone().date() < cutoff]
    return sorted(old, key=lambda r: r.when)


def default_export_name(person: Person, today: date | None = None) -> str:
    """``coach-kari-lie-2025-03-04.md``: a file name for a person's final export."""
    slug = "-".join("".join(c if c.isalnum() else " " for c in person.name).split()).lower()
    return f"coach-{slug or 'person'}-{(today or date.today()).isoformat()}.md"


def forget(store, person: Person, lang: str, *, export_to: Path | None = None,
           library=None) -> list[HeldBackup]:
    """Write the full history to ``export_to`` first (if given; OSError stops everything),
    remove the person from the store, and return the backups that still hold them."""
    if export_to is not None:
        write_export(export_to, history_markdown(store, person, lang, include_private=True,
                                                 library=library))
    store.forget_person(person.id)
    scrub_index(store)
    return backups_holding(store.data_dir, person.id, keep=store.keep_backups)
