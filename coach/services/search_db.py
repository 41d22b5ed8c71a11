"""The search index on disk: one SQLite file with an FTS5 trigram table, 0600 in the data
directory, derived from the store and never its source of truth.

Tables: ``meta`` (the index's version), ``sources`` (each store file's stamp when it was
last read), ``people`` (names, from the store's index file), ``docs`` (one row per searchable
text: the text as written, its normalised form, its person, day, kind and privacy flag) and
``fts`` (an FTS5 ``trigram`` index over ``docs.norm``, kept in step by triggers). The texts are
normalised (NFKC + casefold, see ``coach.domain.search``) before they reach SQLite, so the
tokenizer runs case-sensitive and never folds on its own; a trigram phrase query is then a
substring test, and every candidate is still checked against its normalised text in Python.
Queries under three characters (no trigram to look up) scan ``docs.norm`` with ``instr``.

A missing, damaged or other-version file is thrown away and built again (``open_index``); a
data directory that cannot be written gets an index in memory. Deleting is secure
(``secure_delete``, then ``scrub``: FTS5 ``optimize`` and ``VACUUM``), so a forgotten text is
not left in free pages or old index segments.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from datetime import date
from pathlib import Path

INDEX_NAME = "search-index.sqlite3"
#: Bump when the schema, the normalisation or what is indexed changes: the file is rebuilt.
VERSION = "coach-search-5"
_SIDE_FILES = ("-journal", "-wal", "-shm")

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources(path TEXT PRIMARY KEY, stamp TEXT NOT NULL);
CREATE TABLE people(id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE docs(
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    key TEXT NOT NULL,
    person_id TEXT NOT NULL,
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    conversation_id TEXT,
    action_id TEXT,
    text TEXT NOT NULL,
    norm TEXT NOT NULL
);
CREATE INDEX docs_source ON docs(source);
CREATE INDEX docs_action ON docs(action_id) WHERE action_id IS NOT NULL;
CREATE INDEX docs_private ON docs(id) WHERE (id & 1) = 1;
CREATE VIRTUAL TABLE fts USING fts5(
    norm, content='docs', content_rowid='id', tokenize='trigram case_sensitive 1');
CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN
    INSERT INTO fts(rowid, norm) VALUES (new.id, new.norm);
END;
CREATE TRIGGER docs_ad AFTER DELETE ON docs BEGIN
    INSERT INTO fts(fts, rowid, norm) VALUES ('delete', old.id, old.norm);
END;
"""

#: The columns a hit is made of, in this order.
COLUMNS = ("d.key, d.person_id, p.name, d.day, d.kind, d.id & 1, d.conversation_id, "
           "d.text, d.norm")
#: An action item an entry already holds is found as that entry, not twice.
_NOT_COVERED = ("NOT (d.kind = 'action' AND EXISTS "
                "(SELECT 1 FROM docs e WHERE e.action_id = d.key))")


def index_path(data_dir: Path) -> Path:
    return Path(data_dir) / INDEX_NAME


def remove_index(path: Path) -> None:
    """Delete the index file and SQLite's side files (missing ones are fine)."""
    for suffix in ("", *_SIDE_FILES):
        with suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


def _configure(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 10000")  # another coach building the index
    return conn


def _create(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)
    conn.execute("INSERT INTO meta VALUES ('version', ?)", (VERSION,))
    conn.commit()


def _usable(conn: sqlite3.Connection) -> bool:
    """True for an index of this version; False for a damaged or other one. Another coach
    writing it (locked past the busy timeout) is not damage: it is left alone."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        conn.execute("SELECT count(*) FROM fts WHERE fts MATCH '\"xyz\"'").fetchone()
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == VERSION


def _connect(path: Path) -> sqlite3.Connection:
    return _configure(sqlite3.connect(path, check_same_thread=False, isolation_level=None))


def _create_file(path: Path) -> None:
    """An empty index at ``path``, made complete in a temp file (0600) and linked into
    place, so that another coach never sees it half made; one already there is kept."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        os.chmod(tmp, 0o600)
        conn = _connect(tmp)
        try:
            _create(conn)
        finally:
            conn.close()
        with suppress(FileExistsError):
            os.link(tmp, path)
    finally:
        remove_index(tmp)


def open_index(data_dir: Path) -> tuple[sqlite3.Connection, bool]:
    """The index for ``data_dir`` and whether it is on disk. A missing, damaged or
    other-version file is replaced by an empty one; if the directory cannot be written the
    index lives in memory (built afresh each time, and never an error)."""
    path = index_path(data_dir)
    try:
        for _ in range(3):
            if not path.exists():
                _create_file(path)
            conn = _connect(path)
            if _usable(conn):
                return conn, True
            conn.close()
            remove_index(path)
        raise sqlite3.DatabaseError("the search index keeps coming back damaged")
    except (OSError, sqlite3.Error):
        conn = _configure(sqlite3.connect(":memory:", check_same_thread=False,
                                          isolation_level=None))
        _create(conn)
        return conn, False


def fts_phrase(query: str) -> str:
    """``query`` as one FTS5 phrase (double quotes doubled)."""
    return '"' + query.replace('"', '""') + '"'


class RowIds:
    """Row ids that sort as the hits do: the day in the high bits (newest = largest), then a
    counter within the day, then two flag bits, private (1) and action item (2). So the FTS
    index hands out matches newest first by itself (``ORDER BY rowid DESC`` stops after the
    first few), and private hits are counted from it without reading their rows."""

    DAY_SHIFT = 24  # a counter for 4 million texts per day, after the two flag bits

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._next: dict[int, int] = {}

    def new(self, day: str, *, private: bool, action: bool) -> int:
        ordinal = date.fromisoformat(day).toordinal() if day else 0
        low = ordinal << self.DAY_SHIFT
        counter = self._next.get(ordinal)
        if counter is None:
            top = self._conn.execute("SELECT max(id) FROM docs WHERE id >= ? AND id < ?",
                                     (low, low + (1 << self.DAY_SHIFT))).fetchone()[0]
            counter = 0 if top is None else ((top - low) >> 2) + 1
        self._next[ordinal] = counter + 1
        return low | counter << 2 | int(private) | int(action) << 1


def _filters(query: str, person_id: str | None, private: bool | None, *, fts: bool,
             row_id: str = "d.id") -> tuple[list[str], list]:
    """WHERE terms and their arguments: the text test (an FTS phrase, or ``instr`` on the
    normalised text), the person and the privacy flag (the row id's lowest bit)."""
    args: list[object]
    where, args = (["fts MATCH ?"], [fts_phrase(query)]) if fts else (
        ["instr(d.norm, ?) > 0"], [query])
    if person_id is not None:
        where.append("d.person_id = ?")
        args.append(person_id)
    if private is not None:  # a literal, so that docs_private serves the short queries
        where.append(f"({row_id} & 1) = {int(bool(private))}")
    return where, args


def candidates(conn: sqlite3.Connection, query: str, *, person_id: str | None,
               private: bool | None) -> sqlite3.Cursor:
    """Rows (``COLUMNS``) whose normalised text may hold ``query`` (already normalised),
    newest day first (within a day in no set order), as a cursor to read as far as needed;
    ``private`` True/False for only private/shared texts, None for both. The FTS index (or,
    under three characters, a scan of the texts) yields them in row id order, no sort."""
    fts = len(query) >= 3
    where, args = _filters(query, person_id, private, fts=fts)
    source = "fts JOIN docs d ON d.id = fts.rowid" if fts else "docs d"
    order = "fts.rowid" if fts else "d.id"
    return conn.execute(
        f"SELECT {COLUMNS} FROM {source} JOIN people p ON p.id = d.person_id "
        f"WHERE {' AND '.join(where)} AND {_NOT_COVERED} ORDER BY {order} DESC", args)


def count(conn: sqlite3.Connection, query: str, *, person_id: str | None,
          private: bool | None) -> int:
    """How many texts hold ``query`` (already normalised). A trigram phrase is a substring
    test on the normalised texts, so this needs no check in Python; without a person, the
    FTS index alone answers (the privacy flag is in the row id)."""
    fts = len(query) >= 3
    if fts and person_id is None:
        where, args = _filters(query, None, private, fts=True, row_id="fts.rowid")
        where.append("NOT ((fts.rowid & 2) = 2 AND EXISTS (SELECT 1 FROM docs a JOIN docs e"
                     " ON e.action_id = a.key WHERE a.id = fts.rowid))")
        return conn.execute(f"SELECT count(*) FROM fts WHERE {' AND '.join(where)}",
                            args).fetchone()[0]
    where, args = _filters(query, person_id, private, fts=fts)
    source = "fts JOIN docs d ON d.id = fts.rowid" if fts else "docs d"
    return conn.execute(f"SELECT count(*) FROM {source} WHERE {' AND '.join(where)}"
                        f" AND {_NOT_COVERED}",
                        args).fetchone()[0]


def scrub(conn: sqlite3.Connection) -> None:
    """Leave nothing deleted readable in the file: merge the FTS segments (dropping the
    deleted postings), then rewrite the file without free pages."""
    conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    conn.execute("VACUUM")


def is_locked(exc: Exception) -> bool:
    """An sqlite error that says another connection holds the index."""
    return "locked" in str(exc) or "busy" in str(exc)


def begin_write(conn: sqlite3.Connection, tries: int = 12) -> None:
    """Take the index's write lock, waiting (up to ``tries`` busy timeouts) while another
    coach writes it, for example while it builds the index from nothing."""
    for attempt in range(tries):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not is_locked(exc) or attempt == tries - 1:
                raise
