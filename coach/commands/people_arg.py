"""Resolving the PERSON argument of a command, with clear messages when it does not fit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.domain.matching import match_person
from coach.domain.people import Person

if TYPE_CHECKING:
    from coach.store import Store


def resolve_person(store: Store, query: str, ctx, *,
                   include_archived: bool = True) -> Person | None:
    """The one person ``query`` names, or None after telling the user why not."""
    found = match_person(store.people(include_archived=include_archived), query)
    if found.person is not None:
        return found.person
    if found.ambiguous:
        ctx.warn("cli.person.ambiguous", query=query)
        for person in found.found:
            print(f"  {person.name}" + (f" ({person.role})" if person.role else ""), file=ctx.err)
    else:
        ctx.warn("cli.person.unknown", query=query)
    return None
