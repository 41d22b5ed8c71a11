"""Question selection: fresh questions first, rotation without repeats, the leader's question."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.questions import PAGE_SIZE, QuestionDeck, recently_asked


@dataclass(frozen=True)
class Q:
    id: str
    theme: str
    depth: str = "opening"


BANK = (
    [Q(f"mastery-{i}", "mastery") for i in range(8)]
    + [Q(f"meaning-{i}", "meaning") for i in range(6)]
    + [Q(f"goals-{i}", "goals") for i in range(4)]
    + [Q("succeed", "leader-support"), Q("leader-2", "leader-support")]
)
SECTION = ["mastery-0", "mastery-1", "mastery-2", "mastery-3", "meaning-0"]


def ids(questions) -> list[str]:
    return [q.id for q in questions]


def test_three_suggestions_from_the_section_first():
    deck = QuestionDeck(SECTION, BANK, seed=1)
    shown = ids(deck.suggestions())
    assert len(shown) == PAGE_SIZE
    assert set(shown) <= set(SECTION)


def test_prefers_questions_not_recently_asked():
    recent = {"mastery-0", "mastery-1", "mastery-2"}
    for seed in range(20):
        deck = QuestionDeck(SECTION, BANK, recent=recent, seed=seed)
        shown = ids(deck.suggestions())
        assert not set(shown) & recent
        # The fresh own ones come first, then fresh ones of the same theme from the bank.
        assert {"mastery-3", "meaning-0"} <= set(shown)


def test_recent_ones_come_back_only_after_the_fresh_ones():
    recent = {"mastery-0"}
    deck = QuestionDeck(SECTION, BANK, recent=recent, seed=3)
    seen = ids(deck.suggestions())
    while len(seen) < deck.remaining:
        seen += ids(deck.more())
    assert seen[-1] == "mastery-0"
    assert seen.index("mastery-3") < seen.index("mastery-7")  # own before bank


def test_more_rotates_without_repeating_until_exhausted():
    deck = QuestionDeck(SECTION, BANK, seed=7)
    candidates = deck.remaining
    # Own (4 mastery + 1 meaning) plus the rest of those themes from the bank.
    assert candidates == 8 + 6
    seen = ids(deck.suggestions())
    while len(seen) < candidates:
        seen += ids(deck.more())
    assert len(seen[:candidates]) == len(set(seen[:candidates])) == candidates
    assert set(seen[:5]) == set(SECTION)
    # Exhausted: starts over from the first page.
    first = ids(QuestionDeck(SECTION, BANK, seed=7).suggestions())
    assert ids(deck.more()) == first


def test_deterministic_given_seed_and_varies_with_seed():
    a = [ids(QuestionDeck(SECTION, BANK, seed="conv-1").suggestions()) for _ in range(3)]
    assert a[0] == a[1] == a[2]
    pages = {tuple(ids(QuestionDeck(SECTION, BANK, seed=s).suggestions())) for s in range(30)}
    assert len(pages) > 1


def test_questions_asked_here_are_not_suggested():
    deck = QuestionDeck(SECTION, BANK, asked={"mastery-0", "mastery-1"}, seed=2)
    seen = ids(deck.suggestions())
    for _ in range(10):
        seen += ids(deck.more())
    assert "mastery-0" not in seen and "mastery-1" not in seen


def test_mark_asked_removes_from_later_pages_and_keeps_position():
    deck = QuestionDeck(SECTION, BANK, seed=5)
    page = ids(deck.suggestions())
    deck.mark_asked(page[0])
    assert page[0] in deck.asked
    nxt = ids(deck.more())
    assert not set(nxt) & set(page)  # continues after the first page, no repeats
    seen = set()
    for _ in range(10):
        seen |= set(ids(deck.more()))
    assert page[0] not in seen


def test_last_section_always_offers_succeed_until_asked():
    deck = QuestionDeck(["goals-0", "goals-1", "goals-2"], BANK, last_section=True, seed=4)
    for _ in range(5):
        assert "succeed" in ids(deck.suggestions())
        assert len(deck.suggestions()) == PAGE_SIZE
        deck.more()
    deck.mark_asked("succeed")
    assert "succeed" not in ids(deck.more())


def test_succeed_not_pinned_when_already_asked_or_not_last():
    asked = QuestionDeck(["goals-0"], BANK, last_section=True, asked={"succeed"}, seed=0)
    assert "succeed" not in ids(asked.suggestions())
    not_last = QuestionDeck(["goals-0", "goals-1", "goals-2"], BANK, seed=0)
    assert "succeed" not in ids(not_last.suggestions())


def test_succeed_found_by_theme_when_no_such_id():
    bank = [q for q in BANK if q.id != "succeed"]
    deck = QuestionDeck(["goals-0"], bank, last_section=True)
    assert "leader-2" in ids(deck.suggestions())


def test_unknown_ids_and_small_pools():
    deck = QuestionDeck(["nope", "goals-0"], [Q("goals-0", "goals")])
    assert ids(deck.suggestions()) == ["goals-0"]
    assert ids(deck.more()) == ["goals-0"]
    assert QuestionDeck([], BANK).suggestions() == []


def test_recently_asked_counts_last_three_conversations():
    history = [["a"], ["b"], ["c", "d"], ["e"]]
    assert recently_asked(history) == {"b", "c", "d", "e"}
    assert recently_asked([]) == set()


@settings(max_examples=200, deadline=None)
@given(
    recent=st.sets(st.sampled_from([q.id for q in BANK])),
    asked=st.sets(st.sampled_from([q.id for q in BANK])),
    seed=st.integers(),
    last=st.booleans(),
)
def test_pages_never_repeat_within_a_page_nor_show_asked(recent, asked, seed, last):
    deck = QuestionDeck(SECTION, BANK, recent=recent, asked=asked, last_section=last, seed=seed)
    for _ in range(6):
        page = ids(deck.suggestions())
        assert len(page) == len(set(page)) <= PAGE_SIZE
        assert not set(page) & asked
        if deck.remaining:
            assert page
        deck.more()
