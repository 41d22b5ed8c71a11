"""The Markdown export: its shape, its privacy, and that two parsers read back what we wrote."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.domain.actions import ActionItem, ActionStatus, Owner
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
from coach.domain.summary import summarise
from coach.i18n import t
from coach.markdown.escape import tidy
from coach.markdown.export import export_conversation
from tests.markdown.mdparse import (
    cm_headings_and_tasks,
    inline_text,
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


def conversation(**kw) -> Conversation:
    return Conversation(
        person_id="p1",
        kind=ConversationKind.FOLLOW_UP,
        template_id="follow-up",
        language="nb",
        status=ConversationStatus.COMPLETED,
        started_at=T0,
        sections=[
            SectionTiming("since", "Siden sist", 5, actual_seconds=400),
            SectionTiming("ahead", "Fremover", 10, actual_seconds=500),
            SectionTiming("else", "Annet", 5, skipped=True),
        ],
        **kw,
    )


def sample():
    conv = conversation()

    def entry(text, kind=EntryKind.NOTE, section="since", private=False, **kw):
        return Entry(conv.id, text, section, kind,
                     Visibility.PRIVATE if private else Visibility.SHARED, **kw)

    act = ActionItem("p1", "Lage utkast til plan", Owner.EMPLOYEE, due=date(2025, 4, 1),
                     raised_in=conv.id)
    hidden = ActionItem("p1", f"Snakke med HR {SECRET}", Owner.LEADER, raised_in=conv.id)
    done = ActionItem("p1", "Gammelt tiltak", Owner.LEADER, raised_in="earlier")
    done.close(conv.id)
    entries = [
        entry("Vi er enige om *X*", EntryKind.AGREEMENT),
        entry("Lage utkast", EntryKind.ACTION_ITEM, action_id=act.id),
        entry(f"HR {SECRET}", EntryKind.ACTION_ITEM, private=True, action_id=hidden.id),
        entry("Trenger en mentor", EntryKind.SUPPORT_NEED),
        entry("Demoen gikk bra", EntryKind.MASTERY_MOMENT),
        entry("Lærte SQL", EntryKind.LEARNING),
        entry("# Ikke en overskrift\n- ikke en liste", section="ahead"),
        entry(f"Virker sliten {SECRET}", private=True),
    ]
    goal = Goal("p1", "Levere <Prosjekt X>")
    goal.record_progress(ProgressEntry(Progress.AT_RISK, "litt sent", 40, conv.id))
    return summarise(conv, entries, [act, hidden, done], [goal])


def export(summary, lang="nb", include_private=False):
    return export_conversation(summary, lang, include_private=include_private,
                               person_name="Kari Nordmann", template_title="Månedlig oppfølging")


def front(document: str) -> dict:
    tokens = parser().parse(document)
    assert tokens[0].type == "front_matter"
    return yaml.safe_load(tokens[0].content)


def test_front_matter():
    from coach.markdown.digest import content_digest, shared_content

    summary = sample()
    document = export(summary)
    meta = front(document)
    # the digest names exactly the shared content: from the title to the end
    assert meta.pop("digest") == content_digest(shared_content(document.split("---\n", 2)[2]))
    assert "digest" not in front(export(summary, include_private=True))
    assert meta == {
        "person": "Kari Nordmann",
        "date": T0.astimezone().date(),
        "kind": "follow-up",
        "template": "follow-up",
        "title": "Månedlig oppfølging",
        "language": "nb",
        "duration_minutes": 15,
        "planned_minutes": 20,
        "status": "completed",
        "conversation_id": summary.conversation.id,
        "contents": "shared",
    }
    assert front(export(summary, include_private=True))["contents"] == "full"


def test_shared_export_has_no_private_text_nor_banner():
    doc = export(sample())
    assert SECRET not in doc
    assert t("export.private_banner", "nb") not in doc
    assert t("export.private", "nb") not in doc


def test_full_export_says_so_at_the_top_and_holds_private_notes():
    doc = export(sample(), include_private=True)
    tokens = parser().parse(doc)
    assert tokens[1].type == "blockquote_open"  # right after the front matter
    assert t("export.private_banner", "nb") in doc
    assert doc.count(SECRET) == 3  # the private note, the private entry, its action item
    assert f"## {t('export.private', 'nb')}" in doc


def test_include_private_needs_a_full_summary():
    with pytest.raises(ValueError):
        export(sample().without_private(), include_private=True)


def test_action_items_are_task_items_with_owner_and_due():
    doc = export(sample(), include_private=True)
    _, tasks = mdit_headings_and_tasks(doc)
    assert tasks == [
        "[ ] Lage utkast til plan (medarbeider, frist 01.04.2025)",  # prose: dd.mm.åååå
        f"[ ] Snakke med HR {SECRET} (leder, privat)",
        "[x] Gammelt tiltak (leder)",
    ]


@pytest.mark.parametrize(("lang", "line"), [
    ("nb", "- [ ] ~~Kurs i Python~~ *(medarbeider, lagt bort: Ikke aktuelt \\*nå\\*)*"),
    ("en", "- [ ] ~~Kurs i Python~~ *(employee, dropped: Ikke aktuelt \\*nå\\*)*"),
])
def test_a_dropped_item_is_not_ticked_but_struck_through_with_its_reason(lang, line):
    conv = conversation()
    item = ActionItem("p1", "Kurs i Python", Owner.EMPLOYEE, raised_in=conv.id)
    item.close(conv.id, dropped=True, reason="Ikke aktuelt *nå*")
    entry = Entry(conv.id, "Kurs i Python", "since", EntryKind.ACTION_ITEM,
                  Visibility.SHARED, action_id=item.id)
    doc = export(summarise(conv, [entry], [item], []), lang)
    assert line in doc.splitlines()
    without_reason = ActionItem("p1", "Kurs", Owner.LEADER, raised_in=conv.id)
    without_reason.close(conv.id, dropped=True)
    entry = Entry(conv.id, "Kurs", "since", EntryKind.ACTION_ITEM, Visibility.SHARED,
                  action_id=without_reason.id)
    doc = export(summarise(conv, [entry], [without_reason], []), lang)
    assert f"- [ ] ~~Kurs~~ *({t('owner.leader', lang)}, {t('action.dropped', lang)})*" \
        in doc.splitlines()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_sections_and_labels_in_both_languages(lang):
    doc = export(sample(), lang)
    headings, _ = mdit_headings_and_tasks(doc)
    assert headings == [
        (1, "Månedlig oppfølging: Kari Nordmann"),
        (2, t("export.agreements", lang)),
        (2, t("export.action_items", lang)),
        (2, t("export.followed_up", lang)),
        (2, t("export.support_needs", lang)),
        (2, t("export.mastery", lang)),
        (2, t("export.learning", lang)),
        (2, t("export.goals", lang)),
        (2, t("export.notes", lang)),
        (3, "Fremover"),
        (2, t("export.time", lang)),
    ]
    assert t(f"kind.{ConversationKind.FOLLOW_UP.value}", lang) in doc
    assert "Levere \\<Prosjekt X>" in doc


def test_time_table_planned_against_actual():
    doc = export(sample(), "en")
    tokens = parser().parse(doc)
    cells = []
    for i, tok in enumerate(tokens):
        if tok.type in ("th_open", "td_open"):
            cells.append("".join(c.content for c in tokens[i + 1].children
                                 if c.type == "text"))
    assert cells == [
        "Section", "Planned", "Actual",
        "Siden sist", "5:00", "6:40",
        "Fremover", "10:00", "8:20",
        "Annet", "5:00", "skipped",
        "Total", "20:00", "15:00",
    ]


def test_empty_conversation_says_so():
    summary = summarise(conversation(), [], [], [])
    doc = export(summary, "en")
    assert t("export.nothing", "en") in doc


# -- property: random notes read back the same, with no structure of their own ---------------

KINDS = list(EntryKind)
SECTIONS = ["since", "ahead", "else", "nowhere"]


@st.composite
def conversations(draw):
    conv = conversation()
    entries, actions = [], []
    for i in range(draw(st.integers(1, 8))):
        private = draw(st.booleans())
        text = draw(tricky_text(min_pieces=1))
        if not tidy(text):
            text = "x"
        if private:
            text = f"{text} {SECRET}"
        kind = draw(st.sampled_from(KINDS))
        entry = Entry(conv.id, text, draw(st.sampled_from(SECTIONS)), kind,
                      Visibility.PRIVATE if private else Visibility.SHARED,
                      created=T0 + timedelta(seconds=i))
        if kind is EntryKind.ACTION_ITEM:
            item = ActionItem("p1", text, draw(st.sampled_from(list(Owner))),
                              due=draw(st.none() | st.dates()), raised_in=conv.id,
                              status=draw(st.sampled_from(list(ActionStatus))))
            entry.action_id = item.id
            actions.append(item)
        entries.append(entry)
    name = draw(tricky_text(min_pieces=1))
    return summarise(conv, entries, actions, []), " ".join(name.split()) or "N"


def check_no_foreign_structure(doc: str, summary, include_private: bool) -> None:
    tokens = list(parser().parse(doc))
    flat = tokens + [c for tok in tokens for c in (tok.children or [])]
    assert not {tok.type for tok in flat} & FORBIDDEN
    quotes = sum(tok.type == "blockquote_open" for tok in tokens)
    assert quotes == (1 if include_private and summary.has_private else 0)
    headings, tasks = mdit_headings_and_tasks(doc)
    expected_tasks = len(summary.action_items)
    if not include_private:
        expected_tasks = len([a for a in summary.action_items
                              if a.id not in summary.private_actions])
    assert len(tasks) == expected_tasks
    # Struck through: the dropped items, and nothing else.
    listed = [a for a in summary.action_items
              if include_private or a.id not in summary.private_actions]
    struck = [tok for tok in parser().enable("strikethrough").parse(doc) if tok.children
              for c in tok.children if c.type == "s_open"]
    assert len(struck) == sum(a.status is ActionStatus.DROPPED for a in listed)
    # Only our own headings: one title, known labels, and section titles at level 3.
    assert [level for level, _ in headings].count(1) == 1
    assert all(level in (1, 2, 3) for level, _ in headings)


def texts_back(doc: str) -> list[str]:
    """Every paragraph's text; list items without the exporter's own prefix and suffix (and
    a dropped item's strikethrough)."""
    out = []
    for tok in parser().enable("strikethrough").parse(doc):
        if tok.type != "inline" or not tok.children:
            continue
        kinds = {c.type for c in tok.children}
        if kinds <= {"text", "hardbreak"}:
            out.append(inline_text(tok))
        elif tok.children[0].type == "text" and tok.children[0].content.startswith("["):
            # "[ ] text *(owner…)*": the text before the emphasis.
            head = []
            for c in tok.children:
                if c.type == "em_open":
                    break
                if c.type not in ("s_open", "s_close"):
                    head.append("\n" if c.type == "hardbreak" else c.content)
            out.append("".join(head)[4:].removesuffix(" "))
        elif tok.children[0].type == "em_open":
            # "*Kind · Section:* text" in the private notes.
            close = next(i for i, c in enumerate(tok.children) if c.type == "em_close")
            rest = tok.children[close + 1 :]
            out.append("".join("\n" if c.type == "hardbreak" else c.content
                               for c in rest).removeprefix(" "))
    return out


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conversations(), st.booleans(), st.sampled_from(["nb", "en"]))
def test_export_reads_back_the_same_text(data, include_private, lang):
    full, person = data
    summary = full if include_private else full.without_private()
    doc = export_conversation(full, lang, include_private=include_private,
                              person_name=person, template_title="Mal *1*")
    check_no_foreign_structure(doc, full, include_private)
    assert front(doc)["person"] == person
    if not include_private:
        assert SECRET not in doc
    back = texts_back(doc)
    listed = (list(summary.agreements) + list(summary.support_needs)
              + list(summary.mastery_moments) + list(summary.learning)
              + [e for s in summary.sections for e in s.notes] + list(summary.private))
    for entry in listed:
        assert tidy(entry.text) in back
    for item in summary.action_items:
        assert tidy(item.text) in back
    # The title too: heading text is the title as given, nothing more.
    headings, _ = mdit_headings_and_tasks(doc)
    assert headings[0] == (1, " ".join(tidy(f"Mal *1*: {person}").split("\n")))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conversations(), st.booleans())
def test_commonmark_sees_the_same_headings_and_tasks(data, include_private):
    full, person = data
    doc = export_conversation(full, "en", include_private=include_private,
                              person_name=person, template_title="Monthly follow-up")
    assert cm_headings_and_tasks(doc) == mdit_headings_and_tasks(doc)
