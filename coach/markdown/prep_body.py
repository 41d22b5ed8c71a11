"""The preparation file's body: ``##`` sections matched to their ids by heading, and each
answer sliced from the source as the employee wrote it.

An answer is Markdown: whatever stands under a heading, after the template's prompt (a
block quote), is the answer, exactly as written (links, code, emphasis, lists, quotes,
callouts and line breaks included), taken from the file's own lines by ``token.map`` rather
than re-rendered. Text typed on the line under the prompt (a lazy continuation of the
quote) belongs to the answer, and so does a quote that is not the template's prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coach.markdown.front_matter import Reader as ProblemSink
from coach.markdown.prep_problems import Reader, fold, inline_text, line_of, md

if TYPE_CHECKING:
    from markdown_it.token import Token

_EXPLICIT_ID = re.compile(r"\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$")
_QUOTE_LINE = re.compile(r"^ {0,3}>")
_QUOTE_MARK = re.compile(r"^ {0,3}> ?")
_CALLOUT = re.compile(r"^ {0,3}>\s*\[![^\]\s]+\]")


@dataclass
class KnownSections:
    """What the reader knows beyond the file: each section id's headings and prompts (the
    template's, in every language), and which template ids exist (None: not known)."""

    titles: dict[str, list[str]] = field(default_factory=dict)
    prompts: dict[str, set[str]] = field(default_factory=dict)
    templates: set[str] | None = None


@dataclass
class Heading:
    text: str
    line: int
    explicit: str | None = None
    blocks: list = field(default_factory=list)


def split(tokens: list[Token], r: ProblemSink, start: int = 1) -> tuple[str, list[Heading]]:
    """The top heading's text, and each ``##`` heading with the blocks under it (the
    tokens from ``start``: after the front matter)."""
    title = ""
    groups: list[Heading] = []
    i = start
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open" and tok.tag in ("h1", "h2"):
            inline = tokens[i + 1]
            text = inline_text(inline)
            if tok.tag == "h1":
                if groups or title:
                    r.add(line_of(tok), "extra_title")
                title = text
            else:
                explicit = _EXPLICIT_ID.search(inline.content)
                if explicit:
                    text = _EXPLICIT_ID.sub("", text)
                groups.append(Heading(text, line_of(tok) or 1,
                                      explicit.group(1) if explicit else None))
            i += 3
            continue
        if groups:
            groups[-1].blocks.append(tok)
        elif tok.block and tok.level == 0 and tok.nesting >= 0:
            r.add(line_of(tok), "before_sections")
        i += 1
    return title, groups


def match(r: Reader, groups: list[Heading], listed: list[tuple[str, str | None, int]],
          known: KnownSections) -> list[tuple[str, Heading]]:
    """(id, heading) for every heading that names a section: by an explicit ``{#id}``, by
    the heading the front matter gives the id, or by a heading the template (or the
    preparation's own parts) gives it in either language. Unknown and repeated headings,
    and sections the front matter lists with no heading, are problems."""
    by_title: dict[str, list[str]] = {}
    for section_id, title, _line in listed:
        if title is not None:
            by_title.setdefault(fold(title), []).append(section_id)
    for section_id, titles in known.titles.items():
        for title in titles:
            ids = by_title.setdefault(fold(title), [])
            if section_id not in ids:
                ids.append(section_id)
    out: list[tuple[str, Heading]] = []
    seen: set[str] = set()
    for heading in groups:
        found: str | None
        if heading.explicit:
            found = heading.explicit
        else:
            candidates = by_title.get(fold(heading.text), [])
            found = next((c for c in candidates if c not in seen), None)
            if found is None and candidates:
                found = candidates[0]
        if found is None:
            r.add(heading.line, "unknown_section", title=heading.text)
            continue
        if found in seen:
            r.add(heading.line, "section_repeat", title=heading.text)
            continue
        seen.add(found)
        out.append((found, heading))
    for section_id, title, line in listed:
        if section_id not in seen:
            r.add(line, "missing_section", title=title or section_id)
    return out


def top_blocks(blocks: list[Token]) -> list[tuple[Token, list[Token]]]:
    """Group the tokens under a heading into top-level blocks (opening token, all tokens)."""
    out: list[tuple[Token, list[Token]]] = []
    depth = 0
    for tok in blocks:
        if depth == 0:
            out.append((tok, [tok]))
        else:
            out[-1][1].append(tok)
        depth += tok.nesting
    return out


def _blank(line: str) -> bool:
    return not line.strip(" \t")


def source_slice(lines: list[str], start: int, end: int) -> str:
    """Lines ``[start, end)`` as written, without blank lines at either end."""
    chunk = lines[start:end]
    while chunk and _blank(chunk[0]):
        chunk.pop(0)
    while chunk and _blank(chunk[-1]):
        chunk.pop()
    return "\n".join(chunk)


def _quote_text(lines: list[str]) -> str:
    """The text of quoted lines (their ``>`` taken off), as a reader sees it."""
    inner = "\n".join(_QUOTE_MARK.sub("", line, count=1) for line in lines)
    tokens = md().parse(inner)
    return "\n\n".join(inline_text(x) for x in tokens if x.type == "inline")


def text_section(r: ProblemSink, blocks: list[Token], prompts: set[str] | None,
                 allow_prompt: bool) -> tuple[str, str]:
    """(prompt, answer) of a section of free text.

    The prompt is a block quote standing first (not a callout); when the template's
    prompts are known, only a quote that reads as one of them. The answer is the source
    from there to the section's end."""
    tops = top_blocks(blocks)
    if not tops:
        return "", ""
    end = max(first.map[1] for first, _toks in tops if first.map)
    first = tops[0][0]
    start = first.map[0] if first.map else end
    prompt = ""
    if allow_prompt and first.type == "blockquote_open" and first.map and not _CALLOUT.match(
            r.lines[first.map[0]]):
        q_start, q_end = first.map
        k = q_start
        while k < q_end and _QUOTE_LINE.match(r.lines[k]):
            k += 1
        text = _quote_text(r.lines[q_start:k])
        if prompts is None or not fold(text) or fold(text) in prompts:
            prompt, start = text, k
    return prompt, source_slice(r.lines, start, end)


def reads_back(text: str, prompt: str, prompt_block: str, *, prompted: bool = True) -> bool:
    """True when ``text`` written as an answer under ``prompt_block`` reads back as itself
    (it holds no heading, unclosed fence or the like that would break the file apart)."""
    lines = ["## A", ""]
    if prompt_block:
        lines += [prompt_block, ""]
    source = "\n".join([*lines, text, "", "## B", ""])
    r = Reader("", source.split("\n"), [])
    _title, groups = split(md().parse(source), r, start=0)
    if r.problems or [g.text for g in groups] != ["A", "B"] or groups[1].blocks:
        return False
    expected = (prompt if prompted else "", text)
    return text_section(r, groups[0].blocks, None, prompted) == expected
