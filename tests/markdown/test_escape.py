"""Escaped user text parses back to the same text and to no structure of its own."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings

from coach.markdown.escape import escape_block, escape_inline, escape_line, tidy
from tests.markdown.mdparse import inline_text, parser, tricky_text

MANY = settings(max_examples=1500, deadline=None)


def structure(tokens) -> list[str]:
    return [t.type for t in tokens]


@MANY
@given(tricky_text())
def test_block_round_trip_as_paragraph(text):
    assume(tidy(text))
    tokens = parser().parse(escape_block(text))
    assert structure(tokens) == ["paragraph_open", "inline", "paragraph_close"]
    assert inline_text(tokens[1]) == tidy(text)


@MANY
@given(tricky_text())
def test_block_round_trip_inside_a_task_item(text):
    assume(tidy(text))
    tokens = parser().parse("- [ ] " + escape_block(text, "  ") + "\n- next\n")
    assert structure(tokens) == [
        "bullet_list_open",
        "list_item_open", "paragraph_open", "inline", "paragraph_close", "list_item_close",
        "list_item_open", "paragraph_open", "inline", "paragraph_close", "list_item_close",
        "bullet_list_close",
    ]
    assert inline_text(tokens[3]) == "[ ] " + tidy(text)
    assert inline_text(tokens[8]) == "next"


@MANY
@given(tricky_text())
def test_inline_round_trip_in_a_heading(text):
    one_line = " ".join(tidy(text).split("\n"))
    assume(one_line.strip())
    tokens = parser().parse("## " + escape_inline(text))
    assert structure(tokens) == ["heading_open", "inline", "heading_close"]
    assert tokens[0].tag == "h2"
    assert inline_text(tokens[1]) == one_line


@settings(max_examples=500, deadline=None)
@given(tricky_text())
def test_inline_round_trip_in_a_table_cell(text):
    one_line = " ".join(tidy(text).split("\n"))
    assume(one_line.strip())
    doc = f"| a | b |\n| --- | --- |\n| {escape_inline(text)} | x |\n"
    tokens = parser().parse(doc)
    cells = [t for t in tokens if t.type == "inline"]
    assert len(cells) == 4  # two header cells, two body cells: no pipe got loose
    assert inline_text(cells[2]) == one_line
    assert inline_text(cells[3]) == "x"


@pytest.mark.parametrize(
    "text",
    ["# Heading", "- item", "+ item", "1. item", "7) item", "> quote", "```", "~~~ py",
     "    code", "\tcode", "---", "***", "___", "===", "<div>", "<http://x.no>",
     "[link](http://x.no)", "![img](x.png)", "*em*", "_em_", "**strong**", "`code`",
     "| a | b |", "~~gone~~", "&amp;", "[x]: http://x.no"],
)
def test_each_construct_is_neutralised(text):
    tokens = parser().parse(escape_block(text))
    assert structure(tokens) == ["paragraph_open", "inline", "paragraph_close"]
    assert [c.type for c in tokens[1].children] == ["text"]
    assert tokens[1].children[0].content == text


def test_multi_line_note_stays_one_block_with_empty_lines():
    text = "first\r\n\r\n  indented\r\n- not a list\r\n"
    escaped = escape_block(text, "  ")
    assert "\r" not in escaped
    tokens = parser().parse(escaped)
    assert structure(tokens) == ["paragraph_open", "inline", "paragraph_close"]
    assert inline_text(tokens[1]) == "first\n\n  indented\n- not a list"


def test_readable_where_safe():
    assert escape_line("snake_case and R&D -> done") == "snake_case and R&D -> done"
    assert escape_line("æøå 😀") == "æøå 😀"


def test_tidy():
    assert tidy("\r\n\n  \nA\r\nB\rC\x00\n \n") == "A\nB\nC"
    assert tidy("  lead") == "  lead"
    assert tidy(" \t ") == ""


def test_markdown_and_live_domain_modules_import_neither_textual_nor_tinydb():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import coach.markdown.escape, coach.markdown.export\n"
        "import coach.domain.agenda, coach.domain.questions, coach.domain.summary\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'tinydb')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""
