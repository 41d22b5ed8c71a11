"""A template names a section's anchor question and its key question; the check validates both."""

from __future__ import annotations

from coach.content import check, load_library


def only(problems, key):
    found = [p for p in problems if p.key == key]
    assert found, [p.render() for p in problems]
    return found


def name_anchor(mini, en="`proud` – What are you pleased with?", nb="`proud`"):
    mini.replace("templates/en/check-in.md", "- purpose: Hear what has happened.\n",
                 f"- purpose: Hear what has happened.\n- anchor: {en}\n")
    mini.replace("templates/nb/check-in.md", "- formål: Høre hva som har skjedd.\n",
                 f"- formål: Høre hva som har skjedd.\n- anker: {nb}\n")


def test_a_section_names_its_anchor_in_either_language(mini):
    name_anchor(mini)
    assert check(builtin_dir=mini.root) == []
    lib = load_library(user_dir=None, builtin_dir=mini.root)
    for lang in ("en", "nb"):
        tpl = lib.template("check-in", lang)
        assert tpl.sections[0].anchor == "proud"
        assert tpl.sections[1].anchor is None
        assert tpl.key_question == "succeed"


def test_an_unknown_anchor_is_reported_at_its_line(mini):
    name_anchor(mini, en="prod")
    [p] = only(check(builtin_dir=mini.root), "unknown_question")
    assert (p.file, p.line) == (str(mini.path("templates/en/check-in.md")), 17)
    assert "prod" in p.message


def test_anchors_must_match_between_languages(mini):
    name_anchor(mini, nb="succeed")
    [p] = only(check(builtin_dir=mini.root), "anchors_differ")
    assert "check-in" in p.message


def test_the_key_question_can_be_named_and_is_checked(mini):
    for lang in ("en", "nb"):
        mini.replace(f"templates/{lang}/check-in.md", "total_minutes: 10",
                     "total_minutes: 10\nkey_question: proud")
    assert check(builtin_dir=mini.root) == []
    lib = load_library(user_dir=None, builtin_dir=mini.root)
    assert lib.template("check-in", "en").key_question == "proud"
    mini.replace("templates/en/check-in.md", "key_question: proud", "key_question: nope")
    [p] = only(check(builtin_dir=mini.root), "unknown_question")
    assert "nope" in p.message


def test_the_monthly_follow_up_anchors_the_articles_six_questions():
    lib = load_library(user_dir=None)
    nb = lib.template("follow-up", "nb")
    texts = [lib.question(s.anchor, "nb").text for s in nb.sections]
    assert texts == [
        "Hva har skjedd siden sist?",
        "Hvordan ligger du an i forhold til mål og planer?",
        "Hva har du lært siden sist?",
        "Hva er de viktigste aktivitetene og målene framover?",
        "Hva trenger du av støtte, hjelp, avklaringer eller prioriteringer?",
        "Hva mer vil du ta opp i dag?",
    ]
    en = lib.template("follow-up", "en")
    assert [s.anchor for s in en.sections] == [s.anchor for s in nb.sections]
    # Each section also says what the employee prepares (the article's wording).
    assert all(s.prepare for s in nb.sections)
