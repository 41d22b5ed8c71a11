"""render_preparation -> parse_preparation gives back the same preparation, for any text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.goals import GoalType
from coach.domain.preparation import Answer, Preparation, ProposedGoal, SelfRating
from coach.markdown.preparation import normalise, parse_preparation, render_preparation
from tests.markdown.mdparse import cm_headings_and_tasks, mdit_headings_and_tasks, tricky_text

MANY = settings(max_examples=300, deadline=None)

ids = st.from_regex(r"\A[a-z0-9][a-z0-9-]{0,15}\Z").filter(
    lambda s: s not in ("proposed-goals", "self-ratings", "from-my-leader")
)
text = tricky_text()
nonblank = tricky_text(min_pieces=1).map(lambda s: s + "x")
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))

answers = st.lists(
    st.builds(Answer, ids, text, text, text), max_size=7, unique_by=lambda a: a.section_id
)
goals = st.lists(
    st.builds(ProposedGoal, nonblank, st.sampled_from(list(GoalType)), text,
              st.none() | dates, text),
    max_size=4,
)
ratings = st.lists(st.builds(SelfRating, nonblank, st.integers(1, 5), text), max_size=4)
preparations = st.builds(
    Preparation, ids, st.sampled_from(["nb", "en"]), dates, text, text,
    answers=answers, goals=goals, ratings=ratings, needs=text,
)


@MANY
@given(preparations)
def test_render_then_parse_gives_the_same_preparation(prep):
    document = render_preparation(prep)
    assert parse_preparation(document, "prep.md") == normalise(prep)


@settings(max_examples=120, deadline=None)
@given(preparations)
def test_normal_form_is_stable_and_renders_the_same(prep):
    once = normalise(prep)
    assert normalise(once) == once
    assert render_preparation(once) == render_preparation(prep)


@settings(max_examples=120, deadline=None)
@given(preparations)
def test_crlf_and_bom_files_read_the_same(prep):
    document = render_preparation(prep)
    crlf = ("\ufeff" + document.replace("\n", "\r\n")).encode("utf-8")
    assert parse_preparation(crlf, "prep.md") == normalise(prep)


@settings(max_examples=120, deadline=None)
@given(preparations)
def test_a_second_parser_sees_the_same_headings(prep):
    document = render_preparation(prep)
    assert cm_headings_and_tasks(document)[0] == mdit_headings_and_tasks(document)[0]


def test_plain_text_round_trips_exactly():
    prep = Preparation(
        "follow-up", "nb", date(2026, 3, 2), "Kari Nordmann", "Månedlig oppfølging",
        answers=[
            Answer("since-last-time", "Siden sist",
                   "Fikk til *mye* på [intranettet](https://intra.example/a_b) med `kode`\n\n"
                   "### en underoverskrift\n\n> [!note]\n> et sitat", "Hva har skjedd?"),
            Answer("ahead", "Framover", "1. prioriter\n- <b>fet</b> 😀\tæøå"),
        ],
        goals=[ProposedGoal("Fullføre kurset | del 2", GoalType.DEVELOPMENT, "Bevis",
                            date(2026, 6, 1), "halvveis")],
        ratings=[SelfRating("Python", 3, "trygg")],
        needs="Tid.\nOg ro.",
    )
    assert parse_preparation(render_preparation(prep), "p.md") == prep


def test_the_document_reads_well():
    prep = Preparation("follow-up", "en", date(2026, 3, 2), "Kari", "Monthly follow-up",
                       answers=[Answer("ahead", "Ahead", "Ship it", "What is ahead?")],
                       ratings=[SelfRating("Python", 4)])
    document = render_preparation(prep)
    assert "# Preparation: Monthly follow-up\n" in document
    assert "## Ahead\n\n> What is ahead?\n\nShip it\n" in document
    assert "| Python |  | 4 – Proficient |  |" in document
    assert "sections:\n  ahead: Ahead\n  self-ratings: Competence self-rating\n" in document
    assert "{#" not in document and "<!--" not in document


def test_a_heading_in_an_answer_is_escaped_so_the_file_keeps_its_sections():
    prep = Preparation("follow-up", "en", date(2026, 3, 2), "Kari", "Monthly follow-up",
                       answers=[Answer("ahead", "Ahead", "# one\nSetext\n---\n## two"),
                                Answer("other", "Other", "```\nunclosed fence")])
    back = parse_preparation(render_preparation(prep))
    assert back.answer("ahead").text == "\\# one\nSetext\n\\---\n\\## two"
    assert back.order == ["ahead", "other"]
    assert "unclosed fence" in back.answer("other").text
