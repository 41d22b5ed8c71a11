"""Escaped user text as pandoc's ``gfm`` reader, markdown-it with linkify and GitHub's
cmark-gfm show it: the text as typed, and no element the text did not ask for other than a
link around a typed URL.

Each example is a batch of texts, every one in each place an export puts user text (a
paragraph, a task item, a struck-through dropped item, a heading, a table cell), rendered
by one pandoc run. The structure a place itself makes (``<p>``, ``<li>``, ``<del>``…) comes
from rendering it with a plain word in the text's stead.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.actions import ActionItem, ActionStatus
from coach.markdown.escape import escape_block, escape_inline, tidy
from coach.markdown.export import ITEM_INDENT, action_line
from tests.markdown.mdparse import tricky_text
from tests.markdown.renderers import (
    LINKS_EVERY_ADDRESS,
    RENDERERS,
    Rendered,
    shown,
    unasked_links,
)

WORD = "qqq"


def one_line(text: str) -> str:
    return " ".join(tidy(text).split("\n"))


def dropped(text: str) -> str:
    item = ActionItem("p", text, status=ActionStatus.DROPPED)
    return action_line(item, ["leder"], "nb")


def reason(text: str) -> str:
    item = ActionItem("p", "x", status=ActionStatus.DROPPED, close_reason=text)
    return action_line(item, ["leder"], "nb")


#: name: (Markdown that holds the text, the text it should show). The places where user
#: text touches the exporters' own markup are written as the exporters write them.
PLACES = {
    "paragraph": (escape_block, tidy),
    "task item": (lambda s: "- [ ] " + escape_block(s, ITEM_INDENT), tidy),
    "dropped item": (dropped, tidy),
    "drop reason": (reason, one_line),
    "heading": (lambda s: "## " + escape_inline(s), one_line),
    "table cell": (lambda s: f"| h |\n| --- |\n| {escape_inline(s)} |", one_line),
    # profile.goals_markdown's unit objectives, export._private's label, export._goals
    "bold title": (lambda s: f"- **{escape_inline(s, glued=True)}**: x", one_line),
    "label": (lambda s: f"- *Notat · {escape_inline(s, glued=True)}:* x", one_line),
    "goal": (lambda s: f"- {escape_inline(s, glued=True)}: *på sporet*", one_line),
}


def check(renderer: str, texts: list[str]) -> None:
    cases = [(place, text) for text in texts for place, (_w, want) in PLACES.items()
             if want(text).strip()]
    references = {place: wrap(WORD) for place, (wrap, _want) in PLACES.items()}
    docs = [PLACES[place][0](text) for place, text in cases] + list(references.values())
    html = RENDERERS[renderer](docs)
    shape = dict(zip(references, (Rendered(h) for h in html[len(cases):]), strict=True))
    for (place, text), out in zip(cases, html[: len(cases)], strict=True):
        got, ref = Rendered(out), shape[place]
        want = PLACES[place][1](text)
        where = f"{renderer}, {place}: {text!r}\n{PLACES[place][0](text)}\n{out}"
        assert got.text == shown(ref.text.replace(WORD, want)), where
        extra = dict(got.tags)
        for tag, n in ref.tags.items():
            extra[tag] = extra.get(tag, 0) - n
        breaks = want.count("\n")
        assert extra.pop("br", 0) == breaks, where
        assert extra.pop("a", 0) == len(got.links), where
        assert not {tag: n for tag, n in extra.items() if n}, where
        assert not unasked_links(got.links, want,
                                 every_address=renderer in LINKS_EVERY_ADDRESS), where


#: Pieces of what people type that these readers take for markup of their own.
EXTRA = [
    "%%", "%%skjult%%", "==", "==merket==", "$", "$$", "$x$", "kr 500$ og 20$", "[[", "]]",
    "[[Notat]]", "[lenke](http://x.no)", "[lenke](https://nav.no/a_b)", "<http://x.no>",
    "<a@b.no>", "a@b.no", "mailto:a@b.no", "https://x.no/p#s?a=1&b=2", "http://x.no/*a*",
    "www.x.no", "nav.no", "nav.no#tag", "rapport.md", ":smile:", "10:30:00", "C#", "#tag",
    "~x~", "^abc",
    "(https://x.no)", "[http://x.no]", "![bilde](x.png)", "[^1]", "http://", "æøå@x.no",
]


def texts() -> st.SearchStrategy[list[str]]:
    piece = st.one_of(st.sampled_from(EXTRA), st.sampled_from([" ", "\n", "x", "("]))
    mixed = st.lists(piece, max_size=8).map("".join)
    return st.lists(st.one_of(tricky_text(), mixed, mixed), min_size=1, max_size=12)


@pytest.mark.parametrize("renderer", list(RENDERERS))
@settings(max_examples=50, deadline=None)
@given(texts())
def test_readers_show_the_text_and_nothing_it_did_not_ask_for(renderer, batch):
    check(renderer, batch)


@pytest.mark.parametrize("renderer", list(RENDERERS))
def test_each_piece_alone_and_in_a_sentence(renderer):
    check(renderer, EXTRA + [f"Se {p} her." for p in EXTRA])


@pytest.mark.parametrize("renderer", list(RENDERERS))
def test_a_typed_url_is_a_link_and_escaped_markup_is_none(renderer):
    html = RENDERERS[renderer]([escape_block("Se https://nav.no/side#avsnitt, og www.x.no."),
                                escape_block("[lenke](https://nav.no/side) <http://x.no>")])
    typed, shown_as_typed = Rendered(html[0]), Rendered(html[1])
    assert [text for text, _href in typed.links] == ["https://nav.no/side#avsnitt",
                                                     "www.x.no"]
    assert shown_as_typed.links == []
    assert shown_as_typed.text == "[lenke](https://nav.no/side) <http://x.no>"


@pytest.mark.parametrize(("typed", "written"), [
    ("kr 500$ og 20$", "kr 500\\$ og 20\\$"),
    ("%%skjult%%", "%\\%skjult%\\%"),
    ("==merket== og a == b", "\\=\\=merket=\\= og a =\\= b"),
    ("[[Notat]]", "\\[\\[Notat\\]\\]"),
    ("[lenke](http://x.no)", "\\[lenke\\](http\\://x.no)"),
    ("<a@b.no> og a@b.no", "\\<a\\@b.no> og a@b.no"),
    ("[a](nav.no)", "\\[a\\](nav\\.no)"),
    ("https://x.no/p#s og C# og #tag", "https://x.no/p#s og C# og \\#tag"),
    ("http://x.no/*a*", "http\\://x.no/\\*a\\*"),
    (":smile: kl. 10:30:00", "\\:smile: kl. 10:30:00"),
    ("50 % av 100%", "50 % av 100%"),
    ("x^2 og ^blokk", "x^2 og \\^blokk"),
])
def test_escaping_stays_minimal_and_readable(typed, written):
    assert escape_block(typed) == written
