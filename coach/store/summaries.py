"""The index's light view of a conversation, for lists that must not open every file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from coach.domain.conversations import ConversationKind, ConversationStatus


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class ConversationSummary:
    id: str
    person_id: str
    kind: ConversationKind
    template_id: str
    status: ConversationStatus
    language: str
    title: str
    planned_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    created: datetime | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ConversationSummary:
        return cls(
            id=row["id"],
            person_id=row.get("person_id") or "",
            kind=ConversationKind(str(row.get("kind"))),
            template_id=row.get("template_id") or "",
            status=ConversationStatus(str(row.get("status"))),
            language=row.get("language") or "en",
            title=row.get("title") or "",
            planned_at=_when(row.get("planned_at")),
            started_at=_when(row.get("started_at")),
            ended_at=_when(row.get("ended_at")),
            created=_when(row.get("created")),
        )

    @property
    def when(self) -> datetime:
        """Started, else planned, else created: the order conversations are listed in."""
        return self.started_at or self.planned_at or self.created or datetime.min.replace(
            tzinfo=UTC)

    @property
    def unfinished(self) -> bool:
        return self.status is ConversationStatus.IN_PROGRESS
