"""A preparation written by hand, the way editors and Obsidian write it, arrives exactly:
every answer in its own section (matched by heading, in any order, in either language),
its Markdown unchanged (links, code, emphasis, line breaks, lists, quotes, callouts)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.content import load_library
from coach.markdown.preparation import parse_reading
from coach.services.handover import known_sections

LIBRARY = load_library(user_dir=None)
KNOWN = known_sections(LIBRARY)
TEMPLATE = {lang: LIBRARY.template("follow-up", lang) for lang in ("nb", "en")}

words = st.sampled_from(["møte", "plan", "Kari", "æøå", "tid", "ok", "2026", "dette",
                         "kurs", "tiltak", "why?", "ja!", "x_y", "se:", "et-ord"])
inline = st.one_of(
    words,
    words.map(lambda w: f"*{w}*"),
    words.map(lambda w: f"**{w}**"),
    words.map(lambda w: f"`{w} kode`"),
    words.map(lambda w: f"[{w}](https://intra.example/{w.strip('?!:')}?a=1&b=2)"),
)
separator = st.sampled_from([" ", " ", "\t", "  "])


@st.composite
def line(draw) -> str:
    pieces = draw(st.lists(inline, min_size=1, max_size=6))
    text = pieces[0]
    for piece in pieces[1:]:
        text += draw(separator) + piece
    return text


@st.composite
def paragraph(draw) -> list[str]:
    lines = draw(st.lists(line(), min_size=1, max_size=3))
    breaks = [draw(st.sampled_from(["", "  ", "\\"])) for _ in lines[:-1]]
    return [text + end for text, end in zip(lines, [*breaks, ""], strict=True)]


@st.composite
def bullet_list(draw) -> list[str]:
    mark = draw(st.sampled_from(["- ", "* ", "-\t", "1. "]))
    return [mark + item for item in draw(st.lists(line(), min_size=1, max_size=3))]


@st.composite
def quote(draw) -> list[str]:
    lines = ["> " + text for text in draw(st.lists(line(), min_size=1, max_size=2))]
    if draw(st.booleans()):
        kind = draw(st.sampled_from(["note", "tip", "warning", "quote"]))
        lines.insert(0, f"> [!{kind}]" + draw(st.sampled_from(["", "-", " Tittel"])))
    return lines


blocks = st.one_of(paragraph(), bullet_list(), quote())


@st.composite
def answer(draw) -> list[str]:
    """An answer's lines: blocks separated by one or more blank lines."""
    out: list[str] = []
    for block in draw(st.lists(blocks, min_size=1, max_size=4)):
        if out:
            out += [""] * draw(st.integers(1, 3))
        out += block
    return out


@st.composite
def document(draw):
    lang = draw(st.sampled_from(["nb", "en"]))
    template = TEMPLATE[lang]
    chosen = draw(st.lists(st.sampled_from(template.sections), min_size=1, max_size=6,
                           unique_by=lambda s: s.id))
    expected: dict[str, str] = {}
    meta = ["coach_preparation: 2", "template: follow-up", f"language: {lang}",
            "date: 2026-03-02", "person: Kari Nordmann"]
    style = draw(st.sampled_from(["listed", "v1", "none"]))
    if style == "listed":
        meta.append("sections:")
        meta += [f"  {s.id}: {s.title}" for s in template.sections if s in chosen]
    elif style == "v1":
        meta[0] = "coach_preparation: 1"
        meta.append("sections: [" + ", ".join(s.id for s in template.sections
                                              if s in chosen) + "]")
    if draw(st.booleans()):  # what Obsidian adds
        meta += ["tags: [medarbeidersamtale, prep]", "aliases: []", "cssclasses:", "  - wide"]
    out = ["---", *meta, "---", ""]
    if draw(st.booleans()):
        out += ["# " + template.title, ""]
    for section in draw(st.permutations(chosen)):
        heading_lang = draw(st.sampled_from(["nb", "en"])) if style != "listed" else lang
        title = TEMPLATE[heading_lang].section(section.id).title
        if draw(st.booleans()):
            title += f" {{#{section.id}}}"
        out.append("## " + title)
        out += [""] * draw(st.integers(0, 2))
        lines = draw(answer())
        where = draw(st.sampled_from(["after", "under", "none"]))
        if where == "under" and lines[0].startswith(">"):
            where = "after"
        if where != "none":
            out.append("> " + TEMPLATE[lang].section(section.id).prepare)
            if where == "after":
                out += [""] * draw(st.integers(1, 2))
        out += lines
        out += [""] * draw(st.integers(1, 3))
        expected[section.id] = "\n".join(lines)
    text = "\n".join(out)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    raw = text.encode("utf-8")
    if draw(st.booleans()):
        raw = b"\xef\xbb\xbf" + raw
    return raw, expected


@settings(max_examples=150, deadline=None)
@given(document())
def test_every_answer_arrives_in_its_own_section_unchanged(case):
    raw, expected = case
    reading = parse_reading(raw, "prep.md", KNOWN)
    got = {a.section_id: a.text for a in reading.preparation.answers}
    assert got == expected
    assert reading.preparation.order == list(expected)
    assert reading.warnings == []


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_the_answer_typed_under_the_prompt(between):
    text = ("---\ncoach_preparation: 2\ntemplate: follow-up\nlanguage: nb\ndate: 2026-03-02\n"
            "person: Kari\n---\n\n## Støtte og prioriteringer\n\n> "
            + TEMPLATE["nb"].section("support").prepare + between
            + "Trenger færre parallelle saker\n\n## Framover\n\n> [!note]\n> Levere "
              "[rapporten](https://intra.example/r) og `v2`\n")
    prep = parse_reading(text, "p.md", KNOWN).preparation
    assert prep.answer("support").text == "Trenger færre parallelle saker"
    assert prep.answer("support").prompt == TEMPLATE["nb"].section("support").prepare
    assert prep.answer("ahead").text == ("> [!note]\n> Levere [rapporten](https://intra.example/r)"
                                         " og `v2`")
    assert prep.answer("ahead").prompt == ""
