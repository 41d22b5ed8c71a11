"""Short prefixes that turn a typed note into another kind of entry.

A leader typing fast can start a line with a prefix instead of reaching for a key; the
prefixes of each kind, in bokmål and English, are in the table of note kinds
(``coach.domain.note_kinds``).

An action item may name its owner with ``@leder``/``@leader``, ``@meg``/``@me`` or ``@jeg``
(the leader), ``@medarbeider``/``@employee``, ``@deg``/``@you`` or the employee's first name
(the default), and a due date at the end as people write it (``15.12.2026``, ``15.12``,
``fredag``, ``neste uke``, ``tomorrow``: see ``due_dates``), resolved against the
conversation's day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from coach.domain.actions import Owner
from coach.domain.conversations import EntryKind, Visibility
from coach.domain.due_dates import read_due
from coach.domain.note_kinds import PREFIXES

_PREFIX = re.compile(r"^\s*([^\W\d_]{1,10})\s*:\s+", re.UNICODE)
_OWNER = re.compile(r"(?<!\S)@([^\W\d_][\w-]*)", re.IGNORECASE)
_LEADER = {"leder", "leader", "lederen", "meg", "me", "jeg", "i"}
_EMPLOYEE = {"medarbeider", "medarbeideren", "employee", "deg", "you", "du"}


@dataclass(frozen=True)
class ParsedNote:
    text: str
    kind: EntryKind = EntryKind.NOTE
    visibility: Visibility = Visibility.SHARED
    owner: Owner | None = None
    due: date | None = None
    #: What looked like a due date but is none (``31.02``): left in the text, pointed out.
    due_invalid: str | None = None


def read_owner(text: str, names: tuple[str, ...] = ()) -> tuple[str, Owner | None]:
    """``text`` without its ``@owner`` mark, and the owner it names (None: no mark).

    ``names``: the employee's names (``@emil`` is the employee); other ``@words`` stay."""
    wanted = {n.casefold() for n in names}
    for found in _OWNER.finditer(text):
        word = found.group(1).casefold()
        if word in _LEADER:
            owner = Owner.LEADER
        elif word in _EMPLOYEE or word in wanted:
            owner = Owner.EMPLOYEE
        else:
            continue
        rest = (text[: found.start()] + text[found.end():]).strip()
        return re.sub(r"[ \t]{2,}", " ", rest), owner
    return text, None


def private_prefix(line: str) -> int:
    """Where the text begins after a prefix that makes a note private (``p: ``,
    ``privat: ``), as the first line of a note is typed; 0 when there is none."""
    match = _PREFIX.match(line)
    if match and PREFIXES.get(match.group(1).casefold()) is not None and (
        PREFIXES[match.group(1).casefold()].visibility is Visibility.PRIVATE
    ):
        return match.end()
    return 0


def parse_note(raw: str, default: EntryKind = EntryKind.NOTE, *, today: date | None = None,
               names: tuple[str, ...] = ()) -> ParsedNote:
    """Read a prefix (if any) and, for action items, owner and due date. Never raises.

    ``default`` is the kind of a note without a prefix (an action item when the leader
    pressed the action-item key), so ``@leder`` and a date are read then too. ``today`` is
    the conversation's day (no due date is read without it); ``names`` the employee's.
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
    text, owner = read_owner(text, names)
    if today is None:
        return ParsedNote(text.strip(), kind, visibility, owner or Owner.EMPLOYEE)
    found = read_due(text, today)
    return ParsedNote(found.text.strip(), kind, visibility, owner or Owner.EMPLOYEE,
                      found.due, found.invalid)
