"""The search index filled from the store, kept in memory and brought up to date cheaply.

``build`` reads every conversation file once (on the 25 people x 10 years demo set that is
~3,400 files), so the TUI runs it in a worker when search is first used and keeps the result.
``refresh`` then re-reads only what can have changed since: conversations that are new, still
in progress, or whose index row changed (a conversation saved by the live screen shows up in
the index as one of these), and the person-level records (goals, action items), which the
store already holds in memory. The CLI and the TUI search through the same ``TeamSearch``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime

from coach.domain.conversations import Entry
from coach.domain.search import Document, Hit, SearchIndex

#: Document kinds that are not an entry kind.
ACTION, GOAL, PROGRESS, PRIVATE = "action", "goal", "progress", "private"
_PERSON_LEVEL = (ACTION, GOAL, PROGRESS)


def _day(moment: datetime | None) -> date | None:
    if moment is None:
        return None
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def entry_documents(entries: Iterable[Entry], person_id: str, name: str,
                    day: date | None) -> Iterator[Document]:
    for e in entries:
        if e.text.strip():
            kind = PRIVATE if e.private else e.kind.value
            yield Document(e.id, person_id, name, day, kind, e.text, e.conversation_id)


def person_documents(store, person_id: str, name: str, covered: set[str]) -> Iterator[Document]:
    """Goals, goal progress and the action items no entry already holds."""
    for a in store.actions(person_id):
        if a.id not in covered and a.text.strip():
            yield Document(a.id, person_id, name, _day(a.created), ACTION, a.text, a.raised_in)
    for g in store.goals(person_id):
        text = g.statement + (f" — {g.measure}" if g.measure.strip() else "")
        yield Document(g.id, person_id, name, _day(g.created), GOAL, text, g.created_in)
        for i, p in enumerate(g.progress):
            if p.comment.strip():
                yield Document(f"{g.id}#{i}", person_id, name, _day(p.at), PROGRESS,
                               p.comment, p.conversation_id)


def _row_state(summary) -> tuple:
    return (summary.status, summary.ended_at, summary.started_at, summary.person_id)


class TeamSearch:
    """Everything searchable in one store; safe to use from worker threads."""

    def __init__(self, store) -> None:
        self.store = store
        self.index = SearchIndex()
        self._lock = threading.Lock()
        self._seen: dict[str, tuple] = {}
        self._names: dict[str, str] = {}
        self._covered: dict[str, set[str]] = {}  # conversation id -> action ids its entries hold
        self.built = False

    # filling ------------------------------------------------------------------------------
    def _read_conversation(self, summary) -> list[Document]:
        entries = self.store.entries(summary.id)
        self._covered[summary.id] = {e.action_id for e in entries if e.action_id}
        name = self._names.get(summary.person_id, "")
        return list(entry_documents(entries, summary.person_id, name, _day(summary.when)))

    def _people_documents(self) -> list[Document]:
        covered = set().union(*self._covered.values()) if self._covered else set()
        docs: list[Document] = []
        for pid, name in self._names.items():
            docs.extend(person_documents(self.store, pid, name, covered))
        return docs

    def build(self, person_id: str | None = None) -> TeamSearch:
        """Read everything (once), or only one person's records; returns self."""
        with self._lock:
            self._names = {p.id: p.name for p in self.store.people(include_archived=True)
                           if person_id is None or p.id == person_id}
            docs: list[Document] = []
            self._seen, self._covered = {}, {}
            for s in self.store.conversation_summaries(person_id):
                docs.extend(self._read_conversation(s))
                self._seen[s.id] = _row_state(s)
            docs.extend(self._people_documents())
            self.index = SearchIndex(docs)
            self.built = True
        return self

    def refresh(self, *, people: bool = True) -> None:
        """Bring the index up to date with the store, reading only what can have changed.

        Conversations are checked against the index (cheap); ``people`` also re-reads every
        person's goals and action items (~1 s on the demo set: the TUI does it second).
        """
        if not self.built:
            self.build()
            return
        with self._lock:
            names = {p.id: p.name for p in self.store.people(include_archived=True)}
            renamed = names != self._names
            self._names = names
            rows = {s.id: s for s in self.store.conversation_summaries()}
            stale = {cid for cid, s in rows.items()
                     if s.unfinished or self._seen.get(cid) != _row_state(s)}
            gone = set(self._seen) - set(rows)
            for cid in gone:
                self._seen.pop(cid, None)
                self._covered.pop(cid, None)
            drop = stale | gone
            self.index.remove_where(
                lambda d: d.person_id in names
                and (d.kind in _PERSON_LEVEL or d.conversation_id not in drop))
            docs: list[Document] = []
            for cid in stale:
                docs.extend(self._read_conversation(rows[cid]))
                self._seen[cid] = _row_state(rows[cid])
            if people:
                fresh = self._people_documents()
                keys = {d.key for d in fresh}
                self.index.remove_where(lambda d: d.kind not in _PERSON_LEVEL or d.key in keys)
                docs.extend(fresh)
            self.index.put_all(docs)
            if renamed:
                self.index.put_all(replace(d, person=names[d.person_id])
                                   for d in self.index.documents()
                                   if d.person != names[d.person_id])

    # asking -------------------------------------------------------------------------------
    def search(self, query: str, *, person_id: str | None = None,
               limit: int = 200) -> list[Hit]:
        with self._lock:
            return self.index.search(query, person_id=person_id, limit=limit)
