"""Privacy rules shared by the CLI and the TUI: what forgetting a person removes, the typed
confirmation, and which conversations are older than the retention period."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coach.domain.people import Person
from coach.i18n import CATALOG, t
from coach.services.exporting import history_markdown, write_export
from coach.services.mentions import MentionRow, redactions
from coach.services.search_index import scrub_index
from coach.store.forgetting import (  # noqa: F401  (the CLI's way to the backups)
    HeldBackup,
    backups_holding,
    purge_backup,
)
from coach.store.layout import check_id  # noqa: F401  (is this a person's id?)
from coach.store.summaries import ConversationSummary

if TYPE_CHECKING:
    from coach.content import Library
    from coach.store import Store

#: The kinds of record forgetting counts, in the order they are listed, by the store table
#: that holds them (a table not named here is counted under its own name).
KINDS = ("conversations", "entries", "actions", "goals", "progress", "competence",
         "preparations", "reviews")
#: Tables counted through another: each conversation's own record is its index row.
_SAME_AS = {"conversation": "conversations", "people": None}


@dataclass(frozen=True)
class Footprint:
    """What the store holds about one person (what forgetting them removes), per kind."""

    counts: dict[str, int]
    #: Of the entries, how many are private.
    private_entries: int = 0

    @property
    def conversations(self) -> int:
        return self.counts.get("conversations", 0)

    @property
    def goals(self) -> int:
        return self.counts.get("goals", 0)

    @property
    def action_items(self) -> int:
        return self.counts.get("actions", 0)

    @property
    def competence_areas(self) -> int:
        return self.counts.get("competence", 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def footprint(store: Store, person: Person) -> Footprint:
    """Counted from the store's own list of what it holds about the person, table by table
    (``Store.records_about``), so a table added later is counted too."""
    records = store.records_about(person.id)
    counts = dict.fromkeys(KINDS, 0)
    for table, docs in records.items():
        kind = _SAME_AS.get(table, table)
        if kind is None or table == "conversation":
            continue
        counts[kind] = counts.get(kind, 0) + len(docs)
    counts["progress"] = sum(len(g.get("progress") or []) for g in records.get("goals", []))
    private = sum(1 for e in records.get("entries", []) if e.get("visibility") == "private")
    return Footprint(counts, private)


def footprint_lines(counts: Footprint, lang: str) -> list[str]:
    """One line per kind that has records: "samtaler: 2", "notater …: 14 (3 private)"."""
    lines = []
    for kind, n in counts.counts.items():
        if not n:
            continue
        key = f"privacy.forget.count.{kind}"
        label = t(key, lang) if key in CATALOG else t("privacy.forget.count.other", lang,
                                                       table=kind)
        value = str(n)
        if kind == "entries" and counts.private_entries:
            value += " " + t("privacy.forget.count.private", lang, count=counts.private_entries)
        lines.append(f"{label}: {value}")
    return lines


def plan_text(person: Person, counts: Footprint, lang: str, *, compact: bool = False) -> str:
    """What forgetting removes, as the CLI (a line per kind) and the dialog (``compact``:
    one paragraph) say it."""
    lines = footprint_lines(counts, lang)
    head = t("privacy.forget.plan", lang, name=person.name)
    if not lines:
        return f"{head} {t('privacy.forget.count.none', lang)}"
    if compact:
        return f"{head} {'; '.join(lines)}."
    return "\n".join([head, *(f"- {line}" for line in lines)])


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


def forget(store: Store, person: Person, lang: str, *, export_to: Path | None = None,
           library: Library | None = None, redact: Iterable[MentionRow] = ()) -> Forgotten:
    """Write the full history to ``export_to`` first (if given; OSError stops everything),
    remove the person from the store and replace their name in the chosen places of other
    people's notes (``redact``, from :func:`coach.services.mentions.mentions_of`), all in
    one journal; then scrub the search index, so that nothing forgotten or redacted stays
    readable in it. Returns the backups that still hold the person and how many places
    were redacted."""
    if export_to is not None:
        write_export(export_to, history_markdown(store, person, lang, include_private=True,
                                                 library=library))
    redacted = store.forget_person(person.id, redactions(redact))
    scrub_index(store)
    return Forgotten(backups_holding(store.data_dir, person.id, keep=store.keep_backups),
                     redacted)


@dataclass(frozen=True)
class Forgotten:
    #: The backups that still hold the person.
    held: list[HeldBackup]
    #: How many mentions in other people's notes were replaced.
    redacted: int = 0
