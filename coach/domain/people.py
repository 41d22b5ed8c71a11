"""The people a leader follows up, and the unit's overarching objectives."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coach.domain.records import new_id, utcnow

#: Follow-up cadences a leader can choose, in days.
CADENCES = (7, 14, 30, 60, 90)
DEFAULT_CADENCE_DAYS = 30


@dataclass
class Person:
    name: str
    role: str = ""
    cadence_days: int = DEFAULT_CADENCE_DAYS
    email: str = ""
    archived: bool = False
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        self.name = " ".join(self.name.split())
        if not self.name:
            raise ValueError("name")
        if self.cadence_days < 1:
            raise ValueError("cadence_days")


@dataclass
class UnitObjective:
    """One of the unit's overarching goals ("chalking the pitch")."""

    title: str
    description: str = ""
    active: bool = True
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=utcnow)
