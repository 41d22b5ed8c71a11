"""The content shipped with coach: clean, complete in both languages, and what others rely on."""

from __future__ import annotations

from collections import Counter

import pytest

from coach.content import DEPTHS, THEMES, check, load_library
from coach.domain.conversations import ConversationKind
from coach.paths import builtin_content_dir

SECTIONS = {
    "follow-up": (30, [("since-last-time", 5), ("goals-and-plans", 7), ("learning", 5),
                       ("ahead", 5), ("support", 5), ("other", 3)]),
    "goal-setting": (60, [("unit-goals", 10), ("own-goals", 15), ("tasks-roles", 15),
                          ("agree-goals", 15), ("summary", 5)]),
    "evaluation": (60, [("looking-back", 10), ("goals-results", 15), ("competence", 15),
                        ("learning", 10), ("ahead", 5), ("summary", 5)]),
    "annual": (75, [("looking-back", 15), ("wellbeing", 10), ("now", 10), ("work-goals", 10),
                    ("development-goals", 10), ("competence", 10), ("summary", 10)]),
    "check-in": (15, [("since-last-time", 5), ("now", 7), ("support", 3)]),
}


@pytest.fixture(scope="module")
def lib():
    return load_library(user_dir=None)


def test_builtins_pass_the_check():
    assert check(builtin_dir=builtin_content_dir()) == []


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_conversation_kind_has_its_template(lib, lang):
    ids = {tpl.id for tpl in lib.templates(lang)}
    assert ids == {kind.value for kind in ConversationKind}
    for kind in ConversationKind:
        assert lib.template(kind.value, lang).kind == kind.value


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("template_id", sorted(SECTIONS))
def test_section_ids_and_time_boxes_others_rely_on(lib, lang, template_id):
    total, sections = SECTIONS[template_id]
    tpl = lib.template(template_id, lang)
    assert tpl.total_minutes == total
    assert [(s.id, s.minutes) for s in tpl.sections] == sections
    assert sum(s.minutes for s in tpl.sections) == tpl.total_minutes


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_section_is_complete(lib, lang):
    for tpl in lib.templates(lang):
        assert tpl.title and tpl.description
        for section in tpl.sections:
            where = f"{tpl.id}/{section.id}"
            assert section.title and section.purpose, where
            assert section.guidance and section.prepare, where
            assert "\n" not in section.purpose, where
            assert len(section.question_ids) >= 2, where
            assert len(set(section.question_ids)) == len(section.question_ids), where
            for qid in section.question_ids:
                assert lib.question(qid, lang).language == lang


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_last_section_asks_what_the_leader_can_do(lib, lang):
    for tpl in lib.templates(lang):
        assert "succeed" in tpl.sections[-1].question_ids, tpl.id
    succeed = lib.question("succeed", lang)
    assert succeed.theme == "leader-support"
    expected = {"nb": "Hva kan jeg gjøre for at du skal lykkes?",
                "en": "What can I do so that you succeed?"}
    assert succeed.text == expected[lang]


def test_both_languages_have_the_same_templates_sections_and_questions(lib):
    def shape(lang):
        return {tpl.id: (tpl.kind, tpl.total_minutes, [(s.id, s.minutes, s.question_ids)
                                                       for s in tpl.sections])
                for tpl in lib.templates(lang)}

    assert shape("nb") == shape("en")
    nb = {q.id: (q.theme, q.depth) for q in lib.questions("nb")}
    en = {q.id: (q.theme, q.depth) for q in lib.questions("en")}
    assert nb == en


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_question_bank(lib, lang):
    questions = lib.questions(lang)
    assert len(questions) >= 60
    themes = Counter(q.theme for q in questions)
    assert set(themes) == set(THEMES)
    assert themes["mastery"] >= 15 and themes["meaning"] >= 15
    assert len(lib.questions(lang, theme="mastery")) == themes["mastery"]
    depths = Counter(q.depth for q in questions)
    assert set(depths) == set(DEPTHS)
    for q in questions:
        assert q.text.endswith("?") or q.text.endswith("."), q.id
        assert q.reason and q.source and "\n" not in q.reason, q.id
        assert q.path is not None and q.line > 0


def test_questions_ask_one_thing_and_do_not_give_advice(lib):
    for q in lib.questions("en"):
        lowered = q.text.lower()
        assert not lowered.startswith(("have you tried", "why ", "don't you", "shouldn't")), q.id
        assert q.text.count("?") <= 1, q.id
    for q in lib.questions("nb"):
        lowered = q.text.lower()
        assert not lowered.startswith(("har du prøvd", "hvorfor ", "burde du")), q.id
        assert q.text.count("?") <= 1, q.id


def test_norwegian_content_keeps_to_the_glossary():
    text = "\n".join(p.read_text(encoding="utf-8")
                     for p in builtin_content_dir().rglob("*.md"))
    assert "oppfølgingssamtale" not in text.lower()
