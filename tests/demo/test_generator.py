"""The demo generator: deterministic, complete, realistic, in the chosen language."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from coach.demo import generate
from coach.demo.agenda import AgendaSection, fallback_agendas
from coach.domain.actions import ActionStatus
from coach.domain.conversations import (
    ConversationKind,
    ConversationStatus,
    EntryKind,
    Visibility,
)
from coach.domain.goals import GoalStatus
from coach.domain.records import from_dict, to_dict

TODAY = date(2025, 6, 2)
NORWEGIAN = re.compile(r"[æøåÆØÅ]")


@pytest.fixture(scope="module")
def team():
    return generate(seed=7, lang="nb", today=TODAY)


@pytest.fixture(scope="module")
def team_en():
    return generate(seed=7, lang="en", today=TODAY)


def dump(data):
    return {name: [to_dict(r) for r in getattr(data, name)]
            for name in ("objectives", "people", "conversations", "entries", "actions",
                         "goals", "competence")}


def all_text(data) -> str:
    parts = [p.name + " " + p.role for p in data.people]
    parts += [o.title + " " + o.description for o in data.objectives]
    parts += [c.title + " " + " ".join(s.title for s in c.sections) for c in data.conversations]
    parts += [e.text for e in data.entries]
    parts += [g.statement + " " + g.measure + " " + " ".join(p.comment for p in g.progress)
              for g in data.goals]
    parts += [a.area + " " + a.category + " " + a.evidence
              + " ".join(c.reason for c in a.history) for a in data.competence]
    return "\n".join(parts)


def test_same_seed_same_data_ids_included():
    one = generate(seed=3, lang="en", people=4, today=TODAY)
    two = generate(seed=3, lang="en", people=4, today=TODAY)
    assert dump(one) == dump(two)


def test_other_seed_other_data():
    one = generate(seed=3, lang="en", people=4, today=TODAY)
    two = generate(seed=4, lang="en", people=4, today=TODAY)
    assert [p.name for p in one.people] != [p.name for p in two.people]
    assert {p.id for p in one.people}.isdisjoint(p.id for p in two.people)


def test_default_size_and_unique_ids(team):
    assert len(team.people) == 6
    assert len({p.name for p in team.people}) == 6
    ids = [r.id for name in ("objectives", "people", "conversations", "entries", "actions",
                             "goals", "competence") for r in getattr(team, name)]
    assert len(ids) == len(set(ids))


def test_every_conversation_kind_completed_and_in_the_past(team):
    assert {c.kind for c in team.conversations} == set(ConversationKind)
    assert all(c.status is ConversationStatus.COMPLETED for c in team.conversations)
    assert not any(c.unfinished for c in team.conversations)
    for c in team.conversations:
        assert c.planned_at and c.started_at and c.ended_at
        assert c.started_at < c.ended_at
        assert c.ended_at.date() < TODAY
        assert c.template_id == c.kind.value and c.language == "nb"
        assert c.sections and sum(s.actual_seconds for s in c.sections) > 0


def test_history_ends_near_today(team):
    latest = max(c.ended_at for c in team.conversations).date()
    assert (TODAY - latest).days <= 21
    earliest = min(c.started_at for c in team.conversations).date()
    assert (TODAY - earliest).days <= 366


def test_section_times_follow_the_templates_with_some_overruns(team):
    agendas = fallback_agendas("nb")
    overruns = 0
    for c in team.conversations:
        assert [s.section_id for s in c.sections] == [s.id for s in agendas[c.kind.value]]
        assert [s.planned_minutes for s in c.sections] == [
            s.minutes for s in agendas[c.kind.value]]
        overruns += sum(s.actual_seconds > s.planned_minutes * 60 for s in c.sections)
        span = (c.ended_at - c.started_at).total_seconds()
        assert span == pytest.approx(c.actual_seconds)
    assert overruns > 0
    assert any(s.skipped for c in team.conversations for s in c.sections)


def test_monthly_follow_ups(team):
    per_person = Counter(c.person_id for c in team.conversations
                         if c.kind is ConversationKind.FOLLOW_UP)
    monthly = [p for p in team.people if p.cadence_days == 30]
    assert monthly
    for person in monthly:
        assert 6 <= per_person[person.id] <= 13


def test_every_entry_kind_and_both_visibilities(team):
    assert {e.kind for e in team.entries} == set(EntryKind)
    assert {e.visibility for e in team.entries} == set(Visibility)
    conv_ids = {c.id for c in team.conversations}
    assert all(e.conversation_id in conv_ids for e in team.entries)
    by_id = {c.id: c for c in team.conversations}
    for e in team.entries:
        conv = by_id[e.conversation_id]
        assert e.section_id in {s.section_id for s in conv.sections if not s.skipped}
        assert conv.started_at <= e.created <= conv.ended_at
        assert e.updated >= e.created


def test_action_items_raised_then_closed_later(team):
    assert {a.status for a in team.actions} == set(ActionStatus)
    when = {c.id: c.when for c in team.conversations}
    entries = {e.action_id: e for e in team.entries if e.kind is EntryKind.ACTION_ITEM}
    assert set(entries) == {a.id for a in team.actions}
    for action in team.actions:
        assert action.due and action.raised_in in when
        if action.is_open:
            assert action.closed_in is None
        else:
            assert when[action.closed_in] > when[action.raised_in]
        for carried in action.carried_to:
            assert when[carried] > when[action.raised_in]
    assert any(a.overdue(TODAY) for a in team.actions)
    assert {a.owner.value for a in team.actions} == {"leader", "employee"}


def test_goals_with_progress_and_history(team):
    objectives = {o.id for o in team.objectives}
    assert {g.status for g in team.goals} >= {GoalStatus.ACTIVE, GoalStatus.ACHIEVED}
    assert {(g.type.value, g.scope.value) for g in team.goals} >= {
        ("work", "professional"), ("development", "professional")}
    assert any(g.objective_id in objectives for g in team.goals)
    assert all(g.measure and g.target_date for g in team.goals)
    with_progress = [g for g in team.goals if g.progress]
    assert len(with_progress) >= len(team.goals) // 2
    conv_ids = {c.id for c in team.conversations}
    for goal in with_progress:
        assert all(p.conversation_id in conv_ids for p in goal.progress)
        percents = [p.percent for p in goal.progress]
        assert percents == sorted(percents)
    for goal in team.goals:
        if goal.status is not GoalStatus.ACTIVE:
            assert goal.history and goal.history[-1].conversation_id in conv_ids


def test_competence_grows_with_history_tied_to_evaluations(team):
    kinds = {c.id: c.kind for c in team.conversations}
    assert len({a.category for a in team.competence}) >= 3
    raised = [c for a in team.competence for c in a.agreed_changes() if c.from_depth]
    assert raised, "no level went up"
    assert all(c.to_depth > c.from_depth for c in raised)
    assert all(kinds[c.conversation_id] is ConversationKind.EVALUATION for c in raised)
    assert any(c.rating == "self" for a in team.competence for c in a.history)
    for area in team.competence:
        assert area.history and area.history[0].from_depth is None
        assert area.depth == area.agreed_changes()[-1].to_depth


def test_questions_asked_come_from_the_agenda():
    agendas = {kind: tuple(AgendaSection(s.id, s.title, s.minutes, ("q-a", "q-b", "q-c"))
                           for s in sections)
               for kind, sections in fallback_agendas("en").items()}
    data = generate(seed=1, lang="en", people=2, today=TODAY, agendas=agendas)
    asked = [q for c in data.conversations for q in c.questions_asked]
    assert asked and set(asked) <= {"q-a", "q-b", "q-c"}


def test_norwegian_text_reads_norwegian(team):
    text = all_text(team)
    assert len(NORWEGIAN.findall(text)) > 100
    assert "Månedlig oppfølging" in text
    assert "oppfølgingssamtale" not in text.lower()


def test_english_text_has_no_norwegian_letters(team_en):
    text = all_text(team_en)
    assert not NORWEGIAN.search(text)
    assert "Monthly follow-up" in text


def test_slots_are_all_filled(team, team_en):
    for data in (team, team_en):
        assert "{" not in all_text(data)


def test_records_round_trip_through_dicts(team):
    conv = team.conversations[0]
    assert from_dict(type(conv), to_dict(conv)) == conv
    goal = next(g for g in team.goals if g.history)
    assert from_dict(type(goal), to_dict(goal)) == goal


def test_size_scales_with_people_and_years():
    small = generate(seed=1, lang="en", people=2, years=1 / 12, today=TODAY)
    big = generate(seed=1, lang="en", people=5, years=3, today=TODAY)
    assert len(small.people) == 2 and len(big.people) == 5
    assert 0 < len(small.conversations) < 10
    assert len(big.conversations) > 10 * len(small.conversations)
    assert any(not o.active for o in big.objectives)


def test_rejects_non_positive_sizes():
    with pytest.raises(ValueError):
        generate(seed=1, people=0)
    with pytest.raises(ValueError):
        generate(seed=1, years=0)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_fallback_agendas_match_the_builtin_templates(lang):
    from coach.content import load_library
    from coach.demo.agenda import load_agendas

    loaded, fixed = load_agendas(lang), fallback_agendas(lang)
    assert set(loaded) == set(fixed)
    for kind in fixed:
        assert [(s.id, s.minutes) for s in loaded[kind]] == [
            (s.id, s.minutes) for s in fixed[kind]]
    known = {q.id for q in load_library().questions(lang)}
    asked = {q for sections in loaded.values() for s in sections for q in s.question_ids}
    assert asked and asked <= known
