"""The competence profile: breadth (the set of areas) and depth (a five-step scale).

Privacy: an area and each change of its level carry a ``visibility`` (shared by default).
A private change (its reason, say, is the leader's own remark) or a private area stays out
of every shared output; :func:`competence_for` applies the one rule
(:func:`coach.domain.visibility.may_show`) for an output's audience.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from coach.domain.records import new_id, utcnow
from coach.domain.visibility import Audience, Visibility, visible

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
    #: A private change (with its reason) stays out of every shared output.
    visibility: Visibility = Visibility.SHARED


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
    #: A private area (with its evidence and history) stays out of every shared output.
    visibility: Visibility = Visibility.SHARED

    def __post_init__(self) -> None:
        self.depth = check_depth(self.depth)
        if self.self_rating is not None:
            self.self_rating = check_depth(self.self_rating)

    def set_depth(
        self, depth: int, reason: str = "", conversation_id: str | None = None,
        visibility: Visibility = Visibility.SHARED,
    ) -> LevelChange | None:
        """Change the agreed level; logs the change. Returns None if nothing changed."""
        depth = check_depth(depth)
        recorded = bool(self.agreed_changes())
        if depth == self.depth and recorded:
            return None
        change = LevelChange(utcnow(), self.depth if recorded else None, depth, reason,
                             conversation_id, visibility=Visibility(visibility))
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


def competence_for(areas: Iterable[CompetenceArea], audience: Audience) -> list[CompetenceArea]:
    """The areas as an output for ``audience`` may show them: private areas left out, and
    private changes left out of the others' history (copies; the records are left as they
    are)."""
    out = []
    for area in visible(areas, audience):
        history = visible(area.history, audience)
        out.append(area if len(history) == len(area.history) else replace(area,
                                                                          history=history))
    return out
