"""The key question is an invariant of the conversation, and the anchor questions stay outside
the rotation: property tests over random sequences of asks, pages and section moves."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.questions import ConversationQuestions, SectionQuestions


@dataclass(frozen=True)
class Q:
    id: str
    theme: str
    depth: str = "opening"


BANK = (
    [Q(f"mastery-{i}", "mastery") for i in range(6)]
    + [Q(f"goals-{i}", "goals") for i in range(5)]
    + [Q(f"support-{i}", "support") for i in range(3)]
    + [Q("succeed", "leader-support"), Q("leader-clear-way", "leader-support"),
       Q("leader-other", "leader-support"), Q("other-topics", "wellbeing")]
)
SECTIONS = [
    SectionQuestions(("goals-0", "goals-1", "mastery-0"), anchor="goals-0"),
    SectionQuestions(("mastery-1", "mastery-2", "mastery-3")),
    SectionQuestions(("support-0", "leader-clear-way", "support-1"), anchor="support-0"),
    SectionQuestions(("other-topics", "leader-other", "succeed"), anchor="other-topics"),
]
IDS = [q.id for q in BANK]

step = st.one_of(
    st.tuples(st.just("ask-shown"), st.integers(0, 2)),
    st.tuples(st.just("ask-id"), st.sampled_from(IDS)),
    st.tuples(st.just("more"), st.just(0)),
    st.tuples(st.just("move"), st.integers(0, len(SECTIONS) - 1)),
)


def ids(questions) -> list[str]:
    return [q.id for q in questions]


@settings(max_examples=150, deadline=None)
@given(
    steps=st.lists(step, max_size=40),
    recent=st.sets(st.sampled_from(IDS)),
    earlier=st.sets(st.sampled_from(IDS)),
    seed=st.integers(0, 10_000),
)
def test_the_key_question_stays_until_asked_here(steps, recent, earlier, seed):
    # "earlier": asked in past conversations, which must not count; "recent" feeds rotation.
    qs = ConversationQuestions(SECTIONS, BANK, recent=recent | earlier, seed=seed)
    last = len(SECTIONS) - 1
    index = 0
    asked_key = False
    for kind, arg in steps:
        deck = qs.deck(index)
        if kind == "ask-shown":
            page = deck.suggestions()
            if arg < len(page):
                asked_key |= page[arg].id == "succeed"
                qs.mark_asked(page[arg].id)
        elif kind == "ask-id":
            asked_key |= arg == "succeed"
            qs.mark_asked(arg)
        elif kind == "more":
            deck.more()
        else:
            index = arg
        final = qs.deck(last)
        if asked_key:
            assert qs.key_question_open() is None
        else:
            # Whatever else was asked (the other leader-support questions too), in every
            # section and on every page: named as open, pinned first in the last section.
            assert qs.key_question_open().id == "succeed"
            assert ids(final.suggestions())[0] == "succeed"
        # Anchors are the section's own question, never a rotating suggestion.
        for i, spec in enumerate(SECTIONS):
            shown = ids(qs.deck(i).suggestions())
            if spec.anchor:
                assert qs.anchor(i).id == spec.anchor
                assert spec.anchor not in shown
            assert len(shown) == len(set(shown))


def test_after_the_key_question_is_asked_it_leaves_the_last_page():
    qs = ConversationQuestions(SECTIONS, BANK, seed=3)
    last = qs.deck(len(SECTIONS) - 1)
    assert ids(last.suggestions())[0] == "succeed"
    qs.mark_asked("leader-clear-way")  # same theme: not the key question
    qs.mark_asked("leader-other")
    assert ids(last.more())[0] == "succeed"
    qs.mark_asked("succeed")
    assert "succeed" not in ids(last.more())
    assert qs.key_question_open() is None


def test_asked_before_this_conversation_does_not_count():
    qs = ConversationQuestions(SECTIONS, BANK, recent={"succeed"}, seed=1)
    assert qs.key_question_open().id == "succeed"
    assert ids(qs.deck(len(SECTIONS) - 1).suggestions())[0] == "succeed"


def test_a_template_names_its_own_key_question():
    qs = ConversationQuestions(SECTIONS, BANK, key_question="leader-other", seed=1)
    assert qs.key_question_open().id == "leader-other"
    assert ids(qs.deck(len(SECTIONS) - 1).suggestions())[0] == "leader-other"
    # Without such an id in the bank: the last section's own leader-support question.
    bank = [q for q in BANK if q.id != "succeed"]
    qs = ConversationQuestions(SECTIONS, bank, seed=1)
    assert qs.key_question_open().id == "leader-other"


def test_resumed_conversation_keeps_what_was_asked():
    qs = ConversationQuestions(SECTIONS, BANK, asked=["succeed", "goals-1"], seed=1)
    assert qs.key_question_open() is None
    assert "goals-1" not in ids(qs.deck(0).suggestions())
    assert qs.mark_asked("goals-1") is False


def test_the_summary_shows_the_plan_as_it_stood_at_the_end():
    from coach.domain.agenda import AgendaClock
    from coach.domain.conversations import SectionTiming

    t = [0.0]
    clock = AgendaClock([SectionTiming("a", "A", 5), SectionTiming("b", "B", 5)],
                        now=lambda: t[0])
    clock.start()
    clock.add_minutes(2)
    timings = clock.timings()
    assert timings[0].planned_minutes == 5 and timings[0].plan_at_end == 7
    old = SectionTiming("a", "A", 5)  # a record from before final_minutes was kept
    assert old.plan_at_end == 5
