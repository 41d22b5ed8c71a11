"""Searching what was said and agreed: plain text matching over an in-memory index.

A query matches a text when its normalised form occurs in the text's normalised form.
Normalising is NFKC then ``casefold``, with runs of white space made one space, so "ÆRLIG"
finds "ærlig", "Straße" finds "strasse", and a composed "å" finds a decomposed one. The
letters are kept as they are ("å" is not "aa"); only when a query finds nothing and holds
"ae" or "oe" is it tried once more with "æ" and "ø" (a leader on an English keyboard).

The index holds every searchable text as a ``Document`` and answers from one long string of
all normalised texts (``str.find`` over it, then a bisect to the document), so a query costs
one scan in C rather than one Python call per text. No I/O here: ``coach.services.search_index``
fills it from the store.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

_SPACE = re.compile(r"\s+")
#: Separates documents in the haystack; a query never holds it (it is stripped).
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


def snippet(text: str, query: str, width: int = 70) -> tuple[str, tuple[int, int]]:
    """A one-line excerpt of ``text`` around the first match of ``query`` (already
    normalised), at most ``width`` characters, with "…" where it was cut."""
    normed, where = _mapped(text)
    at = normed.find(query)
    if at < 0 or not query:
        flat = " ".join(text.split())
        return (flat if len(flat) <= width else flat[: width - 1] + "…"), (0, 0)
    start, end = where[at][0], where[at + len(query) - 1][1]
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


class SearchIndex:
    """Documents by key; ``search`` finds those whose text holds the query."""

    def __init__(self, documents: Iterable[Document] = ()) -> None:
        self._docs: dict[str, Document] = {}
        self._haystack = ""
        self._starts: list[int] = []
        self._order: list[Document] = []
        self._dirty = True
        self._docs = {d.key: d for d in documents}

    def __len__(self) -> int:
        return len(self._docs)

    def put(self, document: Document) -> None:
        """Add or replace (by key) one document."""
        self.put_all([document])

    def put_all(self, documents: Iterable[Document]) -> None:
        """Add or replace documents; the haystack is rebuilt only if one really changed."""
        docs = self._docs
        for document in documents:
            if docs.get(document.key) != document:
                docs[document.key] = document
                self._dirty = True

    def remove_where(self, keep) -> None:
        """Drop every document for which ``keep(document)`` is false."""
        kept = {k: d for k, d in self._docs.items() if keep(d)}
        if len(kept) != len(self._docs):
            self._docs = kept
            self._dirty = True

    def documents(self) -> list[Document]:
        return list(self._docs.values())

    def _build(self) -> None:
        order = sorted(self._docs.values(),
                       key=lambda d: (d.day or date.min, d.key), reverse=True)
        starts, parts, at = [], [], 0
        for doc in order:
            text = normalise(doc.text)
            starts.append(at)
            parts.append(text)
            at += len(text) + 1
        self._haystack = _SEP.join(parts)
        self._starts, self._order, self._dirty = starts, order, False

    def _find(self, query: str, person_id: str | None, limit: int) -> list[int]:
        found: list[int] = []
        hay, starts = self._haystack, self._starts
        at = hay.find(query)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            doc = self._order[i]
            if person_id is None or doc.person_id == person_id:
                found.append(i)
                if len(found) >= limit:
                    break
            # go on after this document: one hit per document
            nxt = starts[i + 1] if i + 1 < len(starts) else len(hay)
            at = hay.find(query, nxt)
        return found

    def search(self, query: str, *, person_id: str | None = None,
               limit: int = 200) -> list[Hit]:
        """Documents holding ``query``, newest first, at most ``limit``; [] for a blank one."""
        wanted = normalise(query).strip()
        if not wanted:
            return []
        if self._dirty:
            self._build()
        for attempt in variants(wanted):
            found = self._find(attempt, person_id, limit)
            if found:
                hits = []
                for i in found:
                    doc = self._order[i]
                    text, span = snippet(doc.text, attempt)
                    hits.append(Hit(doc, text, span))
                return hits
        return []


def naive_search(documents: Iterable[Document], query: str, *,
                 person_id: str | None = None) -> list[Document]:
    """The obvious way (normalise every text per query): the benchmark's baseline and the
    tests' oracle."""
    wanted = normalise(query).strip()
    if not wanted:
        return []
    return [d for d in documents
            if (person_id is None or d.person_id == person_id) and wanted in normalise(d.text)]
