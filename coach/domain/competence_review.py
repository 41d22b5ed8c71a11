"""The competence updater's view: each area's level at the last evaluation and now, and what
changed since. Pure functions over CompetenceArea histories (no store, no UI)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from coach.domain.competence import CompetenceArea, LevelChange
from coach.domain.conversations import ConversationKind, ConversationStatus

#: The conversations in which the profile is reviewed.
EVALUATION_KINDS = (ConversationKind.EVALUATION, ConversationKind.ANNUAL)


@dataclass(frozen=True)
class AreaReview:
    area: CompetenceArea
    #: The agreed level at the last evaluation; None if the area is new since (or there was
    #: no evaluation yet).
    previous: int | None
    current: int

    @property
    def moved(self) -> int:
        return 0 if self.previous is None else self.current - self.previous


def last_evaluation(summaries: Iterable, exclude: str | None = None) -> datetime | None:
    """When the latest finished evaluation (or annual) conversation ended.

    ``summaries`` are ConversationSummary rows (or anything with id, kind, status, ended_at
    and when); ``exclude`` is the conversation in progress.
    """
    ends = [
        s.ended_at or s.when
        for s in summaries
        if s.kind in EVALUATION_KINDS and s.status is ConversationStatus.COMPLETED
        and s.id != exclude
    ]
    return max(ends) if ends else None


def depth_at(area: CompetenceArea, moment: datetime) -> int | None:
    """The agreed level at ``moment``; None if the area did not exist yet."""
    agreed = area.agreed_changes()
    if not agreed:
        return area.depth if area.created <= moment else None
    before = [c for c in agreed if c.at <= moment]
    return max(before, key=lambda c: c.at).to_depth if before else None


def review(areas: Iterable[CompetenceArea], since: datetime | None) -> list[AreaReview]:
    """Every area with its level at ``since`` (the last evaluation) and now, by name."""
    out = [
        AreaReview(a, depth_at(a, since) if since is not None else None, a.depth)
        for a in areas
    ]
    return sorted(out, key=lambda r: r.area.area.casefold())


def changes_since(areas: Iterable[CompetenceArea], since: datetime | None
                  ) -> list[tuple[CompetenceArea, LevelChange]]:
    """Every logged change (agreed and self-rating) after ``since``, oldest first."""
    found = [
        (a, c) for a in areas for c in a.history if since is None or c.at > since
    ]
    return sorted(found, key=lambda pair: pair[1].at)
