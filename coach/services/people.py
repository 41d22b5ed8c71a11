"""The people a leader holds conversations with: reading one, saving one (add, edit,
archive, restore). The home screen and `coach start` find people through here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.domain.people import Person

if TYPE_CHECKING:
    from coach.store import Store


def person_by_id(store: Store, person_id: str) -> Person:
    """KeyError if there is none."""
    return store.person(person_id)


def save_person(store: Store, person: Person) -> None:
    store.save_person(person)
