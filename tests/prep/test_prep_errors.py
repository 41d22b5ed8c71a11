"""A malformed preparation file gives file:line problems, never a traceback or a guess."""

from __future__ import annotations

from datetime import date

import pytest

from coach.domain.preparation import Answer, Preparation, SelfRating
from coach.markdown.preparation import (
    PreparationError,
    parse_preparation,
    read_preparation,
    render_preparation,
)

GOOD = """---
coach_preparation: 2
template: follow-up
language: en
date: 2026-03-02
person: Kari Nordmann
sections: {since-last-time: Since last time, ahead: Ahead, proposed-goals: Proposed goals, self-ratings: Self-rating}
---

# Preparation: Monthly follow-up

## Since last time

> What has happened?

A good month.

- a list I wrote by hand
- second point

## Ahead

Ship it.

## Proposed goals

| Goal | Type | Measure | Target date | Progress |
| --- | --- | --- | --- | --- |
| Learn Rust | development | a small tool | 2026-09-01 | started |

## Self-rating

| Area | Level | Comment |
| --- | --- | --- |
| Python | 4 | |
"""  # noqa: E501  (the front matter reads as one would write it)


def problems(text: str) -> list[tuple[int | None, str]]:
    with pytest.raises(PreparationError) as info:
        parse_preparation(text, "prep.md")
    assert all(p.file == "prep.md" for p in info.value.problems)
    return [(p.line, p.key) for p in info.value.problems]


def test_a_hand_written_file_reads():
    prep = parse_preparation(GOOD, "prep.md")
    assert prep.person == "Kari Nordmann"
    assert prep.title == "Monthly follow-up"
    assert prep.order == ["since-last-time", "ahead"]
    since = prep.answer("since-last-time")
    assert since.prompt == "What has happened?"
    assert since.text == "A good month.\n\n- a list I wrote by hand\n- second point"
    assert prep.goals[0].statement == "Learn Rust" and prep.goals[0].target_date == date(2026, 9, 1)
    assert prep.ratings == [SelfRating("Python", 4, "")]


def test_no_front_matter():
    assert problems("# Preparation\n\n## Ahead\n") == [(1, "no_front_matter")]


def test_unclosed_front_matter():
    assert problems("---\ntemplate: follow-up\n\n## Ahead\n") == [(1, "unclosed_front_matter")]


def test_bad_yaml_names_its_line():
    text = GOOD.replace("person: Kari Nordmann", "person: [Kari")
    (line, key), *_ = problems(text)
    assert key == "yaml" and line in (6, 7)


def test_not_a_preparation():
    assert problems(GOOD.replace("coach_preparation: 2\n", "")) == [(1, "not_preparation")]


def test_each_bad_field_names_its_own_line():
    text = (GOOD.replace("coach_preparation: 2", "coach_preparation: 7")
            .replace("language: en", "language: de")
            .replace("date: 2026-03-02", "date: soon")
            .replace("template: follow-up", "template: Follow Up"))
    assert problems(text) == [(2, "version"), (3, "template"), (4, "language"), (5, "date")]


def test_bad_sections_list():
    assert problems(GOOD.replace("sections: {", "sections: {Bad id: x, ")) == [(7, "sections")]
    assert problems(GOOD.replace("sections: {", "sections: {other: [1], ")) == [(7, "sections")]
    v1 = GOOD.replace("coach_preparation: 2", "coach_preparation: 1")
    v1 = v1.split("sections:")[0] + "sections: [ahead, ahead]\n---" + v1.split("---", 2)[2]
    assert problems(v1) == [(7, "sections_repeat")]


def test_an_unknown_heading_is_named_with_its_line():
    assert problems(GOOD + "\n## Extra\n\ntext\n") == [(37, "unknown_section")]


def test_a_missing_section_is_named_not_blamed_on_a_neighbour():
    text = GOOD.replace("## Ahead\n\nShip it.\n\n", "")
    with pytest.raises(PreparationError) as info:
        parse_preparation(text, "prep.md")
    assert [(p.line, p.key, dict(p.fields)) for p in info.value.problems] == [
        (7, "missing_section", {"title": "Ahead"})]


def test_a_section_twice():
    text = GOOD + "\n## Ahead\n\nMore.\n"
    assert problems(text) == [(37, "section_repeat")]


def test_bad_table_rows_name_their_lines():
    text = GOOD.replace("| development |", "| hobby |").replace("| Python | 4 |", "| Python | 9 |")
    assert problems(text) == [(29, "goal_type"), (35, "rating_level")]


def test_bad_date_and_column_count():
    text = (GOOD.replace("2026-09-01", "next year")
            .replace("| Area | Level | Comment |\n| --- | --- | --- |\n| Python | 4 | |",
                     "| Area | Level |\n| --- | --- |\n| Python | 4 |"))
    assert problems(text) == [(29, "goal_date"), (33, "columns")]


def test_text_instead_of_table():
    text = GOOD.replace("| Area | Level | Comment |\n| --- | --- | --- |\n| Python | 4 | |\n",
                        "Python, pretty good\n")
    assert problems(text) == [(33, "table_expected")]


def test_text_before_the_first_section_and_subheadings():
    text = GOOD.replace("# Preparation: Monthly follow-up\n", "# Prep\n\nIntro\n")
    assert problems(text) == [(12, "before_sections")]
    # A subheading below ## belongs to the answer, as written.
    assert parse_preparation(GOOD.replace("Ship it.", "### Sub\n\ntext")).answer(
        "ahead").text == "### Sub\n\ntext"


def test_invalid_utf8_names_its_line():
    raw = GOOD.encode("utf-8").replace(b"Ship it.", b"Ship \xff it.")
    with pytest.raises(PreparationError) as info:
        parse_preparation(raw, "prep.md")
    assert [(p.line, p.key) for p in info.value.problems] == [(23, "utf8")]


def test_messages_in_both_languages_and_file_line_form(tmp_path):
    path = tmp_path / "prep.md"
    path.write_text(GOOD.replace("language: en", "language: de"), encoding="utf-8")
    with pytest.raises(PreparationError) as info:
        read_preparation(path)
    assert info.value.explain("en") == f"{path}:4: expected language: nb or en (found de)"
    assert info.value.explain("nb") == f"{path}:4: forventet language: nb eller en (fant de)"


def test_render_of_an_empty_preparation_parses():
    prep = Preparation("check-in", "nb", date(2026, 1, 5), "", "Innsjekk",
                       answers=[Answer("a", "A")])
    assert parse_preparation(render_preparation(prep)) == prep
