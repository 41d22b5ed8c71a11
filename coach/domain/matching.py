"""Finding a person by what a user types: case-insensitive, whole name or unique prefix."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from coach.domain.people import Person


def fold(text: str) -> str:
    """Casefolded, NFC-normalised, single-spaced: 'ÅSE  øvrebø' matches 'åse Øvrebø'."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@dataclass
class Match:
    """The outcome of a lookup: one person, several (ambiguous) or none."""

    query: str
    found: list[Person] = field(default_factory=list)

    @property
    def person(self) -> Person | None:
        return self.found[0] if len(self.found) == 1 else None

    @property
    def ambiguous(self) -> bool:
        return len(self.found) > 1


def match_person(people: Iterable[Person], query: str) -> Match:
    """Exact name first; then a unique prefix of the full name or of any word in it."""
    wanted = fold(query)
    people = list(people)
    if not wanted:
        return Match(query)
    exact = [p for p in people if fold(p.name) == wanted]
    if exact:
        return Match(query, exact)
    prefix = [p for p in people if fold(p.name).startswith(wanted)]
    if prefix:
        return Match(query, prefix)
    words = [p for p in people if any(w.startswith(wanted) for w in fold(p.name).split())]
    return Match(query, words)
