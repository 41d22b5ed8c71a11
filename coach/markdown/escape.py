"""Escaping user text for Markdown, so it reads back as the same text and nothing more.

A note can hold anything a person types: ``# 1. <b>`` and ``*`` and ``[x](y)`` included.
Written into a Markdown file as it is, such text would become headings, lists, links, HTML,
emphasis, math, comments or highlights it never meant. The readers in view: CommonMark,
GitHub (GFM), pandoc's ``gfm``, markdown-it with linkify, and Obsidian. The rules here:

- Characters that start inline markup are backslash-escaped wherever they stand: ``\\ ` * [ ]
  < | ~ $`` always (``$`` starts math in Obsidian and pandoc, ``~`` strikethrough in GFM),
  ``_`` unless it sits inside a word (``snake_case`` stays readable), ``#`` unless it follows
  a letter, digit or ``/`` (``C#``, ``side#avsnitt``: only a ``#`` that starts a word is a
  heading or an Obsidian tag), ``&`` when it would start an entity (``&amp;``), the second
  ``%`` of ``%%`` and the second ``=`` of ``==`` (Obsidian's comment and highlight), and the
  first ``:`` of an emoji code (``:smile:``, pandoc), and a ``^`` that starts a word (``^id``,
  Obsidian's block id). ``[[`` (a wiki link) and ``^[`` (a footnote) are covered by ``[``.
- Characters that start a block at the beginning of a line are escaped there only: ``> - + =
  :`` and the ``.``/``)`` after a number (``1.``).
- A URL, e-mail address or ``www.`` name the person typed stays as it is, so readers that
  link bare URLs (GFM, markdown-it's linkify, Obsidian) link it, unless it stands inside
  markup that is shown as typed (``[lenke](http://…)``, ``<http://…>``, ``[http://…]``) or
  holds a character that must be escaped (the linkers would take the backslash into the
  link), or touches markup (a hard break's backslash, a reference for white space at the end
  of the line, the ``~~`` of a dropped item). Then its link is broken where the linkers
  look: ``http\\://``, ``www\\.``, ``a\\@b.no`` (and the first ``.`` of a bare name such as
  ``nav\\.no``), so the text reads as typed and is no link.
- Leading and trailing whitespace of each line becomes a numeric character reference
  (``&#32;``, ``&#9;``): CommonMark would strip it, or read indentation as a code block, or
  two trailing spaces as a line break.
- The lines of a multi-line note are joined with a hard line break (a backslash at the end of
  the line), so an empty line cannot end the paragraph: the note stays one block.

Before escaping, text is tidied (:func:`tidy`): CRLF and CR become LF, control characters
other than tab and newline are dropped, blank lines at the start and end are dropped. Parsing
the output gives back exactly the tidied text: every escape is a CommonMark backslash escape
of ASCII punctuation, which any CommonMark reader (the preparation and review importers
included) takes off again. The tests prove it with hypothesis, two independent CommonMark
parsers, pandoc's ``gfm`` reader and markdown-it with linkify.
"""

from __future__ import annotations

import re

_ALWAYS = frozenset("\\`*[]<|~$")
_LINE_START = frozenset(">-+=:")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_ORDERED = re.compile(r"(\d{1,9})([.)])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_EMOJI = re.compile(r":[a-z+][a-z0-9_+-]*:")
HARD_BREAK = "\\\n"
_SPACE = re.compile(r"[ \t]")

#: What the linkers of bare URLs link: a scheme, a ``www.`` name, an e-mail address.
_LINKABLE = re.compile(
    r"(?:(?:https?|ftp)://|mailto:|xmpp:)"  # anywhere: linkify links "²http://x.no" too
    r"|www\."
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
#: A bare name with a dot (``nav.no``), which markdown-it's linkify links too.
_DOTTED = re.compile(r"[\w-]+\.[\w-]")
#: ... whose part after the dot starts with a letter, as a domain does (``01.12.2026`` is
#: no name a linker takes).
_NAMED = re.compile(r"[\w-]+\.[^\W\d_]")


def tidy(text: str) -> str:
    """The text as the export keeps it: LF line ends, no control characters, no blank
    lines at either end."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def _escape_char(line: str, i: int) -> str:
    c = line[i]
    before = line[i - 1] if i else ""
    if c in _ALWAYS:
        return "\\" + c
    if c == "_":
        inside_word = 0 < i < len(line) - 1 and before.isalnum() and line[i + 1].isalnum()
        return c if inside_word else "\\_"
    if c == "#":
        return c if before.isalnum() or before == "/" else "\\#"
    if c in "%=" and before == c:
        return "\\" + c
    if c == "^" and not before.strip():  # "… ^id" names a block in Obsidian (and hides)
        return "\\^"
    if c == "&" and _ENTITY_LIKE.match(line, i):
        return "\\&"
    if c == ":" and _EMOJI.match(line, i):
        return "\\:"
    return c


def _in_markup(line: str, start: int) -> bool:
    """True when what starts at ``start`` is a link target or link text of markup that is
    shown as typed: ``](here``, ``<here``, ``[here``."""
    return line.endswith(("](", "<", "["), 0, start)


def _run_end(line: str, start: int) -> int:
    space = _SPACE.search(line, start)
    return space.start() if space else len(line)


def _link_breaks(line: str, glued: tuple[bool, bool]) -> set[int]:
    """Where a backslash goes to keep a linker from linking what it must not (see the
    module's doc): positions in ``line``. ``glued``: markup touches the line at its start,
    at its end (``~~text~~``, the backslash of a hard line break), which a linker would
    take into a URL standing there."""
    runs = [(found.start(), _run_end(line, found.start()))
            for found in _LINKABLE.finditer(line)]
    breaks: set[int] = set()
    broken: set[int] = set()
    changed = True
    while changed:  # a backslash put into one run can land in another: that one breaks too
        changed = False
        for start, end in runs:
            if start in broken or not _must_break(line, start, end, glued, breaks):
                continue
            broken.add(start)
            changed = True
            run = line[start:end]
            scheme = re.match(r"[a-z]+:", run, re.IGNORECASE)
            if scheme and not run.lower().startswith("www."):
                breaks.add(start + scheme.end() - 1)
            breaks.update(start + m.start() for m in re.finditer("@", run))
            breaks.update(start + m.start() + 3 for m in re.finditer(r"(?i)www\.", run))
    for found in _DOTTED.finditer(line):
        start, end = found.start(), _run_end(line, found.start())
        touched = _touching(line, start, end, glued) and _NAMED.match(line, start)
        if (_in_markup(line, start) or touched) and not any(start <= b < end for b in breaks):
            breaks.add(line.index(".", start))
    return breaks


def _touching(line: str, start: int, end: int, glued: tuple[bool, bool]) -> bool:
    """True when markup will touch the run ``line[start:end]``, which a linker would then
    take in (``nav.no#tag`` before the ``:*`` of a label became ``nav.no#tag:``): glued
    markup at the line's start or end, or the reference white space at the end becomes."""
    return (line[-1].isspace() and end >= len(line) - 1) or (
        glued[0] and start == 0) or (glued[1] and end == len(line))


def _must_break(line: str, start: int, end: int, glued: tuple[bool, bool],
                breaks: set[int]) -> bool:
    """True when the URL-like run ``line[start:end]`` must not be left for a linker."""
    return _touching(line, start, end, glued) or _in_markup(line, start) or any(
        i in breaks or _escape_char(line, i) != line[i] for i in range(start, end))


def _reference(c: str) -> str:
    return f"&#{ord(c)};"


def escape_line(line: str, *, glued: tuple[bool, bool] = (False, False)) -> str:
    """One line of text (no newline in it) made safe to stand at the start of a line;
    ``glued``: markup will touch it at its start, at its end (see :func:`escape_block`)."""
    if not line:
        return ""
    breaks = _link_breaks(line, glued)
    out = "".join("\\" + line[i] if i in breaks else _escape_char(line, i)
                  for i in range(len(line)))
    if out[0] in _LINE_START:
        out = "\\" + out
    else:
        number = _ORDERED.match(out)
        if number:
            out = number.group(1) + "\\" + out[number.end(1) :]
    # Whitespace at either end would be stripped or read as indentation or a break.
    if out[0].isspace():
        out = _reference(out[0]) + out[1:]
    if out[-1].isspace():
        out = out[:-1] + _reference(out[-1])
    return out


def escape_inline(text: str, *, glued: bool = False) -> str:
    """Text for one line (a title, a list item, a table cell): line breaks become spaces.
    ``glued``: markup touches it at either end (``**title**``), see :func:`escape_block`."""
    return escape_line(" ".join(tidy(text).split("\n")), glued=(glued, glued))


def escape_block(text: str, indent: str = "", *, glued: bool = False) -> str:
    """Text that may span lines, as one paragraph; ``indent`` starts each following line
    (e.g. two spaces inside a list item). ``glued``: the text stands between delimiters
    with no space (``~~text~~``), so a URL at its start or end is no link (nor is one at
    the end of a line but the last: the hard break's backslash would join it)."""
    lines = tidy(text).split("\n")
    last = len(lines) - 1
    return (HARD_BREAK + indent).join(escape_line(line, glued=(glued, glued or i < last))
                                      for i, line in enumerate(lines))
