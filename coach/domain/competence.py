"""The competence profile: breadth (the set of areas) and depth (a five-step scale)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coach.domain.records import new_id, utcnow

MIN_DEPTH = 1
MAX_DEPTH = 5
#: Dreyfus steps; the descriptions live in i18n under ``competence.depth.N``.
DEPTH_KEYS = {
    1: "novice",
    2: "advanced-beginner",
    3: "competent",
    4: "proficient",
    5: "expert",
}


def check_depth(depth: int) -> int:
    if not MIN_DEPTH <= int(depth) <= MAX_DEPTH:
        raise ValueError(f"depth must be {MIN_DEPTH}–{MAX_DEPTH}")
    return int(depth)


@dataclass
class LevelChange:
    at: datetime
    from_depth: int | None
    to_depth: int
    reason: str = ""
    conversation_id: str | None = None
    #: "agreed" (the record) or "self" (the employee's self-rating, input only).
    rating: str = "agreed"


@dataclass
class CompetenceArea:
    person_id: str
    area: str
    depth: int = MIN_DEPTH
    category: str = ""
    evidence: str = ""
    self_rating: int | None = None
    history: list[LevelChange] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        self.depth = check_depth(self.depth)
        if self.self_rating is not None:
            self.self_rating = check_depth(self.self_rating)

    def set_depth(
        self, depth: int, reason: str = "", conversation_id: str | None = None
    ) -> LevelChange | None:
        """Change the agreed level; logs the change. Returns None if nothing changed."""
        depth = check_depth(depth)
        recorded = bool(self.agreed_changes())
        if depth == self.depth and recorded:
            return None
        change = LevelChange(utcnow(), self.depth if recorded else None, depth, reason,
                             conversation_id)
        self.history.append(change)
        self.depth = depth
        return change

    def set_self_rating(self, depth: int, conversation_id: str | None = None) -> LevelChange:
        depth = check_depth(depth)
        change = LevelChange(utcnow(), self.self_rating, depth, "", conversation_id, "self")
        self.history.append(change)
        self.self_rating = depth
        return change

    def agreed_changes(self) -> list[LevelChange]:
        return [c for c in self.history if c.rating == "agreed"]
