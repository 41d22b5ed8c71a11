"""A store where every user-text field of every record about Kari holds its own marker
(``MK`` and a number), and where Ola's notes, Ola's person file and the unit's objectives
name Kari (shared and private), for the access export and forgetting tests."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, date, datetime
from pathlib import Path

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
from coach.domain.goals import Goal, Progress, ProgressEntry
from coach.domain.people import Person, UnitObjective
from coach.domain.preparation import (
    Answer,
    ImportedPreparation,
    Preparation,
    ProposedGoal,
    SelfRating,
)
from coach.domain.review import Decision, ImportedReview, Review, ReviewComment, Target
from coach.store import Store

MARKER = re.compile(r"MK\d{3}")
NAME = "Kari Lie"
DAY = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
PRIVATE = Visibility.PRIVATE


class Markers:
    """Hands out markers; remembers which ones went into private text."""

    def __init__(self) -> None:
        self._n = itertools.count(100)
        self.private: set[str] = set()

    def __call__(self, words: str = "text", *, private: bool = False) -> str:
        mark = f"MK{next(self._n)}"
        if private:
            self.private.add(mark)
        return f"{words} {mark}"


def build(path: Path) -> dict:
    m = Markers()
    ids: dict = {"markers": m}
    with Store.open(path, backup=False) as store:
        kari = Person(NAME, role=m("Adviser"), email="kari@example.org")
        ola = Person("Ola Nordmann")
        for p in (kari, ola):
            store.save_person(p)
        objective = UnitObjective("Faster case handling", f"Led with {NAME} and the team")
        store.save_objective(objective)

        conv = Conversation(kari.id, ConversationKind.FOLLOW_UP, "follow-up", "en",
                            m("Follow-up"), ConversationStatus.COMPLETED, started_at=DAY,
                            sections=[SectionTiming("since", "Since last time", 10, 600)])
        store.save_conversation(conv)
        item = ActionItem(kari.id, m("Draft the plan"), Owner.LEADER, raised_in=conv.id,
                          created=DAY)
        dropped = ActionItem(kari.id, m("Old task"), raised_in=conv.id, created=DAY)
        dropped.close(conv.id, dropped=True, reason=m("no longer needed"))
        for a in (item, dropped):
            store.save_action(a)
        for kind in EntryKind:
            raised = kind is EntryKind.ACTION_ITEM  # the item's own words
            store.save_entry(Entry(conv.id, item.text if raised else m(kind.value), "since",
                                   kind, created=DAY, action_id=item.id if raised else None))
        store.save_entry(Entry(conv.id, m("Seems tired", private=True), "since",
                               visibility=PRIVATE, created=DAY))
        store.save_entry(Entry(conv.id, m("half typed"), "since", draft=True, created=DAY))

        goal = Goal(kari.id, m("Lead the migration"), measure=m("All cases moved"))
        goal.record_progress(ProgressEntry(Progress.ON_TRACK, m("pilot done"), 30, conv.id))
        goal.record_progress(ProgressEntry(Progress.AT_RISK, m("worried", private=True),
                                           visibility=PRIVATE))
        goal.revise(measure=m("Half the cases"), reason=m("scope cut"))
        store.save_goal(goal)
        area = CompetenceArea(kari.id, m("SQL"), depth=2, category=m("Data"),
                              evidence=m("ran the course"))
        area.set_depth(3, m("led the course"), conv.id)
        area.set_self_rating(4, conv.id)
        store.save_competence(area)

        prep = Preparation("follow-up", "en", date(2026, 3, 3), person=NAME,
                           title=m("Monthly follow-up"),
                           answers=[Answer("since", m("Since last time"), m("went well"),
                                           m("What happened?")),
                                    Answer("goals", m("Goals"), m("kept to myself",
                                                                 private=True),
                                           visibility=PRIVATE)],
                           goals=[ProposedGoal(m("Learn Python"), measure=m("one course"),
                                               progress=m("started"))],
                           ratings=[SelfRating(m("Python"), 2, m("beginner"), m("Code"))],
                           needs=m("more time"))
        store.save_preparation(ImportedPreparation(kari.id, prep, m("kari-prep.md")))
        review = Review(conv.id, "sha256:" + "0" * 64, Decision.REMARKS, date(2026, 3, 5),
                        "en", NAME, m("Review title"),
                        [ReviewComment(Target.WHOLE, m("mostly right")),
                         ReviewComment(Target.AGREEMENT, m("not agreed"), m("pairing"))])
        store.save_review(ImportedReview(kari.id, review, m("review.md")))

        # Ola's own records that name Kari.
        theirs = Conversation(ola.id, ConversationKind.FOLLOW_UP, "follow-up", "nb",
                              "Månedlig oppfølging", ConversationStatus.COMPLETED,
                              started_at=DAY)
        store.save_conversation(theirs)
        shared_note = Entry(theirs.id, f"Samarbeidet med {NAME} går bra.\nEllers rolig.",
                            "since", created=DAY)
        private_note = Entry(theirs.id, f"Konflikt med {NAME.upper()} i høst", "since",
                             visibility=PRIVATE, created=DAY)
        plain = Entry(theirs.id, "Ola's own note", "since", created=DAY)
        for e in (shared_note, private_note, plain):
            store.save_entry(e)
        ola_goal = Goal(ola.id, "Mentor new staff")
        ola_goal.record_progress(ProgressEntry(Progress.ON_TRACK, f"Paired with {NAME}s team",
                                               conversation_id=theirs.id))
        store.save_goal(ola_goal)
        ids.update(kari=kari.id, ola=ola.id, conv=conv.id, theirs=theirs.id,
                   shared_note=shared_note.id, private_note=private_note.id,
                   objective=objective.id)
    return ids
