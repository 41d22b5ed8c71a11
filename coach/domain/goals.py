"""Goals in partnership: work and development goals, with a progress log."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from coach.domain.records import new_id, utcnow
from coach.domain.visibility import Audience, Visibility, visible


class GoalType(enum.StrEnum):
    WORK = "work"
    DEVELOPMENT = "development"


class GoalScope(enum.StrEnum):
    PROFESSIONAL = "professional"
    PERSONAL = "personal"


class GoalStatus(enum.StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class Progress(enum.StrEnum):
    ON_TRACK = "on-track"
    AT_RISK = "at-risk"
    OFF_TRACK = "off-track"
    ACHIEVED = "achieved"


@dataclass
class ProgressEntry:
    status: Progress
    comment: str = ""
    percent: int | None = None
    conversation_id: str | None = None
    at: datetime = field(default_factory=utcnow)
    #: A private remark on progress stays out of every shared output.
    visibility: Visibility = Visibility.SHARED

    def __post_init__(self) -> None:
        if self.percent is not None and not 0 <= self.percent <= 100:
            raise ValueError("percent")


@dataclass
class GoalRevision:
    """What a goal said before it was revised, achieved or dropped, and why."""

    at: datetime
    statement: str
    measure: str
    target_date: date | None
    status: GoalStatus
    reason: str = ""
    conversation_id: str | None = None
    #: A private revision (its reason, the leader's own remark) stays out of every shared
    #: output.
    visibility: Visibility = Visibility.SHARED


@dataclass
class Goal:
    person_id: str
    statement: str
    type: GoalType = GoalType.WORK
    scope: GoalScope = GoalScope.PROFESSIONAL
    objective_id: str | None = None
    measure: str = ""
    target_date: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    progress: list[ProgressEntry] = field(default_factory=list)
    history: list[GoalRevision] = field(default_factory=list)
    created_in: str | None = None
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=utcnow)

    @property
    def latest(self) -> ProgressEntry | None:
        return self.progress[-1] if self.progress else None

    @property
    def is_active(self) -> bool:
        return self.status is GoalStatus.ACTIVE

    def nudges(self) -> list[str]:
        """Gentle reminders (message keys), never blocks: goals should be traceable."""
        out = []
        if not self.measure.strip():
            out.append("goal.nudge.no_measure")
        if self.objective_id is None and self.scope is GoalScope.PROFESSIONAL:
            out.append("goal.nudge.no_objective")
        return out

    def record_progress(self, entry: ProgressEntry) -> None:
        self.progress.append(entry)
        if entry.status is Progress.ACHIEVED:
            self._change(GoalStatus.ACHIEVED, "", entry.conversation_id)

    def _snapshot(self, reason: str, conversation_id: str | None) -> GoalRevision:
        return GoalRevision(
            at=utcnow(),
            statement=self.statement,
            measure=self.measure,
            target_date=self.target_date,
            status=self.status,
            reason=reason,
            conversation_id=conversation_id,
        )

    def _change(self, status: GoalStatus, reason: str, conversation_id: str | None) -> None:
        self.history.append(self._snapshot(reason, conversation_id))
        self.status = status

    def revise(
        self,
        *,
        statement: str | None = None,
        measure: str | None = None,
        target_date: date | None = None,
        reason: str = "",
        conversation_id: str | None = None,
    ) -> None:
        self.history.append(self._snapshot(reason, conversation_id))
        if statement is not None:
            self.statement = statement
        if measure is not None:
            self.measure = measure
        if target_date is not None:
            self.target_date = target_date

    def achieve(self, reason: str = "", conversation_id: str | None = None) -> None:
        self._change(GoalStatus.ACHIEVED, reason, conversation_id)

    def drop(self, reason: str, conversation_id: str | None = None) -> None:
        self._change(GoalStatus.DROPPED, reason, conversation_id)


def goals_for(goals: Iterable[Goal], audience: Audience) -> list[Goal]:
    """The goals as an output for ``audience`` may show them: progress entries and revisions
    the rule keeps from that audience left out (copies; the records passed in are left as
    they are)."""
    out = []
    for goal in goals:
        progress = visible(goal.progress, audience)
        history = visible(goal.history, audience)
        same = len(progress) == len(goal.progress) and len(history) == len(goal.history)
        out.append(goal if same else replace(goal, progress=progress, history=history))
    return out
