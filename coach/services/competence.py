"""A person's competence profile: reading the areas, saving an area or a level changed with
its reason, and what the competence updater compares against (the last evaluation)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from coach.domain.competence import CompetenceArea
from coach.domain.competence_review import last_evaluation

if TYPE_CHECKING:
    from coach.store import Store


def person_competence(store: Store, person_id: str) -> list[CompetenceArea]:
    return store.competence(person_id)


def save_area(store: Store, area: CompetenceArea) -> list[CompetenceArea]:
    """Save ``area``; the person's areas as they now are."""
    store.save_competence(area)
    return store.competence(area.person_id)


def save_areas(store: Store, areas: Iterable[CompetenceArea]) -> None:
    for area in areas:
        store.save_competence(area)


def since_last_evaluation(store: Store, person_id: str, exclude: str | None = None
                          ) -> tuple[list[CompetenceArea], datetime | None]:
    """The person's areas, and when their latest finished evaluation ended (None: never),
    leaving out conversation ``exclude`` (the one being held)."""
    areas = list(store.competence(person_id))
    return areas, last_evaluation(store.conversation_summaries(person_id), exclude=exclude)
