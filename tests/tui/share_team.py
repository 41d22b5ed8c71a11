"""The fixed team of tui_team with something private of every kind the screens show: last
time's private agreement and support need, a private open action item, a goal's private
progress, a private note. ``PRIVATE_TEXTS`` are the words no screen may draw in
screen-share mode."""

from __future__ import annotations

from datetime import date

from tui_team import KARI, NOW, at, fill_team, uid

from coach.domain.actions import ActionItem, Owner
from coach.domain.conversations import Entry, EntryKind, Visibility
from coach.domain.goals import Progress, ProgressEntry

PRIVATE = Visibility.PRIVATE
#: Last time's (conversation 102) entries and the rest, each with a word found nowhere else.
PRIVATE_AGREEMENT = "Permisjonssøknad holdes utenom"
PRIVATE_SUPPORT = "Trenger ro etter skilsmissen"
PRIVATE_NOTE = "Virket urolig om omorganiseringen"
PRIVATE_ACTION = "Snakke med HR om lønnsjusteringen"
PRIVATE_PROGRESS = "Bekymret for helsa hennes"
PRIVATE_TEXTS = (PRIVATE_AGREEMENT, PRIVATE_SUPPORT, PRIVATE_NOTE, PRIVATE_ACTION,
                 PRIVATE_PROGRESS)
SHARED_AGREEMENT = "Kari leder neste fagdag"


def fill_share_team(store, texts: dict[str, str] | None = None) -> None:
    """``texts`` replaces the private texts by kind (for the property test)."""
    texts = texts or {}
    fill_team(store)
    last = uid(102)
    when = at("2026-02-20")
    rows = [
        (SHARED_AGREEMENT, EntryKind.AGREEMENT, Visibility.SHARED, "agreement"),
        (texts.get("agreement", PRIVATE_AGREEMENT), EntryKind.AGREEMENT, PRIVATE, "agreement"),
        (texts.get("support", PRIVATE_SUPPORT), EntryKind.SUPPORT_NEED, PRIVATE, "support"),
        (texts.get("note", PRIVATE_NOTE), EntryKind.NOTE, PRIVATE, "note"),
    ]
    for n, (text, kind, visibility, _name) in enumerate(rows):
        store.save_entry(Entry(last, text, "since-last", kind, visibility, id=uid(400 + n),
                               created=when, updated=when))
    store.save_action(ActionItem(
        person_id=KARI, text=texts.get("action", PRIVATE_ACTION), owner=Owner.LEADER,
        due=date(2026, 3, 27), id=uid(205), created=when, raised_in=last,
        visibility=PRIVATE,
    ))
    goal = next(g for g in store.goals(KARI) if g.id == uid(301))
    goal.progress.append(ProgressEntry(Progress.AT_RISK, texts.get("progress", PRIVATE_PROGRESS),
                                       40, last, at("2026-02-20"), visibility=PRIVATE))
    store.save_goal(goal)


__all__ = ["KARI", "NOW", "fill_share_team"]
