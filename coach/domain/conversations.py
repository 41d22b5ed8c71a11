"""Conversations and the entries written during them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from coach.domain.records import new_id, utcnow
from coach.domain.visibility import Visibility

__all__ = ["Visibility"]  # re-exported: the enum lives in coach.domain.visibility


class ConversationKind(enum.StrEnum):
    GOAL_SETTING = "goal-setting"
    FOLLOW_UP = "follow-up"
    EVALUATION = "evaluation"
    ANNUAL = "annual"
    CHECK_IN = "check-in"


class ConversationStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class EntryKind(enum.StrEnum):
    NOTE = "note"
    AGREEMENT = "agreement"
    ACTION_ITEM = "action-item"
    SUPPORT_NEED = "support-need"
    LEARNING = "learning"
    MASTERY_MOMENT = "mastery-moment"


@dataclass
class SectionTiming:
    """One agenda section of a conversation: its plan and what actually happened."""

    section_id: str
    title: str
    planned_minutes: float
    actual_seconds: float = 0.0
    skipped: bool = False
    #: The time box as it stood at the end (after +2 minutes and rebalancing); None in
    #: records written before it was kept: then the plan is all there is.
    final_minutes: float | None = None

    @property
    def plan_at_end(self) -> float:
        return self.planned_minutes if self.final_minutes is None else self.final_minutes


@dataclass
class Entry:
    """A note, agreement, action item, support need, learning or mastery moment."""

    conversation_id: str
    text: str
    section_id: str = ""
    kind: EntryKind = EntryKind.NOTE
    visibility: Visibility = Visibility.SHARED
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=utcnow)
    updated: datetime = field(default_factory=utcnow)
    #: For action items: the ActionItem this entry raised.
    action_id: str | None = None
    #: Still being typed (saved as it is typed); a resumed conversation reopens it.
    draft: bool = False

    @property
    def private(self) -> bool:
        return self.visibility is Visibility.PRIVATE


@dataclass
class Conversation:
    person_id: str
    kind: ConversationKind
    template_id: str
    language: str = "en"
    title: str = ""
    status: ConversationStatus = ConversationStatus.PLANNED
    planned_at: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    sections: list[SectionTiming] = field(default_factory=list)
    current_section: int = 0
    #: Question ids marked as asked, in order.
    questions_asked: list[str] = field(default_factory=list)
    #: Serialised agenda clock state, so an unfinished conversation resumes with its clock.
    clock_state: dict = field(default_factory=dict)
    #: Led by the employee's preparation: their order of sections, the guidance kept short.
    employee_led: bool = False
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=utcnow)

    @property
    def planned_minutes(self) -> float:
        return sum(s.planned_minutes for s in self.sections)

    @property
    def actual_seconds(self) -> float:
        return sum(s.actual_seconds for s in self.sections)

    @property
    def when(self) -> datetime:
        """The best date for ordering: started, else planned, else created."""
        return self.started_at or self.planned_at or self.created

    @property
    def unfinished(self) -> bool:
        return self.status is ConversationStatus.IN_PROGRESS
