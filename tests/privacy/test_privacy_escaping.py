"""Escaping proven on the history export: random text with Markdown and HTML metacharacters,
æøå, emoji, tabs, CRLF and long lines reads back as the same text with markdown-it-py, never
as structure, and the independent commonmark parser sees the same headings and task items."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.domain.actions import ActionItem, ActionStatus, Owner
from coach.domain.competence import CompetenceArea, LevelChange
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
from coach.domain.summary import summarise
from coach.markdown.escape import tidy
from coach.markdown.history import ConversationPart, History, history_document
from tests.markdown.mdparse import (
    cm_headings_and_tasks,
    mdit_headings_and_tasks,
    parser,
    tricky_text,
)

T0 = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
SECRET = "ZQXSECRET"
FORBIDDEN = {
    "link_open", "image", "html_inline", "html_block", "code_block", "fence", "hr",
    "code_inline", "s_open", "autolink",
}
KINDS = list(EntryKind)


def note() -> st.SearchStrategy[str]:
    """Random user text that is not blank once tidied."""
    return tricky_text(min_pieces=1).map(lambda s: s if tidy(s).strip() else s + "x")


def one_line(text: str) -> str:
    """What an inline context (a title, a table cell) shows of a text."""
    return " ".join(tidy(text).split("\n"))


@st.composite
def conversation_parts(draw, person: Person, day: int):
    conv = Conversation(
        person_id=person.id, kind=draw(st.sampled_from(list(ConversationKind))),
        template_id="t", language="en", status=ConversationStatus.COMPLETED,
        started_at=T0 + timedelta(days=day),
        sections=[SectionTiming("a", draw(note()), 5, 300), SectionTiming("b", "B", 5, 0)],
    )
    entries, actions = [], []
    for i in range(draw(st.integers(1, 5))):
        private = draw(st.booleans())
        text = draw(note()) + (f" {SECRET}" if private else "")
        kind = draw(st.sampled_from(KINDS))
        entry = Entry(conv.id, text, draw(st.sampled_from(["a", "b", "gone"])), kind,
                      Visibility.PRIVATE if private else Visibility.SHARED,
                      created=T0 + timedelta(days=day, seconds=i))
        if kind is EntryKind.ACTION_ITEM:
            item = ActionItem(person.id, text, draw(st.sampled_from(list(Owner))),
                              due=draw(st.none() | st.dates()), raised_in=conv.id,
                              status=draw(st.sampled_from(list(ActionStatus))),
                              created=entry.created)
            entry.action_id = item.id
            actions.append(item)
        entries.append(entry)
    return conv, entries, actions


@st.composite
def histories(draw):
    person = Person(one_line(draw(note())).strip() or "N", role=draw(note()))
    objective = UnitObjective(draw(note()), draw(note()))
    goals = []
    for _ in range(draw(st.integers(0, 2))):
        goal = Goal(person.id, draw(note()), measure=draw(note()),
                    objective_id=draw(st.sampled_from([objective.id, None])))
        goal.record_progress(ProgressEntry(draw(st.sampled_from(list(Progress))), draw(note()),
                                           None, at=T0))
        goals.append(goal)
    areas = []
    for _ in range(draw(st.integers(0, 2))):
        area = CompetenceArea(person.id, draw(note()), depth=2, evidence=draw(note()))
        area.history = [LevelChange(T0, None, 2, draw(note()))]
        areas.append(area)
    parts, actions, all_entries = [], [], []
    for day in range(draw(st.integers(0, 2))):
        conv, entries, items = draw(conversation_parts(person, day))
        all_entries += entries
        actions += items
        parts.append((conv, entries))
    summaries = [ConversationPart(summarise(c, e, actions, goals), draw(note()))
                 for c, e in parts]
    include_private = draw(st.booleans())
    history = History(
        person=person, exported_at=T0, version="0", include_private=include_private,
        since=draw(st.none() | st.just(date(2020, 1, 1))), objectives=[objective],
        goals=goals, competence=areas, actions=actions,
        private_actions=frozenset(e.action_id for e in all_entries if e.private and e.action_id),
        conversations=summaries,
    )
    return history, all_entries


def inline_texts(document: str) -> list[str]:
    """The text of every inline token (paragraphs, list items, headings, table cells), with
    line breaks as newlines and emphasis markers dropped."""
    out = []
    for tok in parser().parse(document):
        if tok.type != "inline":
            continue
        pieces = []
        for child in tok.children or []:
            if child.type == "text":
                pieces.append(child.content)
            elif child.type in ("hardbreak", "softbreak"):
                pieces.append("\n")
        out.append("".join(pieces))
    return out


def expected_tasks(history: History) -> int:
    count = len(history.listed_actions())
    for part in history.conversations:
        summary = part.summary if history.include_private else part.summary.without_private()
        count += len(summary.action_items) + len(summary.followed_up)
    return count


@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(histories(), st.sampled_from(["nb", "en"]))
def test_history_reads_back_the_same_text_and_no_foreign_structure(data, lang):
    history, entries = data
    doc = history_document(history, lang)
    tokens = list(parser().parse(doc))
    assert tokens[0].type == "front_matter"
    flat = tokens + [c for tok in tokens for c in (tok.children or [])]
    assert not {tok.type for tok in flat} & FORBIDDEN
    assert sum(tok.type == "blockquote_open" for tok in tokens) == int(history.include_private)
    headings, tasks = mdit_headings_and_tasks(doc)
    assert [level for level, _ in headings].count(1) == 1
    assert len(tasks) == expected_tasks(history)
    if not history.include_private:
        assert SECRET not in doc

    texts = inline_texts(doc)
    blob = "\n\n".join(texts)
    # Notes, agreements and the rest: a paragraph or list item of their own, or the end of
    # an item after our label (private notes, action items before their *(owner…)*).
    for entry in entries:
        if entry.private and not history.include_private:
            continue
        want = tidy(entry.text)
        assert any(t == want or t.endswith(" " + want) or t.startswith(f"[ ] {want} (")
                   or t.startswith(f"[x] {want} (") or t.startswith(f"[ ] ~~{want}~~ (")
                   for t in texts), want
    # Titles and table cells: the text on one line.
    person = history.person
    assert one_line(person.role) in texts
    for goal in history.goals:
        assert one_line(goal.statement) in texts
        assert one_line(goal.measure) in texts
        assert tidy(goal.progress[0].comment) in blob
    for area in history.competence:
        assert one_line(area.area) in texts
        assert one_line(area.evidence) in texts
        assert tidy(area.history[0].reason) in blob
    for part in history.conversations:
        assert one_line(part.template_title) in texts
        assert one_line(part.summary.conversation.sections[0].title) in texts


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(histories(), st.sampled_from(["nb", "en"]))
def test_commonmark_sees_the_same_headings_and_tasks_on_history(data, lang):
    history, _ = data
    doc = history_document(history, lang)
    assert cm_headings_and_tasks(doc) == mdit_headings_and_tasks(doc)
