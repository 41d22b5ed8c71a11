"""Fixtures for the store tests: a data directory under tmp_path and a populated store."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coach.domain.actions import ActionItem, Owner
from coach.domain.competence import CompetenceArea
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    Entry,
    EntryKind,
    SectionTiming,
    Visibility,
)
from coach.domain.goals import Goal, GoalScope, GoalType, Progress, ProgressEntry
from coach.domain.people import Person, UnitObjective
from coach.store import Store


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(data_dir):
    s = Store.open(data_dir, backup=False)
    yield s
    s.close()


def _make_world(store: Store) -> dict:
    """One of every record type, with Norwegian letters in the text."""
    person = Person("Åse Ørnø", role="rådgiver", cadence_days=14, email="ase@example.no")
    store.save_person(person)
    objective = UnitObjective("Bedre tjenester for innbyggerne", "Kritt banen: æøå")
    store.save_objective(objective)
    conv = Conversation(
        person.id, ConversationKind.FOLLOW_UP, "follow-up", language="nb",
        title="Månedlig oppfølging", status=ConversationStatus.IN_PROGRESS,
        started_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
        sections=[SectionTiming("since-last", "Siden sist", 5, 120.5),
                  SectionTiming("ahead", "Fremover", 10, 0, skipped=True)],
        current_section=1, questions_asked=["q-mastery-1"],
        clock_state={"running": True, "elapsed": [120.5, 0]},
    )
    store.save_conversation(conv)
    entries = [
        Entry(conv.id, "Hun mestret å lede møtet – første gang!", "since-last",
              EntryKind.MASTERY_MOMENT),
        Entry(conv.id, "Privat: virker sliten", "since-last", visibility=Visibility.PRIVATE),
        Entry(conv.id, "Avtale: kurs i høst", "ahead", EntryKind.AGREEMENT),
    ]
    for entry in entries:
        store.save_entry(entry)
    action = ActionItem(person.id, "Melde på kurs", Owner.LEADER, due=date(2026, 4, 1),
                        raised_in=conv.id)
    store.save_action(action)
    goal = Goal(person.id, "Lede prosjektet «Ny portal»", GoalType.DEVELOPMENT,
                GoalScope.PROFESSIONAL, objective_id=objective.id, measure="leveranse")
    goal.record_progress(ProgressEntry(Progress.ON_TRACK, "god flyt", 40, conv.id))
    store.save_goal(goal)
    area = CompetenceArea(person.id, "Tjenestedesign", 2, category="fag")
    area.set_depth(3, "ledet workshop", conv.id)
    store.save_competence(area)
    store.set_setting("theme", {"name": "mørk", "size": 2})
    return {"person": person, "objective": objective, "conversation": conv,
            "entries": entries, "action": action, "goal": goal, "area": area}


@pytest.fixture
def make_world():
    """A function that fills a store with one of every record type; returns them by name."""
    return _make_world
