"""A small store for the privacy tests: Kari (an old and a recent conversation, a private
note and a private action item, goals, competence) and Ola (one conversation)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from coach.domain.actions import ActionItem, Owner
from coach.domain.competence import CompetenceArea, LevelChange
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    Entry,
    EntryKind,
    SectionTiming,
    Visibility,
)
from coach.domain.goals import Goal, Progress, ProgressEntry
from coach.domain.people import Person, UnitObjective
from coach.store import Store

SECRET = "ZQXSECRET"
OLD_DAY = datetime(2021, 3, 4, 9, 0, tzinfo=UTC)
RECENT_DAY = datetime.now(UTC) - timedelta(days=10)


def _conversation(person: Person, when: datetime, kind=ConversationKind.FOLLOW_UP):
    return Conversation(
        person_id=person.id, kind=kind, template_id="follow-up", language="en",
        title="Monthly follow-up", status=ConversationStatus.COMPLETED, started_at=when,
        sections=[SectionTiming("since", "Since last time", 10, actual_seconds=600)],
    )


def _entry(conv, text, kind=EntryKind.NOTE, private=False, **kw) -> Entry:
    return Entry(conv.id, text, "since", kind,
                 Visibility.PRIVATE if private else Visibility.SHARED, **kw)


def build(path: Path) -> dict[str, str]:
    """Fill a data directory; returns the ids tests need."""
    ids: dict[str, str] = {}
    with Store.open(path, backup=False) as store:
        kari = Person("Kari Lie", role="Adviser <team>", email="kari@example.org")
        ola = Person("Ola Nordmann")
        for p in (kari, ola):
            store.save_person(p)
        objective = UnitObjective("Faster case handling", "Under four weeks")
        store.save_objective(objective)

        old = _conversation(kari, OLD_DAY, ConversationKind.GOAL_SETTING)
        recent = _conversation(kari, RECENT_DAY)
        theirs = _conversation(ola, RECENT_DAY)
        for conv in (old, recent, theirs):
            store.save_conversation(conv)
        old_done = ActionItem(kari.id, "Old finished task", Owner.LEADER, raised_in=old.id,
                              created=OLD_DAY)
        old_done.close(old.id)
        old_open = ActionItem(kari.id, "Old open task", raised_in=old.id, created=OLD_DAY)
        shared_item = ActionItem(kari.id, "Draft the *plan*", due=date(2030, 1, 1),
                                 raised_in=recent.id, created=RECENT_DAY)
        private_item = ActionItem(kari.id, f"Call HR {SECRET}", Owner.LEADER,
                                  raised_in=recent.id, created=RECENT_DAY)
        for item in (old_done, old_open, shared_item, private_item):
            store.save_action(item)
        t = RECENT_DAY
        entries = [
            _entry(old, "Agreed on the yearly goals", EntryKind.AGREEMENT, created=OLD_DAY),
            _entry(recent, "# not a heading\n- not a list", created=t),
            _entry(recent, "Weekly pairing", EntryKind.AGREEMENT, created=t),
            _entry(recent, "Draft the *plan*", EntryKind.ACTION_ITEM,
                   action_id=shared_item.id, created=t),
            _entry(recent, f"Call HR {SECRET}", EntryKind.ACTION_ITEM, private=True,
                   action_id=private_item.id, created=t),
            _entry(recent, f"Seems tired {SECRET}", private=True, created=t),
            _entry(theirs, "Ola's own note", created=t),
        ]
        for e in entries:
            store.save_entry(e)
        goal = Goal(kari.id, "Lead the <archive> migration", objective_id=objective.id,
                    measure="All cases moved")
        goal.record_progress(ProgressEntry(Progress.ON_TRACK, "pilot | done", 30, recent.id))
        store.save_goal(goal)
        area = CompetenceArea(kari.id, "SQL", depth=3, category="Data")
        area.history = [LevelChange(OLD_DAY, None, 3, "Course")]
        store.save_competence(area)
        ids.update(kari=kari.id, ola=ola.id, old=old.id, recent=recent.id, theirs=theirs.id,
                   private_item=private_item.id)
    return ids
