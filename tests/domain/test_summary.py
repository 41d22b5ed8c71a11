"""The conversation summary: sorted by kind, notes by section, private kept out when shared."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from coach.domain.actions import ActionItem, Owner
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    Entry,
    EntryKind,
    SectionTiming,
    Visibility,
)
from coach.domain.goals import Goal, Progress, ProgressEntry
from coach.domain.summary import summarise

T0 = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)


def conversation() -> Conversation:
    return Conversation(
        person_id="p1",
        kind=ConversationKind.FOLLOW_UP,
        template_id="follow-up",
        sections=[
            SectionTiming("since", "Since last time", 5, actual_seconds=400),
            SectionTiming("ahead", "Ahead", 10, actual_seconds=500),
            SectionTiming("extra", "Anything else", 5, skipped=True),
        ],
    )


def entry(conv, text, kind=EntryKind.NOTE, section="since", private=False, minute=0, **kw):
    return Entry(
        conversation_id=conv.id,
        text=text,
        section_id=section,
        kind=kind,
        visibility=Visibility.PRIVATE if private else Visibility.SHARED,
        created=T0 + timedelta(minutes=minute),
        **kw,
    )


def fixture():
    conv = conversation()
    act_private = ActionItem("p1", "Talk to HR about leave", Owner.LEADER, raised_in=conv.id)
    act_shared = ActionItem(
        "p1", "Draft the plan", Owner.EMPLOYEE, due=date(2025, 4, 1), raised_in=conv.id
    )
    old_done = ActionItem("p1", "Old task", raised_in="earlier")
    old_done.close(conv.id)
    old_carried = ActionItem("p1", "Carried task", raised_in="earlier")
    old_carried.carry_over(conv.id)
    unrelated = ActionItem("p1", "Elsewhere", raised_in="other")
    entries = [
        entry(conv, "Second note", minute=2),
        entry(conv, "First note", minute=1),
        entry(conv, "Ahead note", section="ahead", minute=3),
        entry(conv, "We agree on X", EntryKind.AGREEMENT, minute=4),
        entry(conv, "Draft the plan", EntryKind.ACTION_ITEM, minute=5, action_id=act_shared.id),
        entry(conv, "Talk to HR", EntryKind.ACTION_ITEM, private=True, minute=6,
              action_id=act_private.id),
        entry(conv, "Needs a mentor", EntryKind.SUPPORT_NEED, minute=7),
        entry(conv, "Nailed the demo", EntryKind.MASTERY_MOMENT, minute=8),
        entry(conv, "Learned SQL", EntryKind.LEARNING, minute=9),
        entry(conv, "Seems tired", private=True, minute=10),
        entry(conv, "Private agreement", EntryKind.AGREEMENT, private=True, minute=11),
        entry(conv, "Lost section", section="gone", minute=12),
        entry(conv, "   ", minute=13),
        Entry(conversation_id="other-conv", text="Not this one"),
    ]
    goal = Goal("p1", "Ship the thing")
    goal.record_progress(ProgressEntry(Progress.ON_TRACK, "going well", conversation_id=conv.id))
    other_goal = Goal("p1", "Untouched")
    other_goal.record_progress(ProgressEntry(Progress.AT_RISK, conversation_id="elsewhere"))
    actions = [act_private, act_shared, old_done, old_carried, unrelated]
    return conv, entries, actions, [goal, other_goal]


def texts(entries) -> list[str]:
    return [e.text for e in entries]


def test_full_summary_sorts_entries_by_kind():
    conv, entries, actions, goals = fixture()
    s = summarise(conv, entries, actions, goals)
    assert not s.shared
    assert texts(s.agreements) == ["We agree on X"]
    assert texts(s.support_needs) == ["Needs a mentor"]
    assert texts(s.mastery_moments) == ["Nailed the demo"]
    assert texts(s.learning) == ["Learned SQL"]
    assert [a.text for a in s.action_items] == ["Talk to HR about leave", "Draft the plan"]
    assert [a.text for a in s.followed_up] == ["Old task", "Carried task"]
    assert [g.goal.statement for g in s.goals] == ["Ship the thing"]
    assert s.goals[0].progress[0].comment == "going well"
    assert texts(s.private) == ["Talk to HR", "Seems tired", "Private agreement"]
    assert s.has_private


def test_notes_by_section_in_agenda_order_and_time_order():
    conv, entries, actions, goals = fixture()
    s = summarise(conv, entries, actions, goals)
    assert [x.section_id for x in s.sections] == ["since", "ahead", "extra", ""]
    assert texts(s.sections[0].notes) == ["First note", "Second note"]
    assert texts(s.sections[1].notes) == ["Ahead note"]
    assert s.sections[2].skipped and s.sections[2].notes == ()
    assert texts(s.sections[3].notes) == ["Lost section"]  # kept, never dropped
    # Blank entries and other conversations' entries are left out.
    every = [e for sec in s.sections for e in sec.notes]
    assert "   " not in texts(every) and "Not this one" not in texts(every)


def test_time_planned_against_actual():
    conv, entries, actions, goals = fixture()
    s = summarise(conv, entries, actions, goals)
    assert s.planned_minutes == 20
    assert s.actual_seconds == 900
    assert [(x.planned_minutes, x.actual_seconds) for x in s.sections[:3]] == [
        (5, 400), (10, 500), (5, 0)]


def test_shared_summary_drops_private_everywhere():
    conv, entries, actions, goals = fixture()
    s = summarise(conv, entries, actions, goals, shared=True)
    assert s.shared and not s.has_private
    everything = (
        list(s.agreements) + list(s.support_needs) + list(s.mastery_moments) + list(s.learning)
        + [e for sec in s.sections for e in sec.notes] + list(s.private)
    )
    assert all(not e.private for e in everything)
    assert "Seems tired" not in texts(everything)
    assert "Private agreement" not in texts(everything)
    assert [a.text for a in s.action_items] == ["Draft the plan"]


def test_without_private_equals_shared_summary():
    conv, entries, actions, goals = fixture()
    full = summarise(conv, entries, actions, goals)
    shared = summarise(conv, entries, actions, goals, shared=True)
    assert full.without_private() == shared
    assert shared.without_private() is shared
