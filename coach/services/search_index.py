"""Searching the team's notes through the persistent index (``coach.services.search_db``).

``TeamSearch.refresh`` brings the index up to date by file stamps: only the files whose
stamp changed are read again, whoever changed them (coach's own saves, a restore, a sync
tool, an editor). How it finds them cheaply (every file the first time in a process, then
the folders' stamps and coach's own saves) is ``coach.services.search_freshness``. Every
search refreshes first, so a note saved a moment ago is found by the next search, without a
rebuild. The CLI and the TUI search through the same ``TeamSearch``.

Privacy: every indexed text carries its record's privacy flag (``is_private``, the one
place search decides it); private hits are left out unless asked for, and counted.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coach.domain.search import Document, Hit, normalise, snippet, variants
from coach.domain.visibility import Audience, may_show
from coach.services import search_db
from coach.services.search_freshness import Freshness, Look
from coach.store.errors import StoreError
from coach.store.layout import CONVERSATIONS_DIR, INDEX_FILE, PEOPLE_DIR
from coach.store.on_disk import read_conversation, read_person, restore_in_progress, source_id

#: Files read again in one go above which the index is built in memory before it is written.
BIG_SYNC = 200

if TYPE_CHECKING:
    from coach.domain.conversations import Entry
    from coach.store import Store
#: Document kinds that are not an entry kind.
ACTION, GOAL, PROGRESS, PRIVATE = "action", "goal", "progress", "private"


def is_private(record) -> bool:
    """Whether a searchable record (entry, action item, goal, progress entry) is private.

    The one decision search makes about privacy, routed through the shared-output rule
    (:func:`coach.domain.visibility.may_show`): a record a shared audience may not see is a
    private hit (records without a visibility, such as a goal's statement, are shared).
    """
    return not may_show(record, Audience.SHARED)


def _day(moment: datetime | None) -> date | None:
    if moment is None:
        return None
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def entry_documents(entries: Iterable[Entry], person_id: str, name: str,
                    day: date | None) -> Iterator[Document]:
    for e in entries:
        if e.text.strip():
            private = is_private(e)
            kind = PRIVATE if private else e.kind.value
            yield Document(e.id, person_id, name, day, kind, e.text, e.conversation_id,
                           private=private)


def person_documents(actions, goals, person_id: str, name: str = "") -> Iterator[Document]:
    """Goals, goal progress and action items (those an entry holds are left out when
    searching, not here: the entry may be in another file)."""
    for a in actions:
        if a.text.strip():
            yield Document(a.id, person_id, name, _day(a.created), ACTION, a.text, a.raised_in,
                           private=is_private(a))
    for g in goals:
        text = g.statement + (f" — {g.measure}" if g.measure.strip() else "")
        yield Document(g.id, person_id, name, _day(g.created), GOAL, text, g.created_in,
                       private=is_private(g))
        for i, p in enumerate(g.progress):
            if p.comment.strip():
                yield Document(f"{g.id}#{i}", person_id, name, _day(p.at), PROGRESS,
                               p.comment, p.conversation_id,
                               private=is_private(g) or is_private(p))


@dataclass(frozen=True)
class Found:
    """What one search found: the hits (newest first) and the private hits left out."""

    hits: list[Hit]
    private_left_out: int = 0


def _row(doc: Document, source: str, action_id: str | None) -> tuple:
    day = doc.day.isoformat() if doc.day else ""
    return (doc.private, doc.kind == ACTION, source, doc.key, doc.person_id, day, doc.kind,
            doc.conversation_id, action_id, doc.text, normalise(doc.text))


def _stamp_text(stamp: tuple[int, ...]) -> str:
    return ":".join(map(str, stamp))


def _stamp_of(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(":"))


def _listing(stamps: Mapping[str, tuple[int, ...]]) -> str:
    """Every file's stamp in one string: equal strings, nothing changed. In the order the
    folders list them (sorting 3,600 names costs more than the rest): the same files in
    another order only send the sync the slower way, through the ``sources`` table."""
    return repr(stamps)


class TeamSearch:
    """Everything searchable in one store; safe to use from worker threads."""

    def __init__(self, store: Store | None = None, *, data_dir: Path | None = None,
                 open_store: Callable[[], Store] | None = None) -> None:
        """From an open ``store``, or (for a quick ``coach search``) a ``data_dir`` and how
        to open its store: it is opened only if the store's index file changed since the
        search index last read it (people's names come from there)."""
        if store is not None:
            self.data_dir, opener = store.data_dir, (lambda: store)
        elif data_dir is not None and open_store is not None:
            self.data_dir, opener = data_dir, open_store
        else:
            raise ValueError("a TeamSearch needs a store, or a data directory and its opener")
        self._store = store
        self._open_store: Callable[[], Store] = opener
        self._opened: Store | None = None
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._count: int | None = None
        self.freshness = Freshness(self.data_dir)
        self.on_disk = False

    @staticmethod
    def on_disk_at(data_dir) -> bool:
        """Whether ``data_dir`` holds an index file (one was built there before)."""
        return search_db.index_path(data_dir).exists()

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = self._opened = self._open_store()
        return self._store

    # the file -----------------------------------------------------------------------------
    def _db(self):
        if self._conn is None:
            self._conn, self.on_disk = search_db.open_index(self.data_dir)
        return self._conn

    def _reset(self) -> None:
        """Throw the index away (damaged underneath us) and start from an empty one."""
        if self._conn is not None:
            self._conn.close()
        self._conn, self._count = None, None
        self.freshness.forget()
        search_db.remove_index(search_db.index_path(self.data_dir))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            if self._opened is not None:
                self._opened.close()
                self._opened = self._store = None

    # filling ------------------------------------------------------------------------------
    def _documents(self, source: str) -> list[tuple]:
        folder, key = source_id(source)
        if folder == CONVERSATIONS_DIR:
            summary, entries = read_conversation(self.data_dir, key)
            if summary is None:
                return []
            raised = {e.id: e.action_id for e in entries}
            return [_row(d, source, raised[d.key]) for d in entry_documents(
                entries, summary.person_id, "", _day(summary.when))]
        actions, goals = read_person(self.data_dir, key)
        return [_row(d, source, None) for d in person_documents(actions, goals, key)]

    def _sync(self, *, whole: bool = False, look: Look | None = None) -> bool:
        """Bring the index up to date; True if any file was read again. ``whole``: look at
        every file (``coach.search_freshness``: the first sync in a process always does);
        ``look``: one made already. Holding the index's write lock while reading the files,
        so that two coaches never build it twice: the second finds the first's work done."""
        conn = self._db()
        if restore_in_progress(self.data_dir):
            self.store  # noqa: B018 (opening the store says what to do)
        fresh = self.freshness
        first = fresh.stamps is None
        look = look if look is not None else fresh.look(whole=whole)
        stamps = look.stamps
        if not look.whole:
            if not (look.changed or look.gone):
                fresh.take(look)
                return False
        elif first:  # first look in this process: one string to compare
            stored = conn.execute("SELECT value FROM meta WHERE key = 'listing'").fetchone()
            if stored is not None and stored[0] == _listing(stamps):
                fresh.take(look)
                return False
        elif stamps == fresh.stamps:
            fresh.take(look)
            return False
        self._count = None  # files changed (whoever has read them into the index)
        search_db.begin_write(conn)
        big = False
        try:
            if look.whole:
                old = {path: _stamp_of(text)
                       for path, text in conn.execute("SELECT path, stamp FROM sources")}
                changed = [s for s, stamp in stamps.items() if old.get(s) != stamp]
                gone = [s for s in old if s not in stamps]
            else:
                changed, gone = look.changed, look.gone
            big = len(changed) > BIG_SYNC
            if big:  # room to build without spilling to the file (it would lock out readers)
                conn.execute("PRAGMA cache_size = -131072")
            people = ([(p.id, p.name) for p in self.store.people(include_archived=True)]
                      if INDEX_FILE in changed or INDEX_FILE in gone else None)
            for source in gone:
                conn.execute("DELETE FROM docs WHERE source = ?", (source,))
            conn.executemany("DELETE FROM sources WHERE path = ?", [(s,) for s in gone])
            ids = search_db.RowIds(conn)
            for source in changed:  # one file at a time; a damaged one rolls all back
                conn.execute("DELETE FROM docs WHERE source = ?", (source,))
                if source.split("/")[0] not in (CONVERSATIONS_DIR, PEOPLE_DIR):
                    continue
                conn.executemany(
                    "INSERT INTO docs(id, source, key, person_id, day, kind,"
                    " conversation_id, action_id, text, norm) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(ids.new(values[3], private=private, action=action), *values)
                     for private, action, *values in self._documents(source)])
            if people is not None:
                conn.execute("DELETE FROM people")
                conn.executemany("INSERT OR REPLACE INTO people VALUES (?, ?)", people)
            conn.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?)",
                             [(s, _stamp_text(stamps[s])) for s in changed])
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('listing', ?)",
                         (_listing(stamps),))
            conn.execute("COMMIT")
        except BaseException:
            with suppress(Exception):
                conn.execute("ROLLBACK")
            raise
        finally:
            if big:
                conn.execute("PRAGMA cache_size = -2000")
        fresh.take(look)
        return bool(changed or gone)

    def _guarded(self, job):
        """Run ``job`` on the index; if the file turns out damaged, throw it away, rebuild it
        and run again (never an error for the user: the index is only derived data)."""
        with self._lock:
            try:
                return job()
            except sqlite3.OperationalError as exc:
                if search_db.is_locked(exc):
                    raise
                self._reset()
                return job()
            except sqlite3.DatabaseError:
                self._reset()
                return job()

    def _up_to_date(self, whole: bool = False, look: Look | None = None) -> bool:
        """Sync, unless another coach holds the index past the busy timeout (then as is)."""
        try:
            return self._sync(whole=whole, look=look)
        except sqlite3.OperationalError as exc:
            if not search_db.is_locked(exc):
                raise
            return False

    def refresh(self, *, whole: bool = False) -> bool:
        """Bring the index up to date with the files (built from nothing the first time);
        True if any file was read again. The first refresh in a process looks at every
        file, later ones only at the folders unless ``whole`` (see
        ``coach.services.search_freshness``). A look at every file is made before taking
        the lock, so that a search typed meanwhile does not wait for it."""
        look = self.freshness.look(whole=True) if whole else None
        return self._guarded(lambda: self._up_to_date(whole, look))

    def due(self) -> bool:
        """True if a refresh that looks at every file is due (a file rewritten in place
        moves no folder's stamp: the app looks at every file now and then, see ``PERIOD``
        in ``coach.services.search_freshness``)."""
        return self.freshness.due()

    def build(self, person_id: str | None = None) -> TeamSearch:
        """Up to date (built from nothing the first time); returns self."""
        self.refresh()
        return self

    def scrub(self) -> None:
        """After forgetting or deleting: bring the index up to date (dropping what is gone,
        looking at every file) and leave none of it readable in the file."""
        def job():
            self._sync(whole=True)
            search_db.scrub(self._db())
        self._guarded(job)

    # asking -------------------------------------------------------------------------------
    def count(self) -> int:
        """How many texts there are to search (kept until a sync finds a file changed:
        the search screen shows it at each opening; counting costs 30 to 90 ms)."""
        def job() -> int:
            if self._count is None:
                self._count = self._db().execute(
                    "SELECT count(*) FROM docs d JOIN people p ON p.id = d.person_id"
                ).fetchone()[0]
            return self._count
        return self._guarded(job)

    def _rows(self, wanted: str, person_id, private, limit) -> list[tuple]:
        """Rows whose normalised text holds ``wanted``, newest first (by day, then key),
        at most ``limit``: the index's candidates, each checked against its normalised
        text (the verification pass), read only as far as the last day needed."""
        kept: list[tuple] = []
        last_day = None
        cursor = search_db.candidates(self._db(), wanted, person_id=person_id,
                                      private=private)
        try:
            for row in cursor:
                if limit is not None and len(kept) >= limit and row[3] != last_day:
                    break  # an older day: everything newer is in hand
                if wanted in row[8]:
                    kept.append(row)
                    last_day = row[3]
        finally:
            cursor.close()  # a statement left open would hold a read lock on the file
        kept.sort(key=lambda r: (r[3], r[0]), reverse=True)
        return kept if limit is None else kept[:limit]

    @staticmethod
    def _hit(row: tuple, wanted: str) -> Hit:
        key, pid, name, day, kind, private, cid, text, _norm = row
        doc = Document(key, pid, name, date.fromisoformat(day) if day else None, kind, text,
                       cid, private=bool(private))
        excerpt, span = snippet(text, wanted)
        return Hit(doc, excerpt, span)

    def find(self, query: str, *, person_id: str | None = None, limit: int = 200,
             include_private: bool = False, refresh: bool = True) -> Found:
        """Texts holding ``query`` (newest first, at most ``limit``), after bringing the
        index up to date (unless ``refresh`` is false: the search screen does it when it
        opens, not at every keystroke); private ones only with ``include_private``, else
        counted."""
        wanted = normalise(query).strip()
        if not wanted:
            return Found([])

        def job() -> Found:
            if refresh or self.freshness.stamps is None:
                self._up_to_date()
            conn = self._db()
            for attempt in variants(wanted):
                rows = self._rows(attempt, person_id, None if include_private else False,
                                  limit)
                left_out = 0 if include_private else search_db.count(
                    conn, attempt, person_id=person_id, private=True)
                if rows or left_out:
                    return Found([self._hit(r, attempt) for r in rows], left_out)
            return Found([])
        return self._guarded(job)

    def search(self, query: str, *, person_id: str | None = None, limit: int = 200,
               include_private: bool = False) -> list[Hit]:
        """``find``'s hits only."""
        return self.find(query, person_id=person_id, limit=limit,
                         include_private=include_private).hits


def scrub_index(store: Store) -> None:
    """After forgetting a person or deleting conversations: drop what is gone from the
    search index and leave none of it readable in the file. If that cannot be done (a
    damaged store file, a full disk), the index is deleted instead: it is only derived data,
    built again by the next search."""
    search = TeamSearch(store)
    try:
        search.scrub()
    except (OSError, sqlite3.Error, StoreError):
        search.close()
        search_db.remove_index(search_db.index_path(store.data_dir))
    finally:
        search.close()
