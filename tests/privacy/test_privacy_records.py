"""The one rule for the records that got a visibility last (issue 13, item 1): competence
areas and their level changes, goals' revisions and review comments. Private ones stay out
of every shared output (``coach profile``, ``coach goals``, ``export --all``, the summary's
export with its review, the preparation view) and are in the full ones, marked."""

from __future__ import annotations

from datetime import UTC, date, datetime

from coach.domain.competence import CompetenceArea, competence_for
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    Visibility,
)
from coach.domain.goals import Goal, goals_for
from coach.domain.people import Person
from coach.domain.review import Decision, ImportedReview, Review, ReviewComment, Target
from coach.domain.visibility import Audience
from coach.services.exporting import (
    conversation_markdown,
    history_markdown,
    person_goals_markdown,
    person_profile_markdown,
)
from coach.services.preparation_view import gather
from coach.store import Store

PRIVATE = Visibility.PRIVATE


def _store(tmp_path):
    store = Store.open(tmp_path / "data", backup=False)
    person = Person("Kari Lie")
    store.save_person(person)
    conv = Conversation(person.id, ConversationKind.EVALUATION, "evaluation", "en", "Eval",
                        ConversationStatus.COMPLETED,
                        started_at=datetime(2026, 3, 1, 9, tzinfo=UTC))
    store.save_conversation(conv)
    shared_area = CompetenceArea(person.id, "SQL", 2, evidence="ran the course")
    shared_area.set_depth(3, "led the course", conv.id)
    shared_area.set_depth(2, "struggles since the move ZQXLEVEL", conv.id, visibility=PRIVATE)
    hidden = CompetenceArea(person.id, "Conflict handling ZQXAREA", 1,
                            evidence="ZQXEVIDENCE", visibility=PRIVATE)
    for a in (shared_area, hidden):
        store.save_competence(a)
    goal = Goal(person.id, "Lead the migration", measure="all cases")
    goal.revise(measure="half the cases", reason="open reason")
    goal.drop("health reasons ZQXREASON")
    goal.history[-1].visibility = PRIVATE
    store.save_goal(goal)
    store.save_review(ImportedReview(person.id, Review(
        conv.id, "sha256:" + "0" * 64, Decision.REMARKS, date(2026, 3, 2), "en",
        comments=[ReviewComment(Target.WHOLE, "mostly right"),
                  ReviewComment(Target.WHOLE, "ZQXCOMMENT", visibility=PRIVATE)])))
    return store, person, conv


SECRETS = ("ZQXLEVEL", "ZQXAREA", "ZQXEVIDENCE", "ZQXREASON", "ZQXCOMMENT")


def test_private_competence_revisions_and_comments_stay_out_of_shared_outputs(tmp_path):
    store, person, conv = _store(tmp_path)
    with store:
        shared = [person_profile_markdown(store, person, "nb"),
                  person_goals_markdown(store, person, "en"),
                  history_markdown(store, person, "nb", include_private=False),
                  history_markdown(store, person, "en", include_private=False),
                  conversation_markdown(store, conv.id, "en", include_private=False)]
        for text in shared:
            assert not [s for s in SECRETS if s in text], text
        assert "led the course" in shared[0] and "open reason" in shared[2]
        assert "mostly right" in shared[2]
        full = history_markdown(store, person, "en", include_private=True)
        assert all(s in full for s in SECRETS)
        assert "Conflict handling ZQXAREA *(private)*" in full
        facts = gather(store, person.id)
        assert [c.change.reason for c in facts.competence_changes] == ["led the course"]


def test_the_rule_decides_on_copies_and_keeps_the_records():
    area = CompetenceArea("p", "SQL", 2)
    area.set_depth(3, "shared")
    area.set_depth(4, "private", visibility=PRIVATE)
    hidden = CompetenceArea("p", "Other", 1, visibility=PRIVATE)
    (shown,) = competence_for([area, hidden], Audience.SHARED)
    assert [c.reason for c in shown.history] == ["shared"] and len(area.history) == 2
    assert competence_for([area, hidden], Audience.OWNER) == [area, hidden]
    goal = Goal("p", "Goal")
    goal.revise(reason="why", conversation_id=None)
    goal.history[0].visibility = PRIVATE
    (copy,) = goals_for([goal], Audience.SHARED)
    assert copy.history == [] and len(goal.history) == 1
