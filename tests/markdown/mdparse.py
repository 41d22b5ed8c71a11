"""Reading exported Markdown back, with markdown-it-py and with the independent commonmark."""

from __future__ import annotations

import commonmark
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin


def parser() -> MarkdownIt:
    """CommonMark, HTML off, plus front matter and GFM tables (task items stay plain text)."""
    return MarkdownIt("commonmark", {"html": False}).use(front_matter_plugin).enable("table")


def inline_text(token: Token) -> str:
    """The text an inline token shows: text as is, hard breaks as newlines, nothing else."""
    out = []
    for child in token.children or []:
        if child.type == "text":
            out.append(child.content)
        elif child.type == "hardbreak":
            out.append("\n")
        else:
            raise AssertionError(f"unexpected inline token {child.type}")
    return "".join(out)


def body_of(document: str) -> str:
    """The document without its front matter (commonmark knows no front matter)."""
    assert document.startswith("---\n")
    end = document.index("\n---\n", 3)
    return document[end + len("\n---\n") :]


#: How a GFM task item starts in the source (the text after the list marker).
TASK_MARKS = ("[ ] ", "[x] ")


def cm_text(node) -> str:
    out = []
    walker = node.walker()
    for current, entering in walker:
        if not entering:
            continue
        if current.t == "text":
            out.append(current.literal)
        elif current.t in ("linebreak", "softbreak"):
            out.append("\n")
    return "".join(out)


def cm_headings_and_tasks(document: str) -> tuple[list[tuple[int, str]], list[str]]:
    """Headings (level, text) and task items ("[ ] text") as commonmark sees them."""
    body = body_of(document)
    lines = body.split("\n")
    root = commonmark.Parser().parse(body)
    headings, tasks = [], []
    for node, entering in root.walker():
        if not entering:
            continue
        if node.t == "heading":
            headings.append((node.level, cm_text(node)))
        elif node.t == "item" and node.first_child is not None:
            (line, column), _ = node.first_child.sourcepos
            # A task marker in the source, not an escaped "\[x]" that reads as one.
            if lines[line - 1][column - 1:].startswith(TASK_MARKS):
                tasks.append(cm_text(node.first_child))
    return headings, tasks


def mdit_headings_and_tasks(document: str) -> tuple[list[tuple[int, str]], list[str]]:
    tokens = parser().parse(document)
    headings, tasks = [], []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            headings.append((int(tok.tag[1]), _all_text(tokens[i + 1])))
        if tok.type == "list_item_open" and tokens[i + 1].type == "paragraph_open":
            if tokens[i + 2].content.startswith(TASK_MARKS):
                tasks.append(_all_text(tokens[i + 2]))
    return headings, tasks


def _all_text(token: Token) -> str:
    out = []
    for child in token.children or []:
        if child.type == "text":
            out.append(child.content)
        elif child.type in ("hardbreak", "softbreak"):
            out.append("\n")
    return "".join(out)


#: Pieces that tempt a Markdown parser: block starts, inline markup, HTML, entities, breaks.
TRICKY = [
    "#", "## ", "- ", "* ", "+ ", "1. ", "2) ", "123456789. ", "> ", ">", "```", "~~~", "    ",
    "\t", " ", "  ", "---", "===", "***", "___", "- - -", "|", "| a | b |", "|---|", ":--",
    "[", "]", "(", ")", "!", "<", ">", "<b>", "</div>", "<!-- x -->", "<?php", "<![CDATA[",
    "&amp;", "&#32;", "&#x41;", "&", "&copy", "\\", "\\\\", "`", "``", "*", "**", "_", "__",
    "~", "~~", ":", "=", "æøå", "ÆØÅ", "😀", "👩🏽‍💻", "\r\n", "\r", "\n", "\n\n", "\u00a0",
    "\u2003", "\u3000", "\u2028", "\u0085", "\x0c", "\x0b", "\x00", "http://x.no",
    "<http://x.no>", "<a@b.no>", "[a](b)", "![i](j)", "[x]: /u", "[^1]", "[[wiki]]",
    "a_b", "snake_case_", "_a", "www.example.com", "$x$", "==mark==", "#tag", "- [ ] ",
    "[x] ", "\\\n", "é", "e\u0301", "\ufeff",
    # Obsidian's and pandoc's own: comments, highlights, math, wiki links, tags, emoji, and
    # URLs inside markup that is shown as typed.
    "%%", "%", "==", "$$", "$", "[[", "]]", ":smile:", "C#", "^abc", "[lenke](http://x.no)",
    "<a@b.no>", "a@b.no", "mailto:a@b.no", "https://x.no/p#s?a=1&b=2", "nav.no",
]


def tricky_text(min_pieces: int = 0, max_pieces: int = 12) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(TRICKY), st.text(max_size=6))
    short = st.lists(piece, min_size=min_pieces, max_size=max_pieces).map("".join)
    long_line = st.text(alphabet=st.sampled_from("ab æ*_#<>|`-1. \t"), min_size=150,
                        max_size=400)
    return st.one_of(short, short, short, long_line)
