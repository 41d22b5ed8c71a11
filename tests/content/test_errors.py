"""One test per kind of broken content: each names the file, the line and what was expected."""

from __future__ import annotations

import pytest

from coach.content import ContentError, check, load_library


def problems_of(mini):
    return check(builtin_dir=mini.root)


def only(problems, key):
    found = [p for p in problems if p.key == key]
    assert found, [p.render() for p in problems]
    return found


def test_the_mini_content_is_clean(mini):
    assert problems_of(mini) == []
    lib = load_library(user_dir=None, builtin_dir=mini.root)
    tpl = lib.template("check-in", "nb")
    assert [s.id for s in tpl.sections] == ["since-last-time", "support"]
    assert tpl.sections[0].guidance == "Lytt først."
    assert tpl.sections[0].line == 11
    assert lib.question("proud", "nb").depth == "opening"
    assert lib.template("check-in", "en").sections[0].prepare == "One thing that went well."


def test_missing_time_box(mini):
    path = mini.replace("templates/en/check-in.md", "- minutes: 6\n", "")
    [p] = only(problems_of(mini), "minutes_missing")
    assert (p.file, p.line) == (str(path), 12)
    assert "time box" in p.message


@pytest.mark.parametrize("value", ["five", "5.5", "-3", "0", ""])
def test_non_numeric_time_box(mini, value):
    path = mini.replace("templates/en/check-in.md", "- minutes: 6", f"- minutes: {value}")
    [p] = only(problems_of(mini), "minutes_not_number")
    assert (p.file, p.line) == (str(path), 15)
    assert "whole number" in p.message


def test_sections_not_adding_up(mini):
    path = mini.replace("templates/nb/check-in.md", "total_minutes: 10", "total_minutes: 12")
    [p] = only(problems_of(mini), "total_mismatch")
    assert (p.file, p.line) == (str(path), 6)
    assert "add up to 10 minutes" in p.message and "12" in p.message


def test_non_numeric_total(mini):
    path = mini.replace("templates/nb/check-in.md", "total_minutes: 10", "total_minutes: ti")
    [p] = only(problems_of(mini), "total_not_number")
    assert (p.file, p.line) == (str(path), 6)


def test_unknown_question_id(mini):
    path = mini.replace("templates/nb/check-in.md", "- proud", "- prod")
    [p] = only(problems_of(mini), "unknown_question")
    assert (p.file, p.line) == (str(path), 23)
    assert "'prod'" in p.message


def test_duplicate_question_id(mini):
    path = mini.replace("questions/en.md", "### succeed", "### proud")
    [p] = only(problems_of(mini), "duplicate_id")
    assert (p.file, p.line) == (str(path), 20)
    assert f"{path}:10" in p.message


def test_duplicate_template_id(mini):
    copy = mini.write("templates/en/check-in-copy.md",
                      mini.path("templates/en/check-in.md").read_text(encoding="utf-8"))
    [p] = only(problems_of(mini), "duplicate_id")
    assert p.line == 2
    assert {p.file, p.message.split("(in ")[1].split(":")[0]} == {
        str(copy), str(mini.path("templates/en/check-in.md"))}


def test_duplicate_section_id(mini):
    path = mini.replace("templates/en/check-in.md", "- id: support", "- id: since-last-time")
    [p] = only(problems_of(mini), "duplicate_section")
    assert (p.file, p.line) == (str(path), 30)


def test_section_with_no_questions(mini):
    path = mini.replace("templates/en/check-in.md", "### Questions\n\n- succeed\n", "")
    [p] = only(problems_of(mini), "no_questions")
    assert (p.file, p.line) == (str(path), 30)
    assert "no questions" in p.message


def test_template_missing_in_one_language(mini):
    mini.path("templates/nb/check-in.md").unlink()
    [p] = only(problems_of(mini), "missing_language")
    assert p.file == str(mini.path("templates/en/check-in.md"))
    assert p.line == 1
    assert "'nb'" in p.message and "template" in p.message


def test_question_missing_in_one_language(mini):
    path = mini.replace("questions/nb.md", "### proud", "### proud-nb")
    problems = problems_of(mini)
    missing = only(problems, "missing_language")
    assert {(p.file, p.line) for p in missing} == {
        (str(mini.path("questions/en.md")), 10), (str(path), 10)}
    assert any(p.key == "unknown_question" for p in problems)


def test_sections_differ_between_languages(mini):
    mini.replace("templates/nb/check-in.md", "- id: support", "- id: stotte")
    [p] = only(problems_of(mini), "sections_differ")
    assert p.file == str(mini.path("templates/en/check-in.md"))
    assert "stotte" in p.message


def test_unclosed_front_matter(mini):
    path = mini.replace("templates/en/check-in.md", "description: A short one.\n---\n",
                        "description: A short one.\n")
    problems = problems_of(mini)
    [p] = only(problems, "unclosed_front_matter")
    assert (p.file, p.line) == (str(path), 1)
    assert "never closed" in p.message


def test_missing_front_matter(mini):
    path = mini.write("templates/en/loose.md", "# Just a heading\n\nSome text.\n")
    [p] = only(problems_of(mini), "no_front_matter")
    assert (p.file, p.line) == (str(path), 1)


def test_bad_yaml_points_at_its_line(mini):
    path = mini.replace("templates/en/check-in.md", "title: Short check-in",
                        "title: Short: check-in")
    [p] = only(problems_of(mini), "yaml")
    assert (p.file, p.line) == (str(path), 5)


def test_yaml_that_is_not_a_mapping(mini):
    path = mini.write("templates/en/list.md", "---\n- a\n- b\n---\n\n## X\n")
    [p] = only(problems_of(mini), "meta_not_mapping")
    assert p.file == str(path)


def test_impossible_yaml_date_is_a_problem_not_a_crash(mini):
    path = mini.replace("templates/en/check-in.md", "description: A short one.",
                        "description: 2024-13-45")
    [p] = only(problems_of(mini), "yaml")
    assert p.file == str(path)


def test_missing_front_matter_field(mini):
    path = mini.replace("templates/en/check-in.md", "title: Short check-in\n", "")
    [p] = only(problems_of(mini), "meta_missing")
    assert (p.file, p.line) == (str(path), 1)
    assert "'title'" in p.message


def test_unknown_kind(mini):
    path = mini.replace("templates/en/check-in.md", "kind: check-in", "kind: chat")
    [p] = only(problems_of(mini), "bad_kind")
    assert (p.file, p.line) == (str(path), 3)
    assert "follow-up" in p.message


def test_unknown_language(mini):
    path = mini.replace("templates/en/check-in.md", "language: en", "language: sv")
    [p] = only(problems_of(mini), "bad_language")
    assert (p.file, p.line) == (str(path), 4)


def test_unknown_sub_heading(mini):
    path = mini.replace("templates/en/check-in.md", "### The employee prepares", "### Notes")
    [p] = only(problems_of(mini), "unknown_subheading")
    assert (p.file, p.line) == (str(path), 22)
    assert "Guidance" in p.message


def test_unknown_section_field(mini):
    path = mini.replace("templates/en/check-in.md", "- purpose: Hear", "- porpose: Hear")
    problems = problems_of(mini)
    [p] = only(problems, "unknown_field")
    assert (p.file, p.line) == (str(path), 16)
    only(problems, "section_missing")


def test_text_where_a_sub_heading_was_expected(mini):
    path = mini.replace("templates/en/check-in.md", "### Guidance for the leader\n\n", "")
    [p] = only(problems_of(mini), "expected_subheading")
    assert (p.file, p.line) == (str(path), 18)


def test_template_without_sections(mini):
    path = mini.write("templates/en/empty.md", "---\nid: empty\nkind: annual\nlanguage: en\n"
                      "title: Empty\ntotal_minutes: 5\n---\n\nNothing here.\n")
    mini.write("templates/nb/empty.md", path.read_text().replace("language: en", "language: nb"))
    found = only(problems_of(mini), "no_sections")
    assert {p.file for p in found} == {str(path), str(mini.path("templates/nb/empty.md"))}


def test_bad_id(mini):
    path = mini.replace("templates/en/check-in.md", "- id: support", "- id: Støtte stuff")
    [p] = only(problems_of(mini), "bad_id")
    assert (p.file, p.line) == (str(path), 30)


def test_unknown_theme(mini):
    path = mini.replace("questions/en.md", "## Mastery (mastery)", "## Mastery (mystery)")
    [p] = only(problems_of(mini), "bad_theme")
    assert (p.file, p.line) == (str(path), 8)
    assert "meaning" in p.message


def test_unknown_depth(mini):
    path = mini.replace("questions/nb.md", "- dybde: åpning", "- dybde: dyp")
    problems = problems_of(mini)
    [p] = only(problems, "bad_depth")
    assert (p.file, p.line) == (str(path), 14)
    assert not [q for q in problems if q.key == "question_missing"]


def test_question_without_reason(mini):
    path = mini.replace("questions/en.md", "- reason: The leader's standing question.\n", "")
    [p] = only(problems_of(mini), "question_missing")
    assert (p.file, p.line) == (str(path), 20)
    assert "'reason'" in p.message


def test_question_without_text(mini):
    path = mini.replace("questions/en.md", "What can I do so that you succeed?\n\n", "")
    [p] = only(problems_of(mini), "question_no_text")
    assert (p.file, p.line) == (str(path), 20)


def test_invalid_utf8(mini):
    path = mini.path("templates/en/check-in.md")
    path.write_bytes(path.read_bytes() + b"\n\xff\xfe broken\n")
    [p] = only(problems_of(mini), "utf8")
    assert (p.file, p.line) == (str(path), 40)


def test_byte_order_mark_is_accepted(mini):
    path = mini.path("templates/nb/check-in.md")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert problems_of(mini) == []


def test_crlf_line_endings_are_accepted(mini):
    path = mini.path("questions/nb.md")
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert problems_of(mini) == []


def test_path_that_does_not_exist(mini, tmp_path):
    [p] = only(check([tmp_path / "nope.md"], builtin_dir=mini.root), "not_found")
    assert p.line is None


def test_load_library_raises_content_error_with_every_problem(mini):
    mini.replace("templates/en/check-in.md", "- minutes: 6", "- minutes: six")
    mini.replace("questions/nb.md", "- dybde: åpning", "- dybde: dyp")
    with pytest.raises(ContentError) as caught:
        load_library(user_dir=None, builtin_dir=mini.root)
    keys = {p.key for p in caught.value.problems}
    assert {"minutes_not_number", "bad_depth"} <= keys
    assert "check-in.md:15:" in str(caught.value)
    assert "tidsrammen" in caught.value.explain("nb")


def test_problems_are_explained_in_bokmal(mini):
    mini.replace("templates/en/check-in.md", "- minutes: 6\n", "")
    [p] = only(problems_of(mini), "minutes_missing")
    assert "tidsramme" in p.render("nb")
    assert p.render("nb").startswith(f"{mini.path('templates/en/check-in.md')}:12: ")
