"""A person's trends over their conversations (the trends screen), read from the store."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from coach.domain.trends import Trends, person_trends

if TYPE_CHECKING:
    from coach.store import Store


def read_trends(store: Store, person_id: str, today: date) -> Trends:
    """The person's conversations with their entries, and goals, from the store."""
    held = [(c, store.entries(c.id)) for c in store.conversations(person_id)]
    return person_trends(held, store.goals(person_id), today)
