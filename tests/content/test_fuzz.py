"""Whatever is in a content file, the loader raises nothing but ContentError."""

from __future__ import annotations

import tempfile
from pathlib import Path

from content_samples import QUESTIONS, TEMPLATES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.content import ContentError, Library, load_library
from coach.content.document import read_document
from coach.content.questions import parse_questions
from coach.content.templates import parse_template

FRAGMENTS = [
    "---", "---\n", "\n", "## ", "### ", "# ", "- ", "* ", "1. ", "id: ", "minutes: ", "minutter: ",
    "purpose: ", "total_minutes: ", "kind: ", "language: nb", "language: en", "type: questions",
    "### Questions", "### Spørsmål", "### Guidance", "- depth: opening", "- dybde: utdypende",
    "- reason: x", "- source: y", "(mastery)", "`", "**", ":", "  ", "\t", "> ", "```", "<b>",
    "[a](b)", "&amp;", "\r\n", "\ufeff", "ø", "2024-13-45", "[", "{", "*", "&x", "!!python/object",
    "0", "-1", "5", "99999999999999999999", "null", "true", "~", "- ", "|", ">-",
]

SEEDS = [TEMPLATES["en"], TEMPLATES["nb"], QUESTIONS["en"], QUESTIONS["nb"]]


def parse_text(data: bytes) -> None:
    """Parse one file as template and as question bank; only ContentError may escape."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.md"
        path.write_bytes(data)
        problems: list = []
        doc = read_document(path, problems)
        if doc is not None:
            parse_template(doc, problems)
            parse_questions(doc, problems)
        for problem in problems:
            assert problem.render("nb") and problem.render("en")
            assert problem.line is None or problem.line >= 1
        try:
            library = load_library(user_dir=None, builtin_dir=Path(tmp))
        except ContentError as exc:
            assert exc.problems
        else:
            assert isinstance(library, Library)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes(data):
    parse_text(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=40))
def test_random_markdown_made_of_content_pieces(pieces):
    parse_text("".join(pieces).encode("utf-8", "surrogatepass"))


@st.composite
def mutated(draw):
    text = draw(st.sampled_from(SEEDS))
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "duplicate", "insert", "truncate", "swap", "edit"]))
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        if op == "delete" and lines:
            del lines[i]
        elif op == "duplicate" and lines:
            lines.insert(i, lines[i])
        elif op == "insert":
            lines.insert(i, draw(st.sampled_from(FRAGMENTS) | st.text(max_size=20)))
        elif op == "truncate":
            lines = lines[:i]
        elif op == "swap" and len(lines) > 1:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "edit" and lines:
            line = lines[i]
            k = draw(st.integers(0, len(line)))
            lines[i] = line[:k] + draw(st.sampled_from(FRAGMENTS)) + line[k:]
    return "\n".join(lines)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_content_files(text):
    parse_text(text.encode("utf-8", "surrogatepass"))
