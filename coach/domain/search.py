"""Searching what was said and agreed: plain text matching over an in-memory index.

A query matches a text when its normalised form occurs in the text's normalised form.
Normalising is NFKC then ``casefold``, with runs of white space made one space, so "ÆRLIG"
finds "ærlig", "Straße" finds "strasse", and a composed "å" finds a decomposed one. The
letters are kept as they are ("å" is not "aa"); only when a query finds nothing and holds
"ae" or "oe" is it tried once more with "æ" and "ø" (a leader on an English keyboard).

The index that answers queries is persistent (SQLite FTS5, ``coach.services.search_db``); it
stores the texts normalised here, so both sides agree on what matches. No I/O here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

_SPACE = re.compile(r"\s+")
#: Never part of a normalised text (it is stripped).
_SEP = "\x00"


def normalise(text: str) -> str:
    """NFKC, casefolded, white space collapsed to single spaces."""
    folded = unicodedata.normalize("NFKC", text.replace(_SEP, "")).casefold()
    return _SPACE.sub(" ", unicodedata.normalize("NFC", folded))


def _clusters(text: str) -> list[tuple[int, str]]:
    """A base character with the combining marks after it, and where it starts."""
    out: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if out and unicodedata.combining(ch):
            start, cluster = out[-1]
            out[-1] = (start, cluster + ch)
        else:
            out.append((i, ch))
    return out


def _mapped(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``normalise(text)`` cluster by cluster, with the span of the original each
    normalised char comes from (so a match can be shown in the text as typed)."""
    out: list[str] = []
    where: list[tuple[int, int]] = []
    last_space = False
    for i, cluster in _clusters(text):
        piece = unicodedata.normalize(
            "NFC", unicodedata.normalize("NFKC", cluster).casefold())
        for p in piece:
            if p.isspace():
                if last_space:
                    continue
                p, last_space = " ", True
            else:
                last_space = False
            if p == _SEP:
                continue
            out.append(p)
            where.append((i, i + len(cluster)))
    return "".join(out), where


@dataclass(frozen=True)
class Document:
    """One searchable text: a note, agreement, action item, goal, ..."""

    key: str  # unique within the index: an entry, action or goal id
    person_id: str
    person: str
    day: date | None
    kind: str  # an EntryKind value, "action", "goal", or "private"
    text: str
    conversation_id: str | None = None
    #: Left out of search results unless private texts are asked for.
    private: bool = False


@dataclass(frozen=True)
class Hit:
    document: Document
    snippet: str
    #: Where the match is in ``snippet`` (start, end), for highlighting.
    span: tuple[int, int]


def _span(text: str, query: str) -> tuple[int, int] | None:
    """Where the first match of ``query`` (normalised, stripped) is in ``text`` as typed.
    ASCII text normalises to itself lowercased with white space runs made one space, so a
    regular expression finds it there directly; other text is mapped char by char."""
    if text.isascii() and _SEP not in text:
        if not query.isascii():
            return None
        pattern = r"\s+".join(re.escape(part) for part in query.split(" "))
        match = re.search(pattern, text, re.IGNORECASE)
        return None if match is None else (match.start(), match.end())
    normed, where = _mapped(text)
    at = normed.find(query)
    if at < 0:
        return None
    return where[at][0], where[at + len(query) - 1][1]


def snippet(text: str, query: str, width: int = 70) -> tuple[str, tuple[int, int]]:
    """A one-line excerpt of ``text`` around the first match of ``query`` (already
    normalised), at most ``width`` characters, with "…" where it was cut."""
    found = _span(text, query) if query else None
    if found is None:
        flat = " ".join(text.split())
        return (flat if len(flat) <= width else flat[: width - 1] + "…"), (0, 0)
    start, end = found
    flat = text.replace("\n", " ").replace("\r", " ").replace("\t", " ")
    room = max(0, width - (end - start))
    left = max(0, start - room // 3)
    right = min(len(flat), end + (room - (start - left)))
    left = max(0, min(left, right - width))
    piece = flat[left:right]
    head = "…" if left > 0 else ""
    tail = "…" if right < len(flat) else ""
    if head:
        piece = piece[1:]
        left += 1
    if tail:
        piece = piece[:-1]
    return head + piece + tail, (start - left + len(head), end - left + len(head))


def variants(query: str) -> list[str]:
    """The query, and (when it holds "ae"/"oe") the same with "æ"/"ø"."""
    out = [query]
    swapped = query.replace("ae", "æ").replace("oe", "ø")
    if swapped != query:
        out.append(swapped)
    return out


def naive_search(documents: Iterable[Document], query: str, *,
                 person_id: str | None = None) -> list[Document]:
    """The obvious way (normalise every text per query): the benchmark's baseline and the
    tests' oracle."""
    wanted = normalise(query).strip()
    if not wanted:
        return []
    return [d for d in documents
            if (person_id is None or d.person_id == person_id) and wanted in normalise(d.text)]
