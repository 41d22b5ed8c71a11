"""Escaping user text for CommonMark, so it reads back as the same text and nothing more.

A note can hold anything a person types: ``# 1. <b>`` and ``*`` and ``[x](y)`` included.
Written into a Markdown file as it is, such text would become headings, lists, links, HTML
and emphasis it never meant. The rules here:

- Characters that start inline markup are backslash-escaped wherever they stand: ``\\ ` * [ ]
  < # | ~`` always, ``_`` unless it sits inside a word (``snake_case`` stays readable) and
  ``&`` when it would start an entity (``&amp;``). Tables (``|``), strikethrough and fences
  (``~``), wiki links and footnotes (``[``) are covered too, for GFM and Obsidian readers.
- Characters that start a block at the beginning of a line are escaped there only: ``> - + =
  :`` and the ``.``/``)`` after a number (``1.``).
- Leading and trailing whitespace of each line becomes a numeric character reference
  (``&#32;``, ``&#9;``): CommonMark would strip it, or read indentation as a code block, or
  two trailing spaces as a line break.
- The lines of a multi-line note are joined with a hard line break (a backslash at the end of
  the line), so an empty line cannot end the paragraph: the note stays one block.

Before escaping, text is tidied (:func:`tidy`): CRLF and CR become LF, control characters
other than tab and newline are dropped, blank lines at the start and end are dropped. Parsing
the output gives back exactly the tidied text (the tests prove it with hypothesis and two
independent parsers).
"""

from __future__ import annotations

import re

_ALWAYS = frozenset("\\`*[]<#|~")
_LINE_START = frozenset(">-+=:")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_ORDERED = re.compile(r"(\d{1,9})([.)])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
HARD_BREAK = "\\\n"


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
    if c in _ALWAYS:
        return "\\" + c
    if c == "_":
        inside_word = 0 < i < len(line) - 1 and line[i - 1].isalnum() and line[i + 1].isalnum()
        return c if inside_word else "\\_"
    if c == "&" and _ENTITY_LIKE.match(line, i):
        return "\\&"
    return c


def _reference(c: str) -> str:
    return f"&#{ord(c)};"


def escape_line(line: str) -> str:
    """One line of text (no newline in it) made safe to stand at the start of a line."""
    if not line:
        return ""
    out = "".join(_escape_char(line, i) for i in range(len(line)))
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


def escape_inline(text: str) -> str:
    """Text for one line (a title, a list item, a table cell): line breaks become spaces."""
    return escape_line(" ".join(tidy(text).split("\n")))


def escape_block(text: str, indent: str = "") -> str:
    """Text that may span lines, as one paragraph; ``indent`` starts each following line
    (e.g. two spaces inside a list item)."""
    return (HARD_BREAK + indent).join(escape_line(line) for line in tidy(text).split("\n"))
