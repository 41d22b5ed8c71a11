"""What came out of one conversation, gathered for the summary screen and the export.

Entries are sorted into their kinds: agreements, support needs, mastery moments and learning
each get a list; plain notes are grouped by the section they were written in. Action items
raised here are listed with owner and due date; items from earlier conversations that were
closed or carried over here are listed apart. Goals touched are those with progress logged
in this conversation.

Privacy: a shared summary (``shared=True``) holds nothing that
:func:`coach.domain.visibility.may_show` keeps from a shared audience: no private entry, no
private action item (raised here or earlier, carried or ticked here), no private progress
entry. A full summary keeps the private entries apart, in ``private``, so the export can put
them under their own heading, and names the private action items in ``private_actions``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from coach.domain.actions import ActionItem
from coach.domain.conversations import Conversation, Entry, EntryKind, SectionTiming
from coach.domain.goals import Goal, ProgressEntry
from coach.domain.note_kinds import LISTED
from coach.domain.visibility import Audience, Visibility, is_private, visible


@dataclass(frozen=True)
class SectionNotes:
    """One agenda section: its time planned and used, and the plain notes written in it."""

    section_id: str
    title: str
    planned_minutes: float
    actual_seconds: float
    skipped: bool
    notes: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class GoalTouched:
    goal: Goal
    progress: tuple[ProgressEntry, ...]


@dataclass(frozen=True)
class Summary:
    conversation: Conversation
    shared: bool
    sections: tuple[SectionNotes, ...]
    agreements: tuple[Entry, ...] = ()
    action_items: tuple[ActionItem, ...] = ()
    #: Items from earlier conversations, closed or carried over in this one.
    followed_up: tuple[ActionItem, ...] = ()
    support_needs: tuple[Entry, ...] = ()
    mastery_moments: tuple[Entry, ...] = ()
    learning: tuple[Entry, ...] = ()
    goals: tuple[GoalTouched, ...] = ()
    #: Private entries of every kind (empty in a shared summary).
    private: tuple[Entry, ...] = ()
    #: Ids of action items raised by a private entry (none in a shared summary).
    private_actions: frozenset[str] = field(default_factory=frozenset)

    @property
    def planned_minutes(self) -> float:
        return sum(s.planned_minutes for s in self.sections)

    @property
    def actual_seconds(self) -> float:
        return sum(s.actual_seconds for s in self.sections)

    @property
    def has_private(self) -> bool:
        return bool(self.private or self.private_actions
                    or any(is_private(p) for g in self.goals for p in g.progress))

    def without_private(self) -> Summary:
        """The same summary as it may be shared: no private entry, no private action item."""
        if self.shared:
            return self
        return replace(
            self,
            shared=True,
            action_items=tuple(a for a in self.action_items if a.id not in self.private_actions),
            followed_up=tuple(a for a in self.followed_up if a.id not in self.private_actions),
            goals=_goals_for(self.goals, Audience.SHARED),
            private=(),
            private_actions=frozenset(),
        )


def _goals_for(goals: tuple[GoalTouched, ...], audience: Audience) -> tuple[GoalTouched, ...]:
    out = []
    for touched in goals:
        progress = tuple(visible(touched.progress, audience))
        if progress:
            out.append(GoalTouched(touched.goal, progress))
    return tuple(out)


def private_action_ids(actions: Iterable[ActionItem], entries: Iterable[Entry]) -> frozenset[str]:
    """The action items that are private: marked so, or raised by a private entry (what is
    made from a private entry stays private, even in data written before items had a flag)."""
    raised_privately = {e.action_id for e in entries if e.private and e.action_id}
    return frozenset(a.id for a in actions if is_private(a) or a.id in raised_privately)


def with_derived_visibility(actions: Iterable[ActionItem],
                            entries: Iterable[Entry]) -> list[ActionItem]:
    """``actions`` with each one raised by a private entry marked private (copies; the
    records passed in are left as they are)."""
    items = list(actions)
    private = private_action_ids(items, entries)
    return [replace(a, visibility=Visibility.PRIVATE) if a.id in private and not is_private(a)
            else a for a in items]


_LISTED = LISTED


def summarise(
    conversation: Conversation,
    entries: Iterable[Entry],
    action_items: Iterable[ActionItem] = (),
    goals: Iterable[Goal] = (),
    *,
    shared: bool = False,
) -> Summary:
    """Gather one conversation. ``action_items`` and ``goals`` may be all of the person's."""
    cid = conversation.id
    mine = sorted(
        (e for e in entries if e.conversation_id == cid and e.text.strip()),
        key=lambda e: e.created,
    )
    private = [e for e in mine if e.private]
    public = visible(mine, Audience.SHARED)
    audience = Audience.of(not shared)

    lists: dict[str, list[Entry]] = {name: [] for name in _LISTED.values()}
    notes: dict[str, list[Entry]] = {}
    for entry in public:
        if entry.kind in _LISTED:
            lists[_LISTED[entry.kind]].append(entry)
        elif entry.kind is EntryKind.NOTE:
            notes.setdefault(entry.section_id, []).append(entry)

    items = with_derived_visibility(action_items, mine)
    private_actions = frozenset(a.id for a in items if is_private(a))
    raised = visible((a for a in items if a.raised_in == cid), audience)
    followed_up = visible((
        a for a in items if a.raised_in != cid and (a.closed_in == cid or cid in a.carried_to)
    ), audience)

    touched = []
    for goal in goals:
        progress = tuple(p for p in goal.progress if p.conversation_id == cid)
        if progress:
            touched.append(GoalTouched(goal, progress))

    return Summary(
        conversation=conversation,
        shared=shared,
        sections=_sections(conversation.sections, notes),
        action_items=tuple(raised),
        followed_up=tuple(followed_up),
        goals=_goals_for(tuple(touched), audience),
        private=() if shared else tuple(private),
        private_actions=frozenset() if shared else private_actions,
        **{name: tuple(found) for name, found in lists.items()},
    )


def _sections(
    timings: list[SectionTiming], notes: dict[str, list[Entry]]
) -> tuple[SectionNotes, ...]:
    out = [
        SectionNotes(
            t.section_id,
            t.title,
            t.plan_at_end,  # the plan as it stood at the end (rebalanced, +2 minutes)
            t.actual_seconds,
            t.skipped,
            tuple(notes.pop(t.section_id, ())),
        )
        for t in timings
    ]
    # Notes written outside any known section are kept, never dropped.
    leftover = tuple(e for group in notes.values() for e in group)
    if leftover:
        out.append(SectionNotes("", "", 0.0, 0.0, False, leftover))
    return tuple(out)
