"""A small team with conversations, entries, action items and goals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from coach.domain.actions import ActionItem
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    Entry,
    EntryKind,
    Visibility,
)
from coach.domain.goals import Goal, Progress, ProgressEntry
from coach.domain.people import Person


def held(store, person, kind, day, texts, status=ConversationStatus.COMPLETED):
    """A conversation held on ``day`` with ``texts``: (kind, text[, private]) tuples."""
    moment = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
    conv = Conversation(person_id=person.id, kind=kind, template_id=kind.value,
                        status=status, started_at=moment,
                        ended_at=moment if status is ConversationStatus.COMPLETED else None)
    store.save_conversation(conv)
    for item in texts:
        entry_kind, text, *private = item
        vis = Visibility.PRIVATE if private and private[0] else Visibility.SHARED
        store.save_entry(Entry(conv.id, text, kind=entry_kind, visibility=vis,
                               created=moment, updated=moment))
    return conv


def fill(store):
    from datetime import date

    joined = datetime(2025, 1, 1, tzinfo=UTC)
    kari = Person("Kari Ærlig Øvrebø", role="Arkivar", created=joined)
    ola = Person("Ola Nordmann", role="Rådgiver", created=joined)
    for p in (kari, ola):
        store.save_person(p)
    first = held(store, kari, ConversationKind.GOAL_SETTING, date(2026, 1, 20), [
        (EntryKind.AGREEMENT, "Kari leder migreringen av ARKIVET til nytt system"),
        (EntryKind.NOTE, "Snakket om blåbærturen og ærlige tilbakemeldinger"),
        (EntryKind.NOTE, "Bekymret for arbeidsmengden", True),
    ])
    held(store, ola, ConversationKind.FOLLOW_UP, date(2026, 2, 10), [
        (EntryKind.SUPPORT_NEED, "Trenger hjelp med Straße-prosjektet"),
        (EntryKind.MASTERY_MOMENT, "Holdt kurs i regneark for hele seksjonen"),
    ])
    # Fixed times, not "now": the snapshots show these dates (the day after, so that the
    # action item sorts first among the hits, as it did when it was made "now").
    then = first.started_at + timedelta(days=1)
    store.save_action(ActionItem(kari.id, "Bestille kurs i arkivplanlegging",
                                 raised_in=first.id, created=then))
    goal = Goal(kari.id, "Fullføre migreringen innen sommeren", measure="alle serier flyttet",
                created_in=first.id, created=then)
    goal.record_progress(ProgressEntry(Progress.AT_RISK, "leverandøren er forsinket",
                                       conversation_id=first.id, at=then))
    store.save_goal(goal)
    return {"kari": kari, "ola": ola, "first": first}
