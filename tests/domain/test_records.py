"""Domain records survive a round trip through plain dicts (and so through JSON)."""

import json
from datetime import UTC, date, datetime

import pytest

from coach.domain.actions import ActionItem, ActionStatus, Owner
from coach.domain.competence import CompetenceArea
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    Entry,
    EntryKind,
    SectionTiming,
    Visibility,
)
from coach.domain.goals import Goal, GoalScope, GoalType, Progress, ProgressEntry
from coach.domain.people import Person, UnitObjective
from coach.domain.records import from_dict, new_id, to_dict


def roundtrip(record):
    data = json.loads(json.dumps(to_dict(record), ensure_ascii=False))
    return from_dict(type(record), data)


def test_every_record_round_trips_through_json():
    person = Person("Åse Øvrebø", role="Rådgiver", cadence_days=14)
    conv = Conversation(
        person.id,
        ConversationKind.FOLLOW_UP,
        "follow-up",
        language="nb",
        planned_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
        sections=[SectionTiming("since-last-time", "Siden sist", 5, actual_seconds=312.5)],
        questions_asked=["succeed"],
    )
    entry = Entry(conv.id, "Vil lære mer om æøå", "learning", EntryKind.LEARNING,
                  Visibility.PRIVATE)
    action = ActionItem(person.id, "Send rapport", Owner.LEADER, due=date(2026, 4, 1),
                        raised_in=conv.id)
    goal = Goal(person.id, "Lede et prosjekt", GoalType.DEVELOPMENT, GoalScope.PERSONAL,
                measure="Prosjektet er levert", target_date=date(2026, 12, 1))
    goal.record_progress(ProgressEntry(Progress.AT_RISK, "litt sent", 40, conv.id))
    area = CompetenceArea(person.id, "Python", 2, category="Teknisk")
    area.set_depth(3, "leverte modulen", conv.id)
    for record in (person, UnitObjective("Bedre tjenester"), conv, entry, action, goal, area):
        assert roundtrip(record) == record


def test_enums_and_dates_are_stored_as_plain_values():
    action = ActionItem("p", "x", Owner.EMPLOYEE, due=date(2026, 1, 2))
    data = to_dict(action)
    assert data["owner"] == "employee"
    assert data["status"] == "open"
    assert data["due"] == "2026-01-02"


def test_unknown_keys_are_ignored_and_missing_take_defaults():
    person = from_dict(Person, {"name": "Kari", "future_field": 1})
    assert person.name == "Kari"
    assert person.cadence_days == 30


def test_ids_are_unique_uuids():
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) == 36 for i in ids)


def test_person_name_is_required_and_tidied():
    assert Person("  Kari   Nordmann ").name == "Kari Nordmann"
    with pytest.raises(ValueError):
        Person("   ")
    with pytest.raises(ValueError):
        Person("Kari", cadence_days=0)


def test_action_item_close_and_carry_over():
    action = ActionItem("p", "Book kurs", due=date(2026, 1, 10))
    assert action.overdue(date(2026, 1, 11))
    assert not action.overdue(date(2026, 1, 10))
    action.carry_over("c2")
    action.carry_over("c2")
    assert action.carried_to == ["c2"]
    action.close("c3")
    assert action.status is ActionStatus.DONE
    assert action.closed_in == "c3"
    assert not action.overdue(date(2027, 1, 1))
