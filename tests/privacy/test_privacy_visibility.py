"""The privacy rule on the paths of finding 1 of issue 13: an action item written
``t: @leder …`` and committed with the private key stays private in the next conversation
(the preparation view, the live screen's earlier items, the shared summary once ticked or
carried, ``coach export`` and ``--all``), and in the data written before it had a flag."""

from __future__ import annotations

import pytest

from coach.content import load_library
from coach.domain.conversations import Visibility
from coach.domain.goals import Goal, Progress, ProgressEntry
from coach.domain.people import Person
from coach.domain.visibility import Audience, is_private, may_show, visible
from coach.services.exporting import conversation_markdown, history_markdown, person_goals_markdown
from coach.services.preparation_view import gather
from coach.services.session import LiveSession
from coach.store import Store

SECRET = "Sende info om sykemelding til HR"


@pytest.fixture(scope="module")
def library():
    return load_library(user_dir=None)


def _two_conversations(store, library, *, carry: bool):
    person = Person("Kari Lie")
    store.save_person(person)
    template = library.template("follow-up", "nb")
    first = LiveSession.begin(store, library, person, template)
    first.persist(first.start())
    first.set_draft(f"t: @leder {SECRET}")
    first.persist(first.commit_draft(None, Visibility.PRIVATE))  # ctrl+r
    first.persist(first.end())
    second = LiveSession.begin(store, library, person, template)
    second.persist(second.start())
    (item,) = second.earlier_open_actions()
    second.persist(second.carry_over(item) if carry else second.tick_done(item))
    second.persist(second.end())
    return person, first, second, item


@pytest.mark.parametrize("carry", [False, True])
def test_a_private_action_item_stays_private_in_the_next_conversation(tmp_path, library,
                                                                      carry):
    with Store.open(tmp_path / "data", backup=False) as store:
        person, first, second, item = _two_conversations(store, library, carry=carry)
        assert is_private(item)
        assert store.actions(person.id)[0].visibility is Visibility.PRIVATE
        for lang in ("nb", "en"):
            shared = conversation_markdown(store, second.conversation.id, lang,
                                           include_private=False, library=library)
            assert SECRET not in shared
            assert SECRET not in history_markdown(store, person, lang, include_private=False)
            full = conversation_markdown(store, second.conversation.id, lang,
                                         include_private=True, library=library)
            assert SECRET in full
            assert SECRET in history_markdown(store, person, lang, include_private=True)
        assert SECRET not in str(second.summary(shared=True))
        if carry:  # still open: the preparation view lists it, marked private
            (shown,) = gather(store, person.id).open_actions
            assert is_private(shown)


def test_private_progress_stays_out_of_goals_and_shared_exports(tmp_path):
    with Store.open(tmp_path / "data", backup=False) as store:
        person = Person("Ola Nordmann")
        store.save_person(person)
        goal = Goal(person.id, "Lede prosjektet")
        goal.record_progress(ProgressEntry(Progress.ON_TRACK, "god flyt"))
        goal.record_progress(ProgressEntry(Progress.AT_RISK, "privat: krevende hjemme",
                                           visibility=Visibility.PRIVATE))
        store.save_goal(goal)
        goals_md = person_goals_markdown(store, person, "nb")
        assert "god flyt" in goals_md and "krevende hjemme" not in goals_md
        assert "krevende hjemme" not in history_markdown(store, person, "nb",
                                                         include_private=False)
        assert "krevende hjemme" in history_markdown(store, person, "nb", include_private=True)


def test_the_rule():
    shared, private = ProgressEntry(Progress.ON_TRACK), ProgressEntry(
        Progress.ON_TRACK, visibility=Visibility.PRIVATE)
    assert may_show(shared, Audience.SHARED) and may_show(private, Audience.OWNER)
    assert not may_show(private, Audience.SHARED)
    assert may_show(object(), Audience.SHARED)  # a record without a visibility is shared
    assert visible([shared, private], Audience.SHARED) == [shared]
    assert Audience.of(True) is Audience.OWNER and Audience.of(False) is Audience.SHARED
