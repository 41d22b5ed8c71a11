"""A person's goals and the unit's objectives: reading them, and saving a change (a new
goal, progress, a revision, achieved or dropped; an objective added, edited, deactivated).

Each save returns what the screen shows next, read after the write, so a screen that writes
off the event loop gets both in one job (``coach.tui.writing``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.domain.goals import Goal
from coach.domain.people import UnitObjective

if TYPE_CHECKING:
    from coach.store import Store


def person_goals(store: Store, person_id: str) -> list[Goal]:
    return store.goals(person_id)


def save_goal(store: Store, goal: Goal) -> list[Goal]:
    """Save ``goal``; the person's goals as they now are."""
    store.save_goal(goal)
    return store.goals(goal.person_id)


def unit_objectives(store: Store, *, include_inactive: bool = False) -> list[UnitObjective]:
    return store.objectives(include_inactive=include_inactive)


def save_objective(store: Store, objective: UnitObjective) -> list[UnitObjective]:
    """Save ``objective``; every objective (inactive ones too) as they now are."""
    store.save_objective(objective)
    return store.objectives(include_inactive=True)
