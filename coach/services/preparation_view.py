"""What a leader should see before the clock starts: the facts of the prepare view."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from coach.domain.actions import ActionItem
from coach.domain.competence import CompetenceArea, LevelChange, competence_for
from coach.domain.conversations import Conversation, ConversationStatus, Entry, EntryKind
from coach.domain.goals import Goal
from coach.domain.visibility import Audience

if TYPE_CHECKING:
    from coach.store import Store

#: How many recent competence changes the prepare view lists.
RECENT_CHANGES = 5


@dataclass(frozen=True)
class CompetenceChange:
    area: CompetenceArea
    change: LevelChange


@dataclass
class PreparationFacts:
    last: Conversation | None = None
    last_agreements: list[Entry] = field(default_factory=list)
    #: Last time's support needs (a leader checks these first) and mastery moments.
    last_support_needs: list[Entry] = field(default_factory=list)
    last_mastery: list[Entry] = field(default_factory=list)
    open_actions: list[ActionItem] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    competence_changes: list[CompetenceChange] = field(default_factory=list)

    def overdue(self, today: date) -> list[ActionItem]:
        return [a for a in self.open_actions if a.overdue(today)]


def gather(store: Store, person_id: str, *, exclude: str | None = None) -> PreparationFacts:
    """Read what the prepare view shows for one person (the store is only read)."""
    done = [
        s for s in store.conversation_summaries(person_id)
        if s.status is ConversationStatus.COMPLETED and s.id != exclude
    ]
    prep = PreparationFacts()
    if done:
        prep.last = store.conversation(done[-1].id)
        entries = [e for e in store.entries(prep.last.id) if e.text.strip() and not e.draft]

        def of(kind: EntryKind) -> list[Entry]:
            return [e for e in entries if e.kind is kind and not e.private]

        prep.last_agreements = [e for e in entries if e.kind is EntryKind.AGREEMENT]
        prep.last_support_needs = of(EntryKind.SUPPORT_NEED)
        prep.last_mastery = of(EntryKind.MASTERY_MOMENT)
    prep.open_actions = sorted(
        store.actions(person_id, open_only=True),
        key=lambda a: (a.due is None, a.due or date.max, a.created),
    )
    prep.goals = [g for g in store.goals(person_id) if g.is_active]
    changes = [
        CompetenceChange(area, change)
        # The preparation view is a shared screen: the one rule leaves private changes out.
        for area in competence_for(store.competence(person_id), Audience.SHARED)
        for change in area.agreed_changes()
    ]
    changes.sort(key=lambda c: c.change.at, reverse=True)
    prep.competence_changes = changes[:RECENT_CHANGES]
    return prep
