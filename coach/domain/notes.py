"""Short prefixes that turn a typed note into another kind of entry.

A leader typing fast can start a line with a prefix instead of reaching for a key; the
prefixes of each kind, in bokmål and English, are in the table of note kinds
(``coach.domain.note_kinds``).

An action item may name its owner with ``@leder``/``@leader`` or ``@meg``/``@me`` (the leader),
``@medarbeider``/``@employee`` (the default), and a due date as ``YYYY-MM-DD`` at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from coach.domain.actions import Owner
from coach.domain.conversations import EntryKind, Visibility
from coach.domain.note_kinds import PREFIXES

_PREFIX = re.compile(r"^\s*([^\W\d_]{1,10})\s*:\s+", re.UNICODE)
_OWNER = re.compile(r"(?<!\S)@(leder|leader|meg|me|medarbeider|employee)\b", re.IGNORECASE)
_DUE = re.compile(r"\s+(\d{4}-\d{2}-\d{2})\s*$")
_LEADER = {"leder", "leader", "meg", "me"}


@dataclass(frozen=True)
class ParsedNote:
    text: str
    kind: EntryKind = EntryKind.NOTE
    visibility: Visibility = Visibility.SHARED
    owner: Owner | None = None
    due: date | None = None


def parse_note(raw: str, default: EntryKind = EntryKind.NOTE) -> ParsedNote:
    """Read a prefix (if any) and, for action items, owner and due date. Never raises.

    ``default`` is the kind of a note without a prefix (an action item when the leader
    pressed the action-item key), so ``@leder`` and a date are read then too.
    """
    match = _PREFIX.match(raw)
    if match and match.group(1).casefold() in PREFIXES:
        found_kind = PREFIXES[match.group(1).casefold()]
        kind, visibility = found_kind.kind, found_kind.visibility
        text = raw[match.end():]
    else:
        kind, visibility, text = default, Visibility.SHARED, raw
        if kind is EntryKind.NOTE:
            return ParsedNote(raw)
    if kind is not EntryKind.ACTION_ITEM:
        return ParsedNote(text, kind, visibility)
    owner = Owner.EMPLOYEE
    found = _OWNER.search(text)
    if found:
        owner = Owner.LEADER if found.group(1).casefold() in _LEADER else Owner.EMPLOYEE
        text = (text[: found.start()] + text[found.end():]).strip()
        text = re.sub(r"[ \t]{2,}", " ", text)
    due = None
    found_due = _DUE.search(text)
    if found_due:
        try:
            due = date.fromisoformat(found_due.group(1))
            text = text[: found_due.start()]
        except ValueError:
            due = None
    return ParsedNote(text.strip(), kind, visibility, owner, due)
