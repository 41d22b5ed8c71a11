"""Rendering exported Markdown as other readers do, and judging the HTML they make.

Three readers besides the CommonMark parsers of :mod:`tests.markdown.mdparse`: pandoc's
``gfm`` reader (the binary that ships in the ``pypandoc_binary`` wheel: one subprocess per
batch of documents), markdown-it with HTML on and linkify (linkify-it-py: what coach's own
preview uses, and many viewers), and GitHub's cmark-gfm (``cmarkgfm``).
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from html.parser import HTMLParser
from urllib.parse import unquote

from markdown_it import MarkdownIt

#: Between two documents of a batch: a heading no escaped text can swallow or fake.
_SEPARATOR = "\n\n# SEP{n}SEP\n\n"
_SPLIT = re.compile(r"<h1[^>]*>SEP\d+SEP</h1>")


def _batch(documents: list[str]) -> str:
    return "".join(_SEPARATOR.format(n=n) + doc for n, doc in enumerate(documents))


def _unbatch(html: str, documents: list[str]) -> list[str]:
    parts = _SPLIT.split(html)
    assert len(parts) == len(documents) + 1, "a document swallowed a separator"
    return parts[1:]


def pandoc_gfm(documents: list[str]) -> list[str]:
    """Each document as pandoc's ``gfm`` reader renders it to HTML (one pandoc run)."""
    import pypandoc

    done = subprocess.run(
        [pypandoc.get_pandoc_path(), "--from", "gfm", "--to", "html", "--wrap", "none"],
        input=_batch(documents).encode("utf-8"), capture_output=True, check=True, timeout=60,
    )
    return _unbatch(done.stdout.decode("utf-8"), documents)


def cmark_gfm(documents: list[str]) -> list[str]:
    """Each document as GitHub's own renderer (cmark-gfm, its extensions on, HTML kept)."""
    import cmarkgfm
    from cmarkgfm.cmark import Options

    html = cmarkgfm.github_flavored_markdown_to_html(_batch(documents),
                                                     options=Options.CMARK_OPT_UNSAFE)
    return _unbatch(html, documents)


def markdown_it_linkify(documents: list[str]) -> list[str]:
    md = MarkdownIt("commonmark", {"html": True, "linkify": True}).enable(
        ["linkify", "table", "strikethrough"])
    return [md.render(doc) for doc in documents]


RENDERERS = {"pandoc gfm": pandoc_gfm, "markdown-it linkify": markdown_it_linkify,
             "cmark-gfm": cmark_gfm}
#: cmark-gfm links an e-mail address wherever it stands, escaped or not (``\<a\@b.no>``,
#: ``mailto\:a@b.no``): no escape keeps it from linking an address the person typed.
LINKS_EVERY_ADDRESS = {"cmark-gfm"}
_ADDRESS = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


class Rendered(HTMLParser):
    """What a reader shows: the tags it made (a multiset), the links with their text, and
    the text (``<br>`` as a newline)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: dict[str, int] = {}
        self.links: list[tuple[str, str]] = []
        self._chunks: list[str] = []
        self._link: list[str] | None = None
        self._href = ""
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "br":
            self._chunks.append("\n")
        if tag == "a":
            self._link, self._href = [], dict(attrs).get("href") or ""

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            self.links.append(("".join(self._link), self._href))
            self._link = None

    def handle_data(self, data):
        data = data.replace("\n", " ")  # a newline in HTML is white space; <br> breaks
        self._chunks.append(data)
        if self._link is not None:
            self._link.append(data)

    @property
    def text(self) -> str:
        return shown("".join(self._chunks))


def shown(text: str) -> str:
    """Text as a reader shows it: composed (NFC), runs of white space one space (HTML's
    rule, and pandoc's reader keeps no more), lines without white space at either end, no
    blank lines at either end."""
    text = unicodedata.normalize("NFC", text)  # pandoc composes "e\u0301" to "é"
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def in_markup(text: str, start: int) -> bool:
    """True when ``text[start:]`` stands as a link target or link text in markup the person
    typed (``](here``, ``<here``, ``[here``): shown as typed, it must not become a link."""
    return text.endswith(("](", "<", "["), 0, start)


def readable(href: str) -> str:
    """A link target as the person typed it: percent escapes and punycode taken off."""
    def label(found: re.Match) -> str:
        try:
            return found.group(1).encode("ascii").decode("punycode")
        except UnicodeError:
            return found.group(0)

    return re.sub(r"xn--([a-z0-9-]+)", label, unquote(href), flags=re.IGNORECASE)


_URL_LIKE = re.compile(r"^[^ \t\n]*[.:@][^ \t\n]*$")


def unasked_links(links: list[tuple[str, str]], typed: str, *,
                  every_address: bool = False) -> list[tuple[str, str]]:
    """The links that are not a link around a URL (or address, or domain name) the person
    typed as such: each link's text must be a URL-like word of ``typed`` that does not stand
    inside typed markup, and its target must be that text. ``every_address``: an e-mail
    address the person typed may be a link wherever it stands."""
    bad = []
    for text, href in links:
        if every_address and href.startswith("mailto:") and _ADDRESS.fullmatch(text) \
                and text in typed:
            continue
        starts = [m.start() for m in re.finditer(re.escape(text), typed)] if text else []
        ok = (bool(_URL_LIKE.match(text)) and text in readable(href)
              and any(not in_markup(typed, s) for s in starts))
        if not ok:
            bad.append((text, href))
    return bad
