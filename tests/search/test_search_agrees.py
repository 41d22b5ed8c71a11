"""The persistent index agrees with the naive scan, on random stores and random queries.

The texts mix æøå (composed and decomposed), NFKC variants (ligatures, full-width letters,
ß, roman numerals), quotes, runs of white space and phrases; the queries are pieces of them
changed in case and normal form, or random. For every query the index finds exactly the
texts the naive scan finds, newest first, and with private texts left out it counts them.
"""

from __future__ import annotations

import tempfile
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.domain.actions import ActionItem
from coach.domain.conversations import (
    Conversation,
    ConversationKind,
    ConversationStatus,
    Entry,
    EntryKind,
    Visibility,
)
from coach.domain.goals import Goal, Progress, ProgressEntry
from coach.domain.people import Person
from coach.domain.search import naive_search, normalise, variants
from coach.services.search_index import TeamSearch, entry_documents, person_documents
from coach.store import Store

PIECES = ["a", "e", "o", "ae", "oe", "æ", "ø", "å", "Æ", "Ø", "Å", "a\u030a", "A\u030a",
          "ß", "SS", "ﬁ", "fi", "Ａ", "Ⅻ", "xii", " ", "  ", "\n", "\t", '"', "'", "-",
          "møte", "blåbær", "ærlig", "Straße", "kurs", "arkiv", "the", "and", "Ærlig tale"]
TEXT = st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map("".join)
KINDS = st.sampled_from([EntryKind.NOTE, EntryKind.AGREEMENT, EntryKind.SUPPORT_NEED,
                         EntryKind.LEARNING])


@st.composite
def stores(draw):
    people = []
    for i in range(draw(st.integers(1, 3))):
        convs = []
        for _ in range(draw(st.integers(0, 3))):
            entries = draw(st.lists(st.tuples(KINDS, TEXT, st.booleans()), max_size=4))
            convs.append((draw(st.integers(1, 28)), entries))
        actions = draw(st.lists(TEXT, max_size=2))
        goals = draw(st.lists(st.tuples(TEXT, st.lists(TEXT, max_size=2)), max_size=2))
        people.append((f"Person {i} {draw(TEXT)}", convs, actions, goals))
    return people


def fill(store, people) -> None:
    for name, convs, actions, goals in people:
        person = Person(name.strip() or "x", created=datetime(2025, 1, 1, tzinfo=UTC))
        store.save_person(person)
        for day, entries in convs:
            moment = datetime(2026, 2, day, 10, tzinfo=UTC)
            conv = Conversation(person.id, ConversationKind.FOLLOW_UP, "follow-up",
                                status=ConversationStatus.COMPLETED, started_at=moment)
            store.save_conversation(conv)
            for kind, text, private in entries:
                store.save_entry(Entry(conv.id, text, kind=kind, created=moment,
                                       visibility=Visibility.PRIVATE if private
                                       else Visibility.SHARED))
        for text in actions:
            store.save_action(ActionItem(person.id, text,
                                         created=datetime(2026, 3, 1, tzinfo=UTC)))
        for statement, comments in goals:
            goal = Goal(person.id, statement, created=datetime(2026, 1, 5, tzinfo=UTC))
            for comment in comments:
                goal.record_progress(ProgressEntry(Progress.ON_TRACK, comment,
                                                   at=datetime(2026, 4, 2, tzinfo=UTC)))
            store.save_goal(goal)


def all_documents(store):
    """What the naive scan searches: every text, read straight from the store."""
    docs = []
    for person in store.people(include_archived=True):
        covered = set()
        for s in store.conversation_summaries(person.id):
            entries = store.entries(s.id)
            covered |= {e.action_id for e in entries if e.action_id}
            docs.extend(entry_documents(entries, person.id, person.name,
                                        s.when.astimezone().date()))
        docs.extend(d for d in person_documents(store.actions(person.id),
                                                store.goals(person.id), person.id,
                                                person.name) if d.key not in covered)
    return docs


def expected(docs, query):
    """The naive scan's answer, with the index's one extra rule (æ/ø for ae/oe when the
    query as typed finds nothing), newest first."""
    wanted = normalise(query).strip()
    for attempt in variants(wanted):
        found = naive_search(docs, attempt)
        if found:
            return sorted(found, key=lambda d: (d.day or date.min, d.key), reverse=True)
    return []


def changed(piece: str, how: str) -> str:
    if how == "upper":
        return piece.upper()
    if how == "nfd":
        return unicodedata.normalize("NFD", piece)
    if how == "nfkd":
        return unicodedata.normalize("NFKD", piece)
    return piece


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(stores(), st.data())
def test_the_index_agrees_with_the_naive_scan(people, data):
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data", backup=False)
        try:
            fill(store, people)
            docs = all_documents(store)
            search = TeamSearch(store)
            texts = [d.text for d in docs] or ["nothing"]
            queries = [data.draw(TEXT)]
            for _ in range(4):
                text = data.draw(st.sampled_from(texts))
                start = data.draw(st.integers(0, len(text) - 1))
                end = data.draw(st.integers(start + 1, len(text)))
                how = data.draw(st.sampled_from(["as-is", "upper", "nfd", "nfkd"]))
                queries.append(changed(text[start:end], how))
            for query in queries:
                want = expected(docs, query)
                every = search.find(query, limit=1000, include_private=True)
                assert [h.document.key for h in every.hits] == [d.key for d in want], query
                assert every.private_left_out == 0
                shared = search.find(query, limit=1000)
                assert [h.document.key for h in shared.hits] == [
                    d.key for d in want if not d.private]
                assert shared.private_left_out == sum(d.private for d in want)
                assert all(h.document.private == d.private
                           for h, d in zip(every.hits, want, strict=True))
                few = search.find(query, limit=2, include_private=True)
                assert [h.document.key for h in few.hits] == [d.key for d in want[:2]]
            search.close()
        finally:
            store.close()
