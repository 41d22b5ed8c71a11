"""Action items (tiltak): who does what by when, where raised and where closed."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from coach.domain.records import new_id, utcnow
from coach.domain.visibility import Visibility


class Owner(enum.StrEnum):
    LEADER = "leader"
    EMPLOYEE = "employee"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


@dataclass
class ActionItem:
    person_id: str
    text: str
    owner: Owner = Owner.EMPLOYEE
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    raised_in: str | None = None
    closed_in: str | None = None
    closed_at: datetime | None = None
    #: Conversations it was carried over to, in order.
    carried_to: list[str] = field(default_factory=list)
    #: Private when raised by a private entry; it stays private wherever it goes.
    visibility: Visibility = Visibility.SHARED
    #: Why it was dropped (optional, the leader's words).
    close_reason: str = ""
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=utcnow)

    @property
    def private(self) -> bool:
        return self.visibility is Visibility.PRIVATE

    @property
    def is_open(self) -> bool:
        return self.status is ActionStatus.OPEN

    def overdue(self, today: date) -> bool:
        return self.is_open and self.due is not None and self.due < today

    def close(self, conversation_id: str | None = None, *, dropped: bool = False,
              reason: str = "") -> None:
        self.status = ActionStatus.DROPPED if dropped else ActionStatus.DONE
        self.closed_in = conversation_id
        self.closed_at = utcnow()
        self.close_reason = reason.strip() if dropped else ""

    def reopen(self) -> None:
        """Undo a close (a tick made by mistake)."""
        self.status = ActionStatus.OPEN
        self.closed_in = None
        self.closed_at = None
        self.close_reason = ""

    def carry_over(self, conversation_id: str, due: date | None | object = ...) -> None:
        """Take it on to the next conversation; ``due``: its new due date (None: no date;
        left out: the date it had)."""
        if conversation_id not in self.carried_to:
            self.carried_to.append(conversation_id)
        if self.status is not ActionStatus.OPEN:
            self.reopen()
        if due is not ...:
            self.due = due  # type: ignore[assignment]
