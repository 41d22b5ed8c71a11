"""Who may read a record: the one rule for every output that can hold user text.

Every record that can hold user text carries a ``visibility``: entries (notes, agreements,
action items, support needs, mastery, learning), action items, goals' progress entries and
the answers of an imported preparation. What is made from a private record stays private:
an action item raised by a private entry is private (:func:`derived`), and so it stays when
it is carried to the next conversation, ticked there or listed in its summary.

:func:`may_show` is the one function that decides what an output may contain. Every output
names its audience: ``SHARED`` for what both (or anyone at the screen) may read (the shared
summary, ``coach export`` without ``--include-private``, the preparation view and the live
screen while screen-share mode is on, search by default, goals and profile exports), and
``OWNER`` for what the leader reads alone and asked for explicitly (``--include-private``,
the full notes). Records without a visibility (a goal's statement, a person's record) are
shared.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


class Visibility(enum.StrEnum):
    SHARED = "shared"
    PRIVATE = "private"


class Audience(enum.StrEnum):
    #: Anyone who may read the shared summary (the employee, a projector, a video call).
    SHARED = "shared"
    #: The leader alone, having asked for private content explicitly.
    OWNER = "owner"

    @classmethod
    def of(cls, include_private: bool) -> Audience:
        return cls.OWNER if include_private else cls.SHARED


def visibility_of(record: object) -> Visibility:
    """A record's visibility; SHARED for a record that has none. A record that says only
    whether it is ``private`` (a search index's document) is read by that flag."""
    value = getattr(record, "visibility", None)
    if value is None:
        return Visibility.PRIVATE if getattr(record, "private", False) is True else (
            Visibility.SHARED)
    return Visibility(value)


def is_private(record: object) -> bool:
    return visibility_of(record) is Visibility.PRIVATE


def may_show(record: object, audience: Audience) -> bool:
    """THE rule: may ``record`` appear in an output for ``audience``?"""
    return audience is Audience.OWNER or not is_private(record)


def visible(records: Iterable[T], audience: Audience) -> list[T]:
    """The records of ``records`` that an output for ``audience`` may contain, in order."""
    return [r for r in records if may_show(r, audience)]


def derived(*sources: object) -> Visibility:
    """The visibility of a record made from ``sources``: private if any of them is."""
    return Visibility.PRIVATE if any(is_private(s) for s in sources) else Visibility.SHARED
